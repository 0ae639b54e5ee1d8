# SPDX-License-Identifier: Apache-2.0
"""Tests of the clas command-line tool: every subcommand and format, the
shared test vectors, bad input, help and version.

The executable comes from $CLAS; the source tree from $CLAS_SOURCE_ROOT
(default: two levels above this file)."""

import copy
import csv
import glob
import io
import json
import os
import re
import subprocess
import tempfile
import unittest
from decimal import Decimal

CLAS = os.environ.get("CLAS", "clas")
SOURCE_ROOT = os.environ.get(
    "CLAS_SOURCE_ROOT",
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
EXAMPLE = os.path.join(SOURCE_ROOT, "examples", "campagne-marne-2025-2026.json")
VECTORS = sorted(glob.glob(os.path.join(SOURCE_ROOT, "tests", "vectors", "*.json")))

EXIT_OK, EXIT_BLOCKING, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3
LOCATION = re.compile(r":\d+:\d+:")
MONEY = re.compile(r"^-?\d+\.\d\d$")


class Result:
    def __init__(self, proc):
        self.code = proc.returncode
        self.out = proc.stdout.decode("utf-8")  # the tool writes valid UTF-8 only
        self.err = proc.stderr.decode("utf-8", errors="replace")

    def __repr__(self):
        return "exit %d\n--- stdout\n%s\n--- stderr\n%s" % (self.code, self.out[:3000], self.err[:3000])


def run(*args, stdin=None):
    proc = subprocess.run([CLAS] + [str(a) for a in args], input=stdin, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=120)
    return Result(proc)


def cents(text):
    """'2800.70' -> 280070, exactly."""
    return int(Decimal(text) * 100)


def french_cents(text):
    """'2 800,70 €' -> 280070."""
    digits = text.replace("€", "").replace(" ", "").replace("\u202f", "").replace("\xa0", "").replace(",", ".")
    return cents(digits)


def collectif(cid="C1", **changes):
    """An eligible, approved collectif of the 2025-2026 Marne campaign."""
    c = {
        "id": cid,
        "nom": "Primaire — groupe du mardi",
        "niveaux": ["CM1", "CM2"],
        "nb_enfants": 10,
        "intervenants": {"salaries": 1, "benevoles": 1},
        "seances_par_semaine": 2,
        "minutes_par_seance": 90,
        "nb_semaines": 30,
        "hors_temps_scolaire": True,
        "depenses": "10000.00",
        "financements": [{"libelle": "Ville", "montant": "1500.00"}],
        "actions": [
            {"action": "enfants.appui_methodologie"},
            {"action": "parents.convivialite"},
            {"action": "ecole.continuite_educative"},
            {"action": "territoire.autre", "texte": "Partenariat avec la médiathèque"},
        ],
        "bonus": {
            "enfants": {"demande": True, "projet": "Sorties culturelles mensuelles"},
            "parents": {"demande": False, "projet": ""},
        },
        "decision": {"agrement": "agree", "motif": "", "bonus_accordes": ["enfants"]},
        "acomptes_verses": "0.00",
        "bilan": None,
    }
    c.update(changes)
    return c


def dossier(collectifs=None, **changes):
    d = {
        "format": "clas-dossier/1",
        "id": "D51-TEST-001",
        "annee_scolaire": "2025-2026",
        "departement": "51",
        "date_depot": "2025-08-12",
        "porteur": {"id": "P01", "nom": "Centre social des Tilleuls", "type": "centre_social",
                    "commune": "Reims"},
        "collectifs": collectifs if collectifs is not None else [collectif()],
    }
    d.update(changes)
    return d


class TempDirTest(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="clas-cli-")
        self.tmp = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def write(self, name, content):
        path = os.path.join(self.tmp, name)
        if isinstance(content, (dict, list)):
            content = json.dumps(content, ensure_ascii=False, indent=2)
        if isinstance(content, str):
            content = content.encode("utf-8")
        with open(path, "wb") as f:
            f.write(content)
        return path

    def assertExit(self, result, code):
        self.assertEqual(result.code, code, result)


class HelpAndUsage(TempDirTest):
    COMMANDS = ("check", "compute", "explain", "report", "baremes")

    def test_help_lists_commands_and_exit_codes(self):
        r = run("--help")
        self.assertExit(r, EXIT_OK)
        for c in self.COMMANDS:
            self.assertIn(c, r.out)
        self.assertIn("Codes de sortie", r.out)
        for code in "01234":
            self.assertRegex(r.out, r"\n  %s  " % code)
        self.assertEqual(r.err, "")

    def test_help_english(self):
        r = run("--lang", "en", "--help")
        self.assertExit(r, EXIT_OK)
        self.assertIn("Exit status", r.out)
        self.assertNotIn("Codes de sortie", r.out)

    def test_help_command_and_subcommand_help(self):
        self.assertEqual(run("help").out, run("--help").out)
        for c in self.COMMANDS:
            a, b = run("help", c), run(c, "--help")
            self.assertExit(a, EXIT_OK)
            self.assertEqual(a.out, b.out)
            self.assertIn("clas " + c, a.out)
        self.assertIn("RFC 4180", run("compute", "--help").out)

    def test_version(self):
        r = run("--version")
        self.assertExit(r, EXIT_OK)
        self.assertRegex(r.out, r"^clas \d+\.\d+\.\d+\nlibclas \d+\.\d+\.\d+\n$")

    def test_usage_errors(self):
        path = self.write("d.json", dossier())
        cases = [
            ("--frobnicate",),
            ("check", path, "--formta", "json"),
            ("chek", path),
            ("compute",),
            ("explain", path),
            ("report", path, path),
            ("baremes", "--format", "csv"),
            ("compute", "--format", "xml", path),
            ("check", "--collectif", "C1", path),
            ("--lang", "de", "check", path),
            ("compute", path, "--format"),
            (),
        ]
        for args in cases:
            with self.subTest(args=args):
                r = run(*args)
                self.assertExit(r, EXIT_USAGE)
                self.assertIn("clas --help", r.err)
                self.assertEqual(r.out, "")

    def test_usage_error_hints(self):
        r = run("chek", "x.json")
        self.assertIn("check", r.err)
        r = run("compute", "--formta", "json", "x.json")
        self.assertIn("--format", r.err)
        r = run("--lang", "en", "--bogus")
        self.assertIn("unknown option", r.err)


class Conventions(TempDirTest):
    """-o FILE, --version, no partial output, no clobbering."""

    def test_failing_input_prints_nothing(self):
        bad = self.write("bad.json", "{")
        for fmt in ("text", "json", "csv"):
            with self.subTest(fmt=fmt):
                r = run("compute", bad, "--format", fmt)
                self.assertExit(r, EXIT_INPUT)
                self.assertEqual(r.out, "")
                self.assertIn("bad.json", r.err)
        good = self.write("good.json", dossier())
        r = run("compute", good, bad, "--format", "csv")
        self.assertExit(r, EXIT_INPUT)
        self.assertEqual(r.out, "")

    def test_output_file_written_atomically(self):
        out = os.path.join(self.tmp, "out.txt")
        r = run("report", EXAMPLE, "-o", out)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.out, "")
        with open(out, encoding="utf-8") as f:
            self.assertEqual(f.read(), run("report", EXAMPLE).out)
        self.assertEqual(sorted(os.listdir(self.tmp)), ["out.txt"])  # no temporary file left

    def test_failing_input_leaves_existing_output(self):
        out = self.write("out", "previous content\n")
        bad = self.write("x.json", '{"format": "clas-campagne/1", "departement": 5}')
        for args in (("report", bad, "-o", out), ("report", bad, "--output=" + out, "--format", "csv"),
                     ("compute", bad, "-o", out)):
            with self.subTest(args=args):
                r = run(*args)
                self.assertExit(r, EXIT_INPUT)
                with open(out, encoding="utf-8") as f:
                    self.assertEqual(f.read(), "previous content\n")
        self.assertEqual(sorted(os.listdir(self.tmp)), ["out", "x.json"])

    def test_output_is_never_the_input_unless_forced(self):
        path = self.write("d.json", dossier())
        before = open(path, encoding="utf-8").read()
        r = run("compute", path, "-o", path)
        self.assertExit(r, EXIT_USAGE)
        self.assertEqual(open(path, encoding="utf-8").read(), before)
        r = run("compute", path, "-o", path, "--force")
        self.assertExit(r, EXIT_OK)
        self.assertIn("2 800,70 €", open(path, encoding="utf-8").read())

    def test_unwritable_output(self):
        r = run("compute", self.write("d.json", dossier()), "-o", os.path.join(self.tmp, "no", "such", "dir"))
        self.assertNotIn(r.code, (EXIT_OK, EXIT_BLOCKING))
        self.assertIn("no", r.err)

    def test_options_anywhere(self):
        path = self.write("d.json", dossier())
        a = run("--format", "csv", "compute", path)
        b = run("compute", path, "--format=csv")
        self.assertExit(a, EXIT_OK)
        self.assertEqual(a.out, b.out)
        self.assertEqual(run("compute", "--", path).code, EXIT_OK)


