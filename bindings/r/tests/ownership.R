# SPDX-License-Identifier: Apache-2.0
# Ownership (TAP): every child used after its parent is removed and
# collected (rm(); gc()) still works or raises the library's error, and every
# error path frees what it made. Short, so that the memcheck suite runs it
# under valgrind (R -d valgrind).
suppressPackageStartupMessages(library(clas))
here <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(), value = TRUE)[1]))
source(file.path(here, "tap.R"))
source(file.path(here, "case_a.R"))

d <- case_a()
copy <- d$copy()
rm(d); invisible(gc())
is(copy$collectif(0)$id(), "C1", "a copy outlives its original")

d <- case_a()
c1 <- d$collectif(0)
p <- d$porteur()
rm(d); invisible(gc())
is(c1$id(), "C1", "a collectif outlives its dossier")
c1$set_depenses("900000")
is(c1$depenses(), "900000", "and can still be changed")
ok(!is.null(p$id()), "a porteur outlives its dossier")

regles <- Regles()
ev <- copy$evaluate(regles, NULL, CLAS_EVAL_TRACE)
rm(copy, regles); invisible(gc())
is(ev$montant(0, "CLAS_MONTANT_PS"), "280070", "an evaluation outlives its rule set and dossier")
k <- ev$collectif_constat(0, 0)
e <- ev$etape(0, 0)
b <- ev$bareme()
rm(ev); invisible(gc())
ok(nzchar(clas_code_name(k$code())), "a constat outlives its evaluation")
ok(nzchar(clas_regle_id(e$regle())), "a step outlives its evaluation")
is(status_of(b$set_ps_max(1)), "CLAS_ESTATE", "its barème stays read-only")

b <- Regles()$find_bareme("2025-2026", 0)
invisible(gc())
ok(as.numeric(b$ps_max()) > 0, "a barème outlives its rule set")
is(status_of(b$set_ps_max(1)), "CLAS_ESTATE", "and is read-only")
is(b$copy()$ps_max(), b$ps_max(), "its copy is a plain barème")

campagne <- Campagne("51", "2025-2026")
dossier <- campagne$add_dossier(case_a())
rapport <- campagne$rapport(Regles())
ev <- rapport$evaluation(0)
total <- rapport$total("CLAS_TOTAL_PS")
rm(campagne, rapport); invisible(gc())
is(dossier$collectif(0)$id(), "C1", "a dossier outlives its campaign")
is(ev$montant(0, "CLAS_MONTANT_PS"), total, "an evaluation outlives its report and campaign")

reused <- Evaluation()
reused$run(Regles(), NULL, case_a(), 0)
old <- reused$collectif_constat(0, 0)
reused$run(Regles(), NULL, case_a(), 0)
is(status_of(old$code()), "CLAS_ESTATE", "a constat from before run() raises CLAS_ESTATE")
rm(reused); invisible(gc())
is(status_of(old$code()), "CLAS_ESTATE", "and still does once its evaluation is gone")
campagne <- Campagne("51", "2025-2026")
campagne$set_cadre(Regles()$find_cadre("51", "2025-2026"))
cadre <- campagne$cadre()
campagne$set_cadre(NULL)
is(status_of(cadre$copy()), "CLAS_ESTATE", "a cadre replaced by set_cadre() raises CLAS_ESTATE")

# error paths: the half-made objects and the conditions are freed
d <- case_a()
is(status_of(d$add_collectif("C1")), "CLAS_EEXISTS", "duplicate id")
is(status_of(d$collectif(5)), "CLAS_ENOTFOUND", "index out of range")
is(status_of(d$collectif(0)$set_depenses(-1)), "CLAS_ERANGE", "negative amount")
is(status_of(Dossier_from_json('{"format": "clas-dossier/1", "collectifs": [', "broken.json")), "CLAS_EPARSE",
   "JSON syntax")
is(status_of(Dossier("1990-1991")$evaluate(Regles())), "CLAS_ENOBAREME", "no barème for the year")
is(status_of(clas_batch(data.frame(depenses = -1, nb_enfants = 10L))), "CLAS_ERANGE", "an invalid batch row")
invisible(gc())

done()
