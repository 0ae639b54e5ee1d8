# SPDX-License-Identifier: Apache-2.0
"""Every public function is fully documented.

Each CLAS_API declaration in include/clas/*.h must directly follow a
Doxygen comment (/** ... */) that has:
  - @since;
  - one @param[in], @param[out] or @param[in,out] per parameter, named as
    in the declaration, and no @param for a parameter it does not have;
  - @return or @retval unless the function returns void (a status, what
    the value means, who owns a returned pointer);
  - @sa, to the function's siblings.
An int-returning function documents its statuses with CLAS_ names unless
its value is a number (NOT_A_STATUS), a boolean ("1 if ...") or a length.
Every value of every enumeration is documented too (/**< ... */ after it or
/** ... */ before it): Doxygen itself does not warn about those.

usage: check_doc_comments.py INCLUDE_DIR
"""
import glob
import os
import re
import sys

# int-returning functions whose value is a number, not a clas_status.
NOT_A_STATUS = {'clas_error_last_code', 'clas_version_number'}
BOOLEAN_DOC = re.compile(r'\b1 (if|when)\b')
LENGTH_DOC = re.compile(r'\blength\b')
PARAM_DOC = re.compile(r'[@\\]param(\[[a-z, ]*\])?\s+(\w+)')
DIRECTIONS = {'[in]', '[out]', '[in,out]'}


def declarations(text):
    """(offset, return type, name, parameter names) of each CLAS_API function."""
    for m in re.finditer(r'^[ \t]*CLAS_API\b([^;{(]*?)\b([A-Za-z_]\w*)\s*\(([^)]*)\)', text, flags=re.M):
        yield m.start(), ' '.join(m.group(1).split()), m.group(2), parameter_names(m.group(3))


def parameter_names(params):
    """Names of a C parameter list ("void" and "" give none)."""
    names = []
    for p in params.split(','):
        p = ' '.join(p.split())
        if p in ('', 'void'):
            continue
        m = re.search(r'(\w+)\s*(\[[^\]]*\])?$', p)
        names.append(m.group(1) if m else p)
    return names


def preceding_doc_comment(text, offset):
    """The /** */ comment right before offset (only blank space between), or None."""
    before = text[:offset].rstrip()
    if not before.endswith('*/'):
        return None
    start = before.rfind('/*')
    if start < 0 or not before.startswith('/**', start):
        return None
    return before[start:]


def check(name, rtype, params, doc):
    """Problems of one declaration's doc comment."""
    problems = []
    if '@since' not in doc:
        problems.append('lacks @since')
    documented = {}
    for m in PARAM_DOC.finditer(doc):
        documented.setdefault(m.group(2), m.group(1))
    for p in params:
        if p not in documented:
            problems.append('lacks @param for %s' % p)
        elif documented[p] not in DIRECTIONS:
            problems.append('@param %s lacks its direction ([in], [out] or [in,out])' % p)
    for p in documented:
        if p not in params:
            problems.append('@param %s is not a parameter' % p)
    if rtype != 'void' and '@return' not in doc and '@retval' not in doc:
        problems.append('returns %s but has no @return or @retval' % rtype)
    is_status = (rtype == 'int' and name not in NOT_A_STATUS
                 and not BOOLEAN_DOC.search(doc) and not LENGTH_DOC.search(doc))
    if is_status and 'CLAS_' not in doc:
        problems.append('returns a status but names no CLAS_ status')
    if '@sa' not in doc:
        problems.append('lacks @sa')
    return problems


def undocumented_enumerators(text):
    """(offset, enumeration, value) of each enumeration value without a doc comment."""
    for m in re.finditer(r'\btypedef\s+enum\s+(\w+)\s*\{(.*?)\}', text, flags=re.S):
        body, base = m.group(2), m.start(2)
        comments = [(c.start(), c.group(0)) for c in re.finditer(r'/\*.*?\*/', body, flags=re.S)]
        code = re.sub(r'/\*.*?\*/', lambda c: ' ' * len(c.group(0)), body, flags=re.S)
        names = []
        for item in re.finditer(r'[^,]+', code):
            ident = re.search(r'[A-Za-z_]\w*', item.group(0))
            if ident:
                names.append((item.start() + ident.start(), ident.group(0)))
        for i, (pos, name) in enumerate(names):
            prev = names[i - 1][0] if i > 0 else -1
            nxt = names[i + 1][0] if i + 1 < len(names) else len(body)
            after = any(pos < c < nxt and t.startswith('/**<') for c, t in comments)
            before = any(prev < c < pos and t.startswith('/**') and not t.startswith('/**<')
                         for c, t in comments)
            if not (after or before):
                yield base + pos, m.group(1), name


def main():
    include_dir = sys.argv[1]
    problems = []
    count = complete_params = 0
    for path in sorted(glob.glob(os.path.join(include_dir, 'clas', '*.h'))):
        text = open(path, encoding='utf-8').read()
        rel = os.path.relpath(path, include_dir)
        for offset, rtype, name, params in declarations(text):
            count += 1
            line = text.count('\n', 0, offset) + 1
            where = '%s:%d: %s' % (rel, line, name)
            doc = preceding_doc_comment(text, offset)
            if doc is None:
                problems.append(where + ': no /** */ comment right before the declaration')
                continue
            found = check(name, rtype, params, doc)
            if not any('@param' in f for f in found):
                complete_params += 1
            problems += ['%s: %s' % (where, f) for f in found]
        for offset, enum, value in undocumented_enumerators(text):
            line = text.count('\n', 0, offset) + 1
            problems.append('%s:%d: %s: value %s is not documented' % (rel, line, enum, value))
    for p in problems:
        print(p)
    print('%d CLAS_API functions checked, %d with every @param, %d problem(s)'
          % (count, complete_params, len(problems)))
    if count == 0:
        return 1
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
