# SPDX-License-Identifier: Apache-2.0
"""Tests of the Python binding: shared vectors, errors, ownership, money, JSON.

Run by meson (suite 'python') with PYTHONPATH pointing at the build tree and
CLAS_VECTORS_DIR at tests/vectors.
"""

import gc
import io
import json
import os
import pathlib
import pickle
import pydoc
import sys
import tempfile
import unittest
from decimal import Decimal

import clas
from clas import _capi

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
VECTORS = pathlib.Path(os.environ.get("CLAS_VECTORS_DIR", ROOT / "tests" / "vectors"))
EXAMPLES = pathlib.Path(os.environ.get("CLAS_EXAMPLES_DIR", ROOT / "examples"))


def case_a_dossier(depenses="10000.00", nb_enfants=10):
    """domain.md §7 case A: an eligible, approved collectif, 10 000 € of expenses."""
    d = clas.Dossier("2025-2026", id="D51-A", departement="51", date_depot="2025-08-12")
    p = d.porteur
    p.id, p.nom, p.type, p.commune = "P1", "Centre social des Tilleuls", clas.PorteurType.CENTRE_SOCIAL, "Reims"
    c = d.add_collectif("C1", nom="CM1-CM2", niveaux=[clas.Niveau.CM1, "CM2"], nb_enfants=nb_enfants,
                        nb_intervenants_salaries=1, nb_intervenants_benevoles=1, seances_par_semaine=2,
                        minutes_par_seance=90, nb_semaines=30, hors_temps_scolaire=True,
                        depenses=Decimal(depenses))
    c.add_financement("Ville", Decimal("1500.00"))
    for a in (clas.Action.ENFANTS_APPUI_METHODOLOGIE, clas.Action.PARENTS_CONVIVIALITE,
              clas.Action.ECOLE_CONTINUITE_EDUCATIVE, "territoire.ressources_proximite"):
        c.add_action(a)
    c.decision = clas.Decision.AGREE
    return d


# ---------------------------------------------------------------- vectors

def _regles_for(vector):
    if vector.get("regles") is None and vector.get("cadre") is None:
        return clas.Regles.default(), None
    b = clas.Regles.builder().add_defaults()
    if vector.get("regles") is not None:
        b.add_json(vector["regles"], replace=True)
    cadre = None
    if vector.get("cadre") is not None:
        b.add_json({"format": "clas-regles/1", "baremes": [], "cadres": [vector["cadre"]]}, replace=True)
    regles = b.build()
    if vector.get("cadre") is not None:
        cadre = regles.find_cadre(vector["cadre"]["departement"], vector["cadre"]["annee_scolaire"])
    return regles, cadre


def _build_dossier(doc):
    """The dossier built as a program would: the document without decisions and exceptions,
    then each collectif's decision before its bonuses (the JSON reader's reverse order), then
    the exceptions."""
    bare = json.loads(json.dumps(doc))
    bare.pop("derogations", None)
    for c in bare.get("collectifs", []):
        c.pop("decision", None)
    d = clas.Dossier.from_json(bare)
    for c, src in zip(d.collectifs, doc.get("collectifs", [])):
        decision = src.get("decision")
        if decision:
            c.set_decision(decision.get("agrement", "en_attente"), decision.get("motif") or None)
            for bonus in decision.get("bonus_accordes", []):
                c.grant_bonus(bonus)
    for x in doc.get("derogations", []):
        d.set_derogation(x["regle"], x["motif"], x.get("date"))
    return d


class VectorTests(unittest.TestCase):
    """Every tests/vectors/*.json gives the expected verdicts, codes and amounts."""

    def test_vectors_present(self):
        self.assertGreater(len(list(VECTORS.glob("*.json"))), 10, f"no vectors in {VECTORS}")

    def check_vector(self, path):
        v = json.loads(path.read_text(encoding="utf-8"))
        self.assertEqual(v["format"], "clas-vecteur/1")
        want = v["attendu"]
        try:
            regles, cadre = _regles_for(v)
        except clas.Error as e:
            # A refused rule document (a barème beyond its rounding) is the expected error.
            self.assertEqual(e.status, want.get("erreur"), str(e))
            return
        refused = want.get("erreur_chargement")
        if refused:
            # The dossier is refused as it is loaded, and as it is built if the vector says how.
            with self.assertRaises(clas.Error) as cm:
                clas.Dossier.from_json(v["dossier"])
            self.assertEqual((cm.exception.status, cm.exception.message_id),
                             (refused["statut"], refused.get("message_id") or cm.exception.message_id), str(cm.exception))
            if refused.get("construction"):
                built = refused["construction"]
                with self.assertRaises(clas.Error) as cm:
                    _build_dossier(v["dossier"])
                self.assertEqual((cm.exception.status, cm.exception.message_id),
                                 (built["statut"], built.get("message_id") or cm.exception.message_id),
                                 str(cm.exception))
            return
        dossier = clas.Dossier.from_json(v["dossier"])
        opts = v.get("options") or {}
        kwargs = dict(regles=regles, cadre=cadre, trace=bool(opts.get("trace")),
                      carry_forward=bool(opts.get("carry_forward")))
        if want.get("erreur"):
            with self.assertRaises(clas.Error) as cm:
                dossier.evaluate(**kwargs)
            self.assertEqual(cm.exception.status, want["erreur"])
            self.assertIsInstance(cm.exception, clas.error_class(cm.exception.code))
            return
        ev = dossier.evaluate(**kwargs)
        self.assertEqual(ev.verdict.id, want["verdict"])
        self.assertEqual(ev.provisional, bool(want.get("provisoire", False)))
        self.assertEqual({k.code.id for k in ev.constats if k.collectif_index is None},
                         set(want.get("constats_dossier", [])))
        self.assertEqual(len(ev.collectifs), len(want["collectifs"]))
        for got, exp in zip(ev.collectifs, want["collectifs"]):
            self.assertEqual(got.id, exp["id"])
            self.assertEqual(got.verdict.id, exp["verdict"], got.id)
            if "decision" in exp:
                self.assertEqual(got.decision.id, exp["decision"], got.id)
            if "statut" in exp:
                self.assertEqual(got.statut.id, exp["statut"], got.id)
            self.assertEqual({k.code.id for k in got.constats}, set(exp.get("codes", [])), got.id)
            for name, amount in exp.get("montants", {}).items():
                self.assertEqual(got.montant(name), Decimal(amount), f"{got.id} {name}")
            if opts.get("trace"):
                self.assertGreater(len(got.trace), 0)
                for e in got.trace:
                    self.assertTrue(str(e))
        for name, amount in want.get("totaux", {}).items():
            self.assertEqual(ev.total(name), Decimal(amount), name)
        # The document the library writes agrees with the objects.
        doc = ev.to_dict()
        self.assertEqual(doc["verdict"], want["verdict"])
        # The cadre's consequences, in its words, after the fact.
        if "consequences" in want:
            for k, written in zip(ev.constats, doc["constats"]):
                expected = want["consequences"].get(k.code.id, "")
                self.assertEqual(k.consequence, expected, k.code.id)
                self.assertEqual(written.get("consequence", {}).get("texte", ""), expected, k.code.id)
                if expected:
                    self.assertIn(expected, k.message())
                    self.assertTrue(k.consequence_source[0])

    def test_each_vector(self):
        paths = sorted(VECTORS.glob("*.json"))
        for path in paths:
            with self.subTest(vector=path.name):
                self.check_vector(path)


# ---------------------------------------------------------------- domain cases

