# SPDX-License-Identifier: Apache-2.0
"""Spreadsheets out and in, and the campaign year on the command line, tried
the way a campaign officer working in LibreOffice or Excel would."""

import csv
import io
import json
import os
import shlex
import sys
import unittest
import zipfile
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clastest import (CHROMIUM, EXAMPLE, EXAMPLES, SOURCE_ROOT, EXIT_INPUT, EXIT_OK, EXIT_USAGE, HAVE_XLSX, SOFFICE,  # noqa: E402
                      TempDirTest, cents, chromium, png_pixels, run, soffice_to_csv)


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


TABLEAU = os.path.join(EXAMPLES, "campagne-marne-2025-2026.csv")
HEADER = ("Dossier;Date de dépôt;Année scolaire;Département;Porteur;Type de porteur;Collectif;Niveaux;Enfants;"
          "Intervenants salariés;Intervenants bénévoles;Hors temps scolaire;Dépenses;Actions enfants;"
          "Actions parents;Actions école;Actions territoire;Bonus enfants demandé;Projet bonus enfants;Décision")
ROW = ("D1;10/08/2025;2025-2026;51;Centre social;centre social;C1;6ème, 5e;10;1;1;oui;7 500,00;"
       "appui méthodologie;convivialité;continuité éducative;Reaap;oui;Sorties;agréé")


class Import(TempDirTest):
    def test_shipped_spreadsheet_is_the_example_campaign(self):
        out = self.path("campagne.json")
        r = run("import", TABLEAU, "-o", out)
        self.assertExit(r, EXIT_OK)
        with open(out, encoding="utf-8") as f:
            got = json.load(f)
        with open(EXAMPLE, encoding="utf-8") as f:
            want = json.load(f)
        self.assertEqual(len(got["dossiers"]), 19)

        def filed(c):  # what a dossier holds before the committee
            c = dict(c)
            for k in ("decision", "acomptes_verses", "bilan"):
                c.pop(k)
            c["actions"] = sorted((a["action"], a.get("texte", "")) for a in c["actions"])
            return c
        for dg, dw in zip(got["dossiers"], want["dossiers"]):
            self.assertEqual(dg["porteur"], dw["porteur"])
            self.assertEqual(dg["date_depot"], dw["date_depot"])
            self.assertEqual([filed(c) for c in dg["collectifs"]], [filed(c) for c in dw["collectifs"]])

    def test_french_entries(self):
        path = self.write("t.csv", HEADER + "\n" + ROW + "\n")
        r = run("import", path)
        self.assertExit(r, EXIT_OK)
        c = json.loads(r.out)["dossiers"][0]["collectifs"][0]
        self.assertEqual(c["depenses"], "7500.00")
        self.assertEqual(c["niveaux"], ["6e", "5e"])
        self.assertEqual(c["decision"]["agrement"], "agree")
        self.assertTrue(c["hors_temps_scolaire"])
        self.assertEqual(json.loads(r.out)["dossiers"][0]["date_depot"], "2025-08-10")

    def test_encodings_and_separators(self):
        want = json.loads(run("import", self.write("ref.csv", HEADER + "\n" + ROW + "\n")).out)
        variants = {
            "bom.csv": ("\ufeff" + HEADER + "\r\n" + ROW + "\r\n").encode("utf-8"),
            "cp1252.csv": (HEADER + "\r\n" + ROW + "\r\n").encode("cp1252"),
            "comma.csv": (HEADER.replace(";", ",") + "\n" +
                          ROW.replace("7 500,00", "7500.00").replace("6ème, 5e", "6e 5e").replace(";", ",") +
                          "\n").encode("utf-8"),
        }
        for name, content in variants.items():
            with self.subTest(name=name):
                r = run("import", self.write(name, content))
                self.assertExit(r, EXIT_OK)
                self.assertEqual(json.loads(r.out), want)

    def test_twenty_errors_in_twenty_cells_all_reported(self):
        bad = {"Date de dépôt": "31/02/2025", "Niveaux": "7ème", "Enfants": "dix", "Dépenses": "7.500",
               "Hors temps scolaire": "peut-être", "Décision": "ajourné sine die", "Type de porteur": "association",
               "Intervenants salariés": "1,5", "Bonus enfants demandé": "si", "Actions enfants": "yoga"}
        header = HEADER.split(";")
        rows = []
        for k in range(2):
            for col, value in bad.items():
                cells = ROW.split(";")
                cells[0] = "D%d" % (len(rows) + 1)
                cells[header.index(col)] = value
                rows.append(";".join(cells))
        path = self.write("erreurs.csv", HEADER + "\n" + "\n".join(rows) + "\n")
        out = self.write("campagne.json", "previous\n")
        r = run("import", path, "-o", out)
        self.assertExit(r, EXIT_INPUT)
        lines = [x for x in r.err.splitlines() if "ligne" in x and "colonne" in x]
        self.assertEqual(len(lines), 20, r.err)
        for i, row in enumerate(rows):
            col = list(bad)[i % len(bad)]
            self.assertTrue(any("ligne %d, colonne « %s »" % (i + 2, col) in x and bad[col] in x for x in lines),
                            (i, col, r.err))
        self.assertIn("20 cellule(s)", r.err)
        self.assertEqual(open(out, encoding="utf-8").read(), "previous\n")

    def test_unknown_and_missing_columns(self):
        path = self.write("t.csv", "Dossier;Couleur;Collectif\nD1;bleu;C1\n")
        r = run("import", path, "--departement", "51", "--annee", "2025-2026")
        self.assertExit(r, EXIT_INPUT)
        self.assertIn("Couleur", r.err)
        self.assertIn("Porteur", r.err)

    def test_template_round_trip(self):
        for args, name in ((("--csv", "fr"), "modele.csv"), (("--format", "csv"), "modele-rfc.csv")):
            with self.subTest(args=args):
                path = self.path(name)
                self.assertExit(run("template", *args, "-o", path), EXIT_OK)
                r = run("import", path)
                self.assertExit(r, EXIT_OK)
                self.assertEqual(json.loads(r.out)["dossiers"][0]["collectifs"][0]["depenses"], "7500.00")
        if HAVE_XLSX:
            path = self.path("modele.xlsx")
            self.assertExit(run("template", "--format", "xlsx", "-o", path), EXIT_OK)
            self.assertTrue(zipfile.is_zipfile(path))


