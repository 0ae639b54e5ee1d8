/* SPDX-License-Identifier: Apache-2.0 */
/* Text tables with columns aligned by displayed width (UTF-8 characters). */
#ifndef CLAS_CLI_TABLE_H
#define CLAS_CLI_TABLE_H

#include <stdio.h>

struct table;

enum table_align { ALIGN_LEFT = 0, ALIGN_RIGHT };

/* A table of @p num_cols columns; NULL when out of memory. */
struct table *table_new(size_t num_cols);
void table_free(struct table *table);
/* Alignment of a column (left by default). */
void table_set_align(struct table *table, size_t col, enum table_align align);
/* The first @p rows rows are the header, underlined together (a table
 * whose rows take two lines to fit 80 columns has a two-line header). */
void table_set_header_rows(struct table *table, size_t rows);
/* Appends a row of num_cols cells (copied; NULL is an empty cell).
 * Returns 0, or -1 when out of memory. */
int table_add_row(struct table *table, const char *const *cells);
/* Appends a horizontal rule. Returns 0 or -1. */
int table_add_rule(struct table *table);
/* Appends a line of text printed as it is, across the columns (a porteur's
 * name above its collectifs); it does not widen the columns. Returns 0 or -1. */
int table_add_heading(struct table *table, const char *text);
/* Prints the table, every line starting with @p indent; the first row is
 * the header, underlined. */
void table_print(const struct table *table, FILE *out, const char *indent);
/* Number of characters (not bytes) of UTF-8 text. */
size_t utf8_width(const char *text);

#endif
