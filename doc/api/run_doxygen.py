# SPDX-License-Identifier: Apache-2.0
"""Builds the HTML API reference: a fresh html/ (no page left over from a
removed declaration), the warnings in a log file and on stderr.

usage: run_doxygen.py DOXYGEN DOXYFILE OUTDIR WARNLOG
"""
import os
import shutil
import subprocess
import sys


def main():
    doxygen, doxyfile, outdir, warnlog = sys.argv[1:5]
    shutil.rmtree(os.path.join(outdir, 'html'), ignore_errors=True)
    r = subprocess.run([doxygen, doxyfile])
    if r.returncode != 0:
        return r.returncode
    with open(warnlog, encoding='utf-8', errors='replace') as f:
        warnings = [line for line in f.read().splitlines() if line.strip()]
    if warnings:
        sys.stderr.write('\n'.join(warnings) + '\n')
        sys.stderr.write('doxygen: %d warning line(s), see %s\n' % (len(warnings), warnlog))
    return 0


if __name__ == '__main__':
    sys.exit(main())
