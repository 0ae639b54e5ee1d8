# SPDX-License-Identifier: Apache-2.0
"""Writes examples/campagne-marne-2025-2026.json: a FICTITIOUS Marne 2025-2026
Clas campaign (clas-campagne/1) of 19 porteurs and 86 collectifs, the size the
Marne approved in 2024/2025 (domain.md §2). Porteurs and collectifs are
invented; communes are real places only. No person's name, no contact.

Deterministic (seeded random): running it again gives the same file.

    /usr/bin/python3 examples/generate_campagne.py [OUTPUT]
"""
import json
import os
import random
import sys

SEED = 51
rng = random.Random(SEED)
# Territory and history come from a second generator, so that the figures
# drawn by the first stay those the guide quotes.
terr = random.Random(SEED * 100 + 12)

# (name, type, commune, number of collectifs): 19 porteurs, 86 collectifs.
PORTEURS = [
    ("Centre social des Tilleuls", "centre_social", "Reims", 8),
    ("Centre social L'Escale des Chênes", "centre_social", "Reims", 7),
    ("Association Lire et Grandir", "association_locale", "Châlons-en-Champagne", 6),
    ("Ligue d'entraide scolaire de la Marne", "association_reseau", "Épernay", 6),
    ("Ville de Vitry-le-François, service enfance-jeunesse", "service_municipal", "Vitry-le-François", 5),
    ("CCAS de Sézanne", "ccas", "Sézanne", 5),
    ("Centre social Les Coteaux", "centre_social", "Épernay", 5),
    ("Association Cartable et Compagnie", "association_locale", "Reims", 5),
    ("Foyer rural de la vallée de la Suippe", "association_locale", "Suippes", 4),
    ("Commune de Sainte-Menehould, service jeunesse", "service_municipal", "Sainte-Menehould", 4),
    ("Centre social Le Moulin", "centre_social", "Châlons-en-Champagne", 4),
    ("Association Passerelles éducatives", "association_reseau", "Reims", 4),
    ("CCAS de Fismes", "ccas", "Fismes", 4),
    ("Maison pour tous des Hauts de Champagne", "centre_social", "Tinqueux", 4),
    ("Association Devoirs et Découvertes", "association_locale", "Mourmelon-le-Grand", 3),
    ("Centre social du Faubourg", "centre_social", "Vitry-le-François", 3),
    ("Service intercommunal enfance des Trois Vallées", "service_municipal", "Montmirail", 3),
    ("Association Les Petits Curieux", "association_locale", "Cormontreuil", 3),
    ("Amicale laïque du Mont-Bernon", "association_reseau", "Épernay", 3),
]
LATE_PORTEUR = 14          # its dossier is filed 2025-08-22, after the 2025-08-18 deadline
DEADLINE_DAYS = (15, 78)   # filed 2025-06-16 to 2025-08-18 (day offsets from 2025-06-01)

GROUPES = [
    ("Primaire CP-CE1", ["CP", "CE1"]),
    ("Primaire CE2-CM2", ["CE2", "CM1", "CM2"]),
    ("Primaire CM1-CM2", ["CM1", "CM2"]),
    ("Collège 6e-5e", ["6e", "5e"]),
    ("Collège 4e-3e", ["4e", "3e"]),
    ("Lycée", ["2nde", "1re", "Terminale"]),
]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]
ACTIONS = {
    "enfants": ["enfants.appui_methodologie", "enfants.ressources_locales", "enfants.vie_collective",
                "enfants.entraide", "enfants.suivi_presences"],
    "parents": ["parents.information_inscription", "parents.convivialite", "parents.codes_ecole",
                "parents.orientation_partenaires", "parents.echanges_informels"],
    "ecole": ["ecole.diagnostic_partage", "ecole.continuite_educative", "ecole.echanges_enseignants"],
    "territoire": ["territoire.ressources_proximite", "territoire.reaap", "territoire.coherence_pre_pedt_pel"],
}
AUTRES = {
    "enfants": "Atelier d'écriture et journal du groupe",
    "parents": "Café des parents un samedi par mois",
    "ecole": "Rencontre trimestrielle avec l'équipe pédagogique",
    "territoire": "Partenariat avec la médiathèque municipale",
}
PROJETS_ENFANTS = ["Sorties culturelles mensuelles (musée, théâtre)", "Intervenant extérieur en sciences",
                   "Atelier robotique avec matériel spécifique", "Initiation aux échecs avec un club local"]
PROJETS_PARENTS = ["Soirées débat sur la scolarité", "Espace de discussion entre parents",
                   "Temps d'écoute individuelle avec une conseillère familiale", "Ateliers numériques parents-enfants"]

