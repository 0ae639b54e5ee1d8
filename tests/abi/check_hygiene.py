#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""What the shared library may not do, read from the binary itself.

Usage: check_hygiene.py NM OBJDUMP LIBRARY

- It prints, aborts or exits nowhere: none of the C library's functions
  that write to the standard streams, end the process or raise a signal is
  imported (a library call never writes to stderr, never aborts).
- It has no mutable global state: no object of its own lives in .data or
  .bss (tables are const, the last error is thread-local in .tbss); only
  the toolchain's own bookkeeping symbols are allowed there.
"""
import subprocess
import sys

FORBIDDEN = {
    'abort', 'exit', '_exit', '_Exit', 'quick_exit', 'raise', 'kill', '__assert_fail',
    'printf', 'vprintf', 'fprintf', 'vfprintf', 'dprintf', 'puts', 'fputs', 'fputc', 'putc', 'putchar',
    'fwrite', 'perror', 'write', 'syslog', 'err', 'errx', 'warn', 'warnx', 'error',
    'stdout', 'stderr', 'setlocale', 'strtok', 'rand', 'srand', 'getenv', 'setenv', 'putenv',
    'localtime', 'gmtime', 'ctime', 'asctime',
}
TOOLCHAIN = {'completed.0', '__cpu_model', '__cpu_features2', '__dso_handle', '__TMC_END__',
             '__data_start', 'data_start', '__bss_start', '_edata', '_end'}


def main() -> int:
    nm, objdump, library = sys.argv[1:4]
    failures = []
    imports = subprocess.run([nm, '-D', '--undefined-only', library], capture_output=True, text=True,
                             check=True).stdout.split()
    for name in imports:
        base = name.split('@')[0]
        if base in FORBIDDEN:
            failures.append('imports %s' % base)
    for line in subprocess.run([objdump, '-t', library], capture_output=True, text=True, check=True).stdout.splitlines():
        fields = line.split()
        if len(fields) >= 5 and fields[-3] in ('.data', '.bss') and fields[-1] not in TOOLCHAIN:
            failures.append('mutable global %s in %s' % (fields[-1], fields[-3]))
    for f in failures:
        print('not ok: ' + f)
    print('%d imports checked, %d problems' % (len(imports), len(failures)))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