class SmallDossiers(TempDirTest):
    def test_check_eligible(self):
        path = self.write("d.json", dossier())
        r = run("check", path)
        self.assertExit(r, EXIT_OK)
        self.assertIn("D51-TEST-001", r.out)
        self.assertIn("éligible", r.out)

    def test_check_blocking(self):
        path = self.write("d.json", dossier([collectif(), collectif("C2", nb_enfants=7)]))
        r = run("check", path)
        self.assertExit(r, EXIT_BLOCKING)
        self.assertIn("GROUPE_TROP_PETIT", r.out)
        self.assertIn("R-GROUPE", r.out)
        self.assertIn("bloquant", r.out)
        self.assertIn("partiel", r.out)
        en = run("--lang", "en", "check", path)
        self.assertExit(en, EXIT_BLOCKING)
        self.assertIn("blocking", en.out)
        self.assertIn("partial", en.out)
        self.assertNotIn("bloquant", en.out)

    def test_check_several_files_and_stdin(self):
        a = self.write("a.json", dossier())
        b = self.write("b.json", dossier([collectif(nb_enfants=13)], id="D51-TEST-002"))
        r = run("check", a, b)
        self.assertExit(r, EXIT_BLOCKING)
        self.assertIn("D51-TEST-002", r.out)
        with open(a, "rb") as f:
            r = run("check", "-", stdin=f.read())
        self.assertExit(r, EXIT_OK)

    def test_check_bad_file_among_good_ones(self):
        a = self.write("a.json", dossier())
        bad = self.write("bad.json", "{")
        r = run("check", a, bad)
        self.assertExit(r, EXIT_INPUT)
        self.assertEqual(r.out, "")  # no partial output on error
        self.assertIn("bad.json", r.err)

    def test_compute_text(self):
        path = self.write("d.json", dossier())
        r = run("compute", path)
        self.assertExit(r, EXIT_OK)
        self.assertIn("10 000,00 €", r.out)
        self.assertIn("8 487,00 €", r.out)
        self.assertIn("2 800,70 €", r.out)
        self.assertIn("329,00 €", r.out)
        self.assertIn("3 129,70 €", r.out)
        lines = [l for l in r.out.splitlines() if l.startswith("  ")]
        self.assertEqual(len({len(l) for l in lines}), 1, r.out)  # aligned by characters

    def test_compute_json_single_and_array(self):
        a = self.write("a.json", dossier())
        b = self.write("b.json", dossier([collectif(depenses="6000.00",
                                                    decision={"agrement": "agree", "motif": "",
                                                              "bonus_accordes": []},
                                                    bonus={"enfants": {"demande": False, "projet": ""},
                                                           "parents": {"demande": False, "projet": ""}})],
                                         id="D51-TEST-002"))
        r = run("compute", "--format", "json", a)
        self.assertExit(r, EXIT_OK)
        doc = json.loads(r.out)
        self.assertEqual(doc["format"], "clas-resultat/1")
        self.assertEqual(doc["collectifs"][0]["montants"]["ps"], "2800.70")
        self.assertEqual(doc["collectifs"][0]["montants"]["total"], "3129.70")
        r = run("compute", "--format=json", a, b)
        self.assertExit(r, EXIT_OK)
        docs = json.loads(r.out)
        self.assertEqual([d["dossier"] for d in docs], ["D51-TEST-001", "D51-TEST-002"])
        self.assertEqual(docs[1]["collectifs"][0]["montants"]["ps"], "1980.00")

    def test_compute_csv(self):
        tricky = {"id": "P01", "nom": 'Centre "Les Tilleuls", Reims', "type": "centre_social", "commune": "Reims"}
        path = self.write("d.json", dossier([collectif(), collectif("C2", nb_enfants=7)], porteur=tricky))
        r = run("compute", "--format", "csv", path)
        self.assertExit(r, EXIT_OK)
        raw = subprocess.run([CLAS, "compute", "--format", "csv", path], stdout=subprocess.PIPE).stdout
        self.assertFalse(raw.startswith(b"\xef\xbb\xbf"), "no BOM")
        rows = list(csv.DictReader(io.StringIO(r.out, newline="")))
        self.assertEqual(len(rows), 2)
        self.assertEqual(rows[0]["porteur"], 'Centre "Les Tilleuls", Reims')
        self.assertEqual([row["collectif"] for row in rows], ["C1", "C2"])
        self.assertEqual(rows[0]["verdict"], "eligible")
        self.assertEqual(rows[1]["verdict"], "ineligible")
        self.assertEqual(rows[0]["ps"], "2800.70")
        self.assertEqual(rows[0]["total"], "3129.70")
        self.assertEqual(rows[1]["total"], "0.00")
        for row in rows:
            for k in ("depenses", "base", "ps", "bonus_enfants", "bonus_parents", "total"):
                self.assertRegex(row[k], MONEY)

    def test_explain(self):
        path = self.write("d.json", dossier([collectif(), collectif("C2", nb_enfants=7)]))
        r = run("explain", path, "--collectif", "C1")
        self.assertExit(r, EXIT_OK)
        self.assertIn("R-PS", r.out)
        self.assertIn("2 800,70 €", r.out)
        self.assertIn("Étapes du calcul", r.out)
        self.assertIn("PS_MAXIMUM_APPLIQUE", r.out)
        r = run("--lang", "en", "explain", path, "--collectif", "C2")
        self.assertExit(r, EXIT_OK)
        self.assertIn("GROUPE_TROP_PETIT", r.out)
        self.assertIn("Computation steps", r.out)

    def test_explain_unknown_collectif(self):
        path = self.write("d.json", dossier([collectif(), collectif("C2")]))
        r = run("explain", path, "--collectif", "C9")
        self.assertExit(r, EXIT_INPUT)
        self.assertIn("C9", r.err)
        self.assertIn("C1", r.err)
        self.assertIn("C2", r.err)
        self.assertEqual(r.out, "")

    def test_report_needs_campaign(self):
        path = self.write("d.json", dossier())
        r = run("report", path)
        self.assertExit(r, EXIT_INPUT)
        self.assertIn("clas-campagne/1", r.err)

    def test_report_small_campaign(self):
        d1 = dossier()
        d2 = dossier([collectif("C1", nb_enfants=7), collectif("C2")], id="D51-TEST-002",
                     porteur={"id": "P02", "nom": "Association Élan", "type": "association_locale",
                              "commune": "Épernay"})
        for d in (d1, d2):
            del d["format"]
        camp = {"format": "clas-campagne/1", "departement": "51", "annee_scolaire": "2025-2026",
                "nom": "Campagne de test", "cadre": None, "dossiers": [d1, d2]}
        path = self.write("c.json", camp)
        r = run("report", path)
        self.assertExit(r, EXIT_OK)
        self.assertIn("Association Élan", r.out)
        self.assertIn("association locale", r.out)
        table = [l for l in r.out.split("\n\n")[1].splitlines() if not l.endswith(")")]  # porteur headings apart
        self.assertEqual(len({len(l) for l in table}), 1, r.out)
        self.assertLessEqual(max(len(l) for l in r.out.splitlines()), 80)
        r = run("explain", path, "--collectif", "C2")  # only D51-TEST-002 has a C2
        self.assertExit(r, EXIT_OK)
        r = run("explain", path, "--collectif", "C1")
        self.assertExit(r, EXIT_INPUT)
        self.assertIn("D51-TEST-002/C1", r.err)
        r = run("explain", path, "--collectif", "D51-TEST-002/C1")
        self.assertExit(r, EXIT_OK)
        self.assertIn("GROUPE_TROP_PETIT", r.out)

    def test_baremes(self):
        r = run("baremes")
        self.assertExit(r, EXIT_OK)
        for s in ("2025-2026", "33 %", "8 487,00 €", "2 800,70 €", "329,00 €", "Note de cadrage"):
            self.assertIn(s, r.out)
        r = run("baremes", "--format", "json")
        self.assertExit(r, EXIT_OK)
        doc = json.loads(r.out)
        self.assertEqual(doc["format"], "clas-regles/1")
        years = [b["annee_scolaire"] for b in doc["baremes"]]
        self.assertIn("2025-2026", years)
        self.assertIn("33%", run("--lang", "en", "baremes").out)

    def regles_2026(self):
        return {"format": "clas-regles/1", "baremes": [{
            "annee_scolaire": "2026-2027", "taux": "0.33", "prix_plafond": "9000.00", "ps_max": "2970.00",
            "bonus": {"enfants": "340.00", "parents": "340.00"}, "arrondi": "half_up",
            "source": {"titre": "Barème d'essai", "section": "", "url": ""}}], "cadres": []}

    def test_regles_option(self):
        regles = self.write("regles.json", self.regles_2026())
        r = run("--regles", regles, "baremes")
        self.assertExit(r, EXIT_OK)
        self.assertIn("2026-2027", r.out)
        self.assertIn("Barème d'essai", r.out)
        path = self.write("d.json", dossier(annee_scolaire="2026-2027"))
        r = run("compute", "--format", "json", "--regles", regles, path)
        self.assertExit(r, EXIT_OK)
        doc = json.loads(r.out)
        self.assertEqual(doc["collectifs"][0]["montants"]["ps"], "2970.00")
        self.assertFalse(doc["provisoire"])
        bad = self.write("bad-regles.json", '{"format": "clas-regles/1", "baremes": [{}]}')
        r = run("--regles", bad, "baremes")
        self.assertExit(r, EXIT_INPUT)
        self.assertIn("bad-regles.json", r.err)

    def test_provisoire(self):
        path = self.write("d.json", dossier(annee_scolaire="2026-2027"))
        r = run("compute", path)
        self.assertExit(r, EXIT_INPUT)
        self.assertIn("2026-2027", r.err)
        self.assertIn("--provisoire", r.err)
        r = run("--provisoire", "compute", path)
        self.assertExit(r, EXIT_OK)
        self.assertIn("PROVISOIRES", r.out)
        self.assertIn("2 800,70 €", r.out)
        r = run("compute", "--provisoire", "--format", "json", path)
        self.assertExit(r, EXIT_OK)
        self.assertTrue(json.loads(r.out)["provisoire"])
        self.assertIn("PROVISOIRES", r.err)
        r = run("compute", "--provisoire", "--format", "csv", path)
        rows = list(csv.DictReader(io.StringIO(r.out, newline="")))
        self.assertEqual(rows[0]["provisoire"], "1")
        r = run("--provisoire", "--lang", "en", "check", path)
        self.assertExit(r, EXIT_OK)
        self.assertIn("PROVISIONAL", r.out)