DECISIONS = os.path.join(EXAMPLES, "decisions-comite-2025.csv")
BILANS = os.path.join(EXAMPLES, "bilans-2025-2026.csv")


class Year(TempDirTest):
    """import -> decide -> acompte -> bilan -> settle on the shipped example."""

    def chain(self):
        c = self.path("campagne.json")
        self.assertExit(run("import", TABLEAU, "-o", c), EXIT_OK)
        d = self.path("decidee.json")
        self.assertExit(run("decide", c, DECISIONS, "--date-comite", "18/09/2025", "-o", d), EXIT_OK)
        a = self.path("acomptes.json")
        r = run("acompte", d, "--taux", "80", "--verser", "-o", a)
        self.assertExit(r, EXIT_OK)
        b = self.path("bilans.json")
        r = run("bilan", a, BILANS, "-o", b)
        self.assertExit(r, EXIT_OK)
        self.assertIn("BILAN_INDU", r.err)
        return c, d, a, b

    def test_chain_and_settlement_both_ways(self):
        c, d, a, b = self.chain()
        with open(d, encoding="utf-8") as f:
            decided = json.load(f)
        self.assertEqual(decided["cadre"]["calendrier"]["comite"], "2025-09-18")
        with open(EXAMPLE, encoding="utf-8") as f:
            example = json.load(f)
        for dg, dw in zip(decided["dossiers"], example["dossiers"]):
            self.assertEqual([x["decision"] for x in dg["collectifs"]], [x["decision"] for x in dw["collectifs"]])
        r = run("settle", b, "--format", "json")
        self.assertExit(r, EXIT_OK)
        doc = json.loads(r.out)
        self.assertEqual(doc["format"], "clas-reglement/1")
        by_id = {(x["dossier"], x["collectif"]): x for x in doc["collectifs"]}
        indu = by_id[("D51-2025-002", "C2")]
        # forecast 4 450,00 -> Ps 1 468,50, 80 % advance 1 174,80; actual 3 250,00 -> Ps 1 072,50
        self.assertEqual(indu["acomptes_verses"], "1174.80")
        self.assertEqual(indu["droit_reel"], "1072.50")
        self.assertEqual((indu["solde"], indu["indu"]), ("0.00", "102.30"))
        solde = by_id[("D51-2025-001", "C2")]
        self.assertEqual((solde["acomptes_verses"], solde["droit_reel"], solde["solde"]),
                         ("1702.80", "2607.00", "904.20"))
        t = doc["totaux"]
        self.assertEqual(cents(t["solde"]) - cents(t["indu"]), cents(t["net"]))
        self.assertEqual(cents(t["solde"]), sum(cents(x["solde"]) for x in doc["collectifs"]))
        self.assertEqual(t["collectifs_avec_bilan"], 6)
        text = run("settle", b)
        self.assertExit(text, EXIT_OK)
        self.assertIn("102,30 €", text.out)
        self.assertIn("R-BILAN", text.out)
        self.assertIn("bilan attendu", text.out)

    def test_acompte_needs_a_rate_and_keeps_paid_ones(self):
        c = self.path("campagne.json")
        self.assertExit(run("import", TABLEAU, "-o", c), EXIT_OK)
        r = run("acompte", c)
        self.assertExit(r, EXIT_INPUT)
        self.assertIn("--taux", r.err)
        d = self.path("d.json")
        self.assertExit(run("decide", c, DECISIONS, "-o", d), EXIT_OK)
        a = self.path("a.json")
        self.assertExit(run("acompte", d, "--taux", "70 %", "--verser", "-o", a), EXIT_OK)
        r = run("acompte", a, "--verser", "--taux", "80")  # already paid: unchanged
        self.assertExit(r, EXIT_OK)
        self.assertIn("inchangé", r.err)
        table = run("acompte", a, "--csv", "fr")
        self.assertExit(table, EXIT_OK)
        rows = list(csv.DictReader(io.StringIO(table.raw.decode("utf-8-sig"), newline=""), delimiter=";"))
        first = [x for x in rows if x["collectif"] == "C1" and x["dossier"] == "D51-2025-001"][0]
        self.assertEqual(first["acompte"], "1960,49")  # 70 % of 2 800,70 rounded half up

    def test_decisions_that_cannot_stand(self):
        c = self.path("campagne.json")
        self.assertExit(run("import", TABLEAU, "-o", c), EXIT_OK)
        bad = self.write("dec.csv", "Dossier;Collectif;Décision;Motif;Bonus enfants accordé\n"
                                    "D51-2025-001;C1;refusé;Hors sujet;oui\n"       # bonus to a refused one
                                    "D51-2025-001;C6;agréé;;non\n"                  # C6 is ineligible
                                    "D51-2025-099;C1;agréé;;non\n"                  # unknown collectif
                                    "D51-2025-001;C2;peut-être;;non\n")
        out = self.write("out.json", "previous\n")
        r = run("decide", c, bad, "-o", out)
        self.assertExit(r, EXIT_INPUT)
        self.assertIn("ligne 2", r.err)
        self.assertIn("ligne 3", r.err)
        self.assertIn("D51-2025-099/C1", r.err)
        self.assertIn("ligne 5", r.err)
        self.assertIn("4 cellule(s)", r.err)
        self.assertEqual(open(out, encoding="utf-8").read(), "previous\n")

    def test_decisions_and_bilans_as_json(self):
        c = self.path("campagne.json")
        self.assertExit(run("import", TABLEAU, "-o", c), EXIT_OK)
        dec = self.write("d.json", json.dumps({"format": "clas-decisions/1", "date_comite": "2025-09-18",
                                               "decisions": [{"dossier": "D51-2025-001", "collectif": "C1",
                                                              "agrement": "agree", "bonus_enfants": True}]}))
        out = self.path("o.json")
        self.assertExit(run("decide", c, dec, "-o", out), EXIT_OK)
        with open(out, encoding="utf-8") as f:
            coll = json.load(f)["dossiers"][0]["collectifs"][0]
        self.assertEqual(coll["decision"]["agrement"], "agree")
        self.assertEqual(coll["decision"]["bonus_accordes"], ["enfants"])
        bad = self.write("bad.json", json.dumps({"format": "clas-decisions/1", "decisions": [
            {"dossier": "D51-2025-001", "collectif": "C1", "agrement": "refuse", "bonus_enfants": True}]}))
        r = run("decide", c, bad)
        self.assertExit(r, EXIT_INPUT)
        self.assertIn("élément 1", r.err)
        bil = self.write("b.json", json.dumps({"format": "clas-bilans/1", "bilans": [
            {"dossier": "D51-2025-001", "collectif": "C1", "nb_enfants": 10, "depenses_reelles": "6000.00",
             "taux_presence": "0.9"}]}))
        self.assertExit(run("bilan", out, bil, "-o", self.path("b2.json")), EXIT_OK)
        with open(self.path("b2.json"), encoding="utf-8") as f:
            b = json.load(f)["dossiers"][0]["collectifs"][0]["bilan"]
        self.assertEqual(b["depenses_reelles"], "6000.00")