class DomainTests(unittest.TestCase):
    def test_case_a(self):
        ev = case_a_dossier().evaluate()
        self.assertIs(ev.verdict, clas.Verdict.ELIGIBLE)
        c1 = ev.collectifs["C1"]
        self.assertEqual(c1.montant(clas.Montant.PS_CALCULEE), Decimal("2800.71"))
        self.assertEqual(c1.ps, Decimal("2800.70"))
        self.assertEqual(ev.total(clas.Montant.TOTAL), Decimal("2800.70"))
        self.assertIsInstance(c1.ps, Decimal)

    def test_case_b_and_d(self):
        self.assertEqual(case_a_dossier("6000.00").evaluate().collectifs[0].total, Decimal("1980.00"))
        ev = case_a_dossier("6000.00", nb_enfants=7).evaluate()
        self.assertIs(ev.verdict, clas.Verdict.INELIGIBLE)
        self.assertEqual(ev.collectifs[0].total, Decimal("0.00"))
        codes = [k.code for k in ev.collectifs[0].constats]
        self.assertIn(clas.Code.GROUPE_TROP_PETIT, codes)
        k = next(k for k in ev.constats if k.code is clas.Code.GROUPE_TROP_PETIT)
        self.assertEqual((k.valeur, k.limite, k.champ), (7, 8, "nb_enfants"))
        self.assertTrue(k.blocking)
        self.assertIs(k.regle, clas.Regle.GROUPE)
        self.assertIn("7", k.message())
        self.assertTrue(k.message(clas.Lang.EN))
        self.assertNotEqual(k.message("fr"), k.message("en"))

    def test_case_c_bonuses(self):
        d = case_a_dossier()
        c = d.collectifs[0]
        for b in clas.Bonus:
            c.request_bonus(b, projet="Sorties culturelles")
            c.grant_bonus(b)
        self.assertTrue(c.bonus_requested("enfants") and c.bonus_granted(clas.Bonus.PARENTS))
        self.assertEqual(c.bonus_projet(clas.Bonus.ENFANTS), "Sorties culturelles")
        self.assertEqual(d.evaluate().total("total"), Decimal("3458.70"))

    def test_trace(self):
        ev = case_a_dossier().evaluate(trace=True)
        self.assertTrue(ev.has_trace)
        trace = ev.collectif("C1").trace
        ops = [e.operation for e in trace]
        self.assertIn("ps_calculee", ops)
        step = trace[ops.index("ps_calculee")]
        self.assertIs(step.regle, clas.Regle.PS)
        self.assertEqual(step.sortie.valeur, Decimal("2800.71"))
        self.assertIs(step.sortie.unite, clas.Unite.CENTS)
        self.assertTrue(all(isinstance(x, clas.Valeur) for x in step.entrees))
        self.assertIn("2 800,71", str(step))
        self.assertIn("ps_calculee", ev.collectif(0).explain())
        self.assertEqual(case_a_dossier().evaluate().collectifs[0].trace, ())

    def test_carry_forward(self):
        d = clas.Dossier("2040-2041", departement="51", date_depot="2040-08-01")
        with self.assertRaises(clas.NoBareme) as cm:
            d.evaluate()
        self.assertIn("2040-2041", str(cm.exception))
        ev = d.evaluate(carry_forward=True)
        self.assertTrue(ev.provisional)

    def test_evaluation_is_independent_of_dossier(self):
        d = case_a_dossier()
        ev = d.evaluate()
        d.collectifs[0].nb_enfants = 3
        del d
        gc.collect()
        self.assertEqual(ev.collectifs[0].ps, Decimal("2800.70"))
        self.assertEqual(ev.bareme.annee_scolaire, "2025-2026")
        self.assertEqual(ev.cadre.departement, "51")
        self.assertEqual(ev.regles.hash, clas.Regles.default().hash)


# ---------------------------------------------------------------- model

