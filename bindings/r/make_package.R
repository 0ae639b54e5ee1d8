# SPDX-License-Identifier: Apache-2.0
# Lays out an installed R package directory from the parts meson built:
#   Rscript make_package.R OUTDIR VERSION DESCRIPTION NAMESPACE SO R_CODE...
# The result is what R CMD INSTALL would leave (DESCRIPTION with its Built
# field, Meta/package.rds, Meta/nsInfo.rds, R/clas, libs/clas.so), so that
# library(clas) loads it; the shared object itself comes from meson.
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
version <- args[2]
unlink(out, recursive = TRUE)
dir.create(file.path(out, "R"), recursive = TRUE)
dir.create(file.path(out, "libs"))
desc <- gsub("@VERSION@", version, readLines(args[3], encoding = "UTF-8"), fixed = TRUE)
writeLines(desc, file.path(out, "DESCRIPTION"), useBytes = TRUE)
file.copy(args[4], file.path(out, "NAMESPACE"))
stopifnot(file.copy(args[5], file.path(out, "libs", "clas.so")))
code <- unlist(lapply(args[-(1:5)], readLines, encoding = "UTF-8"))
writeLines(code, file.path(out, "R", "clas"), useBytes = TRUE)
tools:::.install_package_description(out, out)
tools:::.install_package_namespace_info(out, out)
# As R CMD INSTALL does: the code goes into a lazy-load database (R/clas.rdb),
# so that library(clas) does not re-evaluate thousands of definitions, and
# its functions are byte-compiled on the way (R CMD INSTALL's default), so
# that a call such as clas_evaluate_one() does not run through the AST
# interpreter.
compiler::compilePKGS(TRUE)
tools:::makeLazyLoading("clas", lib.loc = dirname(out))
