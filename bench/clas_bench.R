# SPDX-License-Identifier: Apache-2.0
# Cost per call from R: one collectif built from values and evaluated, a
# built dossier evaluated into a reused Evaluation, one collectif from values
# in one call (clas_evaluate_one), and the batch per
# collectif from a data frame of 1 000 000 rows (clas_batch), with its exact
# totals to compare with the C batch (bench/batch_totals). Median of 7 runs
# (3 with --quick; fewer objects: R's method dispatch costs microseconds).
#   R_LIBS=build/bindings/r/lib Rscript --vanilla bench/clas_bench.R [--quick]
suppressPackageStartupMessages(library(clas))
quick <- "--quick" %in% commandArgs(trailingOnly = TRUE)
n <- if (quick) 2000L else 20000L
runs <- if (quick) 3L else 7L
rows <- 1000000L

median_time <- function(k, code) {
  code(k %/% 10L + 1L)
  t <- vapply(seq_len(runs), function(r) system.time(code(k))[["elapsed"]] / k, 0)
  sort(t)[runs %/% 2L + 1L]
}

actions <- c("CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE", "CLAS_ACTION_PARENTS_CONVIVIALITE",
             "CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE", "CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE")
build <- function() {
  d <- Dossier("2025-2026")
  d$set_departement("51")
  d$set_date_depot("2025-08-12")
  c1 <- d$add_collectif("C1")
  c1$add_niveau("CLAS_NIVEAU_CM1")
  c1$set("CLAS_CHAMP_NB_ENFANTS", 10L)
  c1$set("CLAS_CHAMP_NB_INTERVENANTS_SALARIES", 1L)
  c1$set("CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES", 1L)
  c1$set("CLAS_CHAMP_HORS_TEMPS_SCOLAIRE", 1L)
  c1$set_depenses(1000000)
  c1$add_financement("Ville", 150000)
  for (a in actions) c1$add_action(a)
  c1$set_decision("CLAS_DECISION_AGREE")
  d
}

regles <- Regles()
ev <- Evaluation()
t <- median_time(n, function(k) for (i in seq_len(k)) ev$run(regles, NULL, build(), 0L))
cat(sprintf("build one collectif from values + evaluate: %.0f ns\n", t * 1e9))
built <- build()
t <- median_time(n, function(k) for (i in seq_len(k)) ev$run(regles, NULL, built, 0L))
cat(sprintf("evaluate a built dossier of one collectif (Evaluation.run reused): %.0f ns\n", t * 1e9))

# One collectif from values in one call: a row in BatchColumn order (case A's
# values), through the package's .Call entry point and through the SWIG function.
row <- c(1000000, 150000, 10, 2, 2^6, 1, 1, 1, 1, 1, CLAS_BATCH_AGREE)
stopifnot(clas_evaluate_one(regles, "2025-2026", "51", row)[3] == 280070)
nf <- n * 10L
t <- median_time(nf, function(k) for (i in seq_len(k)) {
  row[1] <- 100000 + (i * 7919) %% 900000
  clas_evaluate_one(regles, "2025-2026", "51", row)
})
cat(sprintf("one collectif from values in one call (clas_evaluate_one): %.0f ns  <= 2 us %s\n", t * 1e9,
            if (t <= 2e-6) "PASS" else "MISS"))
t <- median_time(n, function(k) for (i in seq_len(k)) Batch_evaluate_one(regles, "2025-2026", "51", row))
cat(sprintf("one collectif from values in one call (Batch_evaluate_one, SWIG wrapper): %.0f ns  <= 2 us %s\n", t * 1e9,
            if (t <= 2e-6) "PASS" else "MISS"))
m <- matrix(row, nrow = rows %/% 10L, ncol = length(row), byrow = TRUE)
m[, 1] <- 100000 + ((seq_len(nrow(m)) - 1) * 7919) %% 900000
t <- median_time(1L, function(k) for (j in seq_len(k)) clas_evaluate_one(regles, "2025-2026", "51", m))
cat(sprintf("a matrix of %d rows through clas_evaluate_one: %.1f ns per collectif\n", nrow(m), t * 1e9 / nrow(m)))

i <- seq_len(rows) - 1
df <- data.frame(depenses = 100000 + (i * 7919) %% 900000, nb_enfants = 8L + as.integer(i %% 5), nb_intervenants = 2L,
                 actions_enfants = 1L, actions_parents = 1L, actions_ecole = 1L, actions_territoire = 1L,
                 flags = CLAS_BATCH_AGREE)
r <- NULL
t <- median_time(1L, function(k) for (j in seq_len(k)) r <<- clas_batch(df, regles, "2025-2026", "51"))
cat(sprintf("batch per collectif (%d rows of a data frame, clas_batch: columns in, data frame out): %.1f ns, %.3f s\n",
            rows, t * 1e9 / rows, t))
tot <- attr(r, "totaux")
cat(sprintf("totals: ps %s bonus %s total %s\n", tot[["ps"]], tot[["bonus"]], tot[["total"]]))
