# SPDX-License-Identifier: Apache-2.0
"""Python benchmarks of libclas: the object API, building from dicts and
JSON, the batch API through the buffer protocol against a plain Python Ps,
and the Publicodes peer (bench/publicodes) on the same inputs.

    PYTHONPATH=build/bindings/python /usr/bin/python3 bench/clas_bench.py [--quick]

Each line: median of repeated runs, time per collectif, target, PASS/MISS.
"""

from __future__ import annotations

import array
import json
import os
import random
import shutil
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import clas

try:
    from clas import batch
except ImportError:  # package built without batch.py: load it from the source tree
    import importlib.util
    _spec = importlib.util.spec_from_file_location(
        "clas.batch", Path(__file__).resolve().parent.parent / "bindings" / "python" / "clas" / "batch.py")
    batch = importlib.util.module_from_spec(_spec)
    sys.modules["clas.batch"] = batch
    _spec.loader.exec_module(batch)

try:
    import numpy
except ImportError:
    numpy = None

QUICK = "--quick" in sys.argv
RUNS = 3 if QUICK else 7
HERE = Path(__file__).resolve().parent
RESULTS = {}


def timed(fn, iters):
    """Median seconds per call of fn() over RUNS runs of iters calls."""
    samples = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        for _ in range(iters):
            fn()
        samples.append((time.perf_counter() - t0) / iters)
    return statistics.median(samples)


