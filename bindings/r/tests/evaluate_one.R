# SPDX-License-Identifier: Apache-2.0
# clas_evaluate_one() and Batch_evaluate_one() (TAP): one collectif in one call
# gives exactly what the object API gives for a dossier of that one collectif
# filed on time, on boundary cases of R-PS, R-BUDGET, R-GROUPE, R-ENCADREMENT,
# R-AGREMENT and R-BONUS; a matrix of rows gives each row's result; errors.
suppressPackageStartupMessages(library(clas))

n <- 0L
failed <- 0L
ok <- function(cond, name, diag = NULL) {
  n <<- n + 1L
  if (!isTRUE(cond)) failed <<- failed + 1L
  cat(sprintf("%s %d - %s\n", if (isTRUE(cond)) "ok" else "not ok", n, name))
  if (!isTRUE(cond) && !is.null(diag)) cat(paste0("# ", diag, "\n"), sep = "")
}
value <- function(type, name) clas:::.enum_values(type)[[name]]
bonus <- list(list("CLAS_BONUS_ENFANTS", CLAS_BATCH_BONUS_ENFANTS_DEMANDE, CLAS_BATCH_BONUS_ENFANTS_ACCORDE),
              list("CLAS_BONUS_PARENTS", CLAS_BATCH_BONUS_PARENTS_DEMANDE, CLAS_BATCH_BONUS_PARENTS_ACCORDE))
regles <- Regles()
ev <- Evaluation()

# c(verdict, code, ps, bonus, total) through Dossier, Collectif and Evaluation.
object_api <- function(depenses, autres, enfants, intervenants, decision, b) {
  d <- Dossier("2025-2026")
  d$set_id("D1")
  d$set_departement("51")
  d$set_date_depot("2025-08-01")
  c1 <- d$add_collectif("C1")
  c1$add_niveau("CLAS_NIVEAU_CM1")
  c1$set("CLAS_CHAMP_NB_ENFANTS", enfants)
  c1$set("CLAS_CHAMP_NB_INTERVENANTS_SALARIES", intervenants %/% 2)
  c1$set("CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES", intervenants - intervenants %/% 2)
  c1$set("CLAS_CHAMP_HORS_TEMPS_SCOLAIRE", 1)
  c1$set_depenses(depenses)
  if (autres > 0) c1$add_financement("Ville", autres)
  for (a in c("CLAS_ACTION_ENFANTS_VIE_COLLECTIVE", "CLAS_ACTION_PARENTS_CONVIVIALITE",
              "CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE", "CLAS_ACTION_TERRITOIRE_REAAP"))
    c1$add_action(a)
  if (b > 0) {
    c1$set_bonus_demande(bonus[[b]][[1]], TRUE, "Sorties culturelles")
    c1$set_bonus_accorde(bonus[[b]][[1]], decision == CLAS_BATCH_AGREE)
  }
  if (decision != 0)
    c1$set_decision(if (decision == CLAS_BATCH_AGREE) "CLAS_DECISION_AGREE" else "CLAS_DECISION_REFUSE")
  ev$run(regles, NULL, d)
  code <- CLAS_BATCH_NO_CODE
  for (j in seq_len(ev$num_collectif_constats(0)) - 1L) {
    k <- ev$collectif_constat(0, j)
    if (k$severity() == "CLAS_SEVERITY_BLOCKING") {
      code <- value("_clas_code", k$code())
      break
    }
  }
  cents <- function(m) as.numeric(ev$montant(0, m))
  c(value("_clas_verdict", ev$collectif_verdict(0)), code, cents("CLAS_MONTANT_PS"),
    cents("CLAS_MONTANT_BONUS_ENFANTS") + cents("CLAS_MONTANT_BONUS_PARENTS"), cents("CLAS_MONTANT_TOTAL"))
}

# The same collectif as a row of input values, in BatchColumn order.
row <- function(depenses, autres, enfants, intervenants, decision, b) {
  flags <- decision
  if (b > 0) flags <- bitwOr(flags, bitwOr(bonus[[b]][[2]], if (decision == CLAS_BATCH_AGREE) bonus[[b]][[3]] else 0L))
  c(depenses, autres, enfants, intervenants, 2^value("_clas_niveau", "CLAS_NIVEAU_CM1"), 1, 1, 1, 1, 1, flags)
}

cases <- expand.grid(depenses = c(0, 150, 848699, 848700, 1000000), autres = c(0, 2000000), enfants = c(7, 8, 13),
                     intervenants = c(1, 2), decision = c(CLAS_BATCH_AGREE, CLAS_BATCH_REFUSE, 0), b = 0:2)
want <- t(mapply(object_api, cases$depenses, cases$autres, cases$enfants, cases$intervenants, cases$decision, cases$b))
rows <- t(mapply(row, cases$depenses, cases$autres, cases$enfants, cases$intervenants, cases$decision, cases$b))
one <- t(apply(rows, 1, function(r) clas_evaluate_one(regles, "2025-2026", "51", r)))
same <- rowSums(one == want) == ncol(want)
ok(all(same), sprintf("%d of %d cases: clas_evaluate_one gives the object API's verdict, code and amounts",
                      sum(same), nrow(cases)), if (!all(same)) deparse(cbind(rows, one, want)[which(!same)[1], ]))
ok(nrow(unique(cbind(want[, 1:2], want[, 3:4] > 0))) >= 6, "the cases reach several codes, with and without Ps and bonus")
ok(identical(clas_evaluate_one(regles, "2025-2026", "51", rows), one), "a matrix of rows gives each row's result")
ok(identical(Batch_evaluate_one(regles, "2025-2026", "51", rows[1, ]), one[1, ]), "Batch_evaluate_one gives the same")
e <- tryCatch(clas_evaluate_one(regles, "2025-2026", "51", -1), clas_error = function(e) e)
ok(inherits(e, "clas_error") && e$status == "CLAS_ERANGE" && grepl("depenses", e$location),
   "a value out of range signals CLAS_ERANGE naming the column")
e <- tryCatch(clas_evaluate_one(regles, "2025-2026", "51", numeric(BATCH_ROW_INPUTS + 1)), clas_error = function(e) e)
ok(inherits(e, "clas_error") && e$status == "CLAS_EINVAL", "too many values signal CLAS_EINVAL")
e <- tryCatch(clas_evaluate_one("regles", "2025-2026", "51", 1), clas_error = function(e) e)
ok(inherits(e, "clas_error") && e$status == "CLAS_EINVAL", "a non-Regles signals CLAS_EINVAL, no crash")
cat(sprintf("1..%d\n", n))
quit(status = if (failed == 0L) 0L else 1L)
