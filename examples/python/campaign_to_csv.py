#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Evaluates a department's campaign and writes one CSV row per collectif.

    python3 campaign_to_csv.py [campagne.json] [-o resultats.csv] [--fr]

Without arguments it reads examples/campagne-marne-2025-2026.json and writes
to standard output. --fr writes what a French spreadsheet expects (';'
between columns, decimal comma). Amounts stay exact: they are Decimals,
never floats.
"""

import argparse
import csv
import pathlib
import sys
import tempfile
from decimal import Decimal

import clas

DEFAULT = pathlib.Path(__file__).resolve().parent.parent / "campagne-marne-2025-2026.json"
AMOUNTS = [clas.Montant.DEPENSES, clas.Montant.AUTRES_FINANCEMENTS, clas.Montant.PS,
           clas.Montant.BONUS_ENFANTS, clas.Montant.BONUS_PARENTS, clas.Montant.TOTAL]


def rows(campagne: clas.Campagne, rapport: clas.Rapport):
    """Yields one row (a list of cells) per collectif of the campaign."""
    for dossier, evaluation in zip(campagne.dossiers, rapport.evaluations):
        dossier_codes = [k.code.id for k in evaluation.constats if k.collectif_index is None]
        for result in evaluation.collectifs:
            codes = dossier_codes + [k.code.id for k in result.constats if k.severity is not clas.Severity.INFO]
            yield ([dossier.id, dossier.porteur.nom, result.id, result.verdict.id]
                   + [result.montant(m) for m in AMOUNTS]
                   + [" ".join(codes)])


def write_csv(out, campagne: clas.Campagne, rapport: clas.Rapport, french: bool = False) -> int:
    """Writes the report; returns the number of collectif rows."""
    writer = csv.writer(out, delimiter=";" if french else ",")
    writer.writerow(["dossier", "porteur", "collectif", "verdict"] + [m.id for m in AMOUNTS] + ["constats"])
    n = 0
    for row in rows(campagne, rapport):
        if french:
            row = [str(c).replace(".", ",") if isinstance(c, Decimal) else c for c in row]
        writer.writerow(row)
        n += 1
    return n


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("campagne", nargs="?", default=DEFAULT, type=pathlib.Path)
    parser.add_argument("-o", "--output", type=pathlib.Path, help="CSV file (default: standard output)")
    parser.add_argument("--fr", action="store_true", help="';' separator and decimal comma")
    parser.add_argument("--check", action="store_true", help="self-test: write to a temporary file and verify")
    args = parser.parse_args(argv)

    campagne = clas.Campagne.from_file(args.campagne)
    rapport = campagne.evaluate()

    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "out.csv"
            with open(path, "w", newline="", encoding="utf-8") as f:
                n = write_csv(f, campagne, rapport)
            with open(path, newline="", encoding="utf-8") as f:
                table = list(csv.DictReader(f))
        assert n == len(table) == rapport.total(clas.Total.COLLECTIFS), (n, len(table))
        total = sum((Decimal(r["total"]) for r in table), Decimal("0.00"))
        assert total == rapport.total(clas.Total.MONTANT), (total, rapport.total(clas.Total.MONTANT))
        print(f"ok: {n} collectifs, {total} €")
        return 0

    if args.output:
        with open(args.output, "w", newline="", encoding="utf-8-sig" if args.fr else "utf-8") as f:
            n = write_csv(f, campagne, rapport, args.fr)
        print(f"{args.output}: {n} collectifs, total {clas.format_human(rapport.total(clas.Total.MONTANT))}",
              file=sys.stderr)
    else:
        write_csv(sys.stdout, campagne, rapport, args.fr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
