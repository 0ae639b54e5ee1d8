/* SPDX-License-Identifier: Apache-2.0 */
/* The department's statistics, for clas stats and the report. */
#ifndef CLAS_CLI_STATS_H
#define CLAS_CLI_STATS_H

#include <stdint.h>
#include <stdio.h>

#include "cli.h"

struct sheet;

/* The statistics of a loaded campaign into *out (clas_statistiques_free());
 * on failure prints the error and returns its exit status. */
int stats_compute(clas_statistiques **out, const struct cli *cli, const struct document *doc);
/* The "Statistiques" table, the dossiers with a committee exception last;
 * @p before and @p prev (its campaign) may be NULL. Returns 1 if written. */
int stats_sheet(struct sheet *s, const struct cli *cli, const clas_statistiques *now,
                const clas_statistiques *before, const struct document *doc, const struct document *prev);
/* How many dossiers of @p doc the committee granted an exception. */
size_t stats_derogations(const struct document *doc);
/* The statistics as an HTML table. */
void stats_html(FILE *out, const struct cli *cli, const clas_statistiques *stats);

#endif
