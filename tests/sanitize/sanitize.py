#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Builds the tree with ASan+UBSan and runs its unit and cli suites.

Usage: sanitize.py MESON SOURCE_DIR BUILD_DIR

The build is configured once (-Db_sanitize=address,undefined, no Python
binding, no benchmarks) and recompiled on later runs. Any sanitizer report
fails the test: leaks are detected, the first error aborts.
"""
import os
import subprocess
import sys

# werror off: GCC's instrumentation for UBSan makes -Wformat-overflow and
# friends report paths that cannot happen (a "null format string" from a
# function that never returns NULL); the normal build keeps -Werror.
OPTIONS = ['-Db_sanitize=address,undefined', '-Db_lundef=false', '-Dpython=disabled', '-Djava=disabled',
           '-Dcsharp=disabled', '-Dphp=disabled', '-Dbench=false',
           '-Dtests=enabled', '-Dtools=true', '-Dwerror=false']


def run(command, env):
    print('$ ' + ' '.join(command), flush=True)
    return subprocess.run(command, env=env, check=False).returncode


def main() -> int:
    meson, source, build = sys.argv[1:4]
    env = dict(os.environ,
               ASAN_OPTIONS='detect_leaks=1:abort_on_error=1',
               UBSAN_OPTIONS='halt_on_error=1:print_stacktrace=1')
    # Variables of the outer `meson test` run must not leak into the inner one.
    for name in list(env):
        if name.startswith('MESON_') or name == 'MALLOC_PERTURB_':
            del env[name]
    if not os.path.exists(os.path.join(build, 'meson-private', 'coredata.dat')):
        if run([meson, 'setup', build, source] + OPTIONS, env) != 0:
            return 1
    if run([meson, 'compile', '-C', build], env) != 0:
        return 1
    # Instrumented code runs a few times slower: the tests' own timeouts,
    # set for the normal build, are stretched accordingly.
    return 1 if run([meson, 'test', '-C', build, '--suite', 'unit', '--suite', 'cli',
                     '--print-errorlogs', '--num-processes', '2', '--timeout-multiplier', '3'], env) != 0 else 0


if __name__ == '__main__':
    sys.exit(main())
