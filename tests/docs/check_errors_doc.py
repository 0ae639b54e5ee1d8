#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""doc/errors.md lists every message id of lib/base/error_messages.c with its
English and French texts, in the catalogue's order, and nothing else; and no
file of lib/ raises an error outside the catalogue (a free-text error could
not be said in French).

    check_errors_doc.py SOURCE_ROOT           check
    check_errors_doc.py SOURCE_ROOT --write   rewrite the table of doc/errors.md
"""
import pathlib
import re
import sys

ENTRY = re.compile(r'\[CLAS__MSG_\w+\]\s*=\s*\{(.*?)\},\n', re.S)
TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|(,)')
# The free-text constructors the library once had: none may come back.
FORBIDDEN = re.compile(r'\bclas__(v?fail|json_fail)\s*\(')


def c_unescape(s):
    return s.replace('\\"', '"').replace('\\\\', '\\')


def catalogue(root):
    text = (root / 'lib/base/error_messages.c').read_text(encoding='utf-8')
    rows = []
    for m in ENTRY.finditer(text):
        fields, cur = [], ''
        for tok in TOKEN.finditer(m.group(1)):
            if tok.group(2):
                fields.append(cur)
                cur = ''
            else:
                cur += c_unescape(tok.group(1))
        fields.append(cur)
        if len(fields) != 3:
            raise SystemExit(f'cannot read catalogue entry: {m.group(0)[:80]}')
        rows.append(fields)
    return rows


def table(rows):
    def cell(s):
        return s.replace('|', '\\|')
    lines = ['| Id | English | French |', '|---|---|---|']
    lines += [f'| `{i}` | {cell(en)} | {cell(fr)} |' for i, en, fr in rows]
    return '\n'.join(lines) + '\n'


def main():
    root = pathlib.Path(sys.argv[1])
    doc = root / 'doc/errors.md'
    text = doc.read_text(encoding='utf-8')
    start = text.index('| Id | English | French |')
    end = text.find('\n\n', start)
    end = len(text) if end < 0 else end + 1
    want = table(catalogue(root))
    if '--write' in sys.argv:
        doc.write_text(text[:start] + want + text[end:], encoding='utf-8')
        return 0
    bad = 0
    if text[start:end] != want:
        print('doc/errors.md: the table differs from lib/base/error_messages.c '
              '(run tests/docs/check_errors_doc.py . --write)')
        bad += 1
    for path in sorted((root / 'lib').rglob('*.[ch]')):
        for n, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
            if FORBIDDEN.search(line):
                print(f'{path.relative_to(root)}:{n}: an error outside the message catalogue: {line.strip()}')
                bad += 1
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
