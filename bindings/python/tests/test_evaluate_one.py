# SPDX-License-Identifier: Apache-2.0
"""clas.batch.evaluate_one(): one collectif in one call gives exactly what
the object API gives for a dossier of that one collectif filed on time.

Run by meson (suite 'python') with PYTHONPATH pointing at the build tree.
"""

import itertools
import unittest
from decimal import Decimal

import clas
from clas import _capi, batch

CM1 = 1 << int(clas.Niveau.CM1)


def cases():
    """Boundary values of R-PS, R-BUDGET, R-GROUPE, R-ENCADREMENT, R-AGREMENT and R-BONUS."""
    for depenses, autres, enfants, intervenants, decision, bonus in itertools.product(
            (0, 150, 848699, 848700, 848701, 1000000), (0, 150000, 2000000), (7, 8, 12, 13), (1, 2, 3),
            (batch.AGREE, batch.REFUSE, 0), (None, clas.Bonus.ENFANTS, clas.Bonus.PARENTS)):
        yield depenses, autres, enfants, intervenants, decision, bonus


def object_api(regles, depenses, autres, enfants, intervenants, decision, bonus):
    """[verdict, code, ps, bonus, total] through Dossier, Collectif and evaluate()."""
    d = clas.Dossier("2025-2026", id="D1", departement="51", date_depot="2025-08-01")
    c = d.add_collectif("C1", niveaux=[clas.Niveau.CM1], nb_enfants=enfants,
                        nb_intervenants_salaries=intervenants // 2,
                        nb_intervenants_benevoles=intervenants - intervenants // 2,
                        hors_temps_scolaire=True, depenses=Decimal(depenses) / 100)
    for action in (clas.Action.ENFANTS_VIE_COLLECTIVE, clas.Action.PARENTS_CONVIVIALITE,
                   clas.Action.ECOLE_CONTINUITE_EDUCATIVE, clas.Action.TERRITOIRE_REAAP):
        c.add_action(action)
    if autres:
        c.add_financement("Ville", Decimal(autres) / 100)
    if bonus is not None:
        c.request_bonus(bonus, "Sorties culturelles")
        c.grant_bonus(bonus, decision == batch.AGREE)
    if decision:
        c.decision = clas.Decision.AGREE if decision == batch.AGREE else clas.Decision.REFUSE
    r = d.evaluate(regles).collectifs[0]
    code = next((int(k.code) for k in r.constats if k.blocking), batch.NO_CODE)
    cents = lambda m: int(r.montant(m) * 100)
    return [int(r.verdict), code, cents(clas.Montant.PS),
            cents(clas.Montant.BONUS_ENFANTS) + cents(clas.Montant.BONUS_PARENTS), cents(clas.Montant.TOTAL)]


def row(depenses, autres, enfants, intervenants, decision, bonus):
    """The same collectif as a row of input values in batch.ROW order."""
    flags = decision
    if bonus is not None:
        enfants_bonus = bonus == clas.Bonus.ENFANTS
        flags |= batch.BONUS_ENFANTS_DEMANDE if enfants_bonus else batch.BONUS_PARENTS_DEMANDE
        if decision == batch.AGREE:
            flags |= batch.BONUS_ENFANTS_ACCORDE if enfants_bonus else batch.BONUS_PARENTS_ACCORDE
    return [depenses, autres, enfants, intervenants, CM1, 1, 1, 1, 1, 1, flags]


class EvaluateOne(unittest.TestCase):
    regles = clas.Regles.default()

    def test_matches_object_api(self):
        seen = set()
        for case in cases():
            want = object_api(self.regles, *case)
            self.assertEqual(batch.evaluate_one(self.regles, "2025-2026", "51", row(*case)), want, case)
            seen.add((want[0], want[1], want[2] > 0, want[3] > 0))
        self.assertGreaterEqual(len(seen), 6, "the cases reach several codes, with and without Ps and bonus")

    def test_keywords_and_raw(self):
        values = dict(zip(batch.ROW, row(1000000, 0, 10, 2, batch.AGREE, None)))
        want = [int(clas.Verdict.ELIGIBLE), batch.NO_CODE, 280070, 0, 280070]
        self.assertEqual(batch.evaluate_one(self.regles, "2025-2026", "51", **values), want)
        self.assertEqual(_capi.Batch.evaluate_one(self.regles._h, "2025-2026", "51", list(values.values())), want)
        # Keywords leave unnamed columns at their defaults: every level, out of school time.
        del values["niveaux"], values["hors_temps"]
        self.assertEqual(batch.evaluate_one(self.regles, "2025-2026", "51", **values), want)

    def test_short_row_is_a_fresh_batch(self):
        b = _capi.Batch(1)
        for col, v in ((_capi.CLAS_BATCH_COL_DEPENSES, 1000000), (_capi.CLAS_BATCH_COL_NB_ENFANTS, 10)):
            b.set_value(col, 0, v)
        b.evaluate(self.regles._h, "2025-2026", "51")
        want = [b.value(c, 0) for c in range(_capi.CLAS_BATCH_COL_VERDICT, _capi.CLAS_BATCH_COL_COUNT)]
        self.assertEqual(batch.evaluate_one(self.regles, "2025-2026", "51", [1000000, 0, 10]), want)

    def test_errors(self):
        with self.assertRaises(clas.RangeError) as e:
            batch.evaluate_one(self.regles, "2025-2026", "51", [-1])
        self.assertEqual(e.exception.status, "CLAS_ERANGE")
        self.assertIn("depenses", e.exception.location)
        with self.assertRaises(clas.InvalidArgument):
            batch.evaluate_one(self.regles, "2025-2026", "51", [0] * (batch.ROW.__len__() + 1))
        with self.assertRaises(clas.NoBareme):
            batch.evaluate_one(self.regles, "1999-2000", "51", [0])
        with self.assertRaises(TypeError):
            batch.evaluate_one(self.regles, "2025-2026", "51", nb_eleves=3)


if __name__ == "__main__":
    unittest.main()
