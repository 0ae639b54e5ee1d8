/* SPDX-License-Identifier: Apache-2.0 */
/* What the campaign-year commands (decide, acompte, bilan, settle) share:
 * finding a collectif, the campaign's own cadre, writing the campaign, and
 * reading committee or bilan records from CSV or JSON. */
#ifndef CLAS_CLI_YEAR_H
#define CLAS_CLI_YEAR_H

#include "cli.h"
#include "sheetin.h"

/* A collectif of a loaded campaign, with its evaluation. */
struct found {
    clas_dossier *dossier;
    clas_collectif *collectif;
    const clas_evaluation *evaluation;
    size_t index; /* of the collectif in its dossier and evaluation */
};

/* Looks up DOSSIER/COLLECTIF; 0 if found. */
int year_find(struct found *out, struct document *doc, const char *dossier, const char *collectif);
/* The campaign's own cadre, copied from the rule set's when it has none,
 * so the department's choices (committee date, advance rate) travel with
 * the campaign. NULL when there is no cadre for its year (reported). */
clas_cadre *year_own_cadre(const struct cli *cli, struct document *doc);
/* Stores @p cadre in the campaign (copied) and frees it. */
int year_set_cadre(const struct cli *cli, struct document *doc, clas_cadre *cadre);
/* Writes the campaign as clas-campagne/1 on cli->out. */
int year_write_campaign(const struct cli *cli, const struct document *doc);
/* Re-evaluates the campaign after a change. */
int year_reevaluate(const struct cli *cli, struct document *doc);

/* Records of a CSV file, or of a JSON document of kind @p format whose
 * array @p member holds objects; JSON keys are mapped onto the columns by
 * @p keys (NULL-terminated pairs "key", "Header"). Arrays of strings become
 * comma-separated cells; true/false become oui/non. */
int year_read_records(struct grid *g, const struct cli *cli, const char *path, const char *format,
                      const char *member, const char *const *keys, char **date_comite);

#endif
