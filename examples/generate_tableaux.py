# SPDX-License-Identifier: Apache-2.0
"""Writes the spreadsheet version of the example campaign, as a campaign
officer would keep it in LibreOffice or Excel and export it to CSV (French
dialect: ';', decimal comma, UTF-8 with BOM):

- campagne-marne-2025-2026.csv: the dossiers as filed (one row per
  collectif, no decision yet), read by `clas import`;
- decisions-comite-2025.csv: the committee's decisions, read by `clas decide`;
- bilans-2025-2026.csv: the bilans after the year, read by `clas bilan`.

All three come from campagne-marne-2025-2026.json (see generate_campagne.py):

    /usr/bin/python3 examples/generate_tableaux.py
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"centre_social": "centre social", "association_locale": "association locale",
         "association_reseau": "association en réseau", "service_municipal": "service municipal",
         "ccas": "CCAS", "autre": "autre"}
AXES = ["enfants", "parents", "ecole", "territoire"]
DECISIONS = {"agree": "agréé", "refuse": "refusé", "en_attente": "en attente"}


def fr_money(text):
    """'11050.00' -> '11 050,00'"""
    whole, cents = text.split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return " ".join(groups) + "," + cents


def fr_date(iso):
    y, m, d = iso.split("-")
    return "%s/%s/%s" % (d, m, y)


LIENS = {"pedt": "PEDT", "pre": "PRE", "reaap": "Reaap"}
BILAN_N1 = {"depose": "déposé", "non_depose": "non déposé", "sans_objet": "sans objet", "non_renseigne": ""}
EDUCATION = {"aucune": "non", "rep": "REP", "rep_plus": "REP+"}


def oui(flag):
    return "oui" if flag else "non"


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


def campaign_rows(camp):
    header = ["Dossier", "Date de dépôt", "Année scolaire", "Département", "N° porteur", "Porteur",
              "Type de porteur", "Commune", "Liens PEDT PRE Reaap", "Bilan N-1", "Collectif", "Nom du collectif",
              "Niveaux", "Enfants", "Intervenants salariés", "Intervenants bénévoles", "Séances par semaine",
              "Minutes par séance", "Semaines", "Hors temps scolaire", "QPV", "Éducation prioritaire", "Zone rurale",
              "Dépenses", "Financeur 1", "Montant financeur 1", "Financeur 2",
              "Montant financeur 2", "Financeur 3", "Montant financeur 3"]
    for axe in ("enfants", "parents", "école", "territoire"):
        header += ["Actions " + axe, "Autre action " + axe]
    header += ["Bonus enfants demandé", "Projet bonus enfants", "Bonus parents demandé", "Projet bonus parents"]
    rows = []
    for d in camp["dossiers"]:
        p = d["porteur"]
        for c in d["collectifs"]:
            fin = c["financements"][:3]
            fin_cells = []
            for k in range(3):
                fin_cells += [fin[k]["libelle"], fr_money(fin[k]["montant"])] if k < len(fin) else ["", ""]
            act_cells = []
            for axe in AXES:
                ids = [a["action"].split(".", 1)[1] for a in c["actions"]
                       if a["action"].startswith(axe + ".") and not a["action"].endswith(".autre")]
                autres = [a.get("texte", "") for a in c["actions"] if a["action"] == axe + ".autre"]
                assert len(autres) <= 1
                act_cells += [", ".join(ids), autres[0] if autres else ""]
            t = c["territoire"]
            rows.append([d["id"], fr_date(d["date_depot"]), d["annee_scolaire"], d["departement"], p["id"], p["nom"],
                         TYPES[p["type"]], p["commune"], ", ".join(LIENS[k] for k in d["liens"]),
                         BILAN_N1[d["bilan_precedent"]], c["id"], c["nom"], ", ".join(c["niveaux"]),
                         c["nb_enfants"], c["intervenants"]["salaries"], c["intervenants"]["benevoles"],
                         c["seances_par_semaine"], c["minutes_par_seance"], c["nb_semaines"],
                         oui(c["hors_temps_scolaire"]), oui(t["qpv"]), EDUCATION[t["education_prioritaire"]],
                         oui(t["zone_rurale"]), fr_money(c["depenses"])] + fin_cells + act_cells +
                        [oui(c["bonus"]["enfants"]["demande"]), c["bonus"]["enfants"]["projet"],
                         oui(c["bonus"]["parents"]["demande"]), c["bonus"]["parents"]["projet"]])
    return header, rows


def decision_rows(camp):
    header = ["Dossier", "Collectif", "Décision", "Motif", "Bonus enfants accordé", "Bonus parents accordé"]
    rows = []
    for d in camp["dossiers"]:
        for c in d["collectifs"]:
            dec = c["decision"]
            rows.append([d["id"], c["id"], DECISIONS[dec["agrement"]], dec["motif"],
                         oui("enfants" in dec["bonus_accordes"]), oui("parents" in dec["bonus_accordes"])])
    return header, rows


def bilan_rows(camp):
    header = ["Dossier", "Collectif", "Enfants accueillis", "Familles", "Intervenants salariés",
              "Intervenants bénévoles", "Séances réalisées", "Heures", "Taux de présence",
              "Actions parents réalisées", "Parents touchés", "Dépenses réelles", "Financements reçus",
              "Enfants primaire", "Enfants collège", "Enfants lycée", "Filles", "Garçons"]
    rows = []
    for d in camp["dossiers"]:
        for c in d["collectifs"]:
            b = c["bilan"]
            if not b:
                continue
            rows.append([d["id"], c["id"], b["nb_enfants"], b["nb_familles"], b["nb_intervenants_salaries"],
                         b["nb_intervenants_benevoles"], b["nb_seances"], b["nb_heures"],
                         "%d %%" % round(float(b["taux_presence"]) * 100), b["nb_actions_parents"],
                         b["nb_parents_touches"], fr_money(b["depenses_reelles"]), fr_money(b["financements_reels"]),
                         b["nb_enfants_primaire"], b["nb_enfants_college"], b["nb_enfants_lycee"], b["nb_filles"],
                         b["nb_garcons"]])
    return header, rows


def main():
    with open(os.path.join(HERE, "campagne-marne-2025-2026.json"), encoding="utf-8") as f:
        camp = json.load(f)
    write("campagne-marne-2025-2026.csv", *campaign_rows(camp))
    write("decisions-comite-2025.csv", *decision_rows(camp))
    write("bilans-2025-2026.csv", *bilan_rows(camp))


if __name__ == "__main__":
    main()
