# SPDX-License-Identifier: Apache-2.0
# Tests of the R package (TAP): every shared vector, errors, text,
# exact integers and the batch on a data frame.
suppressPackageStartupMessages(library(clas))

# The helpers next to this script (Rscript and R both give --file=).
here <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(), value = TRUE)[1]))
source(file.path(here, "tap.R"))
source(file.path(here, "case_a.R"))

montant <- list()
for (m in names(clas:::.enum_values("_clas_montant"))) {
  name <- clas_montant_name(m)
  if (!is.null(name)) montant[[name]] <- m
}

# ---------------------------------------------------------------- vectors
# The shared vectors, flattened by bindings/vectors/flatten.py: one record a
# line, tab-separated, "end" closing each vector.
read_vectors <- function(path) {
  vectors <- list()
  v <- NULL
  for (line in readLines(path, encoding = "UTF-8")) {
    f <- strsplit(line, "\t", fixed = TRUE)[[1]]
    tag <- f[1]
    f <- f[-1]
    if (tag == "vector") v <- list(name = f[1], regles = character(), lines = list())
    else if (tag == "end") vectors[[length(vectors) + 1L]] <- v
    else if (tag == "regles") v$regles <- c(v$regles, f[1])
    else if (tag %in% c("dossier", "erreur")) v[[tag]] <- f[1]
    else if (tag %in% c("cadre", "flags", "chargement")) v[[tag]] <- c(f, "")[seq_len(max(length(f), 2L))]
    else v$lines[[length(v$lines) + 1L]] <- c(tag, f)
  }
  vectors
}

evaluate_vector <- function(v) {
  regles <- Regles()
  if (length(v$regles)) {
    b <- ReglesBuilder()
    b$add_defaults()
    for (doc in v$regles) b$add_json(doc, v$name, CLAS_REGLES_REPLACE)
    regles <- b$build()
  }
  cadre <- if (is.null(v$cadre)) NULL else regles$find_cadre(v$cadre[1], v$cadre[2])
  flags <- bitwOr(if (v$flags[1] == "1") CLAS_EVAL_TRACE else 0L, if (v$flags[2] == "1") CLAS_CARRY_FORWARD else 0L)
  Dossier_from_json(v$dossier, v$name)$evaluate(regles, cadre, flags)
}

set_of <- function(x) paste(sort(unique(x)), collapse = " ")

