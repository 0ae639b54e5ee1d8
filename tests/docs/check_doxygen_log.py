# SPDX-License-Identifier: Apache-2.0
"""The API reference builds without a single Doxygen warning.

Reads the warnings log the doc target writes (doc/api/Doxyfile.in sets
WARN_LOGFILE, with undocumented members, parameters and return values all
reported) and fails on any line of it.

usage: check_doxygen_log.py WARNLOG
"""
import os
import sys


def main():
    log = sys.argv[1]
    if not os.path.exists(log):
        print('%s is missing: the doc target did not run' % log)
        return 1
    with open(log, encoding='utf-8', errors='replace') as f:
        warnings = [line for line in f.read().splitlines() if line.strip()]
    for w in warnings:
        print(w)
    print('%d Doxygen warning line(s)' % len(warnings))
    return 1 if warnings else 0


if __name__ == '__main__':
    sys.exit(main())
