/* SPDX-License-Identifier: Apache-2.0 */
/* Tables of collectifs, totals and constats for CSV and xlsx output. */
#ifndef CLAS_CLI_SHEETS_H
#define CLAS_CLI_SHEETS_H

struct cli;
struct document;
struct sheet;

/* Starts the table of collectifs (with a "fichier" column if @p with_file).
 * Returns 1 if it is written. */
int sheets_collectif_table(struct sheet *s, const struct cli *cli, const char *name, int with_file);
/* One row per collectif of @p doc. */
void sheets_collectif_rows(struct sheet *s, const struct cli *cli, const struct document *doc, int with_file);
/* The table of the committee's exceptions, one row per dossier and rule:
 * dossier, porteur, regle, date, motif (a workbook's own sheet). */
void sheets_derogations(struct sheet *s, const struct cli *cli, const struct document *doc);
/* The report's tables: collectifs, totals, constats (CSV keeps the first). */
int sheets_report(struct sheet *s, const struct cli *cli, const struct document *doc);

#endif
