/* SPDX-License-Identifier: Apache-2.0 */
/* The department's statistics, for clas stats and the report. */
#ifndef CLAS_CLI_STATS_H
#define CLAS_CLI_STATS_H

#include <stdint.h>
#include <stdio.h>

#include "cli.h"

struct sheet;

#define STATS_COUNT 43
/* Fills @p values (STATS_COUNT of them) from a loaded campaign. */
void stats_compute(int64_t *values, const struct document *doc);
/* The "Statistiques" table; @p before may be NULL. Returns 1 if written. */
int stats_sheet(struct sheet *s, const struct cli *cli, const int64_t *now, const int64_t *before);
/* The statistics as an HTML table. */
void stats_html(FILE *out, const struct cli *cli, const int64_t *values);

#endif
