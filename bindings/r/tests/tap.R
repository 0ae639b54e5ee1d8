# SPDX-License-Identifier: Apache-2.0
# TAP output and checks shared by the R tests (sourced): ok(), is(),
# raises(), status_of() and done() at the end.
n <- 0L
failed <- 0L
ok <- function(cond, name, diag = NULL) {
  n <<- n + 1L
  if (isTRUE(cond)) {
    cat(sprintf("ok %d - %s\n", n, name))
  } else {
    failed <<- failed + 1L
    cat(sprintf("not ok %d - %s\n", n, name))
    if (!is.null(diag)) cat(paste0("# ", strsplit(paste(diag, collapse = "\n"), "\n")[[1]], "\n"), sep = "")
  }
}
is <- function(got, want, name) ok(identical(got, want), name, sprintf("got %s, want %s", deparse(got), deparse(want)))
# The clas_error condition a call signals, or NULL.
raises <- function(expr) tryCatch({ force(expr); NULL }, clas_error = function(e) e)
status_of <- function(expr) {
  e <- tryCatch({ force(expr); NULL }, clas_error = function(e) e, error = function(e) e)
  if (is.null(e)) "ok" else if (inherits(e, "clas_error")) e$status else paste("not a clas_error:", conditionMessage(e))
}
# Prints the plan and exits with the verdict.
done <- function() {
  cat(sprintf("1..%d\n", n))
  quit(status = if (failed == 0L) 0L else 1L)
}