# Runs one vector as tests/test_vectors.c does; returns the differences.
check_vector <- function(v) {
  if (!is.null(v$chargement)) {
    # The dossier is refused as it is loaded: its status and message id, nothing else.
    status <- v$chargement[1]
    id <- v$chargement[2]
    e <- tryCatch(Dossier_from_json(v$dossier, v$name), clas_error = function(e) e)
    got_id <- error_last_id()
    if (inherits(e, "clas_error") && e$status == status && (!nzchar(id) || got_id == id)) return(character())
    return(paste("chargement: expected", status, id, "got",
                 if (inherits(e, "clas_error")) paste(e$status, got_id, conditionMessage(e)) else "success"))
  }
  ev <- tryCatch(evaluate_vector(v), clas_error = function(e) e)
  if (!is.null(v$erreur)) {
    if (inherits(ev, "clas_error") && ev$status == v$erreur) return(character())
    return(paste("expected", v$erreur, "got", if (inherits(ev, "clas_error")) ev$status else "success"))
  }
  if (inherits(ev, "clas_error")) return(paste("failed:", conditionMessage(ev)))
  errors <- character()
  cmp <- function(what, got, want) if (!identical(as.character(got), want))
    errors <<- c(errors, sprintf("%s: got '%s', want '%s'", what, paste(got, collapse = " "), want))
  for (l in v$lines) {
    tag <- l[1]
    f <- l[-1]
    if (tag == "verdict") cmp(tag, clas_verdict_name(ev$verdict()), f[1])
    else if (tag == "provisoire") cmp(tag, if (ev$is_provisional()) "1" else "0", f[1])
    else if (tag == "constats_dossier") {
      codes <- character()
      for (i in seq_len(ev$num_constats()) - 1L) {
        k <- ev$constat(i)
        if (k$collectif_index() < 0) codes <- c(codes, clas_code_name(k$code()))
      }
      cmp(tag, set_of(codes), paste(f, collapse = " "))
    } else if (tag == "collectifs") cmp(tag, ev$num_collectifs(), f[1])
    else if (tag == "collectif") {
      i <- as.integer(f[1])
      cmp("collectif id", ev$collectif_id(i), f[2])
      cmp(paste(f[2], "verdict"), clas_verdict_name(ev$collectif_verdict(i)), f[3])
      if (v$flags[1] == "1") {
        if (ev$num_etapes(i) == 0) errors <- c(errors, paste(f[2], "no trace"))
        for (j in seq_len(ev$num_etapes(i)) - 1L)
          if (!nzchar(ev$etape(i, j)$text())) errors <- c(errors, paste(f[2], "empty step"))
      }
    } else if (tag == "codes") {
      i <- as.integer(f[1])
      codes <- vapply(seq_len(ev$num_collectif_constats(i)) - 1L,
                      function(j) clas_code_name(ev$collectif_constat(i, j)$code()), "")
      cmp(paste("collectif", i, "codes"), set_of(codes), paste(f[-1], collapse = " "))
    } else if (tag == "montant") cmp(paste("collectif", f[1], f[2]), ev$montant(as.integer(f[1]), montant[[f[2]]]), f[3])
    else if (tag == "total") cmp(paste("total", f[1]), ev$total(montant[[f[1]]]), f[2])
    else if (tag == "consequences") {
      # Each constat carries its code's consequence (or none), quoted by its French message.
      want <- list()
      for (pair in f) {
        eq <- regexpr("=", pair, fixed = TRUE)
        want[[substr(pair, 1L, eq - 1L)]] <- substr(pair, eq + 1L, nchar(pair))
      }
      for (j in seq_len(ev$num_constats()) - 1L) {
        k <- ev$constat(j)
        code <- clas_code_name(k$code())
        expected <- if (is.null(want[[code]])) "" else want[[code]]
        cmp(paste("constat", code, "consequence"), k$consequence("CLAS_CONSEQUENCE_TEXTE"), expected)
        if (nzchar(expected) && !grepl(expected, k$message("CLAS_LANG_FR"), fixed = TRUE))
          errors <- c(errors, paste("constat", code, ": the message does not quote the consequence"))
      }
    }
    else errors <- c(errors, paste("unknown record", tag))
  }
  errors
}

vectors <- read_vectors(Sys.getenv("CLAS_VECTORS_FLAT"))
ok(length(vectors) > 10, "vectors found")
for (v in vectors) {
  errors <- check_vector(v)
  ok(length(errors) == 0, v$name, errors)
}

# ---------------------------------------------------------------- statistics
# The example campaign's statistics, figure by figure, against the CLI's (bindings/vectors/statistiques.py).
flat <- Sys.getenv("CLAS_STATISTIQUES_FLAT")
if (!nzchar(flat)) {
  ok(TRUE, "statistiques: skipped (built without the CLI)")
} else {
  stat <- list()
  for (s in names(clas:::.enum_values("_clas_statistique"))) {
    name <- clas_statistique_name(s)
    if (!is.null(name) && nzchar(name)) stat[[name]] <- s
  }
  lines <- strsplit(readLines(flat, encoding = "UTF-8"), "\t", fixed = TRUE)
  camp <- Campagne_from_json_file(lines[[1]][2])
  st <- camp$rapport(Regles())$statistiques(camp)
  count <- 0L
  for (f in lines) {
    if (f[1] != "statistique") next
    count <- count + 1L
    is(if (is.null(stat[[f[2]]])) "no such figure" else as.character(st$get(stat[[f[2]]])), f[3], paste("statistique", f[2]))
  }
  is(count, length(stat), "every figure compared")
}

# ---------------------------------------------------------------- case A
ev <- case_a()$evaluate(Regles())
is(ev$montant(0, "CLAS_MONTANT_PS"), "280070", "case A: Ps as an exact character string of cents")
is(cents_format_human(ev$montant(0, "CLAS_MONTANT_PS")), "2 800,70 €", "case A: human format")
is(clas_verdict_name(ev$verdict()), "eligible", "verdict")

