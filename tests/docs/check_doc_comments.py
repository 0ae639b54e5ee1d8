# SPDX-License-Identifier: Apache-2.0
"""Every public declaration is documented.

Each CLAS_API declaration in include/clas/*.h must directly follow a
Doxygen comment (/** ... */) that contains @since. A function returning an
int status must also document it with @return. An int that is not a status
is recognised by its comment ("1 if ...") or listed in NOT_A_STATUS.

usage: check_doc_comments.py INCLUDE_DIR
"""
import glob
import os
import re
import sys

# int-returning functions whose value is a number, not a clas_status.
NOT_A_STATUS = {'clas_error_last_code', 'clas_version_number'}
BOOLEAN_DOC = re.compile(r'\b1 (if|when)\b')


def declarations(text):
    """(offset, return type, name) of each CLAS_API declaration."""
    for m in re.finditer(r'^[ \t]*CLAS_API\b([^;{(]*?)\b([A-Za-z_]\w*)\s*\(', text, flags=re.M):
        yield m.start(), ' '.join(m.group(1).split()), m.group(2)


def preceding_doc_comment(text, offset):
    """The /** */ comment right before offset (only blank space between), or None."""
    before = text[:offset].rstrip()
    if not before.endswith('*/'):
        return None
    start = before.rfind('/*')
    if start < 0 or not before.startswith('/**', start):
        return None
    return before[start:]


def main():
    include_dir = sys.argv[1]
    problems = []
    count = 0
    for path in sorted(glob.glob(os.path.join(include_dir, 'clas', '*.h'))):
        text = open(path, encoding='utf-8').read()
        rel = os.path.relpath(path, include_dir)
        for offset, rtype, name in declarations(text):
            count += 1
            line = text.count('\n', 0, offset) + 1
            where = '%s:%d: %s' % (rel, line, name)
            doc = preceding_doc_comment(text, offset)
            if doc is None:
                problems.append(where + ': no /** */ comment right before the declaration')
                continue
            if '@since' not in doc:
                problems.append(where + ': doc comment lacks @since')
            is_status = (rtype == 'int' and name not in NOT_A_STATUS
                         and not BOOLEAN_DOC.search(doc))
            if is_status and '@return' not in doc:
                problems.append(where + ': returns a status but the doc comment has no @return')
    for p in problems:
        print(p)
    print('%d CLAS_API declarations checked, %d problem(s)' % (count, len(problems)))
    if count == 0:
        return 1
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