class Exceptions(TempDirTest):
    """A late dossier examined all the same, and decisions that contradict themselves."""

    def test_derogation_recorded_and_shown(self):
        c = self.path("c.json")
        self.assertExit(run("decide", EXAMPLE, os.path.join(EXAMPLES, "derogation-comite-2025.csv"),
                            "--date-comite", "18/09/2025", "-o", c), EXIT_OK)
        with open(c, encoding="utf-8") as f:
            dossier = [d for d in json.load(f)["dossiers"] if d["id"] == "D51-2025-015"][0]
        self.assertEqual(dossier["derogations"], [{"regle": "R-DELAI", "date": "2025-09-18",
                                                   "motif": "Dossier posté le 16/08, remis en retard par La Poste"}])
        checked = run("check", c)
        block = checked.out[checked.out.index("D51-2025-015"):]
        self.assertIn("éligible", block.splitlines()[0])
        self.assertIn("[avertissement] DEPOT_HORS_DELAI", block)
        self.assertIn("dérogation du comité du 2025-09-18 : Dossier posté le 16/08", " ".join(block.split()))
        rows = list(csv.DictReader(io.StringIO(run("compute", "--format", "csv", c).out, newline="")))
        row = [r for r in rows if r["dossier"] == "D51-2025-015" and r["collectif"] == "C1"][0]
        self.assertTrue(row["derogations"].startswith("R-DELAI : Dossier posté"))
        self.assertEqual(row["statut"], "agree")
        explained = run("explain", c, "--collectif", "D51-2025-015/C1")
        self.assertIn("source : Décision du comité", explained.out)

    def test_derogation_needs_a_reason(self):
        bad = self.write("d.csv", "Dossier;Collectif;Décision;Dérogation\nD51-2025-015;C1;agréé;délai\n")
        r = run("decide", EXAMPLE, bad, "-o", self.path("c.json"))
        self.assertExit(r, EXIT_INPUT)
        self.assertIn("motif", r.err)
        self.assertFalse(os.path.exists(self.path("c.json")))

    def test_refused_with_bonus_is_a_load_error(self):
        with open(EXAMPLE, encoding="utf-8") as f:
            camp = json.load(f)
        coll = camp["dossiers"][0]["collectifs"][0]
        coll["decision"] = {"agrement": "refuse", "motif": "x", "bonus_accordes": ["enfants"]}
        path = self.write("c.json", json.dumps(camp, ensure_ascii=False))
        r = run("check", path)
        self.assertExit(r, EXIT_INPUT)
        self.assertIn("$.dossiers[0].collectifs[0].decision", r.err)

    def test_year_text_fits_80_columns(self):
        c, b = self.path("c.json"), self.path("b.json")
        self.assertExit(run("decide", EXAMPLE, DECISIONS, "-o", c), EXIT_OK)
        r = run("bilan", c, BILANS, "-o", b)
        self.assertExit(r, EXIT_OK)
        outputs = [r.err]
        for cmd in (("settle", b), ("stats", b), ("stats", b, "--precedente", c), ("acompte", b, "--taux", "70", "--format", "text")):
            r = run(*cmd)
            self.assertExit(r, EXIT_OK)
            outputs += [r.out, r.err]
        for text in outputs:
            for line in text.splitlines():
                self.assertLessEqual(len(line), 80, line)


