# SPDX-License-Identifier: Apache-2.0
"""Spreadsheets out and in, and the campaign year on the command line, tried
the way a campaign officer working in LibreOffice or Excel would."""

import csv
import io
import json
import os
import sys
import unittest
import zipfile
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clastest import (CHROMIUM, EXAMPLE, EXAMPLES, EXIT_INPUT, EXIT_OK, EXIT_USAGE, HAVE_XLSX, SOFFICE,  # noqa: E402
                      TempDirTest, cents, run, soffice_to_csv)


def report_total():
    r = run("report", "--format", "json", EXAMPLE)
    return cents(json.loads(r.out)["totaux"]["montant"])


def campaign_with_porteur(name):
    with open(EXAMPLE, encoding="utf-8") as f:
        doc = json.load(f)
    doc["dossiers"] = doc["dossiers"][:1]
    doc["dossiers"][0]["porteur"]["nom"] = name
    return json.dumps(doc, ensure_ascii=False)


class CsvOut(TempDirTest):
    def test_rfc4180(self):
        r = run("report", EXAMPLE, "--format", "csv")
        self.assertExit(r, EXIT_OK)
        self.assertFalse(r.raw.startswith(b"\xef\xbb\xbf"))
        rows = list(csv.DictReader(io.StringIO(r.out, newline="")))
        self.assertEqual(len(rows), 86)
        self.assertEqual(sum(cents(x["total"]) for x in rows), report_total())
        self.assertIn("2800.70", r.out)

    def test_french_dialect(self):
        r = run("report", EXAMPLE, "--csv", "fr")
        self.assertExit(r, EXIT_OK)
        self.assertTrue(r.raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM")
        text = r.raw[3:].decode("utf-8")
        rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
        self.assertEqual(len(rows), 86)
        self.assertRegex(rows[0]["total"], r"^\d+,\d\d$")
        self.assertEqual(sum(cents(x["total"]) for x in rows), report_total())
        self.assertIn("Collège", text)
        same = run("report", EXAMPLE, "--format", "csv", "--csv", "fr")
        self.assertEqual(same.raw, r.raw)
        self.assertExit(run("report", EXAMPLE, "--csv", "de"), EXIT_USAGE)

    def test_formulas_neutralised(self):
        for dialect in ("rfc4180", "fr"):
            for name in ("=1+2", "+33 6", "-2", "@SUM(A1)", "\tx", "\rx"):
                with self.subTest(dialect=dialect, name=name):
                    path = self.write("c.json", campaign_with_porteur(name))
                    r = run("report", path, "--csv", dialect)
                    self.assertExit(r, EXIT_OK)
                    text = r.raw.decode("utf-8").lstrip("\ufeff")
                    rows = list(csv.DictReader(io.StringIO(text, newline=""),
                                               delimiter=";" if dialect == "fr" else ","))
                    self.assertEqual(rows[0]["porteur"], "'" + name)
                    # amounts are never prefixed, negative ones included
                    self.assertNotIn("'", rows[0]["regularisation"])


@unittest.skipUnless(HAVE_XLSX, "built without libxlsxwriter")
class XlsxOut(TempDirTest):
    def test_report_workbook(self):
        out = self.path("rapport.xlsx")
        r = run("report", EXAMPLE, "--format", "xlsx", "-o", out)
        self.assertExit(r, EXIT_OK)
        with zipfile.ZipFile(out) as z:
            names = z.namelist()
            self.assertIn("xl/workbook.xml", names)
            workbook = z.read("xl/workbook.xml").decode("utf-8")
            for sheet in ("Collectifs", "Totaux", "Constats"):
                self.assertIn('name="%s"' % sheet, workbook)
            self.assertIn("€", z.read("xl/styles.xml").decode("utf-8"))
            self.assertIn("pane", z.read("xl/worksheets/sheet1.xml").decode("utf-8"))  # frozen header

    def test_compute_workbook_and_no_terminal_dump(self):
        out = self.path("montants.xlsx")
        self.assertExit(run("compute", EXAMPLE, "--format", "xlsx", "-o", out), EXIT_OK)
        self.assertTrue(zipfile.is_zipfile(out))
        bad = self.write("bad.json", "{")
        self.assertExit(run("compute", bad, "--format", "xlsx", "-o", out), EXIT_INPUT)
        self.assertTrue(zipfile.is_zipfile(out), "existing workbook left as it was")
        self.assertEqual(sorted(os.listdir(self.tmp)), ["bad.json", "montants.xlsx"])

    @unittest.skipUnless(SOFFICE, "LibreOffice (soffice) not installed")
    def test_libreoffice_reads_numbers_that_sum_to_the_total(self):
        out = self.path("rapport.xlsx")
        self.assertExit(run("report", EXAMPLE, "--format", "xlsx", "-o", out), EXIT_OK)
        sheets = soffice_to_csv(out, self.tmp)
        self.assertIn("Collectifs", sheets)
        with open(sheets["Collectifs"], encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        self.assertEqual(len(rows), 86)
        # stored as numbers: LibreOffice writes them without the euro format
        for row in rows:
            Decimal(row["total"])
            Decimal(row["ps"])
        self.assertEqual(sum(cents(x["total"]) for x in rows), report_total())
        with open(sheets["Totaux"], encoding="utf-8", newline="") as f:
            totals = {x["total"]: x["valeur"] for x in csv.DictReader(f)}
        self.assertEqual(cents(totals["montant"]), report_total())


if __name__ == "__main__":
    unittest.main(verbosity=2)
