# SPDX-License-Identifier: Apache-2.0
"""Installs the build into a staging directory and uses it like a consumer would.

1. `meson install --destdir STAGE` of the build directory;
2. the expected files are there (headers, library and its soname link,
   clas.pc, and the clas tool and its man page when tools are built);
3. tests/install/consumer.c compiles with nothing but
   `pkg-config --cflags --libs clas` pointed into the stage, runs against the
   staged library, and prints the Ps of domain.md §7 case A: 2800.70;
4. the installed clas tool runs against the staged library and its man page
   renders without groff warnings;
5. the HTML API reference is installed when it is built (--docdir not "").

usage: check_install.py --meson M --builddir B --srcinclude INCLUDE --prefix P --libdir L
       --includedir I --bindir B --mandir M --tools 0|1 --docdir D|'' --pkg-config PC
       --consumer consumer.c -- CC [ARGS...]
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile

EXPECTED_OUTPUT = '2800.70'


def run(cmd, **kw):
    print('$ ' + ' '.join(cmd), flush=True)
    return subprocess.run(cmd, **kw)


def staged(stage, prefix, path):
    """Absolute install path (relative options are under the prefix) inside the stage."""
    full = os.path.join(prefix, path)
    return os.path.join(stage, full.lstrip('/'))


def main():
    argv = sys.argv[1:]
    sep = argv.index('--')
    ap = argparse.ArgumentParser()
    for opt in ('meson', 'builddir', 'srcinclude', 'prefix', 'libdir', 'includedir', 'bindir', 'mandir',
                'tools', 'pkg-config', 'consumer'):
        ap.add_argument('--' + opt, required=True)
    ap.add_argument('--docdir', default='')
    args = ap.parse_args(argv[:sep])
    cc = argv[sep + 1:]

    problems = []
    with tempfile.TemporaryDirectory(prefix='clas-install-') as tmp:
        stage = os.path.join(tmp, 'stage')
        r = run([args.meson, 'install', '-C', args.builddir, '--destdir', stage,
                 '--no-rebuild', '--quiet'])
        if r.returncode != 0:
            print('meson install failed (exit %d)' % r.returncode)
            return 1

        libdir = staged(stage, args.prefix, args.libdir)
        incdir = staged(stage, args.prefix, args.includedir)
        bindir = staged(stage, args.prefix, args.bindir)
        mandir = staged(stage, args.prefix, args.mandir)

        expected = [os.path.join(incdir, 'clas.h'),
                    os.path.join(libdir, 'libclas.so'),
                    os.path.join(libdir, 'libclas.so.1'),
                    os.path.join(libdir, 'pkgconfig', 'clas.pc')]
        expected += [os.path.join(incdir, 'clas', os.path.basename(h)) for h in
                     sorted(glob.glob(os.path.join(args.srcinclude, 'clas', '*.h')))]
        if args.tools == '1':
            expected.append(os.path.join(bindir, 'clas'))
        if args.docdir:
            expected.append(os.path.join(staged(stage, args.prefix, args.docdir), 'html', 'index.html'))
        for path in expected:
            if not os.path.exists(path):
                problems.append('not installed: ' + os.path.relpath(path, stage))
        if not os.path.islink(os.path.join(libdir, 'libclas.so.1')):
            problems.append('libclas.so.1 is not a symlink to the versioned library')
        if args.tools == '1' and not (glob.glob(os.path.join(mandir, 'man1', 'clas.1'))
                                      or glob.glob(os.path.join(mandir, 'man1', 'clas.1.*'))):
            problems.append('not installed: man page %s/man1/clas.1'
                            % os.path.relpath(mandir, stage))
        installed_headers = sorted(os.path.basename(p)
                                   for p in glob.glob(os.path.join(incdir, 'clas', '*.h')))
        print('installed headers: clas.h, clas/' + ', clas/'.join(installed_headers))

        env = dict(os.environ)
        env['PKG_CONFIG_PATH'] = os.path.join(libdir, 'pkgconfig')
        env['PKG_CONFIG_SYSROOT_DIR'] = stage
        r = run([args.pkg_config, '--cflags', '--libs', 'clas'], env=env,
                capture_output=True, text=True)
        if r.returncode != 0:
            print(r.stderr)
            problems.append('pkg-config --cflags --libs clas failed')
            return report(problems)
        flags = r.stdout.split()
        print('pkg-config: ' + ' '.join(flags))
        if not any(f.startswith('-I' + stage) for f in flags):
            problems.append('pkg-config cflags do not point into the stage')

        exe = os.path.join(tmp, 'consumer')
        r = run(cc + ['-std=c99', '-Wall', '-Wextra', '-Werror', args.consumer, '-o', exe] + flags)
        if r.returncode != 0:
            problems.append('consumer.c does not compile/link against the installed library')
            return report(problems)

        run_env = dict(os.environ)
        run_env['LD_LIBRARY_PATH'] = libdir
        r = run([exe], env=run_env, capture_output=True, text=True)
        sys.stdout.write(r.stdout)
        sys.stderr.write(r.stderr)
        if r.returncode != 0:
            problems.append('consumer exited with %d' % r.returncode)
        elif r.stdout.strip() != EXPECTED_OUTPUT:
            problems.append('consumer printed %r, expected %r' % (r.stdout.strip(), EXPECTED_OUTPUT))

        # The staged binary really loads the staged library, not another copy.
        ldd = shutil.which('ldd')
        if ldd:
            r = subprocess.run([ldd, exe], env=run_env, capture_output=True, text=True)
            line = [l for l in r.stdout.splitlines() if 'libclas.so' in l]
            print('ldd: ' + (line[0].strip() if line else '(libclas not found)'))
            if not line or stage not in line[0]:
                problems.append('the consumer does not load libclas from the stage')

        if args.tools == '1':
            check_tool(problems, os.path.join(bindir, 'clas'), run_env)
            for page in glob.glob(os.path.join(mandir, 'man1', 'clas.1*')):
                check_man_page(problems, page)
    return report(problems)


def check_tool(problems, exe, env):
    """The installed clas runs against the staged library."""
    if not os.path.exists(exe):
        return
    r = run([exe, '--version'], env=env, capture_output=True, text=True)
    sys.stdout.write(r.stdout)
    if r.returncode != 0 or '1.0' not in r.stdout:
        problems.append('installed clas --version failed (exit %d): %s' % (r.returncode, r.stderr.strip()))


def check_man_page(problems, page):
    """The installed man page renders without groff warnings (when groff is there)."""
    groff = shutil.which('groff')
    if groff is None or page.endswith('.gz'):
        return
    r = run([groff, '-t', '-man', '-Tutf8', '-ww', '-z', page], capture_output=True, text=True)
    if r.returncode != 0 or r.stderr.strip():
        problems.append('man page %s: groff warnings:\n%s' % (os.path.basename(page), r.stderr))


def report(problems):
    for p in problems:
        print('FAIL: ' + p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
