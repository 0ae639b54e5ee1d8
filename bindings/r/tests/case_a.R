# SPDX-License-Identifier: Apache-2.0
# Case A of the rules (domain.md §7), built from values: shared by the tests (sourced).
case_a <- function() {
  d <- Dossier("2025-2026")
  d$set_id("D1")
  d$set_departement("51")
  d$set_date_depot("2025-08-12")
  c1 <- d$add_collectif("C1")
  c1$add_niveau("CLAS_NIVEAU_CM1")
  c1$set("CLAS_CHAMP_NB_ENFANTS", 10)
  c1$set("CLAS_CHAMP_NB_INTERVENANTS_SALARIES", 1)
  c1$set("CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES", 1)
  c1$set("CLAS_CHAMP_HORS_TEMPS_SCOLAIRE", 1)
  c1$set_depenses("1000000")
  c1$add_financement("Ville", "150000")
  for (a in c("CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE", "CLAS_ACTION_PARENTS_CONVIVIALITE",
              "CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE", "CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE"))
    c1$add_action(a)
  c1$set_decision("CLAS_DECISION_AGREE")
  d
}
