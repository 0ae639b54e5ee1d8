# SPDX-License-Identifier: Apache-2.0
"""No cycle among the library's files.

Two graphs over lib/, both must be acyclic:
  - includes: a lib/ file including another lib/ file (public headers of
    include/ are the contract, not part of the graph);
  - uses: a lib/ .c file naming a function defined in another .c file
    (a call, or a function passed as a value). Inline functions of private
    headers count as if written where they are used, as the compiler does.

The folder graph (lib/<folder>/: base, regles, model, engine, json, each
using only the ones before it) must be acyclic too. It also prints it and
the file edges of lib/engine/, so that the direction of the engine can be read at a glance:
the runner (run.c) uses the rules (eligibility.c, funding.c), which use
the results (results.c) and the catalogue (lib/regles), never the other
way round.

usage: check_layers.py LIB_DIR [--verbose]
"""
import os
import re
import sys

IDENT = re.compile(r'[A-Za-z_]\w*')


def strip(text):
    """The text without comments, string and character literals."""
    text = re.sub(r'/\*.*?\*/', ' ', text, flags=re.S)
    text = re.sub(r'//[^\n]*', ' ', text)
    text = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)
    return re.sub(r"'(?:\\.|[^'\\\n])*'", "''", text)


def functions(code):
    """(definitions, uses): {name: body identifiers} of the functions defined
    at file level, split into exported and static, and identifiers used."""
    exported, static = {}, {}
    depth, i, n = 0, 0, len(code)
    start = 0                           # start of the current file-level item
    while i < n:
        ch = code[i]
        if ch == '{':
            if depth == 0:
                head = code[start:i]
                m = re.search(r'([A-Za-z_]\w*)\s*\(([^()]|\([^()]*\))*\)\s*$', head)
                body_start = i
                d = 0
                while i < n:
                    if code[i] == '{':
                        d += 1
                    elif code[i] == '}':
                        d -= 1
                        if d == 0:
                            break
                    i += 1
                body = code[body_start:i + 1]
                if m and not re.search(r'\b(struct|union|enum)\s*\w*\s*$', head[:m.start()]) and '=' not in head:
                    names = set(IDENT.findall(body))
                    target = static if re.search(r'\bstatic\b', head) else exported
                    target[m.group(1)] = names
                start = i + 1
            else:
                depth += 1
        elif ch == ';' and depth == 0:
            start = i + 1
        i += 1
    return exported, static


def includes(path, text, lib_dir):
    out = []
    for name in re.findall(r'^\s*#\s*include\s+"([^"]+)"', text, flags=re.M):
        for base in (os.path.dirname(path), lib_dir):
            cand = os.path.normpath(os.path.join(base, name))
            if os.path.isfile(cand) and cand.startswith(lib_dir + os.sep):
                out.append(cand)
                break
    return out


def cycles(graph):
    """Strongly connected components with more than one node, or a self-loop."""
    index, low, stack, on, result, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1 or v in graph.get(v, ()):
                result.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return result


def main():
    lib_dir = os.path.abspath(sys.argv[1])
    verbose = '--verbose' in sys.argv[2:]
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(lib_dir) for f in fs if f.endswith(('.c', '.h')))
    rel = {p: os.path.relpath(p, lib_dir) for p in files}
    include_graph, defined, inline, body_of = {}, {}, {}, {}
    for p in files:
        text = open(p, encoding='utf-8').read()
        include_graph[rel[p]] = {rel[q] for q in includes(p, text, lib_dir)}
        exported, static = functions(strip(text))
        if p.endswith('.c'):
            for name, body in exported.items():
                defined[name] = rel[p]
            body_of[rel[p]] = set().union(*exported.values(), *static.values())
        else:
            for name, body in {**exported, **static}.items():
                inline[name] = body

    def expand(names, seen):
        """Identifiers used, through the inline functions of headers."""
        out = set(names)
        for name in names:
            if name in inline and name not in seen:
                seen.add(name)
                out |= expand(inline[name], seen)
        return out

    use_graph = {}
    for f, names in body_of.items():
        used = expand(names, set())
        use_graph[f] = {defined[x] for x in used if x in defined and defined[x] != f}

    problems = 0
    for title, graph in (('include', include_graph), ('use', use_graph)):
        found = cycles(graph)
        edges = sum(len(v) for v in graph.values())
        print('%s graph: %d files, %d edges, %d cycle(s)' % (title, len(graph), edges, len(found)))
        for comp in found:
            problems += 1
            print('  cycle: ' + ' <-> '.join(comp))

    folders = {}
    for f, targets in list(use_graph.items()) + list(include_graph.items()):
        a = f.split(os.sep)[0]
        for t in targets:
            b = t.split(os.sep)[0]
            if a != b:
                folders.setdefault(a, set()).add(b)
    folder_cycles = cycles(folders)
    print('folders (uses and includes), %d cycle(s):' % len(folder_cycles))
    for a in sorted(folders):
        print('  %-7s -> %s' % (a, ', '.join(sorted(folders[a]))))
    for comp in folder_cycles:
        problems += 1
        print('  folder cycle: ' + ' <-> '.join(comp))
    print('lib/engine uses:')
    for f in sorted(use_graph):
        if f.startswith('engine' + os.sep):
            inside = sorted(os.path.basename(t) for t in use_graph[f] if t.startswith('engine' + os.sep))
            print('  %-22s -> %s' % (os.path.basename(f), ', '.join(inside) or '-'))
    if verbose:
        for f in sorted(use_graph):
            print('%s -> %s' % (f, ', '.join(sorted(use_graph[f]))))
    if problems:
        print('FAIL: %d cycle(s) among lib/ files or folders' % problems)
        return 1
    print('OK: no include or use cycle among lib/ files or folders')
    return 0


if __name__ == '__main__':
    sys.exit(main())
