/* SPDX-License-Identifier: Apache-2.0 */
/* The committee's exceptions of an evaluated dossier (a late dossier
 * examined all the same), as every output of the tool shows them. */
#ifndef CLAS_CLI_DEROGATION_H
#define CLAS_CLI_DEROGATION_H

#include <stdio.h>

#include <jansson.h>

#include "cli.h"

/* The first rule from @p from on that the committee lifted for the
 * dossier evaluated by @p ev (one with a reason), CLAS_REGLE_COUNT when
 * none is left: for (int r = derogation_next(ev, 0); r < CLAS_REGLE_COUNT;
 * r = derogation_next(ev, r + 1)). */
int derogation_next(const clas_evaluation *ev, int from);
/* How many rules the committee lifted for the dossier evaluated by @p ev. */
size_t derogation_count(const clas_evaluation *ev);
/* Prints one line per exception, "Dérogation du comité du 2025-09-18
 * (R-DELAI) : reason", wrapped to 80 columns: the first line after
 * @p indent, the next ones four spaces further in. */
void derogation_print(const struct cli *cli, FILE *f, const clas_evaluation *ev, const char *indent);
/* A section headed @p title (NULL: "Dérogations du comité") listing,
 * under each dossier that has one, its exceptions (derogation_print());
 * a blank line before it. Nothing when no dossier of @p doc has any.
 * Returns how many were shown. */
size_t derogation_print_section(const struct cli *cli, FILE *f, const struct document *doc, const char *title);
/* The exceptions as a JSON array of {"regle", "motif", "date"} (date null
 * when the committee gave none); NULL when out of memory. */
json_t *derogation_json(const clas_evaluation *ev);
/* The exceptions in one spreadsheet cell, "R-DELAI : reason (2025-09-18)"
 * separated by " ; " ("" when none); to free(); NULL when out of memory. */
char *derogation_cell(const clas_evaluation *ev);

#endif