class Guide(TempDirTest):
    """Every command of doc/guide-campagne.md runs as written and shows the figures the guide quotes."""

    def test_guide_commands(self):
        with open(os.path.join(SOURCE_ROOT, "doc", "guide-campagne.md"), encoding="utf-8") as f:
            guide = f.read()
        commands, block = [], None
        for line in guide.splitlines():
            if line.startswith("```"):
                block = [] if block is None and line.strip() == "```sh" else None
                continue
            if block is not None:
                line = line.split("  #")[0].rstrip()
                if commands and commands[-1].endswith("\\"):
                    commands[-1] = commands[-1][:-1] + " " + line.strip()
                elif line.startswith("clas "):
                    commands.append(line)
        self.assertGreaterEqual(len(commands), 15)
        os.symlink(EXAMPLES, self.path("examples"))
        os.mkdir(self.path("annee"))
        out = ""
        for cmd in commands:
            with self.subTest(cmd=cmd):
                r = run(*shlex.split(cmd)[1:], cwd=self.tmp)
                out += r.out + r.err
                # check exits 1 when a constat blocks: the imported campaign has some
                self.assertExit(r, 1 if cmd.startswith("clas check") else EXIT_OK)
        for figure in ("constats bloquants : 8", "189 407,10 €", "Total des acomptes : 151 525,68 €",
                       "73 acompte(s)", "BILAN_INDU", "Soldes à verser : 2 670,22 € ; indus à récupérer : 102,30 €",
                       "84,8 %", "1 174,80 €", "1 072,50 €", "BILAN_PRECEDENT_NON_DEPOSE",
                       "FREQUENCE_SEMAINES_INSUFFISANTES"):
            self.assertIn(figure, out)


