# SPDX-License-Identifier: Apache-2.0
# R conveniences over the SWIG functions above (the package's own layer).

#' The status name of a clas_error condition ("CLAS_ERANGE"...).
clas_status <- function(e) if (inherits(e, "clas_error")) e$status else NA_character_