class BadInput(TempDirTest):
    """Every bad file: status 3 (never a crash), the file name and line:column on stderr."""

    def cases(self):
        good = json.dumps(dossier(), ensure_ascii=False, indent=2)

        def with_collectif(**changes):
            return dossier([collectif(**changes)])

        return {
            "truncated": good[: len(good) // 2],
            "wrong-type-count": with_collectif(nb_enfants="dix"),
            "wrong-type-money-number": with_collectif(depenses=10000),
            "wrong-type-collectifs": dossier(collectifs={"C1": 1}),
            "unknown-field": with_collectif(nb_enfant=10),
            "unknown-top-field": dossier(commentaire="?"),
            "unknown-level": with_collectif(niveaux=["CP", "CM3"]),
            "unknown-axis": with_collectif(actions=[{"action": "sport.football"}]),
            "negative-amount": with_collectif(depenses="-5.00"),
            "absurd-amount": with_collectif(depenses="99999999999999999.00"),
            "three-decimals": with_collectif(depenses="100.005"),
            "invalid-utf8": good.encode("utf-8").replace(b"Tilleuls", b"Till\xff\xfeuls"),
            "deep-nesting": "[" * 1000 + "]" * 1000,
            "deep-nesting-member": '{"format": "clas-dossier/1", "id": ' + "[" * 1000 + "]" * 1000 + "}",
            "no-bareme": dossier(annee_scolaire="2031-2032"),
            "empty": "",
            "not-an-object": "42",
            "bad-format": dossier(format="clas-dossier/9"),
        }

    def check_bad(self, name, path, args):
        r = run(*args, path)
        self.assertNotEqual(r.code, 0, r)
        self.assertLess(r.code, 128, r)
        self.assertExit(r, EXIT_INPUT)
        self.assertIn(os.path.basename(path), r.err)
        self.assertRegex(r.err, LOCATION)
        self.assertTrue(r.err.startswith("clas: "), r.err)

    def test_bad_files(self):
        for name, content in self.cases().items():
            path = self.write(name + ".json", content)
            for args in (("check",), ("compute", "--format", "json"), ("explain", "--collectif", "C1")):
                with self.subTest(case=name, command=args[0]):
                    self.check_bad(name, path, args)

    def test_bad_campaign(self):
        camp = {"format": "clas-campagne/1", "departement": "51", "annee_scolaire": "2025-2026",
                "nom": "x", "cadre": None, "dossiers": [dossier([collectif(depenses="1.001")])]}
        path = self.write("camp.json", camp)
        for args in (("report",), ("check",), ("compute",)):
            with self.subTest(command=args[0]):
                self.check_bad("camp", path, args)

    def test_missing_file(self):
        path = os.path.join(self.tmp, "absent.json")
        for args in (("check",), ("compute",), ("report",), ("explain", "--collectif", "C1")):
            r = run(*args, path)
            self.assertExit(r, EXIT_INPUT)
            self.assertIn("absent.json", r.err)
        r = run("--regles", path, "baremes")
        self.assertExit(r, EXIT_INPUT)
        self.assertIn("absent.json", r.err)

    def test_directory(self):
        r = run("check", self.tmp)
        self.assertExit(r, EXIT_INPUT)
        self.assertIn(self.tmp, r.err)


@unittest.skipUnless(os.path.exists(EXAMPLE), "examples/campagne-marne-2025-2026.json does not exist yet")
class ExampleCampaign(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(EXAMPLE, encoding="utf-8") as f:
            cls.campagne = json.load(f)
        cls.num_collectifs = sum(len(d["collectifs"]) for d in cls.campagne["dossiers"])

    def test_check(self):
        r = run("check", EXAMPLE)
        self.assertIn(r.code, (EXIT_OK, EXIT_BLOCKING), r)
        self.assertEqual(r.out.count("\n  Collectif "), self.num_collectifs)
        blocking = "[bloquant]" in r.out
        self.assertEqual(r.code, EXIT_BLOCKING if blocking else EXIT_OK)

    def test_compute_formats(self):
        r = run("compute", EXAMPLE)
        self.assertEqual(r.code, EXIT_OK, r)
        r = run("compute", "--format", "json", EXAMPLE)
        self.assertEqual(r.code, EXIT_OK, r)
        docs = json.loads(r.out)
        self.assertEqual(len(docs), len(self.campagne["dossiers"]))
        r = run("compute", "--format", "csv", EXAMPLE)
        self.assertEqual(r.code, EXIT_OK, r)
        rows = list(csv.DictReader(io.StringIO(r.out, newline="")))
        self.assertEqual(len(rows), self.num_collectifs)
        by_key = {(d["dossier"], c["id"]): c["montants"] for d in docs for c in d["collectifs"]}
        for row in rows:
            m = by_key[(row["dossier"], row["collectif"])]
            self.assertEqual(row["ps"], m["ps"])
            self.assertEqual(row["total"], m["total"])
            self.assertEqual(cents(row["total"]),
                             cents(row["ps"]) + cents(row["bonus_enfants"]) + cents(row["bonus_parents"]))

    def test_explain_first_collectif(self):
        d = self.campagne["dossiers"][0]
        r = run("explain", EXAMPLE, "--collectif", d["id"] + "/" + d["collectifs"][0]["id"])
        self.assertEqual(r.code, EXIT_OK, r)
        self.assertIn("R-PS", r.out)

    def test_report_totals_are_consistent(self):
        r = run("report", "--format", "json", EXAMPLE)
        self.assertEqual(r.code, EXIT_OK, r)
        rapport = json.loads(r.out)
        self.assertEqual(rapport["format"], "clas-rapport/1")
        totaux = rapport["totaux"]
        r = run("report", "--format", "csv", EXAMPLE)
        self.assertEqual(r.code, EXIT_OK, r)
        rows = list(csv.DictReader(io.StringIO(r.out, newline="")))
        self.assertEqual(len(rows), self.num_collectifs)
        self.assertEqual(int(totaux["collectifs"]), len(rows))
        self.assertEqual(int(totaux["dossiers"]), len(self.campagne["dossiers"]))
        self.assertEqual(int(totaux["porteurs"]), len({d["porteur"]["id"] for d in self.campagne["dossiers"]}))
        eligible = [row for row in rows if row["verdict"] == "eligible"]
        self.assertEqual(int(totaux["collectifs_eligibles"]), len(eligible))
        self.assertEqual(int(totaux["enfants"]), sum(int(row["nb_enfants"]) for row in eligible))

        def total(column):
            return sum(cents(row[column]) for row in rows)

        self.assertEqual(cents(totaux["ps"]), total("ps"))
        self.assertEqual(cents(totaux["bonus_enfants"]), total("bonus_enfants"))
        self.assertEqual(cents(totaux["bonus_parents"]), total("bonus_parents"))
        self.assertEqual(cents(totaux["bonus_demandes"]),
                         total("bonus_enfants_demande") + total("bonus_parents_demande"))
        montant = [v for k, v in totaux.items() if k in ("montant", "total")]
        self.assertTrue(montant, totaux)
        self.assertEqual(cents(montant[0]), total("total"))
        self.assertEqual(total("total"), total("ps") + total("bonus_enfants") + total("bonus_parents"))

        # The text table: aligned by characters, its total row equals the totals.
        r = run("report", EXAMPLE)
        self.assertEqual(r.code, EXIT_OK, r)
        lines = r.out.split("\n\n")[1].splitlines()
        table = [l for l in lines if not l.endswith(")")]  # a heading line per porteur: "Name (type, dossier)"
        self.assertEqual(len(lines) - len(table), len(self.campagne["dossiers"]))
        self.assertLessEqual(max(len(l) for l in r.out.splitlines()), 80)  # fits a terminal
        self.assertEqual(len(table), self.num_collectifs + 4, r.out)  # header, rule, rows, rule, total
        self.assertEqual(len({len(line) for line in table}), 1, r.out)
        last = re.findall(r"-?[\d ]+,\d\d €", table[-1])
        self.assertEqual(french_cents(last[-1]), total("total"))
        self.assertEqual(french_cents(last[0]), total("ps"))
        self.assertIn("Totaux du département", r.out)
        self.assertIn("Collectifs éligibles", r.out)
        en = run("--lang", "en", "report", EXAMPLE)
        self.assertEqual(en.code, EXIT_OK, en)
        self.assertIn("Department totals", en.out)


class Vectors(unittest.TestCase):
    """The shared vectors of tests/vectors, through the command line."""


def regles_document(vector):
    """The vector's regles and cadre as one clas-regles/1 document, or None."""
    regles, cadre = vector.get("regles"), vector.get("cadre")
    if regles is None and cadre is None:
        return None
    doc = copy.deepcopy(regles) if regles else {"format": "clas-regles/1", "baremes": [], "cadres": []}
    doc.setdefault("baremes", [])
    doc.setdefault("cadres", [])
    if cadre is not None:
        doc["cadres"] = [c for c in doc["cadres"]
                         if (c["departement"], c["annee_scolaire"]) != (cadre["departement"], cadre["annee_scolaire"])]
        doc["cadres"].append(cadre)
    return doc


def error_messages():
    """Message id -> its French template, from doc/errors.md."""
    messages = {}
    with open(os.path.join(SOURCE_ROOT, "doc", "errors.md"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\| `([a-z0-9_]+)` \| .* \| (.*) \|$", line.rstrip("\n"))
            if m:
                messages[m.group(1)] = m.group(2)
    return messages


def assert_message(test, message_id, err):
    """The French message of @p message_id is in @p err: each of its literal parts, around the {arguments}."""
    template = error_messages().get(message_id)
    test.assertIsNotNone(template, f"{message_id}: not in doc/errors.md")
    for part in re.split(r"\{[a-z_]+\}", template):
        if part.strip():
            test.assertIn(part.strip(), err, message_id)


def make_vector_test(path):
    def test(self):
        with open(path, encoding="utf-8") as f:
            vector = json.load(f)
        attendu = vector["attendu"]
        options = vector.get("options") or {}
        with tempfile.TemporaryDirectory(prefix="clas-vector-") as tmp:
            dossier_path = os.path.join(tmp, "dossier.json")
            with open(dossier_path, "w", encoding="utf-8") as f:
                json.dump(vector["dossier"], f, ensure_ascii=False)
            args = []
            regles = regles_document(vector)
            if regles is not None:
                regles_path = os.path.join(tmp, "regles.json")
                with open(regles_path, "w", encoding="utf-8") as f:
                    json.dump(regles, f, ensure_ascii=False)
                args += ["--regles", regles_path]
            if options.get("carry_forward"):
                args.append("--provisoire")

            computed = run(*args, "compute", "--format", "json", dossier_path)
            checked = run(*args, "check", dossier_path)
            refused = attendu.get("erreur_chargement")
            if refused:
                # The dossier is refused as it is read: its file named, the message's words, no output.
                for r in (computed, checked):
                    self.assertEqual(r.code, EXIT_INPUT, r)
                    self.assertIn("dossier.json", r.err)
                    self.assertEqual(r.out, "", r)
                    if refused.get("message_id"):
                        assert_message(self, refused["message_id"], r.err)
                return
            if attendu.get("erreur"):
                # A refused rule document names its file; an evaluation error the dossier's.
                refused = regles is not None and run(*args, "baremes").code != EXIT_OK
                for r in (computed, checked):
                    self.assertEqual(r.code, EXIT_INPUT, r)
                    self.assertIn("regles.json" if refused else "dossier.json", r.err)
                return
            self.assertEqual(computed.code, EXIT_OK, computed)
            result = json.loads(computed.out)
            self.assertEqual(result["verdict"], attendu["verdict"])
            self.assertEqual(result["provisoire"], attendu.get("provisoire", False))
            constats = result["constats"]
            dossier_codes = {c["code"] for c in constats if not c.get("collectif")}
            self.assertEqual(dossier_codes, set(attendu.get("constats_dossier", [])))
            self.assertEqual(len(result["collectifs"]), len(attendu["collectifs"]))
            for got, want in zip(result["collectifs"], attendu["collectifs"]):
                self.assertEqual(got["id"], want["id"])
                self.assertEqual(got["verdict"], want["verdict"], want["id"])
                codes = {c["code"] for c in constats if c.get("collectif") == want["id"]}
                self.assertEqual(codes, set(want.get("codes", [])), want["id"])
                for name, value in want.get("montants", {}).items():
                    self.assertEqual(cents(got["montants"][name]), cents(value), (want["id"], name))
            for name, value in attendu.get("totaux", {}).items():
                self.assertEqual(cents(result["totaux"][name]), cents(value), name)

            blocking = any(c["severity"] == "blocking" for c in constats)
            self.assertEqual(checked.code, EXIT_BLOCKING if blocking else EXIT_OK, checked)
            for c in constats:
                self.assertIn(c["code"], checked.out)
            # The cadre's consequences, in its words, after the fact.
            if "consequences" in attendu:
                for c in constats:
                    expected = attendu["consequences"].get(c["code"], "")
                    self.assertEqual(c.get("consequence", {}).get("texte", ""), expected, c["code"])
                    if expected:
                        self.assertIn(expected, c["message"]["fr"])
                        # the message is wrapped to 80 columns: compared word by word
                        self.assertIn(" ".join(expected.split()), " ".join(checked.out.split()))

            if options.get("trace"):
                for want in attendu["collectifs"]:
                    r = run(*args, "explain", dossier_path, "--collectif", want["id"])
                    self.assertEqual(r.code, EXIT_OK, r)
                    self.assertRegex(r.out, r"\n +1\. \[R-")
    return test


for _path in VECTORS:
    _name = "test_" + re.sub(r"\W", "_", os.path.splitext(os.path.basename(_path))[0])
    setattr(Vectors, _name, make_vector_test(_path))


if __name__ == "__main__":
    unittest.main(verbosity=2)
