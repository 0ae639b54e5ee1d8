/* SPDX-License-Identifier: Apache-2.0 */
/* CSV output as RFC 4180 describes it: ',' separator, CRLF line ends,
 * fields quoted when they hold ',', '"', CR or LF, quotes doubled. */
#ifndef CLAS_CLI_CSV_H
#define CLAS_CLI_CSV_H

#include <stdio.h>

/* Writes one record of @p n fields (NULL is an empty field). */
void csv_row(FILE *out, const char *const *fields, size_t n);

#endif
