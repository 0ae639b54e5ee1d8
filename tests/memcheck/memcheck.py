#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Runs programs under valgrind's memcheck and fails on any error or leak.

Usage: memcheck.py VALGRIND SUPPRESSIONS -- PROGRAM [ARGS...] [-- PROGRAM ...]

This is the part of `meson test --setup valgrind` that every test run
enforces: the unit test programs and the command-line tool on the example
campaign, each checked for invalid accesses and definite or indirect leaks.
"""
import os
import subprocess
import sys


def main() -> int:
    valgrind, suppressions = sys.argv[1], sys.argv[2]
    commands, current = [], None
    for arg in sys.argv[3:]:
        if arg == '--':
            current = []
            commands.append(current)
        else:
            current.append(arg)
    env = dict(os.environ, CLAS_UNDER_VALGRIND='1', CMOCKA_MESSAGE_OUTPUT='TAP')
    failures = 0
    for number, command in enumerate(commands, 1):
        name = os.path.basename(command[0]) + ' ' + ' '.join(os.path.basename(a) for a in command[1:])
        result = subprocess.run(
            [valgrind, '--quiet', '--error-exitcode=99', '--leak-check=full',
             '--show-leak-kinds=definite,indirect', '--errors-for-leak-kinds=definite,indirect',
             '--suppressions=' + suppressions] + command,
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
        if result.returncode != 0:
            failures += 1
            why = 'valgrind found errors or leaks' if result.returncode == 99 else 'exit %d' % result.returncode
            print('not ok %d - %s: %s' % (number, name, why))
            for line in result.stderr.splitlines()[:60]:
                print('# ' + line)
        else:
            print('ok %d - %s' % (number, name))
    print('1..%d' % len(commands))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