class Stats(TempDirTest):
    def test_figures_and_previous_year(self):
        r = run("stats", EXAMPLE, "--format", "csv", "--precedente", EXAMPLE)
        self.assertExit(r, EXIT_OK)
        rows = {x["statistique"]: x for x in csv.DictReader(io.StringIO(r.out, newline=""))}
        with open(EXAMPLE, encoding="utf-8") as f:
            camp = json.load(f)
        colls = [c for d in camp["dossiers"] for c in d["collectifs"]]
        self.assertEqual(int(rows["collectifs"]["valeur"]), len(colls))
        self.assertEqual(int(rows["porteurs"]["valeur"]), 19)
        self.assertEqual(sum(int(rows["porteurs." + t]["valeur"]) for t in
                             ("centre_social", "association_locale", "association_reseau", "service_municipal",
                              "ccas", "autre")), 19)
        self.assertEqual(int(rows["bonus_enfants_demandes"]["valeur"]),
                         sum(c["bonus"]["enfants"]["demande"] for c in colls))
        self.assertEqual(cents(rows["montant_accorde"]["valeur"]), report_total())
        self.assertEqual(rows["montant_accorde"]["valeur"], rows["montant_accorde"]["annee_precedente"])
        # Territory and history, counted from the campaign itself.
        results = json.loads(run("compute", "--format", "json", EXAMPLE).out)
        funded = {(r["dossier"], c["id"]) for r in results for c in r["collectifs"] if c["statut"] == "agree"}
        agrees = [c for d in camp["dossiers"] for c in d["collectifs"] if (d["id"], c["id"]) in funded]
        self.assertEqual(int(rows["collectifs_agrees.qpv"]["valeur"]), sum(c["territoire"]["qpv"] for c in agrees))
        self.assertEqual(int(rows["collectifs_agrees.rep_plus"]["valeur"]),
                         sum(c["territoire"]["education_prioritaire"] == "rep_plus" for c in agrees))
        self.assertEqual(int(rows["collectifs_agrees.zone_rurale"]["valeur"]),
                         sum(c["territoire"]["zone_rurale"] for c in agrees))
        self.assertEqual(int(rows["dossiers.lien_reaap"]["valeur"]),
                         sum("reaap" in d["liens"] for d in camp["dossiers"]))
        self.assertEqual(int(rows["dossiers.bilan_precedent_non_depose"]["valeur"]), 1)
        self.assertEqual(int(rows["bilans.filles"]["valeur"]) + int(rows["bilans.garcons"]["valeur"]),
                         sum(c["bilan"]["nb_enfants"] for c in colls if c["bilan"]))
        self.assertExit(run("stats", EXAMPLE), EXIT_OK)

    def test_json(self):
        r = run("stats", EXAMPLE, "--format", "json", "--precedente", EXAMPLE)
        self.assertExit(r, EXIT_OK)
        doc = json.loads(r.out)
        self.assertEqual(doc["format"], "clas-statistiques/1")
        self.assertFalse(doc["simulation"])
        figures = doc["statistiques"]
        self.assertEqual(figures["porteurs"], 19)
        self.assertEqual(cents(figures["montant_accorde"]), report_total())
        self.assertEqual(figures["enfants"], sum(figures["enfants." + c] for c in
                                                 ("primaire", "college", "lycee", "plusieurs_cycles")))
        self.assertEqual(doc["precedente"]["statistiques"], figures)


