# SPDX-License-Identifier: Apache-2.0
"""Compiles one translation unit including a public header, as strict C99 or C++.

usage: check_headers.py c|c++ INCLUDE_DIR HEADER -- COMPILER [ARGS...]
HEADER is relative to INCLUDE_DIR ("clas.h", "clas/json.h"). The unit
includes the header twice (include guards) and references a symbol so the
declarations are really parsed.
"""
import os
import subprocess
import sys
import tempfile

FLAGS = {
    'c': ['-x', 'c', '-std=c99', '-pedantic', '-Werror', '-Wall', '-Wextra'],
    'c++': ['-x', 'c++', '-std=c++11', '-pedantic', '-Werror', '-Wall', '-Wextra'],
}

UNIT = '''#include <%(header)s>
#include <%(header)s>
int header_check_main(void);
int header_check_main(void)
{
    return clas_strerror(0) != 0 ? 0 : 1;
}
'''


def main():
    lang, include_dir, header = sys.argv[1:4]
    compiler = sys.argv[sys.argv.index('--') + 1:]
    suffix = '.c' if lang == 'c' else '.cpp'
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, 'unit' + suffix)
        with open(src, 'w', encoding='utf-8') as f:
            f.write(UNIT % {'header': header})
        cmd = compiler + FLAGS[lang] + ['-I' + include_dir, '-fsyntax-only', src]
        print(' '.join(cmd))
        return subprocess.run(cmd).returncode


if __name__ == '__main__':
    sys.exit(main())