class ModelTests(unittest.TestCase):
    def test_properties(self):
        d = case_a_dossier()
        c = d.collectifs["C1"]
        self.assertEqual(c.niveaux, frozenset({clas.Niveau.CM1, clas.Niveau.CM2}))
        c.add_niveau("6e")
        self.assertIn(clas.Niveau.SIXIEME, c.niveaux)
        c.remove_niveau(clas.Niveau.SIXIEME)
        c.nb_enfants = 11
        self.assertEqual(c.nb_enfants, 11)
        self.assertEqual(c.get("nb_enfants"), 11)
        self.assertTrue(c.hors_temps_scolaire)
        self.assertEqual(c.financements, [clas.Financement("Ville", Decimal("1500.00"))])
        self.assertEqual(c.actions[0], clas.ActionItem(clas.Action.ENFANTS_APPUI_METHODOLOGIE, ""))
        self.assertEqual(c.num_actions(), 4)
        self.assertEqual(c.num_actions(clas.Axe.PARENTS), 1)
        c.set_decision(clas.Decision.REFUSE, "Dossier incomplet")
        self.assertEqual((c.decision, c.decision_motif), (clas.Decision.REFUSE, "Dossier incomplet"))
        self.assertIsNone(c.bilan)
        c.set_bilan(nb_enfants=9, depenses_reelles="9000.00", taux_presence=Decimal("0.85"))
        self.assertEqual(c.bilan["depenses_reelles"], Decimal("9000.00"))
        self.assertEqual(c.bilan[clas.BilanChamp.TAUX_PRESENCE], Decimal("0.85"))
        self.assertEqual(c.bilan["nb_enfants"], 9)
        c.clear_bilan()
        self.assertIsNone(c.bilan)
        self.assertEqual(d.porteur.type, clas.PorteurType.CENTRE_SOCIAL)
        self.assertEqual(len(d.collectifs), 1)
        self.assertEqual([x.id for x in d.collectifs], ["C1"])
        self.assertIn("C1", d.collectifs)
        with self.assertRaises(IndexError):
            d.collectifs[1]
        with self.assertRaises(TypeError):
            c.nb_enfants = "10"
        with self.assertRaises(TypeError):
            d.add_collectif("C2", nb_enfnats=3)

    def test_repr_everywhere(self):
        d = case_a_dossier()
        ev = d.evaluate(trace=True)
        regles = clas.Regles.default()
        objs = [d, d.porteur, d.collectifs[0], d.collectifs, ev, ev.collectifs[0], ev.constats[0],
                ev.collectifs[0].trace[0], regles, regles.baremes[0], regles.cadres[0],
                clas.Regles.builder(), clas.Niveau.CP, clas.InvalidArgument("x")]
        for o in objs:
            r = repr(o)
            self.assertTrue(r and "object at 0x" not in r, r)

    def test_enums_match_c(self):
        self.assertEqual(int(clas.Niveau.TERMINALE), _capi.CLAS_NIVEAU_TERMINALE)
        self.assertEqual(int(clas.Code.BILAN_GROUPE_HORS_NORME), _capi.CLAS_CODE_BILAN_GROUPE_HORS_NORME)
        self.assertEqual(len(clas.Code), _capi.CLAS_CODE_COUNT)
        self.assertEqual(len(clas.Montant), _capi.CLAS_MONTANT_COUNT)
        self.assertEqual(len(clas.Action), _capi.CLAS_ACTION_COUNT)
        self.assertEqual(len(clas.Regle), _capi.CLAS_REGLE_COUNT)
        self.assertEqual(len(clas.Total), _capi.CLAS_TOTAL_COUNT)
        self.assertEqual(clas.Niveau.SIXIEME.id, "6e")
        self.assertEqual(str(clas.Regle.GROUPE), "R-GROUPE")
        self.assertIs(clas.Niveau.parse("Terminale"), clas.Niveau.TERMINALE)
        self.assertIs(clas.Action.PARENTS_CONVIVIALITE.axe, clas.Axe.PARENTS)
        self.assertTrue(clas.Action.PARENTS_CONVIVIALITE.label)
        self.assertIs(clas.Code.GROUPE_TROP_PETIT.regle, clas.Regle.GROUPE)
        self.assertEqual(clas.Lang.EN.id, "en")
        with self.assertRaises(clas.InvalidArgument):
            clas.Niveau.parse("CM3")
        for e in (clas.Niveau, clas.Axe, clas.Action, clas.PorteurType, clas.Bonus, clas.Severity,
                  clas.Regle, clas.Verdict, clas.Decision, clas.Montant, clas.Code, clas.Rounding,
                  clas.Champ, clas.BilanChamp, clas.Lang):
            for m in e:
                self.assertIs(e.parse(m.id), m)

    def test_regles(self):
        regles = clas.Regles.default()
        self.assertIs(regles, clas.Regles.default())
        b = regles.find_bareme("2025-2026")
        self.assertEqual((b.taux, b.prix_plafond, b.ps_max), (Decimal("0.33"), Decimal("8487.00"), Decimal("2800.70")))
        self.assertEqual(b.bonus_enfants, Decimal("329.00"))
        self.assertIs(b.rounding, clas.Rounding.HALF_UP)
        self.assertEqual(b.compute_ps("10000.00"), Decimal("2800.70"))
        self.assertEqual(len(regles.hash), 64)
        self.assertEqual(regles.find_cadre("51", "2025-2026").limite_depot, "2025-08-18")
        # A user barème for a new year, built in code.
        nb = b.copy()
        self.assertEqual(nb.annee_scolaire, "2025-2026")
        mine = clas.Bareme("2030-2031", taux="0.5", prix_plafond="1000.00", ps_max="500.00",
                           bonus_enfants="10.00", bonus_parents=Decimal("10.00"),
                           rounding="half_even", source=("Test", "§1", ""))
        self.assertEqual(mine.source, clas.Source("Test", "§1", ""))
        r2 = clas.Regles(baremes=[mine], defaults=True)
        self.assertEqual(r2.find_bareme("2030-2031").ps_max, Decimal("500.00"))
        self.assertEqual(len(r2.baremes), len(regles.baremes) + 1)
        with self.assertRaises(clas.AlreadyExists):
            clas.Regles(baremes=[mine, mine])
        bad = clas.Bareme("2031-2032", taux="0.5", source=("Test", "", ""))
        with self.assertRaises(clas.RulesError):
            bad.validate()
        with self.assertRaises(clas.RulesError):
            clas.Regles(baremes=[bad])
        # Round trip of the rule data through JSON.
        r3 = clas.Regles.from_json(regles.to_json())
        self.assertEqual(r3.hash, regles.hash)
        self.assertEqual(clas.Regles.from_json(regles.to_dict()).hash, regles.hash)
        cadre = clas.Cadre("51", "2025-2026", nom="Essai")
        cadre.set_severity(clas.Regle.GROUPE, "off")
        cadre.set_seuil(clas.Seuil.ENFANTS_MIN, 6)
        cadre.limite_depot = "2025-09-01"
        self.assertEqual(cadre.seuils[clas.Seuil.ENFANTS_MIN], 6)
        self.assertIs(cadre.severity("R-GROUPE"), clas.Severity.OFF)
        ev = case_a_dossier(nb_enfants=5).evaluate(cadre=cadre)
        self.assertIs(ev.verdict, clas.Verdict.ELIGIBLE)

    def test_campagne_and_rapport(self):
        camp = clas.Campagne.from_file(EXAMPLES / "campagne-marne-2025-2026.json")
        self.assertEqual((camp.departement, camp.annee_scolaire), ("51", "2025-2026"))
        self.assertGreater(len(camp.dossiers), 1)
        rapport = camp.evaluate()
        self.assertEqual(len(rapport), len(camp))
        montant = sum((e.total(clas.Montant.TOTAL) for e in rapport), Decimal("0.00"))
        self.assertEqual(rapport.total(clas.Total.MONTANT), montant)
        self.assertEqual(rapport.total("dossiers"), len(camp))
        self.assertEqual(rapport.to_dict()["totaux"]["dossiers"], len(camp))
        # Build one in code.
        c2 = clas.Campagne("51", "2025-2026", nom="Essai")
        held = c2.add_dossier(case_a_dossier())
        held.collectifs[0].nb_enfants = 9
        self.assertEqual(c2.dossiers[0].collectifs[0].nb_enfants, 9)
        with self.assertRaises(clas.AlreadyExists):
            c2.add_dossier(case_a_dossier())
        with self.assertRaises(clas.InvalidArgument):
            c2.add_dossier(clas.Dossier("2024-2025"))
        self.assertEqual(c2.evaluate().total(clas.Total.MONTANT), Decimal("2800.70"))
        self.assertEqual(clas.Campagne.from_json(c2.to_json()).to_dict(), c2.to_dict())

    def test_statistiques(self):
        camp = clas.Campagne.from_file(EXAMPLES / "campagne-marne-2025-2026.json")
        rapport = camp.evaluate()
        stats = rapport.statistiques()
        S = clas.Statistique
        colls = [c for d in camp for c in d.collectifs]
        self.assertEqual(stats[S.COLLECTIFS], len(colls))
        self.assertEqual(stats["porteurs"], rapport.total(clas.Total.PORTEURS))
        self.assertEqual(sum(stats[s] for s in S if s.id.startswith("porteurs.")), stats[S.PORTEURS])
        self.assertEqual(stats[S.MONTANT_ACCORDE], rapport.total(clas.Total.MONTANT))
        self.assertIsInstance(stats[S.TAUX_AGREMENT], Decimal)
        self.assertEqual(stats[S.TAUX_AGREMENT],
                         (Decimal(stats[S.COLLECTIFS_AGREES]) / stats[S.COLLECTIFS]).quantize(Decimal("0.000001"),
                                                                                            rounding="ROUND_DOWN"))
        self.assertIs(S.INDUS.unite, clas.Unite.CENTS)
        self.assertTrue(S.PORTEURS_CCAS.is_detail)
        self.assertEqual(S.SOLDES.label(), "Soldes à verser")
        self.assertEqual(len(stats), len(S))
        self.assertIn("taux_agrement", stats)
        self.assertNotIn("nothing", stats)
        self.assertEqual((stats.departement, stats.annee_scolaire), ("51", "2025-2026"))
        doc = stats.to_dict(precedente=camp.statistiques())
        self.assertEqual(doc["format"], "clas-statistiques/1")
        self.assertEqual(doc["statistiques"], doc["precedente"]["statistiques"])
        self.assertEqual(Decimal(doc["statistiques"]["montant_accorde"]), stats[S.MONTANT_ACCORDE])
        del camp, rapport
        gc.collect()
        self.assertEqual(stats[S.COLLECTIFS], len(colls))
        self.assertIn("Statistiques 51 2025-2026", repr(stats))

    def test_derogation(self):
        d = case_a_dossier()
        d.date_depot = "2025-09-30"
        self.assertIs(d.evaluate().verdict, clas.Verdict.INELIGIBLE)
        d.set_derogation("R-DELAI", "Remis en main propre", "2025-09-18")
        self.assertEqual(d.derogations, {clas.Regle.DELAI: clas.Derogation(clas.Regle.DELAI, "Remis en main propre",
                                                                          "2025-09-18")})
        ev = d.evaluate()
        self.assertIs(ev.verdict, clas.Verdict.ELIGIBLE)
        self.assertEqual(ev.derogations, {clas.Regle.DELAI: ("Remis en main propre", "2025-09-18")})
        late = [c for c in ev.constats if c.code is clas.Code.DEPOT_HORS_DELAI][0]
        self.assertFalse(late.blocking)
        self.assertEqual(late.derogation, "Remis en main propre")
        self.assertEqual(clas.Dossier.from_json(d.to_json()).derogations, d.derogations)
        with self.assertRaises(clas.InvalidArgument):
            d.set_derogation("R-DELAI", "")
        d.remove_derogation(clas.Regle.DELAI)
        self.assertEqual(d.derogations, {})

    def test_refused_with_bonus_refused(self):
        c = case_a_dossier().collectifs[0]
        c.grant_bonus(clas.Bonus.ENFANTS)
        with self.assertRaises(clas.InvalidArgument):
            c.set_decision(clas.Decision.REFUSE, "Hors champ")
        c.grant_bonus(clas.Bonus.ENFANTS, False)
        c.set_decision(clas.Decision.REFUSE, "Hors champ")
        with self.assertRaises(clas.InvalidArgument):
            c.grant_bonus(clas.Bonus.PARENTS)

    def test_docstrings(self):
        for name in clas.__all__:
            obj = getattr(clas, name)
            if isinstance(obj, type):
                self.assertTrue(obj.__doc__ and obj.__doc__.strip(), name)
                for attr, member in vars(obj).items():
                    if attr.startswith("_") or not (callable(member) or isinstance(member, property)):
                        continue
                    if isinstance(obj, type(clas.Niveau)) and not isinstance(member, property):
                        continue
                    doc = getattr(member, "__doc__", None)
                    self.assertTrue(doc and doc.strip(), f"{name}.{attr}")
        text = pydoc.render_doc(clas.Dossier, renderer=pydoc.plaintext)
        self.assertIn("evaluate", text)
        self.assertIn("clas-dossier/1", text)


