#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Every document libclas reads or writes validates against its published
JSON Schema (data/schema/): the rule data, the example campaign, every
vector's dossier, and what `clas` writes for them (results, reports,
provisional results).

Environment: CLAS (the clas executable), CLAS_SOURCE_ROOT.
"""
import json
import os
import pathlib
import subprocess
import tempfile
import unittest

import jsonschema

ROOT = pathlib.Path(os.environ["CLAS_SOURCE_ROOT"])
CLAS = os.environ["CLAS"]
SCHEMAS = ROOT / "data" / "schema"


def validator(kind):
    schema = json.loads((SCHEMAS / (kind + ".schema.json")).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def run_clas(*args):
    result = subprocess.run([CLAS, *args], capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1):
        raise AssertionError("clas %s: exit %d: %s" % (" ".join(args), result.returncode, result.stderr))
    return json.loads(result.stdout)


class SchemaTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.v = {k: validator(k) for k in ("dossier", "campagne", "regles", "resultat", "rapport", "decisions",
                                            "bilans", "reglement", "statistiques")}
        cls.vectors = sorted((ROOT / "tests" / "vectors").glob("*.json"))
        cls.tmp = tempfile.TemporaryDirectory()

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def valid(self, kind, doc, what):
        errors = sorted(self.v[kind].iter_errors(doc), key=lambda e: list(e.path))
        if errors:
            e = errors[0]
            self.fail("%s: %s at $%s" % (what, e.message, "".join("[%r]" % p for p in e.path)))

    def test_rule_data(self):
        for name in ("baremes.json", "cadres.json"):
            self.valid("regles", json.loads((ROOT / "data" / name).read_text(encoding="utf-8")), name)

    def test_every_number_in_data_names_its_source(self):
        """Each value of data/ is covered by a source (titre, section, url) or marked unsettled."""
        def values(entry, kind):
            if kind == "bareme":
                names = ["taux", "prix_plafond", "ps_max", "arrondi"]
                names += ["bonus." + k for k in entry.get("bonus", {})]
            else:
                names = ["seuils." + k for k in entry.get("seuils", {})]
                names += ["calendrier." + k for k, v in entry.get("calendrier", {}).items() if v is not None]
            return names
        for name in ("baremes.json", "cadres.json"):
            doc = json.loads((ROOT / "data" / name).read_text(encoding="utf-8"))
            for kind, entries in (("bareme", doc["baremes"]), ("cadre", doc["cadres"])):
                for e in entries:
                    label = f"{name}: {kind} {e.get('departement', '')} {e['annee_scolaire']}"
                    covered = {c for r in e.get("sources", []) for c in r["champs"]}
                    unsettled = {c for r in e.get("non_etabli", []) for c in r["champs"]}
                    self.assertFalse(covered & unsettled, f"{label}: both sourced and unsettled")
                    for v in values(e, kind):
                        self.assertIn(v, covered | unsettled, f"{label}: {v} names no source")
                    for r in e.get("sources", []):
                        self.assertTrue(r["titre"] and "section" in r and "url" in r, f"{label}: {r}")
                    self.assertTrue(e["source"]["titre"], label)

    def test_example_campaign_and_its_report(self):
        path = ROOT / "examples" / "campagne-marne-2025-2026.json"
        self.valid("campagne", json.loads(path.read_text(encoding="utf-8")), path.name)
        self.valid("rapport", run_clas("report", "--format", "json", str(path)), "clas report")
        results = run_clas("compute", "--format", "json", str(path))
        self.assertEqual(len(results), 19)
        for r in results:
            self.valid("resultat", r, "clas compute " + r["dossier"])

    def test_every_vector_dossier_and_result(self):
        self.assertGreaterEqual(len(self.vectors), 60)
        for path in self.vectors:
            vector = json.loads(path.read_text(encoding="utf-8"))
            if vector["attendu"].get("erreur_chargement"):
                continue  # a dossier the library refuses to load, which a schema cannot always tell
            with self.subTest(vector=path.name):
                self.valid("dossier", vector["dossier"], path.name)
                if vector.get("regles") is not None:
                    self.valid("regles", vector["regles"], path.name + " regles")
                if (vector["attendu"].get("erreur") is not None or vector.get("regles") is not None
                        or vector.get("cadre") is not None):
                    continue
                doc = pathlib.Path(self.tmp.name) / path.name
                doc.write_text(json.dumps(vector["dossier"]), encoding="utf-8")
                args = ["compute", "--format", "json", str(doc)]
                if vector.get("options", {}).get("carry_forward"):
                    args.insert(0, "--provisoire")
                self.valid("resultat", run_clas(*args), path.name + " result")

    def test_campaign_year_documents(self):
        """clas-decisions/1 and clas-bilans/1 as `clas decide` and `clas bilan` read them, the campaigns they
        write, and the clas-reglement/1 of `clas settle`."""
        tmp = pathlib.Path(self.tmp.name)
        example = ROOT / "examples" / "campagne-marne-2025-2026.json"
        decisions = {"format": "clas-decisions/1", "date_comite": "2025-09-18", "decisions": [
            {"dossier": "D51-2025-001", "collectif": "C1", "agrement": "agree", "motif": "",
             "bonus_enfants": False, "bonus_parents": False},
            {"dossier": "D51-2025-001", "collectif": "C6", "agrement": "refuse", "motif": "Non éligible"}]}
        bilans = {"format": "clas-bilans/1", "bilans": [
            {"dossier": "D51-2025-001", "collectif": "C1", "nb_enfants": 10, "taux_presence": "0.9",
             "depenses_reelles": "6000.00", "financements_reels": "1436.00"}]}
        self.valid("decisions", decisions, "decisions")
        self.valid("bilans", bilans, "bilans")
        (tmp / "dec.json").write_text(json.dumps(decisions), encoding="utf-8")
        (tmp / "bil.json").write_text(json.dumps(bilans), encoding="utf-8")
        decided = run_clas("decide", str(example), str(tmp / "dec.json"))
        self.valid("campagne", decided, "clas decide")
        (tmp / "decided.json").write_text(json.dumps(decided), encoding="utf-8")
        with_bilans = run_clas("bilan", str(tmp / "decided.json"), str(tmp / "bil.json"))
        self.valid("campagne", with_bilans, "clas bilan")
        (tmp / "bilans.json").write_text(json.dumps(with_bilans), encoding="utf-8")
        self.valid("campagne", run_clas("acompte", "--taux", "70", "--verser", str(tmp / "bilans.json")),
                   "clas acompte")
        self.valid("reglement", run_clas("settle", "--format", "json", str(tmp / "bilans.json")), "clas settle")
        self.valid("statistiques", run_clas("stats", "--format", "json", "--precedente", str(tmp / "decided.json"),
                                            str(tmp / "bilans.json")), "clas stats")

    def test_provisional_result(self):
        doc = pathlib.Path(self.tmp.name) / "provisoire.json"
        doc.write_text(json.dumps({"format": "clas-dossier/1", "annee_scolaire": "2027-2028",
                                   "departement": "51", "date_depot": "2027-06-01",
                                   "collectifs": [{"id": "C1", "depenses": "10000.00"}]}), encoding="utf-8")
        result = run_clas("--provisoire", "compute", "--format", "json", str(doc))
        self.assertTrue(result["provisoire"])
        self.assertTrue(result["producteur"]["cadre"]["source"]["titre"])
        self.valid("resultat", result, "provisional result")

    def test_schemas_refuse_money_as_numbers(self):
        dossier = {"format": "clas-dossier/1", "annee_scolaire": "2025-2026",
                   "collectifs": [{"id": "C1", "depenses": 1500.5}]}
        self.assertFalse(self.v["dossier"].is_valid(dossier))


if __name__ == "__main__":
    unittest.main(verbosity=2)