# ---------------------------------------------------------------- errors
d <- Dossier("2025-2026")
c1 <- d$add_collectif("C1")
e <- raises(c1$set_depenses(-1))
ok(inherits(e, c("clas_error")) && inherits(e, "error"), "a failing call signals a clas_error condition")
is(e$status, "CLAS_ERANGE", "its status")
is(e$code, -3L, "its code")
is(e$location, "collectif C1: depenses", "its location")
ok(grepl("out of range", conditionMessage(e)), "its message")
is(clas_status(e), "CLAS_ERANGE", "clas_status()")
is(status_of(d$add_collectif("C1")), "CLAS_EEXISTS", "duplicate id")
e <- raises(Dossier_from_json('{"format": "clas-dossier/1", "collectifs": [', "broken.json"))
is(e$status, "CLAS_EPARSE", "JSON syntax")
ok(grepl("broken.json", e$location, fixed = TRUE), "location names the document")
is(status_of(d$collectif(5)), "CLAS_ENOTFOUND", "index out of range")
is(status_of(Dossier("1990-1991")$evaluate(Regles())), "CLAS_ENOBAREME", "no barème for the year")
ok(identical(tryCatch(c1$set_depenses(-1), error = function(e) "caught"), "caught"), "caught as an ordinary error too")

# ---------------------------------------------------------------- text
c1$set_nom("Élan – 日本 😀")
is(c1$nom(), "Élan – 日本 😀", "UTF-8 round trip")
is(Encoding(c1$nom()), "UTF-8", "marked UTF-8")
latin1 <- iconv("café", "UTF-8", "latin1")
is(Encoding(latin1), "latin1", "a latin1 string")
c1$set_nom(latin1)
is(c1$nom(), "café", "is converted to UTF-8")
bad <- rawToChar(as.raw(c(0x61, 0xc3)))
Encoding(bad) <- "UTF-8"
is(status_of(c1$set_nom(bad)), "CLAS_EUTF8", "malformed UTF-8 is refused, not replaced")
is(c1$nom(), "café", "and nothing changed")
is(status_of(c1$set_nom(c("a", "b"))), "CLAS_EINVAL", "a vector is not one string")
doc <- case_a()$to_json(0)
ok(Dossier_from_json(doc)$equal(case_a()), "JSON round trip")

# ---------------------------------------------------------------- integers
c1$set_depenses("99999999999")
is(c1$depenses(), "99999999999", "cents beyond 2^32 are exact")
c1$set_depenses(5000)
is(c1$depenses(), "5000", "a double holding a whole number")
c1$set_depenses(5000L)
is(c1$depenses(), "5000", "an integer")
is(status_of(c1$set_depenses(10.5)), "CLAS_ERANGE", "a fraction is refused")
is(status_of(c1$set_depenses("9223372036854775808")), "CLAS_ERANGE", "2^63 does not wrap")
is(status_of(c1$set_depenses(2^60)), "CLAS_ERANGE", "a double beyond 2^53 is not exact: refused")
is(status_of(c1$set_depenses(NA)), "CLAS_ERANGE", "NA is refused")

# ---------------------------------------------------------------- ownership: ownership.R

# ---------------------------------------------------------------- batch
df <- data.frame(depenses = c(1000000, 600000, 1000000), nb_enfants = c(10L, 7L, 10L), nb_intervenants = 2L,
                 actions_enfants = 1L, actions_parents = 1L, actions_ecole = 1L, actions_territoire = 1L,
                 hors_temps = TRUE, flags = c(CLAS_BATCH_AGREE, CLAS_BATCH_AGREE, CLAS_BATCH_REFUSE))
r <- clas_batch(df)
is(nrow(r), 3L, "batch: one row per collectif")
is(as.character(r$verdict), c("eligible", "ineligible", "eligible"), "batch: verdicts")
is(as.character(r$code), c(NA, "GROUPE_TROP_PETIT", NA), "batch: first blocking code")
is(r$ps, c(280070, 0, 0), "batch: Ps in whole cents")
is(attr(r, "totaux")[["total"]], "280070", "batch: exact total")
is(status_of(clas_batch(transform(df, depenses = -1))), "CLAS_ERANGE", "batch: an invalid row is the library's error")

done()