# ---------------------------------------------------------------- money

class MoneyTests(unittest.TestCase):
    def test_decimal_and_str(self):
        c = case_a_dossier().collectifs[0]
        c.depenses = Decimal("2800.70")
        self.assertEqual(c.depenses, Decimal("2800.70"))
        self.assertEqual(str(c.depenses), "2800.70")
        c.depenses = "12.5"
        self.assertEqual(c.depenses, Decimal("12.50"))
        c.depenses = Decimal("1E+3")
        self.assertEqual(c.depenses, Decimal("1000.00"))
        c.depenses = Decimal("3.1000")   # exact in cents: accepted
        self.assertEqual(c.depenses, Decimal("3.10"))

    def test_int_is_euros(self):
        c = case_a_dossier().collectifs[0]
        c.depenses = 10000
        self.assertEqual(c.depenses, Decimal("10000.00"))
        self.assertEqual(clas.to_cents(12), 1200)

    def test_float_refused(self):
        c = case_a_dossier().collectifs[0]
        with self.assertRaises(TypeError) as cm:
            c.depenses = 2800.70
        self.assertIn("Decimal", str(cm.exception))
        with self.assertRaises(TypeError):
            c.add_financement("Ville", 1.5)
        with self.assertRaises(TypeError):
            c.depenses = True
        with self.assertRaises(TypeError):
            clas.Bareme("2030-2031").taux = 0.33
        self.assertEqual(c.depenses, Decimal("10000.00"))   # unchanged

    def test_more_than_two_decimals_refused(self):
        c = case_a_dossier().collectifs[0]
        for bad in (Decimal("1.234"), "1.234", "abc", "", Decimal("NaN"), Decimal("Infinity")):
            with self.subTest(bad=bad), self.assertRaises(clas.InvalidArgument):
                c.depenses = bad
        with self.assertRaises(clas.RangeError):
            c.depenses = "-1.00"
        with self.assertRaises(clas.RangeError):
            c.depenses = "2000000000.00"
        self.assertEqual(c.depenses, Decimal("10000.00"))

    def test_conversions(self):
        self.assertEqual(clas.to_cents("2800.70"), 280070)
        self.assertEqual(clas.from_cents(280070), Decimal("2800.70"))
        self.assertEqual(clas.from_cents(-1205), Decimal("-12.05"))
        self.assertEqual(clas.format_human("2800.70").replace("\u202f", " ").replace("\xa0", " "),
                         "2 800,70 €")
        self.assertEqual(clas.format_human("2800.70", clas.Lang.EN), "€2,800.70")


# ---------------------------------------------------------------- errors

class StatutLabelTests(unittest.TestCase):
    """The committee's decision and the funding status; labels from the library."""

    def test_refused_collectifs_of_the_example_campaign(self):
        path = os.path.join(os.environ.get("CLAS_EXAMPLES_DIR", "examples"), "campagne-marne-2025-2026.json")
        rapport = clas.Campagne.from_file(path).evaluate()
        refused = [(ev.dossier_id, c.id) for ev in rapport for c in ev.collectifs if c.statut is clas.Statut.REFUSE]
        self.assertEqual(refused, [("D51-2025-002", "C5"), ("D51-2025-008", "C3"), ("D51-2025-018", "C1")])
        for ev in rapport:
            for c in ev.collectifs:
                if c.statut is clas.Statut.REFUSE:
                    self.assertIs(c.verdict, clas.Verdict.ELIGIBLE)
                    self.assertIs(c.decision, clas.Decision.REFUSE)
                    self.assertEqual(c.total, Decimal("0.00"))
                    self.assertEqual(c.statut.label(), "refusé")
                    self.assertEqual(c.statut.label(clas.Lang.EN), "refused")
                    self.assertIn("refuse", repr(c))
                elif c.verdict is clas.Verdict.INELIGIBLE:
                    self.assertIs(c.statut, clas.Statut.INELIGIBLE)

    def test_labels(self):
        for kind in clas.LabelKind:
            self.assertEqual(kind.id, _capi.clas_label_kind_name(int(kind)))
        labelled = [clas.Verdict, clas.Statut, clas.Severity, clas.Decision, clas.PorteurType, clas.Rounding,
                    clas.Action, clas.Champ, clas.Total, clas.Montant, clas.Unite, clas.Axe, clas.Bonus,
                    clas.Statistique]
        self.assertEqual(len(labelled), len(clas.LabelKind))
        for e, kind in zip(labelled, clas.LabelKind):
            self.assertEqual(len(e), _capi.clas_label_count(int(kind)), e.__name__)
            for m in e:
                self.assertTrue(m.label())
                self.assertTrue(m.label("en"))
        self.assertEqual(clas.Severity.BLOCKING.label(), "bloquant")
        self.assertEqual(clas.Total.PORTEURS.label("en"), "Porteurs")
        self.assertEqual(clas.Action.PARENTS_CONVIVIALITE.label(), _capi.clas_action_label(7))
        with self.assertRaises(clas.InvalidArgument):
            clas.Niveau.CP.label()
        with self.assertRaises(clas.InvalidArgument):
            clas.Verdict.ELIGIBLE.label("de")