# Collectifs deliberately ineligible, by global index: (what is wrong, motive).
INELIGIBLES = {
    5: ("petit", "Groupe de 7 enfants, en dessous du minimum de 8"),
    17: ("grand", "Groupe de 14 enfants, au-delà du maximum de 12"),
    26: ("axe_ecole", "Aucune action de concertation avec l'école"),
    38: ("temps_scolaire", "Séances organisées pendant le temps scolaire"),
    47: ("encadrement", "Un seul intervenant pour le groupe"),
    58: ("maternelle", "Public de grande section de maternelle"),
    68: ("axe_parents", "Aucune action en direction des parents"),
}
# Eligible collectifs the committee refused anyway, by global index.
REFUSES = {12: "Offre déjà couverte par une autre action du quartier",
           44: "Projet pédagogique insuffisamment détaillé",
           80: "Locaux inadaptés à l'accueil du groupe"}
# Collectifs with a bilan (actual figures), by global index.
BILANS = {1, 9, 22, 33, 51, 64}
# Where the public lives: rural communes, and the towns with quartiers prioritaires.
COMMUNES_RURALES = {"Suippes", "Sézanne", "Fismes", "Montmirail", "Sainte-Menehould", "Mourmelon-le-Grand"}
VILLES_QPV = {"Reims", "Châlons-en-Champagne", "Épernay", "Vitry-le-François"}
# History: a porteur whose previous bilan was not filed (R-BILAN-PRECEDENT
# warns), and one filing its first dossier (not applicable).
BILAN_NON_DEPOSE = 10
PREMIER_DOSSIER = 17
# A collectif whose number of weeks was left at 0: R-FREQUENCE warns, nothing blocks.
SEMAINES_NON_RENSEIGNEES = 30


