#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Builds the tree with ThreadSanitizer and runs its threads suite.

Usage: tsan.py MESON SOURCE_DIR BUILD_DIR

The build is configured once (-Db_sanitize=thread, no Python binding, no
tool, no benchmarks) and recompiled on later runs; only the library and the
threads test are compiled. Any data race report fails the test
(halt_on_error), as does any mismatch with the single-threaded reference.
"""
import os
import subprocess
import sys

OPTIONS = ['-Db_sanitize=thread', '-Db_lundef=false', '-Dpython=disabled', '-Dbench=false', '-Dtools=false',
           '-Dtests=enabled', '-Dfuzzing=disabled', '-Dwerror=false']


def run(command, env):
    print('$ ' + ' '.join(command), flush=True)
    return subprocess.run(command, env=env, check=False).returncode


def main() -> int:
    meson, source, build = sys.argv[1:4]
    env = dict(os.environ, TSAN_OPTIONS='halt_on_error=1:second_deadlock_stack=1',
               CLAS_THREADS_ROUNDS=os.environ.get('CLAS_THREADS_ROUNDS', '3'))
    # Variables of the outer `meson test` run must not leak into the inner one.
    for name in list(env):
        if name.startswith('MESON_') or name == 'MALLOC_PERTURB_':
            del env[name]
    if not os.path.exists(os.path.join(build, 'meson-private', 'coredata.dat')):
        if run([meson, 'setup', build, source] + OPTIONS, env) != 0:
            return 1
    if run([meson, 'compile', '-C', build, 'tests/threads/test_threads'], env) != 0:
        return 1
    return 1 if run([meson, 'test', '-C', build, '--no-rebuild', '--suite', 'threads', '--print-errorlogs'],
                    env) != 0 else 0


if __name__ == '__main__':
    sys.exit(main())