class ErrorTests(unittest.TestCase):
    MAPPING = {
        -1: (clas.InvalidArgument, ValueError), -2: (clas.OutOfMemory, MemoryError),
        -3: (clas.RangeError, ValueError), -4: (clas.RangeError, ValueError),
        -5: (clas.NotFound, KeyError), -6: (clas.NoBareme, LookupError),
        -7: (clas.AlreadyExists, ValueError), -8: (clas.ParseError, ValueError),
        -9: (clas.SchemaError, ValueError), -10: (clas.EncodingError, ValueError),
        -11: (clas.FileError, OSError), -12: (clas.RulesError, ValueError),
        -13: (clas.StateError, RuntimeError),
    }

    def test_mapping(self):
        for code, (cls, builtin) in self.MAPPING.items():
            e = clas.errors._from_status(code, "msg", "loc")
            self.assertIs(type(e), cls)
            self.assertIsInstance(e, clas.Error)
            self.assertIsInstance(e, builtin)
            self.assertEqual((e.code, e.message, e.location), (code, "msg", "loc"))
            self.assertEqual(e.status, _capi.clas_status_name(code))
            self.assertEqual(pickle.loads(pickle.dumps(e)).code, code)

    def test_message_id_arguments_and_french(self):
        c = clas.Dossier("2025-2026", id="D1").add_collectif("C1")
        with self.assertRaises(clas.RangeError) as cm:
            c.depenses = Decimal("-0.05")
        e = cm.exception
        self.assertEqual(e.message_id, "montant_hors_bornes")
        self.assertEqual(e.arguments["champ"], "depenses")
        self.assertEqual(e.arguments["montant"], Decimal("-0.05"))
        self.assertEqual(e.location, "collectif C1: depenses")
        self.assertEqual(e.text(), "depenses = -0,05 € est hors des bornes 0,00 € à 1 000 000 000,00 €")
        self.assertIn("-€0.05", e.text(clas.Lang.EN))
        self.assertEqual(pickle.loads(pickle.dumps(e)).text(), e.text())
        # From a document: the place in the file, the amount in euros.
        path = os.path.join(os.environ.get("CLAS_VECTORS_DIR", "tests/vectors"), "exemple-b.json")
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)["dossier"]
        doc["collectifs"][0]["depenses"] = "-0.05"
        with self.assertRaises(clas.RangeError) as cm:
            clas.Dossier.from_json(json.dumps(doc))
        self.assertEqual(cm.exception.message_id, "montant_negatif")
        self.assertIn("$.collectifs[0].depenses", cm.exception.location)
        self.assertEqual(cm.exception.text(), "le montant -0,05 € est négatif : un montant est positif ou nul")
        # Errors the wrapper finds itself have no id.
        e = clas.errors._from_status(-5, "no such index", "")
        self.assertEqual((e.message_id, e.arguments, e.text()), ("", {}, "no such index"))

    def raises(self, cls, builtin, fn):
        with self.assertRaises(cls) as cm:
            fn()
        e = cm.exception
        self.assertIsInstance(e, builtin)
        self.assertIsInstance(e, clas.Error)
        self.assertTrue(e.message)
        self.assertEqual(type(e), clas.error_class(e.code))
        return e

    def test_raised_by_the_library(self):
        d = case_a_dossier()
        self.raises(clas.InvalidArgument, ValueError, lambda: clas.Dossier("2025"))
        self.raises(clas.InvalidArgument, ValueError, lambda: setattr(d, "date_depot", "2025-13-45"))
        e = self.raises(clas.NotFound, KeyError, lambda: d.collectifs["C9"])
        self.assertIn("C9", str(e))
        self.raises(clas.AlreadyExists, ValueError, lambda: d.add_collectif("C1"))
        e = self.raises(clas.ParseError, ValueError, lambda: clas.Dossier.from_json('{"format": '))
        self.assertTrue(e.location)
        e = self.raises(clas.SchemaError, ValueError,
                        lambda: clas.Dossier.from_json({"format": "clas-dossier/1", "annee_scolaire": "2025-2026",
                                                        "typo": 1}))
        self.assertIn("typo", str(e))
        self.raises(clas.SchemaError, ValueError,
                    lambda: clas.Dossier.from_json('{"format": "clas-dossier/1", "annee_scolaire": "2025-2026",'
                                                   ' "collectifs": [{"id": "C1", "depenses": 1500}]}'))
        self.raises(clas.EncodingError, ValueError,
                    lambda: clas.Dossier.from_json(b'{"format": "clas-dossier/1", "annee_scolaire": "2025-2026",'
                                                   b' "id": "\xff"}'))
        e = self.raises(clas.FileError, OSError, lambda: clas.Dossier.from_file("/nonexistent/d.json"))
        self.assertIn("/nonexistent/d.json", str(e))
        self.raises(clas.NoBareme, LookupError, lambda: clas.Dossier("2040-2041").evaluate())
        self.raises(clas.RangeError, ValueError, lambda: setattr(d.collectifs[0], "nb_enfants", -1))
        self.raises(clas.RulesError, ValueError, lambda: clas.Bareme("2030-2031").validate())
        d.close()
        self.raises(clas.StateError, RuntimeError, lambda: d.id)

    def test_failure_leaves_object_unchanged(self):
        d = case_a_dossier()
        before = d.to_json()
        with self.assertRaises(clas.Error):
            d.add_collectif("C1")
        with self.assertRaises(clas.Error):
            d.collectifs[0].nb_enfants = -5
        self.assertEqual(d.to_json(), before)


# ---------------------------------------------------------------- ownership

class OwnershipTests(unittest.TestCase):
    def test_dossier_freed_before_collectifs(self):
        d = case_a_dossier()
        c, p = d.collectifs[0], d.porteur
        del d
        gc.collect()
        self.assertEqual(c.id, "C1")
        c.nb_enfants = 12
        self.assertEqual(c.nb_enfants, 12)
        self.assertEqual(p.nom, "Centre social des Tilleuls")

    def test_evaluation_freed_before_constats_and_steps(self):
        ev = case_a_dossier(nb_enfants=7).evaluate(trace=True)
        constats, steps, res, bareme = ev.constats, ev.collectifs[0].trace, ev.collectifs[0], ev.bareme
        del ev
        gc.collect()
        self.assertIn(clas.Code.GROUPE_TROP_PETIT, [k.code for k in constats])
        self.assertTrue(all(str(k) for k in constats))
        self.assertTrue(all(str(e) for e in steps))
        self.assertEqual(res.ps, Decimal("0.00"))
        self.assertEqual(bareme.annee_scolaire, "2025-2026")

    def test_regles_freed_before_baremes(self):
        r = clas.Regles.from_json(clas.Regles.default().to_json())
        baremes, cadre = r.baremes, r.find_cadre("51", "2025-2026")
        r.close()
        del r
        gc.collect()
        self.assertTrue(all(b.annee_scolaire for b in baremes))
        self.assertEqual(cadre.departement, "51")

    def test_campagne_freed_before_dossiers_and_rapport(self):
        camp = clas.Campagne.from_file(EXAMPLES / "campagne-marne-2025-2026.json")
        dossiers = list(camp.dossiers)
        rapport = camp.evaluate()
        evs = list(rapport)
        del camp
        gc.collect()
        self.assertTrue(all(d.annee_scolaire == "2025-2026" for d in dossiers))
        self.assertTrue(rapport.to_json())
        del rapport
        gc.collect()
        self.assertTrue(all(e.verdict in clas.Verdict for e in evs))

    def test_close_and_context_manager(self):
        with case_a_dossier() as d:
            c = d.collectifs[0]
            with d.evaluate() as ev:
                k = ev.constats
        self.assertTrue(d.closed and ev.closed)
        self.assertEqual(c.id, "C1")          # still usable: it holds the dossier
        self.assertTrue(all(x.code for x in k))
        with self.assertRaises(clas.StateError):
            d.to_json()
        d.close()                              # twice is fine
        self.assertEqual(repr(d), "<Dossier closed>")

    def test_many_objects_any_order(self):
        keep = []
        for i in range(200):
            d = case_a_dossier()
            ev = d.evaluate(trace=bool(i % 2))
            keep.append((ev.constats, d.collectifs[0], ev.collectifs[0]))
            if i % 3 == 0:
                del d
            gc.collect() if i % 50 == 0 else None
        keep.reverse()
        del keep
        gc.collect()

    def test_low_level_borrowed_keeps_parent(self):
        d = _capi.Dossier("2025-2026")
        c = d.add_collectif("C1")
        # The collectif's handle holds the dossier's memory, not the proxy.
        self.assertTrue(c.thisown)
        self.assertTrue(d.thisown)
        del d
        gc.collect()
        self.assertEqual(c.id(), "C1")


# ---------------------------------------------------------------- safety of the handles

