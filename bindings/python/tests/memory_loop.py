# SPDX-License-Identifier: Apache-2.0
"""N create/evaluate/free cycles with a borrowed child and an error path; prints RSS.

    PYTHONPATH=build/bindings/python /usr/bin/python3 bindings/python/tests/memory_loop.py 100000

The same loop as the Java, C# and PHP test programs' --memory mode.
"""
import gc
import re
import sys
from decimal import Decimal

import clas


def rss_kb():
    with open("/proc/self/status", encoding="ascii") as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))


def case_a():
    d = clas.Dossier("2025-2026", id="D51-A", departement="51", date_depot="2025-08-12")
    c = d.add_collectif("C1", niveaux=[clas.Niveau.CM1], nb_enfants=10, nb_intervenants_salaries=1,
                        nb_intervenants_benevoles=1, hors_temps_scolaire=True, depenses=Decimal("10000.00"))
    c.add_financement("Ville", Decimal("1500.00"))
    for a in (clas.Action.ENFANTS_APPUI_METHODOLOGIE, clas.Action.PARENTS_CONVIVIALITE,
              clas.Action.ECOLE_CONTINUITE_EDUCATIVE, clas.Action.TERRITOIRE_RESSOURCES_PROXIMITE):
        c.add_action(a)
    c.decision = clas.Decision.AGREE
    return d


def cycles(regles, n):
    for _ in range(n):
        d = case_a()
        ev = d.evaluate(regles, trace=True)
        c = d.collectifs[0]
        for k in ev.constats:
            k.code
        try:
            c.depenses = Decimal("-1")
        except clas.Error:
            pass
        del d, ev, c


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    regles = clas.Regles.default()
    cycles(regles, n // 10)
    gc.collect()
    print(f"RSS before: {rss_kb()} kB")
    cycles(regles, n)
    gc.collect()
    print(f"RSS after {n} cycles: {rss_kb()} kB")


if __name__ == "__main__":
    main()
