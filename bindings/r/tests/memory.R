# SPDX-License-Identifier: Apache-2.0
# Memory loop: N cycles (default 100000) of building case A, evaluating it
# with the trace, using a constat after its evaluation and dossier are
# released, and an error path. Prints the resident memory after half of the
# cycles and at the end; fails if it grew by more than 1 MiB. (Half, not a
# tenth as in the other languages: R's own heap grows in steps during the
# first few thousand cycles, then stays.)
suppressPackageStartupMessages(library(clas))
args <- commandArgs(trailingOnly = TRUE)
n <- if (length(args)) as.integer(args[1]) else 100000L
rss_kb <- function() as.integer(sub("^VmRSS:\\s+(\\d+).*", "\\1", grep("^VmRSS:", readLines("/proc/self/status"), value = TRUE)))
regles <- Regles()
actions <- c("CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE", "CLAS_ACTION_PARENTS_CONVIVIALITE",
             "CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE", "CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE")
start <- NA
for (i in seq_len(n)) {
  d <- Dossier("2025-2026")
  d$set_departement("51")
  d$set_date_depot("2025-08-12")
  c1 <- d$add_collectif("C1")
  c1$add_niveau("CLAS_NIVEAU_CM1")
  c1$set("CLAS_CHAMP_NB_ENFANTS", 10L)
  c1$set("CLAS_CHAMP_NB_INTERVENANTS_SALARIES", 2L)
  c1$set("CLAS_CHAMP_HORS_TEMPS_SCOLAIRE", 1L)
  c1$set_depenses("1000000")
  for (a in actions) c1$add_action(a)
  c1$set_decision("CLAS_DECISION_AGREE")
  ev <- d$evaluate(regles, NULL, CLAS_EVAL_TRACE)
  k <- ev$collectif_constat(0L, 0L)
  rm(ev, d)
  stopifnot(nzchar(clas_code_name(k$code())))
  e <- tryCatch({ c1$set_depenses(-1); NULL }, clas_error = function(e) e)
  stopifnot(identical(e$status, "CLAS_ERANGE"))
  if (i == n %/% 2) { invisible(gc()); start <- rss_kb() }
}
invisible(gc())
end <- rss_kb()
cat(sprintf("r: %d cycles, RSS %d kB after %d, %d kB at the end (%+d kB)\n", n, start, n %/% 2, end, end - start))
quit(status = if (end - start > 1024) 1L else 0L)