class SafetyTests(unittest.TestCase):
    """Each test is a reproducer of a past defect: it read freed memory, changed an
    immutable rule set or cut a string, and now raises the library's error."""

    def test_campaign_cadre_reassigned_raises(self):
        camp = clas.Campagne("51", "2025-2026")
        camp.cadre = clas.Cadre("51", "2025-2026", nom="Premier")
        old = camp.cadre
        self.assertEqual(old.nom, "Premier")
        camp.cadre = clas.Cadre("51", "2025-2026", nom="Second")
        with self.assertRaises(clas.StateError) as cm:
            old.nom
        self.assertEqual(cm.exception.status, "CLAS_ESTATE")
        self.assertEqual(camp.cadre.nom, "Second")
        held = camp.cadre
        camp.cadre = None
        with self.assertRaises(clas.StateError):
            held.nom
        self.assertIsNone(camp.cadre)

    def test_constat_from_low_level_evaluation_before_run_raises(self):
        regles = clas.Regles.default()
        d = case_a_dossier(nb_enfants=3)
        ev = _capi.Evaluation()
        ev.run(regles._h, None, d._h, 0)
        self.assertGreater(ev.num_constats(), 0)
        k = ev.constat(0)
        code = k.code()
        ev.run(regles._h, None, case_a_dossier()._h, 0)
        with self.assertRaises(clas.StateError):
            k.code()
        self.assertNotEqual(code, None)
        # Taken again after the run, it works.
        self.assertEqual(ev.num_constats(), ev.num_constats())

    def test_borrowed_objects_outlive_their_parent(self):
        d = _capi.Dossier("2025-2026")
        c = d.add_collectif("C1")
        ev = case_a_dossier().evaluate(trace=True)
        k = ev.constats
        del d, ev
        gc.collect()
        self.assertEqual(c.id(), "C1")
        self.assertEqual(len(k), len(k))
        regles = _capi.Regles()
        b = regles.find_bareme("2025-2026")
        del regles
        gc.collect()
        self.assertGreater(b.ps_max(), 0)

    def _assert_read_only(self, regles):
        h = regles.hash
        bareme = regles.find_bareme("2025-2026")
        ps_max = bareme.ps_max
        with self.assertRaises(clas.StateError):
            bareme.ps_max = Decimal("1.00")
        with self.assertRaises(clas.StateError):
            bareme.taux = Decimal("0.5")
        cadre = regles.find_cadre("51", "2025-2026")
        with self.assertRaises(clas.StateError):
            cadre.nom = "changed"
        for b in regles.baremes:
            with self.assertRaises(clas.StateError):
                b.set_bonus(clas.Bonus.ENFANTS, Decimal("1.00"))
        self.assertEqual(regles.find_bareme("2025-2026").ps_max, ps_max)
        self.assertEqual(regles.hash, h)
        copy = bareme.copy()
        copy.ps_max = Decimal("1.00")
        self.assertEqual(copy.ps_max, Decimal("1.00"))
        self.assertEqual(regles.find_bareme("2025-2026").ps_max, ps_max)

    def test_default_rules_are_read_only(self):
        self._assert_read_only(clas.Regles.default())

    def test_built_rules_are_read_only(self):
        self._assert_read_only(clas.Regles.builder().add_defaults().build())

    def test_evaluation_bareme_is_read_only(self):
        ev = case_a_dossier().evaluate()
        with self.assertRaises(clas.StateError):
            ev.bareme.ps_max = Decimal("1.00")

    def test_nul_in_text_is_refused(self):
        d = case_a_dossier()
        c = d.collectifs[0]
        with self.assertRaises(clas.InvalidArgument):
            c.depenses = "10\x00999999"
        self.assertEqual(c.depenses, Decimal("10000.00"))
        with self.assertRaises(clas.InvalidArgument):
            d.id = "D1\x00X"
        self.assertEqual(d.id, "D51-A")
        with self.assertRaises(clas.InvalidArgument):
            d.add_collectif("C2\x00")

    def test_lone_surrogate_is_clas_error(self):
        d = case_a_dossier()
        with self.assertRaises(clas.Error) as cm:
            d.id = "D\ud800"
        self.assertEqual(cm.exception.status, "CLAS_EUTF8")
        with self.assertRaises(clas.Error):
            d.collectifs[0].nom = "\udfff"

    def test_unicode_round_trip(self):
        d = case_a_dossier()
        d.porteur.nom = "Maison des Enfants 🎒 — Épernay"
        self.assertEqual(d.porteur.nom, "Maison des Enfants 🎒 — Épernay")


# ---------------------------------------------------------------- reuse of C evaluations

class ReuseTests(unittest.TestCase):
    """Dossier.evaluate() reuses a C evaluation only once nothing refers to it."""

    def test_kept_evaluation_never_changes(self):
        ev = case_a_dossier().evaluate(trace=True)
        before = ev.to_json()
        for n in (5, 7, 10):
            other = case_a_dossier("6000.00", nb_enfants=n).evaluate()
            self.assertNotEqual(other.to_json(), before)
        self.assertEqual(ev.to_json(), before)
        self.assertEqual(ev.collectifs["C1"].ps, Decimal("2800.70"))

    def test_kept_constat_etape_bareme_never_change(self):
        ev = case_a_dossier(nb_enfants=5).evaluate(trace=True)
        k = ev.collectifs[0].constats[0]
        e = ev.collectifs[0].trace[-1]
        b = ev.bareme
        want = (k.code, k.message(), e.text(), b.ps_max)
        del ev
        gc.collect()
        for i in range(5):
            case_a_dossier("6000.00", nb_enfants=9 + i).evaluate(trace=bool(i % 2))
        self.assertEqual((k.code, k.message(), e.text(), b.ps_max), want)
        self.assertIs(k.code, clas.Code.GROUPE_TROP_PETIT)

    def test_reuses_a_free_evaluation(self):
        from clas import evaluation
        if not evaluation._REUSE:
            self.skipTest("no reuse without a GIL")
        import weakref
        d = case_a_dossier()
        ev = d.evaluate()
        h = weakref.ref(ev._h)
        del ev
        again = d.evaluate()
        self.assertIs(again._h, h())           # nothing referred to it: reused
        third = d.evaluate()
        self.assertIsNot(third._h, again._h)   # `again` is alive: a new one
        self.assertEqual(again.to_json(), third.to_json())

    def test_error_then_evaluate(self):
        with self.assertRaises(clas.NoBareme):
            clas.Dossier("2040-2041").evaluate()
        self.assertEqual(case_a_dossier().evaluate().total("total"), Decimal("2800.70"))

    def test_threads(self):
        import threading
        results = {}

        def work(n):
            d = case_a_dossier("6000.00", nb_enfants=n)
            got = [d.evaluate(trace=True).collectifs[0].total for _ in range(300)]
            results[n] = set(got)
        threads = [threading.Thread(target=work, args=(n,)) for n in (7, 10)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(results, {7: {Decimal("0.00")}, 10: {Decimal("1980.00")}})


# ---------------------------------------------------------------- type stubs

class StubTests(unittest.TestCase):
    """The package is typed inline (see stubcheck.py); mypy checks it when installed."""

    def test_typed_inline_stubs_only_for_swig(self):
        sys.path.insert(0, str(HERE))
        try:
            import stubcheck
        finally:
            sys.path.remove(str(HERE))
        self.assertEqual(stubcheck.check(), [])
        root = pathlib.Path(clas.__file__).parent
        self.assertTrue((root / "_capi.pyi").is_file())
        self.assertFalse((root / "__init__.pyi").exists())

    def test_mypy(self):
        import importlib.util
        import subprocess
        if os.environ.get("CLAS_UNDER_VALGRIND"):
            self.skipTest("a type check, not a memory test")
        if importlib.util.find_spec("mypy") is None:
            self.skipTest("mypy not installed")
        root = pathlib.Path(clas.__file__).parent
        with tempfile.TemporaryDirectory() as tmp:
            r = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", "--cache-dir", tmp,
                                "--python-version", "3.9", "-p", "clas"],
                               cwd=str(root.parent), capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)


# ---------------------------------------------------------------- JSON

FULL_DOSSIER = {
    "format": "clas-dossier/1", "id": "D51-2025-001", "annee_scolaire": "2025-2026", "departement": "51",
    "date_depot": "2025-08-12",
    "porteur": {"id": "P01", "nom": "Centre social des Tilleuls", "type": "centre_social", "commune": "Reims"},
    "collectifs": [{
        "id": "C1", "nom": "Primaire — groupe du mardi", "niveaux": ["CM1", "CM2"], "nb_enfants": 10,
        "intervenants": {"salaries": 1, "benevoles": 1}, "seances_par_semaine": 2, "minutes_par_seance": 90,
        "nb_semaines": 30, "hors_temps_scolaire": True, "depenses": "10000.00",
        "financements": [{"libelle": "Ville", "montant": "1500.00"}],
        "actions": [{"action": "enfants.appui_methodologie", "texte": ""},
                    {"action": "parents.convivialite", "texte": ""},
                    {"action": "ecole.continuite_educative", "texte": ""},
                    {"action": "territoire.autre", "texte": "Partenariat avec la médiathèque"}],
        "bonus": {"enfants": {"demande": True, "projet": "Sorties culturelles mensuelles"},
                  "parents": {"demande": False, "projet": ""}},
        "decision": {"agrement": "agree", "motif": "", "bonus_accordes": ["enfants"]},
        "acomptes_verses": "0.00", "bilan": None}],
}


