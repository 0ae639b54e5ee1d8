/* SPDX-License-Identifier: Apache-2.0 */
/* Tables for spreadsheets, written once and output as CSV (RFC 4180 or the
 * French dialect) or as an xlsx workbook (one worksheet per table). Cells
 * are typed, so amounts stay numbers and text never becomes a formula. */
#ifndef CLAS_CLI_SHEET_H
#define CLAS_CLI_SHEET_H

#include <clas.h>

struct cli;
struct sheet;

/* A writer for cli->format (FORMAT_CSV or FORMAT_XLSX); NULL on error
 * (already reported on cli->err). */
struct sheet *sheet_new(const struct cli *cli);
/* Starts a table named @p name with a header row. A CSV file holds one
 * table: later tables are skipped (sheet_table returns 0 and the cells
 * written until the next table are dropped). Returns 1 if the table is
 * written. */
int sheet_table(struct sheet *sheet, const char *name, const char *const *headers, size_t n);
/* Width hint of column @p col of the current table, in characters. */
void sheet_width(struct sheet *sheet, size_t col, double width);
void sheet_text(struct sheet *sheet, const char *text);
void sheet_money(struct sheet *sheet, clas_cents cents);
void sheet_int(struct sheet *sheet, int64_t value);
/* A rate in millionths, shown as a percentage. */
void sheet_rate(struct sheet *sheet, int64_t millionths);
void sheet_end_row(struct sheet *sheet);
/* Writes and frees. Returns EXIT_OK or EXIT_INTERNAL (reported). */
int sheet_close(struct sheet *sheet);

/* Backends (sheet.c dispatches). */
struct sheet_ops {
    int (*table)(void *impl, const char *name, const char *const *headers, size_t n);
    void (*width)(void *impl, size_t col, double width);
    void (*text)(void *impl, const char *text);
    void (*money)(void *impl, clas_cents cents);
    void (*integer)(void *impl, int64_t value);
    void (*rate)(void *impl, int64_t millionths);
    void (*end_row)(void *impl);
    int (*close)(void *impl);
};
void *csv_sheet_new(const struct cli *cli, const struct sheet_ops **ops);
/* NULL with *ops NULL when the tool was built without libxlsxwriter. */
void *xlsx_sheet_new(const struct cli *cli, const struct sheet_ops **ops);

#endif
