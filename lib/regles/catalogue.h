/* SPDX-License-Identifier: Apache-2.0 */
/* The catalogue of rules and constat codes: one row per rule and one row
 * per code, holding everything the library knows about them apart from
 * the check itself (formulas.h, eligibility.c, funding.c). Self-contained,
 * so that lib/regles (a cadre's severities) and lib/json can read it. */
#ifndef CLAS_LIB_REGLES_CATALOGUE_H
#define CLAS_LIB_REGLES_CATALOGUE_H

#include "clas.h"

#include <stdbool.h>

/* A public text: title, section (or the sentence quoted), URL ("" when the
 * text is not online). */
typedef struct clas_source {
    const char *titre, *section, *url;
    const char *texte;                  /* "titre, section": what the API returns */
} clas_source;

/* When a code is raised: checking eligibility (dossier and collectif
 * checks), or computing the funding (amounts, decision, balance, bilan). */
typedef enum clas_stage { CLAS_STAGE_ELIGIBILITE, CLAS_STAGE_FINANCEMENT } clas_stage;

/* How a constat's valeur and limite read in a message. */
typedef enum clas_value_kind { CLAS_VK_COUNT, CLAS_VK_CENTS, CLAS_VK_DATE, CLAS_VK_LEVELS, CLAS_VK_ACTION } clas_value_kind;

typedef struct clas_regle_row {
    clas_severity severity;             /* national default, used by every cadre unless it says otherwise */
    const clas_source *source;          /* the text that states the rule */
    /* The field of the cadre and of the barème whose reference the trace
     * cites for the values the rule used (NULL: none; the cadre's or the
     * barème's main source is cited when no reference covers it). */
    const char *cadre_champ, *bareme_champ;
} clas_regle_row;

typedef struct clas_code_row {
    const char *name;                   /* stable, JSON and API */
    clas_regle regle;
    clas_stage stage;
    bool may_switch_off;                /* a cadre may set its rule to "off" */
    bool inform_only;                   /* always CLAS_SEVERITY_INFO, whatever the cadre says */
    bool always_blocking;               /* a contradiction in the data: blocking whatever the cadre says */
    const char *champ;                  /* the field concerned; bonus codes add ".enfants"/".parents" */
    clas_value_kind kind;
    const char *fr, *en;                /* %V valeur, %L limite, %K the bonus kind from champ */
    const clas_source *source;          /* NULL: the rule's */
} clas_code_row;

/* The tables (catalogue.c), read through the two functions below. */
extern const clas_code_row clas__codes[CLAS_CODE_COUNT];
extern const clas_regle_row clas__regles[CLAS_REGLE_COUNT];

/* The row of @p code / @p regle; callers pass values in range. Inline:
 * every constat and trace step reads them. */
static inline const clas_code_row *clas__code_row(clas_code code) { return &clas__codes[code]; }
static inline const clas_regle_row *clas__regle_row(clas_regle regle) { return &clas__regles[regle]; }

/* The code's text: its own, else its rule's. */
const clas_source *clas__code_source(clas_code code);

/* Severity of @p code under @p cadre (its rule's severity there, through
 * clas__code_severity_for). CLAS_SEVERITY_OFF: nothing is reported. */
clas_severity clas__code_severity(const clas_cadre *cadre, clas_code code);

/* Severity of a code under a cadre's severity for its rule: off with its
 * rule, informational codes stay informational. */
static inline clas_severity clas__code_severity_for(const clas_code_row *row, clas_severity regle_severity)
{
    if (regle_severity != CLAS_SEVERITY_OFF && row->inform_only)
        return CLAS_SEVERITY_INFO;
    if (regle_severity != CLAS_SEVERITY_OFF && row->always_blocking)
        return CLAS_SEVERITY_BLOCKING;
    return regle_severity;
}

#endif