class JsonTests(unittest.TestCase):
    def test_dict_round_trip(self):
        d = clas.Dossier.from_json(FULL_DOSSIER)
        again = clas.Dossier.from_json(d.to_dict())
        self.assertEqual(again, d)
        self.assertEqual(again.to_dict(), d.to_dict())
        got = d.to_dict()
        for k in ("id", "annee_scolaire", "departement", "date_depot", "porteur"):
            self.assertEqual(got[k], FULL_DOSSIER[k], k)
        self.assertEqual(got["collectifs"][0]["depenses"], "10000.00")
        self.assertEqual(got["collectifs"][0]["nom"], "Primaire — groupe du mardi")

    def test_to_json_from_json_equal(self):
        d = case_a_dossier()
        self.assertEqual(clas.Dossier.from_json(d.to_json()), d)
        self.assertEqual(clas.Dossier.from_json(d.to_json(pretty=True)), d)
        self.assertIsInstance(d.to_json(), str)
        self.assertIsInstance(d.to_dict(), dict)
        other = d.copy()
        self.assertEqual(other, d)
        other.collectifs[0].nb_enfants = 9
        self.assertNotEqual(other, d)
        self.assertNotEqual(d, "not a dossier")

    def test_sources(self):
        text = json.dumps(FULL_DOSSIER, ensure_ascii=False)
        ref = clas.Dossier.from_json(FULL_DOSSIER)
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "d.json"
            path.write_text(text, encoding="utf-8")
            for src in (text, text.encode("utf-8"), bytearray(text.encode("utf-8")), path):
                self.assertEqual(clas.Dossier.from_json(src), ref)
            self.assertEqual(clas.Dossier.from_file(str(path)), ref)
            self.assertEqual(clas.Dossier.from_file(path), ref)
            with open(path, "rb") as f:
                self.assertEqual(clas.Dossier.from_file(f), ref)
            with open(path, encoding="utf-8") as f:
                self.assertEqual(clas.Dossier.from_json(f), ref)
            self.assertEqual(clas.Dossier.from_json(io.StringIO(text)), ref)
        with self.assertRaises(TypeError):
            clas.Dossier.from_json(42)

    def test_every_vector_dossier_round_trips(self):
        for path in sorted(VECTORS.glob("*.json")):
            v = json.loads(path.read_text(encoding="utf-8"))
            if v["attendu"].get("erreur_chargement"):
                continue  # a dossier the library refuses to load
            with self.subTest(vector=path.name):
                d = clas.Dossier.from_json(v["dossier"])
                self.assertEqual(clas.Dossier.from_json(d.to_dict()), d)

    def test_evaluation_document(self):
        doc = case_a_dossier().evaluate(trace=True).to_dict()
        self.assertEqual(doc["format"], "clas-resultat/1")
        self.assertEqual(doc["collectifs"][0]["montants"]["ps"], "2800.70")
        self.assertIn("trace", doc["collectifs"][0])