class HtmlReport(TempDirTest):
    def page(self, *extra):
        b = self.path("bilans.json")
        c = self.path("c.json")
        self.assertExit(run("decide", EXAMPLE, DECISIONS, "--date-comite", "18/09/2025", "-o", c), EXIT_OK)
        out = self.path("rapport.html")
        self.assertExit(run("report", c, "--format", "html", "-o", out, *extra), EXIT_OK)
        with open(out, encoding="utf-8") as f:
            return out, f.read()

    def test_self_contained(self):
        _, html = self.page()
        self.assertTrue(html.startswith("<!DOCTYPE html>"))
        for needle in ("<title>Rapport du comité Clas - département 51, 2025-2026</title>", 'id="chart-porteurs"',
                       'id="chart-entonnoir"', 'id="constats"', 'id="bonus"', 'id="refus"',
                       "Sorties culturelles", "Locaux inadaptés", "189 407,10 €", "comité du 2025-09-18"):
            self.assertIn(needle, html)
        for banned in ("<script", "http://", "https://", "src=", "@import", "url("):
            if banned == "http://":
                html_wo_ns = html.replace('xmlns="http://www.w3.org/2000/svg"', "")
                self.assertNotIn(banned, html_wo_ns)
            else:
                self.assertNotIn(banned, html)
        self.assertNotIn("simulation", html)

    def test_simulation_banner(self):
        regles = self.write("regles.json", json.dumps({"format": "clas-regles/1", "baremes": [], "cadres": []}))
        _, html = self.page("--regles", regles)
        self.assertIn('id="simulation"', html)
        self.assertIn("SIMULATION", html)

    @unittest.skipUnless(CHROMIUM, "chromium not installed")
    def test_chromium_renders_prints_and_shows_the_charts(self):
        out, _ = self.page()
        url = "file://" + out
        dom = chromium("--dump-dom", url)
        self.assertEqual(dom.returncode, 0, dom.stderr[-2000:])
        text = dom.stdout.decode("utf-8")
        self.assertIn("<title>Rapport du comité Clas - département 51, 2025-2026</title>", text)
        self.assertIn("189 407,10 €", text)
        self.assertEqual(text.count("<rect"), 2 * 19 + 2 + 4)  # Ps and bonus per porteur, legend, funnel
        shot = self.path("rapport.png")
        r = chromium("--window-size=1280,1600", "--screenshot=" + shot, url)
        self.assertEqual(r.returncode, 0, r.stderr[-2000:])
        width, height, rows = png_pixels(shot)
        self.assertEqual((width, height), (1280, 1600))
        def count(rgb):
            return sum(1 for row in rows for px in row if all(abs(px[k] - rgb[k]) < 8 for k in range(3)))
        self.assertGreater(count((0x2b, 0x5d, 0x8c)), 20000, "Ps bars and funnel drawn")
        self.assertGreater(count((0x6a, 0xa8, 0x4f)), 2000, "bonus bars and paid step drawn")
        pdf = self.path("rapport.pdf")
        r = chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, url)
        self.assertEqual(r.returncode, 0, r.stderr[-2000:])
        with open(pdf, "rb") as f:
            data = f.read()
        self.assertTrue(data.startswith(b"%PDF-"))
        self.assertGreaterEqual(data.count(b"/Type /Page") - data.count(b"/Type /Pages"), 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
