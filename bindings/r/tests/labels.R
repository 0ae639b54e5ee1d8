# SPDX-License-Identifier: Apache-2.0
# Labels and error message ids reach R (TAP): a French label, a French error
# with euros, nothing stale after an error the wrapper raised itself.
suppressPackageStartupMessages(library(clas))

n <- 0L
failed <- 0L
is <- function(got, want, name) {
  n <<- n + 1L
  if (identical(got, want)) {
    cat(sprintf("ok %d - %s\n", n, name))
  } else {
    failed <<- failed + 1L
    cat(sprintf("not ok %d - %s\n# got %s, want %s\n", n, name, deparse(got), deparse(want)))
  }
}
raises <- function(expr) tryCatch({ force(expr); NULL }, clas_error = function(e) e)

is(clas_label("CLAS_LABEL_SEVERITY", 2L, "CLAS_LANG_FR"), "bloquant", "French label")
is(clas_label("CLAS_LABEL_SEVERITY", 2L, "CLAS_LANG_EN"), "blocking", "English label")

c1 <- Dossier("2025-2026")$add_collectif("C1")
is(inherits(raises(c1$set_depenses(-5)), "clas_error"), TRUE, "a negative amount fails")
is(error_last_id(), "montant_hors_bornes", "message id")
is(error_last_format("CLAS_LANG_FR"), "depenses = -0,05 € est hors des bornes 0,00 € à 1 000 000 000,00 €",
   "French message with euros")
is(grepl("-€0.05", error_last_format("CLAS_LANG_EN"), fixed = TRUE), TRUE, "English message with euros")

d <- Dossier("2025-2026")
e <- raises(d$collectif(5))
is(error_last_id(), "", "no id for an error of the wrapper")
is(error_last_format("CLAS_LANG_FR"), conditionMessage(e), "its English message")

cat(sprintf("1..%d\n", n))
quit(status = if (failed == 0L) 0L else 1L)
