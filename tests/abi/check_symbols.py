# SPDX-License-Identifier: Apache-2.0
"""The exported ABI is exactly what the headers document.

Three sets must be identical:
  - the dynamic symbols the built libclas.so defines at version CLAS_1.0,
  - the names listed in lib/libclas.map,
  - the functions declared with CLAS_API in include/clas/*.h.
and the library must export nothing but clas_* symbols (plus the version
node itself).

usage: check_symbols.py NM LIBCLAS_SO LIBCLAS_MAP INCLUDE_DIR
"""
import glob
import os
import re
import subprocess
import sys

VERSION_NODE = 'CLAS_1.0'


def strip_c_comments(text):
    return re.sub(r'/\*.*?\*/|//[^\n]*', ' ', text, flags=re.S)


def header_functions(include_dir):
    """Names of the functions declared with CLAS_API, per header."""
    names = {}
    for path in sorted(glob.glob(os.path.join(include_dir, 'clas', '*.h'))):
        text = strip_c_comments(open(path, encoding='utf-8').read())
        # Drop preprocessor lines (the CLAS_API definition itself).
        text = re.sub(r'^[ \t]*#.*$', ' ', text, flags=re.M)
        for m in re.finditer(r'\bCLAS_API\b([^;{(]*?)\b([A-Za-z_]\w*)\s*\(', text):
            names[m.group(2)] = os.path.basename(path)
    return names


def map_names(map_path):
    """Names in the global: sections of the version script, per node."""
    text = re.sub(r'#[^\n]*|/\*.*?\*/', ' ', open(map_path, encoding='utf-8').read(), flags=re.S)
    nodes = {}
    for m in re.finditer(r'(\w[\w.]*)\s*\{(.*?)\}\s*[\w.]*\s*;', text, flags=re.S):
        body = m.group(2)
        glob_part = re.search(r'global\s*:(.*?)(?:local\s*:|$)', body, flags=re.S)
        names = [] if glob_part is None else [
            n.strip() for n in glob_part.group(1).split(';') if n.strip()]
        nodes[m.group(1)] = names
    return nodes


def exported_symbols(nm, lib):
    out = subprocess.run([nm, '-D', '--defined-only', lib], check=True,
                         capture_output=True, text=True).stdout
    syms = []
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            syms.append((parts[1], parts[2]))
    return syms


def show(title, names):
    if names:
        print('%s (%d):' % (title, len(names)))
        for n in sorted(names):
            print('    ' + n)


def main():
    nm, lib, map_path, include_dir = sys.argv[1:5]
    failures = 0

    headers = header_functions(include_dir)
    nodes = map_names(map_path)
    if list(nodes) != [VERSION_NODE]:
        print('libclas.map: expected the single node %s, found %s' % (VERSION_NODE, list(nodes)))
        failures += 1
    listed = nodes.get(VERSION_NODE, [])
    dups = sorted({n for n in listed if listed.count(n) > 1})
    show('listed more than once in libclas.map', dups)
    failures += len(dups)
    wild = [n for n in listed if '*' in n or '?' in n]
    show('wildcards in the global section of libclas.map', wild)
    failures += len(wild)

    exported = set()
    foreign = []
    for kind, sym in exported_symbols(nm, lib):
        name, _, version = sym.partition('@')
        version = version.lstrip('@')
        if kind == 'A' and name == VERSION_NODE:
            continue                                # the version node itself
        if not name.startswith('clas_'):
            foreign.append(sym)
            continue
        if version != VERSION_NODE or '@@' not in sym:
            foreign.append(sym)
            continue
        exported.add(name)
    show('exported symbols that are not clas_*@@%s' % VERSION_NODE, foreign)
    failures += len(foreign)

    hdr = set(headers)
    mapped = set(listed)
    show('declared CLAS_API in a header but not exported',
         ['%s (%s)' % (n, headers[n]) for n in hdr - exported])
    show('exported but not declared CLAS_API in any header', exported - hdr)
    show('declared CLAS_API in a header but missing from libclas.map',
         ['%s (%s)' % (n, headers[n]) for n in hdr - mapped])
    show('listed in libclas.map but not declared in any header', mapped - hdr)
    show('listed in libclas.map but not exported (not defined?)', mapped - exported)
    show('exported but not listed in libclas.map', exported - mapped)
    failures += len((hdr ^ exported) | (hdr ^ mapped) | (mapped ^ exported))

    if not hdr:
        print('no CLAS_API declaration found under %s' % include_dir)
        failures += 1
    print('%d CLAS_API functions, %d in libclas.map, %d exported at %s'
          % (len(hdr), len(mapped), len(exported), VERSION_NODE))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
