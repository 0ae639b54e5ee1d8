#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Runs the fuzz targets of tests/fuzz/.

Usage: fuzz.py [options] TARGET...

With clang's libFuzzer (clang on PATH or --clang), a second build of this
tree is configured once under --fuzz-build with clang, coverage
instrumentation, AddressSanitizer and UndefinedBehaviorSanitizer, and
recompiled on later runs. Each target then runs for --seconds (default 10,
or $CLAS_FUZZ_SECONDS) on a working corpus seeded from examples/,
tests/vectors/, data/ and tests/data/, with tests/fuzz/clas.dict; before
that, every committed input of tests/fuzz/corpus/TARGET/ (past crashes and
tricky cases) is replayed. The targets import, decisions and bilans run
the clas tool's own code on spreadsheets and committee or bilan records
(seeded from examples/*.csv and their clas-decisions/1 and clas-bilans/1
equivalents). Without clang, the replay drivers built by the
normal build (--replay-dir) run the seeds and the committed inputs.

A crash, leak, sanitizer report or failed check fails the run; libFuzzer
leaves the input as crash-* in the working directory: add it to
tests/fuzz/corpus/TARGET/ with the fix.

Longer runs (e.g. ten minutes per target, two jobs):
  tests/fuzz/fuzz.py --seconds 600 --jobs 2 dossier campagne regles import decisions bilans
"""
import argparse
import csv
import glob
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
# Debian's clang 14 names its libFuzzer runtime after the version only.
CLANGS = ['clang', 'clang-14', 'clang-15', 'clang-16']
MESON_OPTIONS = ['-Dfuzzing=enabled', '-Db_sanitize=address,undefined', '-Db_lundef=false',
                 '-Dc_args=-fsanitize=fuzzer-no-link', '-Dpython=disabled', '-Dbench=false',
                 '-Dtests=disabled', '-Dtools=true', '-Dxlsx=disabled', '-Dwerror=false',
                 '-Dbuildtype=debugoptimized']


def log(*words):
    print(*words, flush=True)


def write_seed(directory, name, document):
    os.makedirs(directory, exist_ok=True)
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False, indent=1)
    with open(os.path.join(directory, name), 'w', encoding='utf-8') as f:
        f.write(text)


def one_dossier_campaign(dossier):
    return {'format': 'clas-campagne/1', 'annee_scolaire': dossier.get('annee_scolaire', '2025-2026'),
            'departement': dossier.get('departement', '51'), 'nom': 'seed', 'dossiers': [dossier]}


# The dossiers of the example campaign that the decisions and bilans
# targets apply their records to (FUZZ_DOSSIERS in fuzz_cli.c).
RECORD_DOSSIERS = ('D51-2025-001',)
def json_keys(source):
    """clas-decisions/1 or clas-bilans/1 members by CSV header, as the
    tool maps them (the json_keys table of tools/clas/decide.c, bilan.c)."""
    with open(os.path.join(SOURCE, 'tools', 'clas', source), encoding='utf-8') as f:
        text = f.read()
    table = text[text.index('json_keys[] = {'):]
    words = re.findall(r'"((?:[^"\\]|\\.)*)"', table[:table.index('NULL, NULL}')])
    return {header: key for key, header in zip(words[::2], words[1::2])}


DECISION_WORDS = {'agréé': 'agree', 'refusé': 'refuse', 'en attente': 'en_attente'}


def read_csv(path):
    """The rows of one of the examples' CSV files (';', UTF-8 with BOM)."""
    with open(path, encoding='utf-8-sig', newline='') as f:
        return list(csv.reader(f, delimiter=';'))


def csv_text(rows, sep=';', bom=True):
    lines = [sep.join('"%s"' % c.replace('"', '""') if sep in c or '"' in c else c for c in row) for row in rows]
    return ('\ufeff' if bom else '') + '\r\n'.join(lines) + '\r\n'


def json_value(key, text):
    if key.startswith('bonus_'):
        return text == 'oui'
    if key == 'agrement':
        return DECISION_WORDS.get(text, text)
    if key in ('depenses_reelles', 'financements_reels'):
        return text.replace(' ', '').replace(',', '.')
    if key == 'taux_presence':
        return '%g' % (int(text.rstrip(' %')) / 100)
    return int(text) if text.isdigit() else text


def records_json(fmt, member, rows, keys, extra=None):
    head = rows[0]
    items = [{keys[h]: json_value(keys[h], c) for h, c in zip(head, row) if h in keys and c}
             for row in rows[1:]]
    return dict({'format': fmt}, **(extra or {}), **{member: items})


def record_seeds(seeds, name, path, fmt, member, keys, extra=None):
    """CSV and JSON seeds of the rows of @p path for RECORD_DOSSIERS."""
    rows = read_csv(path)
    mine = [rows[0]] + [r for r in rows[1:] if r and r[0] in RECORD_DOSSIERS]
    write_seed(seeds[name], 'example.csv', csv_text(mine))
    write_seed(seeds[name], 'example-comma.csv', csv_text(mine, ',', bom=False))
    write_seed(seeds[name], 'example-first.csv', csv_text(mine[:2]))
    write_seed(seeds[name], 'example.json', records_json(fmt, member, mine, keys, extra))
    write_seed(seeds[name], 'example-first.json', records_json(fmt, member, mine[:2], keys))


def sheet_seeds(seeds):
    """The campaign spreadsheet, whole and cut, in the dialects it is read in."""
    for path in sorted(glob.glob(os.path.join(SOURCE, 'examples', 'campagne-*.csv'))):
        base = os.path.basename(path)
        rows = read_csv(path)
        with open(path, encoding='utf-8-sig') as f:
            write_seed(seeds['import'], base, f.read())
        for k in (1, 3, 10):
            write_seed(seeds['import'], 'first-%d-%s' % (k, base), csv_text(rows[:k + 1]))
        write_seed(seeds['import'], 'comma-' + base, csv_text(rows[:4], ',', bom=False))
        write_seed(seeds['import'], 'tab-' + base, csv_text(rows[:4], '\t', bom=False))
        os.makedirs(seeds['import'], exist_ok=True)
        with open(os.path.join(seeds['import'], 'cp1252-' + base), 'wb') as f:
            f.write(csv_text(rows[:4], bom=False).encode('cp1252', errors='replace'))


def make_seeds(out):
    """Seed corpora by target, from the documents the project ships."""
    seeds = {t: os.path.join(out, t) for t in TARGETS}
    sheet_seeds(seeds)
    record_seeds(seeds, 'decisions', os.path.join(SOURCE, 'examples', 'decisions-comite-2025.csv'),
                 'clas-decisions/1', 'decisions', json_keys('decide.c'), {'date_comite': '2025-09-18'})
    record_seeds(seeds, 'bilans', os.path.join(SOURCE, 'examples', 'bilans-2025-2026.csv'),
                 'clas-bilans/1', 'bilans', json_keys('bilan.c'))
    for path in sorted(glob.glob(os.path.join(SOURCE, 'tests', 'vectors', '*.json'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8') as f:
            vector = json.load(f)
        dossier = vector.get('dossier')
        if isinstance(dossier, dict):
            write_seed(seeds['dossier'], name, dossier)
            write_seed(seeds['campagne'], name, one_dossier_campaign(dossier))
        if isinstance(vector.get('regles'), dict):
            write_seed(seeds['regles'], name, vector['regles'])
    for path in sorted(glob.glob(os.path.join(SOURCE, 'tests', 'data', '*.json'))):
        with open(path, encoding='utf-8') as f:
            write_seed(seeds['dossier'], 'data-' + os.path.basename(path), f.read())
    for path in sorted(glob.glob(os.path.join(SOURCE, 'data', '*.json'))):
        with open(path, encoding='utf-8') as f:
            write_seed(seeds['regles'], 'data-' + os.path.basename(path), f.read())
    for path in sorted(glob.glob(os.path.join(SOURCE, 'examples', 'campagne-*.json'))):
        with open(path, encoding='utf-8') as f:
            text = f.read()
        campaign = json.loads(text)
        write_seed(seeds['campagne'], os.path.basename(path), text)
        # Small campaigns mutate faster than the whole department's.
        for k in (1, 3):
            small = dict(campaign, dossiers=campaign.get('dossiers', [])[:k])
            write_seed(seeds['campagne'], 'first-%d-%s' % (k, os.path.basename(path)), small)
        for i, dossier in enumerate(campaign.get('dossiers', [])[:20]):
            write_seed(seeds['dossier'], 'example-%02d.json' % i, dossier)
    return seeds


def find_clang(given):
    if given == 'none':
        return None
    for name in ([given] if given else CLANGS):
        path = shutil.which(name)
        if path:
            return path
    return None


def clean_env():
    env = dict(os.environ)
    # Variables of an outer `meson test` must not reach the inner build.
    for name in list(env):
        if name.startswith('MESON_') or name == 'MALLOC_PERTURB_':
            del env[name]
    return env


def build_libfuzzer(meson, clang, build, wanted):
    env = clean_env()
    env['CC'] = clang
    if not os.path.exists(os.path.join(build, 'meson-private', 'coredata.dat')):
        log('$ CC=%s %s setup %s %s %s' % (clang, meson, build, SOURCE, ' '.join(MESON_OPTIONS)))
        if subprocess.run([meson, 'setup', build, SOURCE] + MESON_OPTIONS, env=env).returncode != 0:
            return False
    else:
        # A build configured by an older fuzz.py gets today's options.
        if subprocess.run([meson, 'configure', build] + MESON_OPTIONS, env=env,
                          stdout=subprocess.DEVNULL).returncode != 0:
            return False
    targets = ['tests/fuzz/fuzz_' + t for t in wanted]
    log('$ %s compile -C %s %s' % (meson, build, ' '.join(targets)))
    return subprocess.run([meson, 'compile', '-C', build] + targets, env=env).returncode == 0


TARGETS = ('dossier', 'campagne', 'regles', 'import', 'decisions', 'bilans')
# Inputs larger than this are not generated by mutation (seeds may be larger).
MAX_LEN = {'dossier': 16384, 'campagne': 32768, 'regles': 8192, 'import': 16384, 'decisions': 8192,
           'bilans': 8192}


def sanitizer_env(workdir):
    env = clean_env()
    env['ASAN_OPTIONS'] = 'detect_leaks=1:abort_on_error=0:allocator_may_return_null=1'
    env['UBSAN_OPTIONS'] = 'halt_on_error=1:print_stacktrace=1'
    return env


def run_libfuzzer(exe, target, seeds, corpus_dir, workdir, seconds, jobs):
    work_corpus = os.path.join(workdir, 'corpus-' + target)
    os.makedirs(work_corpus, exist_ok=True)
    env = sanitizer_env(workdir)
    dictionary = os.path.join(HERE, 'clas.dict')
    common = ['-dict=' + dictionary, '-rss_limit_mb=2048', '-malloc_limit_mb=1024', '-timeout=10']
    committed = sorted(glob.glob(os.path.join(corpus_dir, '*')))
    if committed:
        log('$ %s (replay %d committed inputs)' % (os.path.basename(exe), len(committed)))
        if subprocess.run([exe] + common + committed, env=env, cwd=workdir).returncode != 0:
            return False, 0
    cmd = [exe] + common + ['-max_len=%d' % MAX_LEN[target], '-max_total_time=%d' % seconds,
                            '-print_final_stats=1', work_corpus, seeds]
    if os.path.isdir(corpus_dir):
        cmd.append(corpus_dir)
    if jobs > 1:
        cmd += ['-fork=%d' % jobs, '-ignore_crashes=0']
    log('$ ' + ' '.join(cmd))
    result = subprocess.run(cmd, env=env, cwd=workdir, stderr=subprocess.PIPE, text=True, errors='replace')
    executions = 0
    for line in result.stderr.splitlines():
        m = re.match(r'stat::number_of_executed_units:\s*(\d+)', line)
        if m:
            executions += int(m.group(1))
        if not line.startswith('#') or 'DONE' in line or 'pulse' in line:
            print(line)
    if jobs > 1:
        # fork mode reports the total on its last "#N" line
        for line in result.stderr.splitlines():
            m = re.match(r'#(\d+):', line) or re.match(r'#(\d+)\s', line)
            if m:
                executions = max(executions, int(m.group(1)))
    log('fuzz_%s: %d executions in %d s, exit %d' % (target, executions, seconds, result.returncode))
    return result.returncode == 0, executions


def run_replay(replay_dir, target, seeds, corpus_dir):
    exe = os.path.join(replay_dir, 'fuzz_%s_replay' % target)
    paths = [seeds] + ([corpus_dir] if os.path.isdir(corpus_dir) else [])
    log('$ %s %s' % (exe, ' '.join(paths)))
    result = subprocess.run([exe] + paths, env=clean_env(), stderr=subprocess.PIPE, text=True, errors='replace')
    if result.returncode != 0:
        print(result.stderr[-4000:])
    return result.returncode == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('targets', nargs='*', default=list(TARGETS))
    parser.add_argument('--meson', default=shutil.which('meson') or 'meson')
    parser.add_argument('--clang', default='', help='clang to use, or "none" to only replay')
    parser.add_argument('--fuzz-build', default=os.path.join(SOURCE, 'build', 'fuzz-build'))
    parser.add_argument('--replay-dir', default=os.path.join(SOURCE, 'build', 'tests', 'fuzz'))
    parser.add_argument('--workdir', default=None, help='working corpora and crash files')
    parser.add_argument('--seconds', type=int, default=int(os.environ.get('CLAS_FUZZ_SECONDS', '10')))
    parser.add_argument('--jobs', type=int, default=1)
    args = parser.parse_args()
    args.fuzz_build = os.path.abspath(args.fuzz_build)
    args.replay_dir = os.path.abspath(args.replay_dir)
    workdir = os.path.abspath(args.workdir or os.path.join(args.fuzz_build, 'work'))
    os.makedirs(workdir, exist_ok=True)
    seeds = make_seeds(os.path.join(workdir, 'seeds'))
    clang = find_clang(args.clang)
    ok = True
    if clang:
        if not build_libfuzzer(args.meson, clang, args.fuzz_build, args.targets):
            return 1
        for target in args.targets:
            exe = os.path.join(args.fuzz_build, 'tests', 'fuzz', 'fuzz_' + target)
            passed, _ = run_libfuzzer(exe, target, seeds[target], os.path.join(HERE, 'corpus', target),
                                      workdir, args.seconds, args.jobs)
            ok &= passed
    else:
        log('clang not found: replaying the seeds and committed inputs without libFuzzer')
        for target in args.targets:
            ok &= run_replay(args.replay_dir, target, seeds[target], os.path.join(HERE, 'corpus', target))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