def money(cents):
    return "%d.%02d" % (cents // 100, cents % 100)


def date_depot(i):
    if i == LATE_PORTEUR:
        return "2025-08-22"
    day = rng.randint(*DEADLINE_DAYS)
    month, d = (6, day + 1) if day < 30 else ((7, day - 29) if day < 61 else (8, day - 60))
    return "2025-%02d-%02d" % (month, d)


def actions(skip=None):
    out = []
    for axe, catalogue in ACTIONS.items():
        if axe == skip:
            continue
        for a in rng.sample(catalogue, rng.randint(1, min(3, len(catalogue)))):
            out.append({"action": a})
        if rng.random() < 0.2:
            out.append({"action": axe + ".autre", "texte": AUTRES[axe]})
    return out


def financements(commune, depenses):
    lines = [("Ville de " + commune, rng.randint(5, 15))]
    if rng.random() < 0.6:
        lines.append(("Conseil départemental de la Marne", rng.randint(5, 12)))
    if rng.random() < 0.3:
        lines.append(("État, politique de la ville", rng.randint(5, 10)))
    # percentages of the expenses, rounded to the euro
    return [{"libelle": l, "montant": money(depenses * p // 100 // 100 * 100)} for l, p in lines]


def territoire(commune):
    qpv = commune in VILLES_QPV and terr.random() < 0.5
    education = terr.choice(["rep", "rep", "rep_plus"]) if qpv else ("rep" if terr.random() < 0.1 else "aucune")
    return {"qpv": qpv, "education_prioritaire": education, "zone_rurale": commune in COMMUNES_RURALES}


def repartition(niveaux, nb_enfants):
    """The bilan's children by level (primaire, collège, lycée) and by sex."""
    cycles = [("nb_enfants_primaire", {"CP", "CE1", "CE2", "CM1", "CM2"}), ("nb_enfants_college", {"6e", "5e", "4e", "3e"}),
              ("nb_enfants_lycee", {"2nde", "1re", "Terminale"})]
    present = [k for k, levels in cycles if levels & set(niveaux)]
    out = {k: 0 for k, _ in cycles}
    for i in range(nb_enfants):
        out[present[i % len(present)] if present else "nb_enfants_primaire"] += 1
    out["nb_filles"] = terr.randint(nb_enfants // 3, nb_enfants - nb_enfants // 3)
    out["nb_garcons"] = nb_enfants - out["nb_filles"]
    return out


def collectif(index, number, commune):
    nom_groupe, niveaux = rng.choice(GROUPES)
    problem, motif = INELIGIBLES.get(index, (None, ""))
    depenses = rng.randint(80, 280) * 5000          # 4 000 € to 14 000 €, by 50 €
    salaries = rng.randint(1, 2)
    c = {
        "id": "C%d" % number,
        "nom": "%s — groupe du %s" % (nom_groupe, rng.choice(JOURS)),
        "niveaux": list(niveaux),
        "nb_enfants": rng.randint(8, 12),
        "intervenants": {"salaries": salaries, "benevoles": rng.randint(2 - salaries, 2)},
        "seances_par_semaine": rng.choice([1, 2, 2, 3]),
        "minutes_par_seance": rng.choice([60, 90, 90, 120]),
        "nb_semaines": rng.randint(28, 32),
        "hors_temps_scolaire": True,
        "territoire": territoire(commune),
        "depenses": money(depenses),
        "financements": financements(commune, depenses),
        "actions": actions("ecole" if problem == "axe_ecole" else "parents" if problem == "axe_parents" else None),
        "bonus": {"enfants": {"demande": False, "projet": ""}, "parents": {"demande": False, "projet": ""}},
        "decision": {"agrement": "agree", "motif": "", "bonus_accordes": []},
        "acomptes_verses": "0.00",
        "bilan": None,
    }
    if index == SEMAINES_NON_RENSEIGNEES:
        c["nb_semaines"] = 0
    if problem == "petit":
        c["nb_enfants"] = 7
    elif problem == "grand":
        c["nb_enfants"] = 14
    elif problem == "temps_scolaire":
        c["hors_temps_scolaire"] = False
    elif problem == "encadrement":
        c["intervenants"] = {"salaries": 1, "benevoles": 0}
    elif problem == "maternelle":
        c["niveaux"] = ["GS", "CP"]
    accordes = []
    for bonus, projets in (("enfants", PROJETS_ENFANTS), ("parents", PROJETS_PARENTS)):
        if rng.random() < 0.3:
            c["bonus"][bonus] = {"demande": True, "projet": rng.choice(projets)}
            if rng.random() < 0.6:
                accordes.append(bonus)
    if problem:
        c["decision"] = {"agrement": "refuse", "motif": "Non éligible : " + motif, "bonus_accordes": []}
    elif index in REFUSES:
        c["decision"] = {"agrement": "refuse", "motif": REFUSES[index], "bonus_accordes": []}
    else:
        c["decision"]["bonus_accordes"] = accordes
    if index in BILANS and not problem:
        reelles = depenses + rng.randint(-30, 30) * 5000
        c["acomptes_verses"] = money(rng.randint(40, 70) * 1000)   # advance of 400 € to 700 €, by 10 €
        c["bilan"] = {
            "nb_enfants": rng.randint(7, 12), "nb_familles": rng.randint(6, 11),
            "nb_intervenants_salaries": salaries, "nb_intervenants_benevoles": c["intervenants"]["benevoles"],
            "nb_seances": rng.randint(50, 70), "nb_heures": rng.randint(60, 120),
            "taux_presence": "0.%02d" % rng.randint(70, 95),
            "nb_actions_parents": rng.randint(3, 10), "nb_parents_touches": rng.randint(6, 20),
            "depenses_reelles": money(reelles), "financements_reels": c["financements"][0]["montant"],
        }
        c["bilan"].update(repartition(c["niveaux"], c["bilan"]["nb_enfants"]))
    return c


def campagne():
    dossiers = []
    index = 0
    for i, (nom, type_, commune, n) in enumerate(PORTEURS):
        d = {
            "id": "D51-2025-%03d" % (i + 1),
            "annee_scolaire": "2025-2026",
            "departement": "51",
            "date_depot": date_depot(i),
            "liens": [k for k in ("pedt", "pre", "reaap") if terr.random() < 0.5],
            "bilan_precedent": ("non_depose" if i == BILAN_NON_DEPOSE else
                                "sans_objet" if i == PREMIER_DOSSIER else "depose"),
            "porteur": {"id": "P51-%02d" % (i + 1), "nom": nom, "type": type_, "commune": commune},
            "collectifs": [],
        }
        for k in range(n):
            c = collectif(index, k + 1, commune)
            if i == LATE_PORTEUR:
                c["decision"] = {"agrement": "en_attente", "motif": "Dossier déposé hors délai", "bonus_accordes": []}
            d["collectifs"].append(c)
            index += 1
        dossiers.append(d)
    assert len(dossiers) == 19 and index == 86, (len(dossiers), index)
    return {
        "format": "clas-campagne/1",
        "departement": "51",
        "annee_scolaire": "2025-2026",
        "nom": "Appel à projets Clas Marne 2025-2026 (campagne fictive d'exemple)",
        "cadre": None,
        "dossiers": dossiers,
    }


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                              "campagne-marne-2025-2026.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(campagne(), f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
