#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Builds a dossier in code, evaluates it with the trace and prints the explanation.

    python3 dossier_from_scratch.py [--en]

Two collectifs: one eligible and approved with the bonus enfants (domain.md
§7 case C without the bonus parents), one with 7 children (case D).
"""

import sys
from decimal import Decimal

import clas
from clas import Action, Bonus, Decision, Lang, Montant, Niveau


def build() -> clas.Dossier:
    dossier = clas.Dossier("2025-2026", id="D51-2025-042", departement="51", date_depot="2025-08-12")
    porteur = dossier.porteur
    porteur.id = "P42"
    porteur.nom = "Centre social des Tilleuls"
    porteur.type = clas.PorteurType.CENTRE_SOCIAL
    porteur.commune = "Reims"

    c1 = dossier.add_collectif("C1", nom="CM1-CM2 du mardi", niveaux=[Niveau.CM1, Niveau.CM2],
                               nb_enfants=10, nb_intervenants_salaries=1, nb_intervenants_benevoles=1,
                               seances_par_semaine=2, minutes_par_seance=90, nb_semaines=30,
                               hors_temps_scolaire=True, depenses=Decimal("10000.00"))
    c1.add_financement("Ville de Reims", Decimal("1500.00"))
    for action in (Action.ENFANTS_APPUI_METHODOLOGIE, Action.PARENTS_CONVIVIALITE,
                   Action.ECOLE_CONTINUITE_EDUCATIVE):
        c1.add_action(action)
    c1.add_action(Action.TERRITOIRE_AUTRE, "Partenariat avec la médiathèque")
    c1.request_bonus(Bonus.ENFANTS, projet="Sorties culturelles mensuelles")
    c1.decision = Decision.AGREE
    c1.grant_bonus(Bonus.ENFANTS)

    c2 = dossier.add_collectif("C2", nom="6e-5e du jeudi", niveaux=["6e", "5e"], nb_enfants=7,
                               nb_intervenants_salaries=2, hors_temps_scolaire=True, depenses="6000.00")
    c2.add_financement("Département", "500.00")
    for action in ("enfants.entraide", "parents.codes_ecole", "ecole.diagnostic_partage", "territoire.reaap"):
        c2.add_action(action)
    c2.decision = Decision.AGREE
    return dossier


def main(argv) -> int:
    lang = Lang.EN if "--en" in argv else Lang.FR
    dossier = build()
    evaluation = dossier.evaluate(trace=True)

    print(f"Dossier {evaluation.dossier_id} ({evaluation.annee_scolaire}): {evaluation.verdict}")
    for result in evaluation.collectifs:
        print(f"\n== Collectif {result.id}: {result.verdict}, droit prévisionnel "
              f"{clas.format_human(result.total, lang)}")
        for constat in result.constats:
            print(f"  [{constat.severity}] {constat.message(lang)}")
        print("  Explication :" if lang is Lang.FR else "  Explanation:")
        for etape in result.trace:
            print(f"    {etape.text(lang)}")
    print(f"\nTotal: {clas.format_human(evaluation.total(Montant.TOTAL), lang)}")

    if "--check" in argv:
        assert evaluation.verdict is clas.Verdict.PARTIEL, evaluation.verdict
        assert evaluation.collectifs["C1"].ps == Decimal("2800.70")
        assert evaluation.collectifs["C1"].total == Decimal("3129.70")
        assert evaluation.collectifs["C2"].total == Decimal("0.00")
        assert clas.Dossier.from_json(dossier.to_json()) == dossier
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
