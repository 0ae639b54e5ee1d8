#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Time and peak memory of the clas tool on large generated inputs.

Usage: bench/scale.py [--clas build/tools/clas/clas] [--dir /tmp] [KIND:N ...]

KIND is `collectifs` (one dossier of N collectifs like the example's, read
by `clas check`), `ids` (one dossier of N collectifs that have only an id,
the smallest text per object) or `dossiers` (a campaign of N dossiers
cloned from the example campaign, read by `clas report`) or `small` (a
campaign of N dossiers of about 200 bytes each: a porteur and one
collectif). Default: collectifs:100000 collectifs:1000000
dossiers:100000. Prints, for each, the input size, the wall time, the peak
resident memory of the process and that peak per input byte. The check's
exit status 1 (a blocking constat) counts as success: only reading,
evaluating and writing are measured. Nothing here is a test: timings depend
on the machine; the figures go in doc/security.md and NEWS.md.
"""
import argparse
import copy
import json
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)
EXAMPLE = os.path.join(SOURCE, 'examples', 'campagne-marne-2025-2026.json')


def write_dossier(path, n, minimal=False):
    with open(EXAMPLE, encoding='utf-8') as f:
        campaign = json.load(f)
    dossier = campaign['dossiers'][0]
    template = dossier['collectifs'][0]
    with open(path, 'w', encoding='utf-8') as out:
        head = dict(dossier, format='clas-dossier/1')
        del head['collectifs']
        text = json.dumps(head, ensure_ascii=False, separators=(',', ':'))
        out.write(text[:-1] + ',"collectifs":[')
        for i in range(n):
            c = {'id': 'C%d' % i} if minimal else dict(template, id='C%d' % i)
            out.write((',' if i else '') + json.dumps(c, ensure_ascii=False, separators=(',', ':')))
        out.write(']}')


SMALL = {'annee_scolaire': '2025-2026', 'departement': '51',
         'porteur': {'id': 'P', 'nom': 'Centre social', 'type': 'centre_social'},
         'collectifs': [{'id': 'C1', 'niveaux': ['CM1'], 'nb_enfants': 10, 'depenses': '1000.00'}]}


def write_campaign(path, n, small=False):
    with open(EXAMPLE, encoding='utf-8') as f:
        campaign = json.load(f)
    dossiers = campaign['dossiers']
    with open(path, 'w', encoding='utf-8') as out:
        head = dict(campaign)
        del head['dossiers']
        text = json.dumps(head, ensure_ascii=False, separators=(',', ':'))
        out.write(text[:-1] + ',"dossiers":[')
        for i in range(n):
            d = copy.copy(SMALL if small else dossiers[i % len(dossiers)])
            d['id'] = 'D-%d' % i
            out.write((',' if i else '') + json.dumps(d, ensure_ascii=False, separators=(',', ':')))
        out.write(']}')


def measure(command):
    """Wall time and peak RSS (bytes) of one child process."""
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1)
        os.execv(command[0], command)
    _, status, usage = os.wait4(pid, 0)
    wall = time.monotonic() - start
    return wall, usage.ru_maxrss * 1024, os.waitstatus_to_exitcode(status)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('cases', nargs='*', default=['collectifs:100000', 'collectifs:1000000', 'dossiers:100000'])
    parser.add_argument('--clas', default=os.path.join(SOURCE, 'build', 'tools', 'clas', 'clas'))
    parser.add_argument('--dir', default=os.environ.get('TMPDIR', '/tmp'))
    parser.add_argument('--keep', action='store_true', help='keep the generated files')
    args = parser.parse_args()
    print('%-22s %12s %9s %12s %9s  %s' % ('input', 'bytes', 'seconds', 'peak RSS', 'RSS/byte', 'exit'))
    for case in args.cases:
        kind, n = case.split(':')
        n = int(n)
        path = os.path.join(args.dir, 'clas-scale-%s-%d.json' % (kind, n))
        if kind == 'collectifs':
            write_dossier(path, n)
            command = [args.clas, 'check', path]
        elif kind == 'ids':
            write_dossier(path, n, minimal=True)
            command = [args.clas, 'check', path]
        elif kind in ('dossiers', 'small'):
            write_campaign(path, n, small=kind == 'small')
            command = [args.clas, 'report', path]
        else:
            sys.exit('unknown kind %r' % kind)
        size = os.path.getsize(path)
        wall, rss, code = measure(command)
        print('%-22s %12d %9.2f %10.0f MB %9.2f  %d' % (case, size, wall, rss / 1e6, rss / size, code), flush=True)
        if not args.keep:
            os.unlink(path)


if __name__ == '__main__':
    main()