def peak_kib():
    """Peak resident memory of the process so far (ru_maxrss, KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def line(name, seconds_per_coll, target="", ok=None):
    """One result: the median over RUNS runs, per collectif, and the peak memory."""
    status = "" if ok is None else ("PASS" if ok else "MISS")
    print(f"{name:<52} {seconds_per_coll * 1e9:12.1f} ns/coll {1 / seconds_per_coll:14.0f} coll/s "
          f"{peak_kib():9d} KiB  {target:<18} {status}")
    RESULTS[name] = seconds_per_coll * 1e9


COLLECTIF = dict(niveaux=["CM1", "CM2"], nb_enfants=10, nb_intervenants_salaries=1,
                 nb_intervenants_benevoles=1, hors_temps_scolaire=True, depenses=Decimal("10000.00"))


def make_dossier():
    d = clas.Dossier("2025-2026", id="D1", departement="51", date_depot="2025-08-01")
    c = d.add_collectif("C1", **COLLECTIF)
    for action in (clas.Action.ENFANTS_VIE_COLLECTIVE, clas.Action.PARENTS_CONVIVIALITE,
                   clas.Action.ECOLE_CONTINUITE_EDUCATIVE, clas.Action.TERRITOIRE_REAAP):
        c.add_action(action)
    c.add_financement("Ville", Decimal("1000.00"))
    c.set_decision(clas.Decision.AGREE)
    return d


def bench_objects(regles):
    d = make_dossier()
    ev = d.evaluate(regles)
    assert ev.collectifs["C1"].ps == Decimal("2800.70"), ev.collectifs["C1"].ps
    n = 2000 if QUICK else 20000
    t = timed(lambda: d.evaluate(regles), n)
    line("object API: dossier.evaluate() (1 collectif)", t, "<= 2 us", t <= 2e-6)

    def build():
        x = clas.Dossier("2025-2026", id="D1", departement="51", date_depot="2025-08-01")
        x.add_collectif("C1", **COLLECTIF)
    line("build a dossier + collectif from a dict", timed(build, n // 4), "(report)")
    bench_one_call(regles, n)
    text = d.to_json() if hasattr(d, "to_json") else None
    if text is not None:
        line("Dossier.from_json (1 collectif)", timed(lambda: clas.Dossier.from_json(text), n // 4), "(report)")


def bench_one_call(regles, n):
    """One collectif from values in one call: batch.evaluate_one() with a row, with
    keywords, and the raw SWIG function it calls."""
    values = dict(depenses=1000000, autres_financements=150000, nb_enfants=10, nb_intervenants=2,
                  niveaux=1 << int(clas.Niveau.CM1), actions_enfants=1, actions_parents=1, actions_ecole=1,
                  actions_territoire=1, hors_temps=1, flags=batch.AGREE)
    row = [values[name] for name in batch.ROW[:len(values)]]
    assert batch.evaluate_one(regles, "2025-2026", "51", row)[2] == 280070
    raw, h = clas._capi.Batch.evaluate_one, regles._h
    t = timed(lambda: batch.evaluate_one(regles, "2025-2026", "51", row), n)
    line("one call: batch.evaluate_one(regles, ..., row)", t, "<= 2 us", t <= 2e-6)
    t = timed(lambda: raw(h, "2025-2026", "51", row), n)
    line("one call: _capi.Batch.evaluate_one (raw)", t, "<= 2 us", t <= 2e-6)
    t = timed(lambda: batch.evaluate_one(regles, "2025-2026", "51", **values), n)
    line("one call: batch.evaluate_one(..., **keywords)", t, "<= 2 us", t <= 2e-6)


def python_ps_float(depenses_cents):
    """R-PS as an analyst would first write it: euros as floats, round()."""
    out = []
    for d in depenses_cents:
        euros = d / 100
        out.append(round(min(round(0.33 * min(euros, 8487.0), 2), 2800.70) * 100))
    return out


def python_ps_int(depenses_cents):
    """R-PS in plain Python with integer cents, rounded half up."""
    out = []
    for d in depenses_cents:
        out.append(min((min(d, 848700) * 33 + 50) // 100, 280070))
    return out


def columns(n, seed=42):
    rnd = random.Random(seed)
    dep = array.array("q", (rnd.randrange(0, 1500000) for _ in range(n)))
    flags = array.array("H", (batch.AGREE | rnd.choice((0, batch.BONUS_ENFANTS_DEMANDE | batch.BONUS_ENFANTS_ACCORDE,
                                                        batch.BONUS_PARENTS_DEMANDE | batch.BONUS_PARENTS_ACCORDE))
                              for _ in range(n)))
    return dict(depenses=dep, nb_enfants=array.array("i", [10] * n), nb_intervenants=array.array("i", [2] * n),
                actions=array.array("B", [1] * (4 * n)), flags=flags,
                autres_financements=array.array("q", [100000] * n))


def bench_batch(regles):
    n = 100000 if QUICK else 1000000
    cols = columns(n)
    bareme = regles.find_bareme("2025-2026")
    t_arr = timed(lambda: batch.evaluate(regles, "2025-2026", "51", **cols), 1) / n
    line(f"batch.evaluate, array.array, {n} collectifs", t_arr)
    mv = {k: memoryview(v) for k, v in cols.items()}
    line(f"batch.evaluate, memoryview, {n} collectifs", timed(lambda: batch.evaluate(regles, "2025-2026", "51", **mv), 1) / n)
    if numpy is not None:
        npcols = {k: numpy.frombuffer(v, dtype={"q": numpy.int64, "i": numpy.int32, "B": numpy.uint8,
                                                "H": numpy.uint16}[v.typecode]) for k, v in cols.items()}
        line(f"batch.evaluate, numpy, {n} collectifs", timed(lambda: batch.evaluate(regles, "2025-2026", "51", **npcols), 1) / n)
    t_ps = timed(lambda: batch.ps(bareme, cols["depenses"]), 1) / n
    line(f"batch.ps, array.array, {n} collectifs", t_ps)

    out = batch.evaluate(regles, "2025-2026", "51", **cols)
    ps_c = list(batch.ps(bareme, cols["depenses"]))
    assert list(out["ps"]) == ps_c
    dep = list(cols["depenses"])
    m = n // 10
    t_int = timed(lambda: python_ps_int(dep[:m]), 1) / m
    t_float = timed(lambda: python_ps_float(dep[:m]), 1) / m
    same_int = python_ps_int(dep) == ps_c
    float_ps = python_ps_float(dep)
    float_diff = sum(a != b for a, b in zip(float_ps, ps_c))
    line("plain Python Ps, integer cents", t_int, f"identical: {same_int}")
    line("plain Python Ps, float euros + round()", t_float, f"{float_diff} differ")
    ok = t_int / t_ps >= 30 and same_int
    print(f"  speed-up of batch.ps vs plain Python Ps (int): x{t_int / t_ps:.0f}, target >= 30: "
          f"{'PASS' if ok else 'MISS'}")
    print(f"  speed-up of batch.evaluate (all rules) vs plain Python Ps alone: x{t_int / t_arr:.0f}")
    if float_diff:
        i = next(i for i, (a, b) in enumerate(zip(float_ps, ps_c)) if a != b)
        print(f"  float example: depenses {dep[i]} cents -> float {float_ps[i]}, exact {ps_c[i]}")
    return t_arr


def bench_publicodes(regles, t_batch):
    peer = HERE / "publicodes"
    if not (peer / "node_modules" / "publicodes").is_dir() or shutil.which("node") is None:
        print("publicodes peer: skipped (run bench/run to install it)")
        return
    n = 1000 if QUICK else 5000
    rnd = random.Random(7)
    # Every expense shape: below, at and above the ceiling, half cents, bonuses.
    special = [0, 1, 50, 150, 848650, 848699, 848700, 848701, 1000000]
    deps = special + [rnd.randrange(0, 1500000) for _ in range(n - len(special))]
    bon = [(rnd.random() < 0.3, rnd.random() < 0.3) for _ in range(n)]
    inputs = [[d, int(be), int(bp)] for d, (be, bp) in zip(deps, bon)]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(inputs, f)
        path = f.name
    try:
        proc = subprocess.run(["node", str(peer / "evaluate.mjs"), path, "1"], capture_output=True, text=True,
                              check=True)
    finally:
        os.unlink(path)
    res = json.loads(proc.stdout)
    flags = array.array("H", (batch.AGREE | (batch.BONUS_ENFANTS_DEMANDE | batch.BONUS_ENFANTS_ACCORDE if be else 0)
                              | (batch.BONUS_PARENTS_DEMANDE | batch.BONUS_PARENTS_ACCORDE if bp else 0)
                              for be, bp in bon))
    # Expenses of 0 are a warning only: the batch still funds 0 €.
    out = batch.evaluate(regles, "2025-2026", "51", depenses=array.array("q", deps),
                         nb_enfants=array.array("i", [10] * n), nb_intervenants=array.array("i", [2] * n),
                         actions=array.array("B", [1] * (4 * n)), flags=flags,
                         autres_financements=array.array("q", [1] * n))
    diff_ps = [i for i in range(n) if out["ps"][i] != res["ps"][i]]
    diff_total = [i for i in range(n) if out["total"][i] != res["total"][i]]
    ns_pc = res["ns_per_evaluation"]
    line(f"publicodes {res['publicodes']} ({res['node']}), {n} evaluations", ns_pc * 1e-9,
         f"{len(diff_ps)} Ps differ")
    print(f"  identical cents: Ps {n - len(diff_ps)}/{n}, total {n - len(diff_total)}/{n}")
    for i in diff_ps[:5]:
        print(f"  differs: depenses {deps[i]} cents: libclas {out['ps'][i]}, publicodes {res['ps'][i]}")
    obj = RESULTS.get("object API: dossier.evaluate() (1 collectif)")
    ratio = ns_pc / (t_batch * 1e9)
    print(f"  libclas batch is x{ratio:.0f} faster per evaluation (target >= 1000): {'PASS' if ratio >= 1000 else 'MISS'}")
    if obj:
        print(f"  libclas object API from Python is x{ns_pc / obj:.0f} faster per evaluation")
    RESULTS["publicodes_ratio"] = ratio


def main():
    regles = clas.Regles.default()
    print(f"libclas {clas.__version__}, Python {sys.version.split()[0]}, numpy "
          f"{numpy.__version__ if numpy is not None else 'absent'}, {RUNS} runs per case (median)")
    bench_objects(regles)
    t_batch = bench_batch(regles)
    bench_publicodes(regles, t_batch)


if __name__ == "__main__":
    main()
