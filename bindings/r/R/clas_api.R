# SPDX-License-Identifier: Apache-2.0
# The R layer of the package, over the SWIG functions: flag constants, the
# status of a condition, and the batch API on data frames.
#
# Exactness: every 64-bit integer of the object API (amounts in cents, rates
# in millionths) is a character string ("280070"); setters take such strings,
# integers, or doubles holding whole numbers up to 2^53. Batch results are
# doubles holding whole cents, exact because every amount is at most
# CLAS_CENTS_MAX (10^11) < 2^53; their sums come as exact strings.

# Defaults of the optional trailing arguments of the C interface (SWIG's R
# module drops them): flags 0, lang French, the others absent.
.optional_args <- list(flags = 0L, lang = "CLAS_LANG_FR", origin = NULL, cadre = NULL, motif = NULL,
                       projet = NULL, texte = NULL)

.onLoad <- function(libname, pkgname) {
  ns <- asNamespace(pkgname)
  flags <- r_flags()
  for (name in names(flags)) assign(name, flags[[name]], envir = ns)
  for (fn in ls(ns)) {
    f <- get(fn, envir = ns)
    if (startsWith(fn, "delete_") && is.function(f)) {
      # Releases once, whether called explicitly or as a finalizer.
      assign(fn, function(self) invisible(r_release(if (isS4(self) && .hasSlot(self, "ref")) self@ref else self)),
             envir = ns)
      next
    }
    if (!inherits(f, "SWIGFunction")) next
    at <- attributes(f)    # formals<- and body<- drop them
    args <- formals(f)
    for (a in rev(setdiff(names(args), ".copy"))) {
      if (!a %in% names(.optional_args)) break
      args[a] <- list(.optional_args[[a]])
    }
    formals(f) <- args
    # Setters return nothing: invisibly, so that they print nothing at top level.
    if (identical(at$returnType, "void")) body(f) <- call("invisible", body(f))
    attributes(f) <- at
    assign(fn, f, envir = ns)
  }
}

#' The status name of a clas_error condition ("CLAS_ERANGE"...), NA otherwise.
clas_status <- function(e) if (inherits(e, "clas_error")) e$status else NA_character_

.enum_values <- function(type) get(paste0(".__E__", type), envir = asNamespace("clas"))
# The library's names of an enumeration's values (NA for *_COUNT).
.enum_names <- function(values, fn) vapply(names(values), function(v) {
  name <- fn(v)
  if (is.null(name)) NA_character_ else name
}, "", USE.NAMES = FALSE)

# Input columns of clas_batch(): data frame column -> BatchColumn.
.batch_inputs <- c(
  depenses = "CLAS_BATCH_COL_DEPENSES", autres_financements = "CLAS_BATCH_COL_AUTRES_FINANCEMENTS",
  nb_enfants = "CLAS_BATCH_COL_NB_ENFANTS", nb_intervenants = "CLAS_BATCH_COL_NB_INTERVENANTS",
  niveaux = "CLAS_BATCH_COL_NIVEAUX", actions_enfants = "CLAS_BATCH_COL_ACTIONS_ENFANTS",
  actions_parents = "CLAS_BATCH_COL_ACTIONS_PARENTS", actions_ecole = "CLAS_BATCH_COL_ACTIONS_ECOLE",
  actions_territoire = "CLAS_BATCH_COL_ACTIONS_TERRITOIRE", hors_temps = "CLAS_BATCH_COL_HORS_TEMPS",
  flags = "CLAS_BATCH_COL_FLAGS", seances_par_semaine = "CLAS_BATCH_COL_SEANCES_PAR_SEMAINE",
  minutes_par_seance = "CLAS_BATCH_COL_MINUTES_PAR_SEANCE", nb_semaines = "CLAS_BATCH_COL_NB_SEMAINES")

#' Evaluates every row of a data frame of collectifs with the batch API
#' (clas/batch.h): columns depenses (cents), nb_enfants, nb_intervenants,
#' actions_enfants, actions_parents, actions_ecole, actions_territoire are
#' required; autres_financements, niveaux, hors_temps (logical or 0/1),
#' flags (CLAS_BATCH_* bits), seances_par_semaine, minutes_par_seance and
#' nb_semaines (R-FREQUENCE; the cadre's minimum when left out) are optional. Returns a data frame with verdict
#' ("eligible"/"ineligible"), code (first blocking constat, NA if none), ps,
#' bonus and total (whole cents as doubles); attribute "totaux" holds the
#' exact sums as character strings.
clas_batch <- function(data, regles = Regles(), annee_scolaire = "2025-2026", departement = "national",
                       cadre = NULL) {
  n <- nrow(data)
  b <- Batch(n)
  for (col in intersect(names(.batch_inputs), names(data))) b$set(.batch_inputs[[col]], data[[col]])
  if (is.null(cadre)) b$evaluate(regles, annee_scolaire, departement)
  else b$evaluate_cadre(regles, annee_scolaire, cadre)
  verdicts <- .enum_values("_clas_verdict")
  verdict_names <- .enum_names(verdicts, clas_verdict_name)
  code_values <- .enum_values("_clas_code")
  code_names <- .enum_names(code_values, clas_code_name)
  verdict <- b$get("CLAS_BATCH_COL_VERDICT", n)
  code <- b$get("CLAS_BATCH_COL_CODE", n)
  out <- data.frame(
    verdict = factor(verdict_names[match(verdict, verdicts)], levels = na.omit(verdict_names)),
    code = factor(ifelse(code < 0, NA, code_names[match(code, code_values)]), levels = na.omit(code_names)),
    ps = b$get("CLAS_BATCH_COL_PS", n),
    bonus = b$get("CLAS_BATCH_COL_BONUS", n),
    total = b$get("CLAS_BATCH_COL_TOTAL", n))
  attr(out, "totaux") <- c(ps = b$sum("CLAS_BATCH_COL_PS"), bonus = b$sum("CLAS_BATCH_COL_BONUS"),
                           total = b$sum("CLAS_BATCH_COL_TOTAL"))
  out
}

#' Evaluates one collectif in one call, without S4 dispatch: `row` holds
#' one value per input column in BatchColumn order (depenses,
#' autres_financements, nb_enfants, nb_intervenants, niveaux,
#' actions_enfants, actions_parents, actions_ecole, actions_territoire,
#' hors_temps, flags...; trailing ones may be left out, they are then
#' unset). Returns the numeric vector c(verdict, code, ps, bonus, total)
#' (whole cents). A matrix of such rows gives a matrix of results, one row
#' per collectif. Errors signal a clas_error condition.
clas_evaluate_one <- function(regles, annee_scolaire, departement, row)
  .Call(R_swig_r_evaluate_one, regles, annee_scolaire, departement, row, FALSE)
