#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Builds the tree with ASan+UBSan and runs its unit, cli, Java and C# suites.

Usage: sanitize.py MESON SOURCE_DIR BUILD_DIR

The build is configured once (-Db_sanitize=address,undefined, no benchmarks,
of the bindings only Java and C#, where their toolchains are installed) and
recompiled on later runs; configured again when OPTIONS change. Any
sanitizer report fails the test: the first error aborts; leaks are detected
in the C programs. The JVM and Mono run the bindings' suites with ASan's
runtime preloaded (see clas_vm_test_env in bindings/meson.build): children
used after their parent is closed or collected, errors, every vector.
"""
import json
import os
import subprocess
import sys

# werror off: GCC's instrumentation for UBSan makes -Wformat-overflow and
# friends report paths that cannot happen (a "null format string" from a
# function that never returns NULL); the normal build keeps -Werror.
OPTIONS = ['-Db_sanitize=address,undefined', '-Db_lundef=false', '-Dpython=disabled', '-Djava=auto',
           '-Dcsharp=auto', '-Dphp=disabled', '-Dperl=disabled', '-Druby=disabled', '-Dlua=disabled',
           '-Dtcl=disabled', '-Dr=disabled', '-Dbench=false', '-Dtests=enabled', '-Dtools=true', '-Dwerror=false']
SUITES = ['unit', 'cli', 'java', 'csharp']


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
    stamp = os.path.join(build, 'sanitize-options.txt')
    configured = os.path.exists(os.path.join(build, 'meson-private', 'coredata.dat'))
    if not configured or not os.path.exists(stamp) or open(stamp).read() != ' '.join(OPTIONS):
        if run([meson, 'setup'] + (['--reconfigure'] if configured else []) + [build, source] + OPTIONS, env) != 0:
            return 1
        with open(stamp, 'w') as f:
            f.write(' '.join(OPTIONS))
    if run([meson, 'compile', '-C', build], env) != 0:
        return 1
    # A suite whose toolchain is missing has no test: not asked for.
    with open(os.path.join(build, 'meson-info', 'intro-tests.json')) as f:
        present = {suite.split(':')[-1] for test in json.load(f) for suite in test['suite']}
    suites = [arg for name in SUITES if name in present for arg in ('--suite', name)]
    # Instrumented code runs a few times slower: the tests' own timeouts,
    # set for the normal build, are stretched accordingly.
    return 1 if run([meson, 'test', '-C', build] + suites +
                    ['--print-errorlogs', '--num-processes', '2', '--timeout-multiplier', '3'], env) != 0 else 0


if __name__ == '__main__':
    sys.exit(main())