class ApiCoverageTests(unittest.TestCase):
    """Capabilities of the C API checked end to end from Python (see api_coverage.py)."""

    def test_has_niveau(self):
        c = case_a_dossier().collectifs["C1"]
        self.assertTrue(c.has_niveau(clas.Niveau.CM1))
        self.assertTrue(c.has_niveau("CM2"))
        self.assertFalse(c.has_niveau(clas.Niveau.CP))
        c.remove_niveau("CM2")
        self.assertFalse(c.has_niveau(int(clas.Niveau.CM2)))
        with self.assertRaises(clas.InvalidArgument):
            c.has_niveau("CM3")

    def test_error_status_and_description(self):
        with self.assertRaises(clas.InvalidArgument) as cm:
            clas.Dossier("2025/2026")
        self.assertEqual((cm.exception.code, cm.exception.status), (-1, "CLAS_EINVAL"))
        self.assertEqual(cm.exception.description, _capi.clas_strerror(-1))
        self.assertEqual(clas.NoBareme().status, "CLAS_ENOBAREME")
        self.assertEqual(clas.Error(code=-99).status, "CLAS_UNKNOWN")
        self.assertEqual(clas.Error(code=-99).description, "unknown status")

    def test_version(self):
        major, minor, patch = (int(x) for x in clas.__version__.split("."))
        self.assertEqual(clas.version_number, major * 10000 + minor * 100 + patch)
        self.assertEqual(clas.__version__, _capi.CLAS_VERSION_STRING)

    def test_trace_levels_and_decisions(self):
        # Every unit of a step converts: levels to a frozenset, decisions to Decision.
        ev = case_a_dossier().evaluate(trace=True)
        values = [v for e in ev.collectif("C1").trace for v in e.entrees + (e.sortie,)]
        units = {v.unite for v in values}
        self.assertIn(clas.Unite.NIVEAUX, units)
        self.assertIn(clas.Unite.DECISION, units)
        niveaux = next(v for v in values if v.unite is clas.Unite.NIVEAUX)
        self.assertEqual(niveaux.valeur, frozenset({clas.Niveau.CM1, clas.Niveau.CM2}))
        self.assertEqual(niveaux.brut, (1 << 6) | (1 << 7))
        decision = next(v for v in values if v.unite is clas.Unite.DECISION)
        self.assertIs(decision.valeur, clas.Decision.AGREE)
        delai = next(e for e in ev.collectif("C1").trace if e.regle is clas.Regle.DELAI)
        self.assertEqual([(v.nom, v.valeur) for v in delai.entrees],
                         [("date_depot", "2025-08-12"), ("limite_depot", "2025-08-18")])
        self.assertEqual(delai.sortie.valeur, True)

    def test_constat_fields(self):
        ev = case_a_dossier(nb_enfants=7).evaluate()
        (c,) = [x for x in ev.collectifs["C1"].constats if x.code is clas.Code.GROUPE_TROP_PETIT]
        self.assertEqual((c.valeur, c.limite, c.champ), (7, 8, "nb_enfants"))
        self.assertIs(c.severity, clas.Severity.BLOCKING)
        self.assertEqual((c.collectif_index, c.collectif_id), (0, "C1"))
        self.assertIn("8 à 12 enfants", c.source)
        self.assertEqual(c.source, clas.Regle.GROUPE.source)
        self.assertEqual(clas.Code.GROUPE_TROP_PETIT.source_url, clas.Regle.GROUPE.source_url)
        self.assertTrue(clas.Regle.GROUPE.source_url.startswith("https://www.caf.fr/"))
        self.assertIs(clas.Regle.AIDE_DEVOIRS.default_severity, clas.Severity.OFF)
        self.assertFalse(clas.Regle.PS.can_switch_off)
        self.assertTrue(clas.Regle.GROUPE.can_switch_off)
        # The trace cites the rule's text and, apart, the cadre that set the thresholds.
        ev = case_a_dossier(nb_enfants=7).evaluate(trace=True)
        groupe = next(e for e in ev.collectif("C1").trace if e.regle is clas.Regle.GROUPE)
        self.assertEqual(groupe.source, clas.Regle.GROUPE.source)
        self.assertIn("Marne", groupe.source_valeurs)
        self.assertEqual(ev.collectifs["C1"].montant(clas.Montant.TOTAL), Decimal("0.00"))

    def test_references(self):
        regles = clas.Regles.default()
        b = regles.find_bareme("2025-2026")
        refs = b.references
        self.assertTrue(any("ps_max" in r.champs and "2025" in r.titre and "PS Clas" in r.note for r in refs))
        (arrondi,) = [r for r in refs if r.champs == ("arrondi",)]
        self.assertTrue(arrondi.unsettled)
        old = regles.find_bareme("2004-2005")
        self.assertEqual((old.taux, old.prix_plafond, old.ps_max), (Decimal("0.30"), Decimal("5599.00"),
                                                                     Decimal("1680.00")))
        self.assertEqual(old.compute_ps("10000.00"), Decimal("1680.00"))
        cadre = regles.find_cadre("51", "2025-2026")
        self.assertTrue(any(r.champs == ("seuils.taux_acompte",) and r.unsettled for r in cadre.references))
        mine = clas.Bareme("2030-2031", taux="0.33", prix_plafond="100.00", ps_max="33.00", source="Test")
        mine.add_reference(["taux", "ps_max"], "Texte", "§1", "https://example.org", "dit 33 %")
        mine.add_reference("arrondi", note="non écrit")
        self.assertEqual(mine.references[0], clas.Reference(("taux", "ps_max"), "Texte", "§1",
                                                            "https://example.org", "dit 33 %"))
        self.assertTrue(mine.references[1].unsettled)
        self.assertEqual(mine.copy().references, mine.references)
        with self.assertRaises(clas.InvalidArgument):
            mine.add_reference("arrondi")          # unsettled needs a note
        with self.assertRaises(clas.InvalidArgument):
            mine.add_reference("", "Texte")

    def test_bareme_compute_ps(self):
        b = clas.Regles.default().find_bareme("2025-2026")
        self.assertEqual(b.compute_ps("5000.00"), Decimal("1650.00"))
        self.assertEqual(b.compute_ps(Decimal("8487.00")), Decimal("2800.70"))
        self.assertEqual(b.compute_ps(0), Decimal("0.00"))

    def test_campagne_cadre(self):
        camp = clas.Campagne("51", "2025-2026", nom="Essai")
        camp.add_dossier(case_a_dossier())
        self.assertIsNone(camp.cadre)
        self.assertEqual(camp.evaluate().total(clas.Total.MONTANT), Decimal("2800.70"))
        cadre = clas.Cadre("51", "2025-2026", nom="Cadre strict")
        cadre.set_seuil(clas.Seuil.ENFANTS_MIN, 12)
        camp.cadre = cadre
        cadre.set_seuil(clas.Seuil.ENFANTS_MIN, 1)     # the campaign holds a copy
        self.assertEqual(camp.cadre.nom, "Cadre strict")
        self.assertEqual(camp.cadre.seuil(clas.Seuil.ENFANTS_MIN), 12)
        rapport = camp.evaluate()
        self.assertEqual(rapport.total(clas.Total.MONTANT), Decimal("0.00"))
        self.assertEqual(rapport.total(clas.Total.COLLECTIFS_ELIGIBLES), 0)
        self.assertEqual(rapport.evaluations[0].collectifs[0].constats[0].code, clas.Code.GROUPE_TROP_PETIT)
        camp.cadre = None
        self.assertIsNone(camp.cadre)

    def test_acomptes_and_bilan(self):
        d = case_a_dossier()
        c = d.collectifs["C1"]
        c.acomptes_verses = Decimal("1500.00")
        self.assertEqual(c.acomptes_verses, Decimal("1500.00"))
        c.set_bilan(nb_enfants=10, depenses_reelles=Decimal("8000.00"))
        r = d.evaluate().collectifs["C1"]
        self.assertTrue(r.has_bilan)
        self.assertEqual(r.montant(clas.Montant.ACOMPTES_VERSES), Decimal("1500.00"))
        self.assertEqual(r.montant(clas.Montant.DEPENSES_REELLES), Decimal("8000.00"))
        self.assertEqual(r.montant(clas.Montant.PS_REELLE), Decimal("2640.00"))
        self.assertEqual(r.montant(clas.Montant.DROIT_REEL), Decimal("2640.00"))
        self.assertEqual(r.montant(clas.Montant.REGULARISATION), Decimal("1140.00"))

    def test_batch(self):
        import array
        from clas import batch
        regles = clas.Regles.default()
        cols = dict(depenses=array.array("q", [1000000, 600000, 500000]),
                    nb_enfants=array.array("i", [10, 7, 10]),
                    nb_intervenants=array.array("i", [2, 2, 2]),
                    actions=array.array("B", [1] * 12),
                    flags=array.array("H", [batch.AGREE, batch.AGREE,
                                            batch.AGREE | batch.BONUS_ENFANTS_DEMANDE | batch.BONUS_ENFANTS_ACCORDE]))
        out = batch.evaluate(regles, "2025-2026", "51", **cols)
        self.assertEqual(list(out["verdict"]), [clas.Verdict.ELIGIBLE, clas.Verdict.INELIGIBLE, clas.Verdict.ELIGIBLE])
        self.assertEqual(list(out["code"]), [batch.NO_CODE, clas.Code.GROUPE_TROP_PETIT, batch.NO_CODE])
        self.assertEqual(list(out["ps"]), [280070, 0, 165000])
        self.assertEqual(list(out["bonus"]), [0, 0, 32900])
        self.assertEqual(list(out["total"]), [280070, 0, 197900])
        # The same collectifs under an explicit cadre (clas_batch_evaluate).
        cadre = clas.Cadre("51", "2025-2026")
        cadre.set_seuil(clas.Seuil.ENFANTS_MIN, 12)
        out = batch.evaluate(regles, "2025-2026", cadre=cadre, outputs=["code", "ps"], **cols)
        self.assertEqual(sorted(out), ["code", "ps"])
        self.assertEqual(list(out["code"]), [clas.Code.GROUPE_TROP_PETIT] * 3)
        self.assertEqual(list(out["ps"]), [0, 0, 0])
        # R-FREQUENCE from its columns, blocking under this cadre; left out, it is met.
        cadre = clas.Cadre("51", "2025-2026")
        cadre.set_severity(clas.Regle.FREQUENCE, clas.Severity.BLOCKING)
        cadre.set_seuil(clas.Seuil.MINUTES_PAR_SEANCE_MIN, 60)
        freq = dict(cols, seances_par_semaine=array.array("B", [2] * 3),
                    minutes_par_seance=array.array("H", [90, 90, 45]), nb_semaines=array.array("B", [30] * 3))
        out = batch.evaluate(regles, "2025-2026", cadre=cadre, outputs=["code"], **freq)
        self.assertEqual(list(out["code"]), [batch.NO_CODE, clas.Code.GROUPE_TROP_PETIT,
                                             clas.Code.FREQUENCE_DUREE_INSUFFISANTE])
        out = batch.evaluate(regles, "2025-2026", cadre=cadre, outputs=["code"], **cols)
        self.assertEqual(list(out["code"]), [batch.NO_CODE, clas.Code.GROUPE_TROP_PETIT, batch.NO_CODE])
        b = regles.find_bareme("2025-2026")
        self.assertEqual(list(batch.ps(b, array.array("q", [1000000, 500000, 0]))), [280070, 165000, 0])
        with self.assertRaises(clas.InvalidArgument) as cm:
            batch.evaluate(regles, depenses=array.array("q", [1, 2]), nb_enfants=array.array("i", [1]))
        self.assertIn("nb_enfants", str(cm.exception))
        with self.assertRaises(clas.InvalidArgument):
            batch.ps(b, array.array("i", [1, 2]))

    def test_api_coverage(self):
        sys.path.insert(0, str(HERE))
        try:
            import api_coverage
        finally:
            sys.path.remove(str(HERE))
        self.assertEqual(api_coverage.check().problems, [])
        self.assertEqual(api_coverage.check_enums(), [])


class DictAndLookupTests(unittest.TestCase):
    def test_decimal_money_in_a_dict_document(self):
        doc = json.loads(case_a_dossier().to_json())
        doc["collectifs"][0]["depenses"] = Decimal("6000.00")
        ev = clas.Dossier.from_json(doc).evaluate()
        self.assertEqual(ev.collectifs["C1"].ps, Decimal("1980.00"))
        doc["collectifs"][0]["depenses"] = Decimal("6000.005")
        with self.assertRaises(clas.SchemaError) as cm:
            clas.Dossier.from_json(doc)
        self.assertIn("more than two decimals", cm.exception.message)
        doc["collectifs"][0]["depenses"] = object()
        with self.assertRaises(TypeError):
            clas.Dossier.from_json(doc)

    def test_amounts_by_id_or_enum(self):
        c = case_a_dossier().evaluate().collectifs["C1"]
        self.assertEqual(c.montants["ps"], Decimal("2800.70"))
        self.assertEqual(c.montants[clas.Montant.PS_CALCULEE], Decimal("2800.71"))
        self.assertIn("total", c.montants)
        self.assertNotIn("nope", c.montants)
        self.assertIsNone(c.montants.get("nope"))


if __name__ == "__main__":
    unittest.main(verbosity=2)
