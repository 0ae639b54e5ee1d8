# SPDX-License-Identifier: Apache-2.0
"""The campaign guide (doc/guide-campagne.md) followed on the shipped
example, as the officer running the call for projects would: every text
output fits an 80-column terminal, the committee's exception is shown in
every output, and the department's figures read section by section."""

import csv
import io
import json
import os
import re
import shutil
import sys
import tempfile
import unittest
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clastest import EXAMPLES, EXIT_BLOCKING, EXIT_OK, HAVE_XLSX, run  # noqa: E402

DEROGATION = "Dossier posté le 16/08, remis en retard par La Poste"
LATE = "D51-2025-015"


def words(text):
    """The text with every run of blanks as one space: wrapping ignored."""
    return " ".join(text.split())


class Guide(unittest.TestCase):
    """The guide's commands, run from a directory laid out as in the guide
    (examples/ and annee/), so the paths printed are the guide's."""

    @classmethod
    def setUpClass(cls):
        cls._tmp = tempfile.TemporaryDirectory(prefix="clas-guide-")
        cls.dir = cls._tmp.name
        os.symlink(EXAMPLES, os.path.join(cls.dir, "examples"))
        os.mkdir(os.path.join(cls.dir, "annee"))
        steps = [
            ("import", "examples/campagne-marne-2025-2026.csv", "-o", "annee/campagne.json"),
            ("decide", "annee/campagne.json", "examples/decisions-comite-2025.csv", "--date-comite", "18/09/2025",
             "-o", "annee/campagne-comite.json"),
            ("decide", "annee/campagne.json", "examples/derogation-comite-2025.csv", "--date-comite", "18/09/2025",
             "-o", "annee/campagne-derogation.json"),
            ("acompte", "annee/campagne-comite.json", "--taux", "80", "--verser", "-o", "annee/campagne-acomptes.json"),
            ("bilan", "annee/campagne-acomptes.json", "examples/bilans-2025-2026.csv",
             "-o", "annee/campagne-bilans.json"),
            # the campaign with the exception, carried through the year
            ("acompte", "annee/campagne-derogation.json", "--taux", "80", "--verser",
             "-o", "annee/derogation-acomptes.json"),
            ("bilan", "annee/derogation-acomptes.json", "examples/bilans-2025-2026.csv",
             "-o", "annee/derogation-bilans.json"),
        ]
        for step in steps:
            r = cls.clas(*step)
            if r.code != EXIT_OK:
                raise AssertionError("%s: %r" % (" ".join(step), r))

    @classmethod
    def tearDownClass(cls):
        cls._tmp.cleanup()

    @classmethod
    def clas(cls, *args):
        return run(*args, cwd=cls.dir)

    # Every text subcommand of the guide, after decide, acompte, bilan and settle.
    TEXT_COMMANDS = [
        ("--help",),
        ("help", "import"), ("help", "template"), ("help", "check"), ("help", "compute"), ("help", "explain"),
        ("help", "report"), ("help", "decide"), ("help", "acompte"), ("help", "bilan"), ("help", "settle"),
        ("help", "stats"), ("help", "baremes"),
        ("check", "annee/campagne.json"),
        ("compute", "annee/campagne.json"),
        ("explain", "annee/campagne.json", "--collectif", "D51-2025-001/C1"),
        ("check", "annee/campagne-derogation.json"),
        ("compute", "annee/campagne-derogation.json"),
        ("explain", "annee/campagne-derogation.json", "--collectif", LATE + "/C1"),
        ("report", "annee/campagne-derogation.json"),
        ("report", "annee/campagne-comite.json"),
        ("acompte", "annee/campagne-comite.json", "--taux", "80", "--format", "text"),
        ("settle", "annee/campagne-bilans.json"),
        ("settle", "annee/derogation-bilans.json"),
        ("stats", "annee/campagne-bilans.json"),
        ("stats", "annee/campagne-bilans.json", "--precedente", "examples/campagne-marne-2025-2026.json"),
        ("stats", "annee/derogation-bilans.json", "--precedente", "annee/campagne-bilans.json"),
        ("report", "annee/campagne-bilans.json"),
        ("compute", "annee/campagne-bilans.json"),
        ("check", "annee/campagne-bilans.json"),
        ("baremes",),
    ]

    def test_every_text_output_fits_80_columns(self):
        for lang in ("fr", "en"):
            for args in self.TEXT_COMMANDS:
                with self.subTest(lang=lang, command=" ".join(args)):
                    r = self.clas("--lang", lang, *args)
                    self.assertIn(r.code, (EXIT_OK, EXIT_BLOCKING), r)
                    self.assertTrue(r.out.strip(), r)
                    for stream in (r.out, r.err):
                        for line in stream.splitlines():
                            # an address longer than a line stays whole, alone on its line
                            if re.fullmatch(r" *<https?://\S+>", line):
                                continue
                            self.assertLessEqual(len(line), 80, "%d characters: %s" % (len(line), line))

    def test_bilan_messages_fit_80_columns(self):
        r = self.clas("bilan", "annee/campagne-acomptes.json", "examples/bilans-2025-2026.csv",
                     "-o", os.path.join(self.dir, "annee", "again.json"))
        self.assertEqual(r.code, EXIT_OK, r)
        self.assertIn("BILAN_INDU", r.err)
        self.assertLessEqual(max(len(l) for l in r.err.splitlines()), 80, r.err)

    def test_check_wraps_each_constat_under_its_severity(self):
        r = self.clas("check", "annee/campagne.json")
        self.assertEqual(r.code, EXIT_BLOCKING, r)
        lines = r.out.splitlines()
        first = [i for i, l in enumerate(lines) if "[avertissement] BILAN_PRECEDENT_NON_DEPOSE" in l][0]
        # the message goes on under a hanging indent, then the rule line
        self.assertTrue(lines[first + 1].startswith("        "), lines[first:first + 3])
        self.assertIn("Le bilan de l'année scolaire précédente n'a pas été déposé ; il sert à l'étude du nouveau "
                      "dossier.", words("\n".join(lines[first:first + 4])))
        self.assertIn("Dossiers vérifiés : 19 ; constats bloquants : 8", r.out)

    def test_compute_keeps_every_figure(self):
        r = self.clas("compute", "annee/campagne-comite.json")
        self.assertEqual(r.code, EXIT_OK, r)
        results = json.loads(self.clas("compute", "--format", "json", "annee/campagne-comite.json").out)
        first = results[0]
        block = r.out[:r.out.index("\n\n")]
        lines = block.splitlines()
        c1 = [i for i, l in enumerate(lines) if l.startswith("  C1 ")][0]
        montants = first["collectifs"][0]["montants"]

        def euros(v):
            whole, cents = v.split(".")
            return "{:,}".format(int(whole)).replace(",", " ") + "," + cents + " €"
        for name in ("depenses", "base", "ps"):
            self.assertIn(euros(montants[name]), lines[c1])
        for name in ("bonus_enfants", "bonus_parents", "total"):
            self.assertIn(euros(montants[name]), lines[c1 + 1])
        self.assertIn("Total", block)

    # The committee's exception, in every output of every command.
    def test_exception_in_check_and_explain(self):
        r = self.clas("check", "annee/campagne-derogation.json")
        block = words(r.out[r.out.index(LATE):])
        self.assertIn("DEPOT_HORS_DELAI : Dossier déposé le 2025-08-22, après la date limite du 2025-08-18. "
                      "(dérogation du comité du 2025-09-18 : " + DEROGATION + ")", block)
        r = self.clas("explain", "annee/campagne-derogation.json", "--collectif", LATE + "/C1")
        head = words(r.out[:r.out.index("Étapes du calcul")])
        self.assertIn("Dérogation du comité du 2025-09-18 (R-DELAI) : " + DEROGATION, head)
        # a dossier-level constat is no longer announced as "none"
        constats = r.out[r.out.index("Constats :"):]
        self.assertNotIn("aucun constat", constats)
        en = self.clas("--lang", "en", "explain", "annee/campagne-derogation.json", "--collectif", LATE + "/C1")
        self.assertIn("Committee exception of 2025-09-18 (R-DELAI): " + DEROGATION, words(en.out))

    def test_exception_in_text_outputs(self):
        expected = "Dérogation du comité du 2025-09-18 (R-DELAI) : " + DEROGATION
        for args in (("compute", "annee/campagne-derogation.json"),
                     ("report", "annee/campagne-derogation.json"),
                     ("settle", "annee/derogation-bilans.json"),
                     ("stats", "annee/derogation-bilans.json")):
            with self.subTest(command=args[0]):
                r = self.clas(*args)
                self.assertEqual(r.code, EXIT_OK, r)
                self.assertIn(expected, words(r.out))
                self.assertEqual(words(r.out).count(DEROGATION), 1, r.out)
                # shown once, under its dossier only
                self.assertIn(LATE, r.out[:r.out.index("Dérogation du comité du")][-400:])
        # a campaign without an exception says nothing of one
        r = self.clas("report", "annee/campagne-comite.json")
        self.assertNotIn("Dérogation", r.out)

    def test_exception_in_json_outputs(self):
        want = {"regle": "R-DELAI", "motif": DEROGATION, "date": "2025-09-18"}
        results = json.loads(self.clas("compute", "--format", "json", "annee/campagne-derogation.json").out)
        text = json.dumps(results, ensure_ascii=False)
        self.assertIn(DEROGATION, text)
        report = json.loads(self.clas("report", "--format", "json", "annee/campagne-derogation.json").out)
        self.assertIn(DEROGATION, json.dumps(report, ensure_ascii=False))
        settle = json.loads(self.clas("settle", "--format", "json", "annee/derogation-bilans.json").out)
        dossiers = {d["dossier"]: d for d in settle["dossiers"]}
        self.assertEqual(dossiers[LATE]["derogations"], [want])
        self.assertEqual(dossiers["D51-2025-001"]["derogations"], [])
        stats = json.loads(self.clas("stats", "--format", "json", "annee/derogation-bilans.json").out)
        self.assertEqual(stats["derogations"], [dict(dossier=LATE, **want)])
        plain = json.loads(self.clas("stats", "--format", "json", "annee/campagne-bilans.json").out)
        self.assertEqual(plain["derogations"], [])

    def test_exception_in_csv_outputs(self):
        cell = "R-DELAI : " + DEROGATION + " (2025-09-18)"
        for args, key in ((("compute", "--format", "csv", "annee/campagne-derogation.json"), "collectif"),
                          (("report", "--format", "csv", "annee/campagne-derogation.json"), "collectif"),
                          (("settle", "--format", "csv", "annee/derogation-bilans.json"), "collectif")):
            with self.subTest(command=args[0]):
                rows = list(csv.DictReader(io.StringIO(self.clas(*args).out, newline="")))
                late = [r for r in rows if r["dossier"] == LATE]
                self.assertTrue(late)
                self.assertTrue(all(r["derogations"] == cell for r in late), late)
                self.assertTrue(all(r["derogations"] == "" for r in rows if r["dossier"] != LATE))
        rows = list(csv.DictReader(io.StringIO(self.clas("stats", "--format", "csv", "annee/derogation-bilans.json",
                                                        "--precedente", "annee/campagne-bilans.json").out,
                                               newline="")))
        row = [r for r in rows if r["statistique"] == "derogations"][0]
        self.assertEqual((row["valeur"], row["annee_precedente"]), ("1", "0"))

    @unittest.skipUnless(HAVE_XLSX, "built without libxlsxwriter")
    def test_exception_in_workbooks(self):
        for args in (("compute", "annee/campagne-derogation.json"), ("report", "annee/campagne-derogation.json"),
                     ("settle", "annee/derogation-bilans.json"), ("stats", "annee/derogation-bilans.json")):
            with self.subTest(command=args[0]):
                out = os.path.join(self.dir, "annee", args[0] + ".xlsx")
                r = self.clas(args[0], "--format", "xlsx", "-o", out, *args[1:])
                self.assertEqual(r.code, EXIT_OK, r)
                with zipfile.ZipFile(out) as z:
                    strings = z.read("xl/sharedStrings.xml").decode("utf-8")
                    names = z.read("xl/workbook.xml").decode("utf-8")
                self.assertIn(DEROGATION, strings)
                self.assertIn("2025-09-18", strings)
                if args[0] in ("report", "stats"):
                    self.assertIn('name="Dérogations"', names)

    def test_exception_in_html_report(self):
        r = self.clas("report", "--format", "html", "annee/campagne-derogation.json")
        self.assertEqual(r.code, EXIT_OK, r)
        section = r.out[r.out.index('<table id="derogations">'):]
        section = section[:section.index("</table>")]
        self.assertIn("<td>%s</td>" % LATE, section)
        self.assertIn("<td>R-DELAI</td><td>2025-09-18</td><td>%s</td>" % DEROGATION, section)
        plain = self.clas("report", "--format", "html", "annee/campagne-comite.json")
        self.assertIn("Aucune dérogation.", plain.out)

    # The department's figures, section by section.
    def test_stats_sections(self):
        r = self.clas("stats", "annee/campagne-bilans.json", "--precedente", "examples/campagne-marne-2025-2026.json")
        self.assertEqual(r.code, EXIT_OK, r)
        lines = r.out.splitlines()
        headings = ["Porteurs par type", "Collectifs et décisions du comité", "Enfants des collectifs agréés",
                    "Territoire des collectifs agréés", "Dossiers : liens et bilan de l'année précédente",
                    "Montants", "Bonus", "Après les bilans", "Dérogations du comité"]
        at = [lines.index(h) for h in headings]
        self.assertEqual(at, sorted(at))
        territory = lines[at[3] + 1:at[4]]
        self.assertEqual([l.split("  ")[1].strip() for l in territory if l],
                         ["Collectifs en QPV", "Collectifs d'écoles en REP", "Collectifs d'écoles en REP+",
                          "Collectifs en zone rurale"])
        # the territory figures are figures of their own, not details of the one before
        for line in territory:
            if line:
                self.assertRegex(line, r"^  \S")
        # each figure and the previous year's end in the same two columns
        figures = [l for l in lines if l.startswith("  ") and re.search(r"\d( %| €)?$", l)]
        self.assertEqual(len({len(l) for l in figures}), 1, "\n".join(figures))
        values = {l.split("  ")[1].strip(): l.split()[-2:] for l in territory if l}
        js = json.loads(self.clas("stats", "--format", "json", "annee/campagne-bilans.json").out)["statistiques"]
        self.assertEqual(values["Collectifs en QPV"][0], str(js["collectifs_agrees.qpv"]))
        self.assertEqual(values["Collectifs en zone rurale"][0], str(js["collectifs_agrees.zone_rurale"]))

    def test_english_outputs_have_no_french_labels(self):
        french = ["Dérogation", "dérogation", "Motif", "Territoire", "Porteurs par type", "Montants", "Après",
                  "Enfants", "Collectifs en", "Dossiers liés", "en attente", "Statut", "Valeur", "Année",
                  "Total du dossier", "Porteur :", "Règle", "accordé"]
        for args in (("compute", "annee/campagne-derogation.json"), ("report", "annee/campagne-derogation.json"),
                     ("settle", "annee/derogation-bilans.json"),
                     ("stats", "annee/derogation-bilans.json", "--precedente", "annee/campagne-bilans.json"),
                     ("explain", "annee/campagne-derogation.json", "--collectif", LATE + "/C1"),
                     ("check", "annee/campagne-derogation.json")):
            with self.subTest(command=args[0]):
                r = self.clas("--lang", "en", *args)
                text = r.out.replace(DEROGATION, "")
                for word in french:
                    self.assertNotIn(word, text)
        html = self.clas("--lang", "en", "report", "--format", "html", "annee/campagne-derogation.json").out
        section = html[html.index('<table id="derogations">'):]
        self.assertIn("Committee of", section[:section.index("</table>")])


if __name__ == "__main__":
    unittest.main(verbosity=2)
