# SPDX-License-Identifier: Apache-2.0
# Case A of the rules (domain.md §7) from R: 10 000,00 € of expenses give a
# Ps of 2 800,70 € (33 % of the 8 487,00 € prix plafond, capped). Amounts
# in cents are exact character strings ("280070").
suppressPackageStartupMessages(library(clas))

dossier <- Dossier("2025-2026")
dossier$set_id("D51-EXEMPLE")
dossier$set_departement("51")
dossier$set_date_depot("2025-08-12")
c1 <- dossier$add_collectif("C1")
c1$add_niveau("CLAS_NIVEAU_CM1")
c1$add_niveau("CLAS_NIVEAU_CM2")
c1$set("CLAS_CHAMP_NB_ENFANTS", 10)
c1$set("CLAS_CHAMP_NB_INTERVENANTS_SALARIES", 1)
c1$set("CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES", 1)
c1$set("CLAS_CHAMP_HORS_TEMPS_SCOLAIRE", 1)
c1$set_depenses(cents_parse("10000.00"))
c1$add_financement("Ville", cents_parse("1500.00"))
for (a in c("CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE", "CLAS_ACTION_PARENTS_CONVIVIALITE",
            "CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE", "CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE"))
  c1$add_action(a)
c1$set_decision("CLAS_DECISION_AGREE")

ev <- tryCatch(dossier$evaluate(Regles()),
               clas_error = function(e) stop(e$status, ": ", conditionMessage(e), " (", e$location, ")"))
cat(sprintf("%s: %s, Ps %s\n", ev$collectif_id(0), clas_verdict_name(ev$collectif_verdict(0)),
            cents_format_human(ev$montant(0, "CLAS_MONTANT_PS"))))
