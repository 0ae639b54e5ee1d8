/* SPDX-License-Identifier: Apache-2.0 */
/* Private header of lib/regles: the layout of the national barèmes, the
 * departmental cadres and the immutable rule set built from them. */
#ifndef CLAS_LIB_REGLES_H
#define CLAS_LIB_REGLES_H

#include "base/base.h"

#include <stdatomic.h>
#include <stdbool.h>

/* One reference: the fields it covers ("taux ps_max"), the text that
 * settles them, or no title when no text does (the note says why). */
typedef struct clas__reference {
    char *parts[CLAS_REFERENCE_PART_COUNT]; /* indexed by clas_reference_part; NULL reads as "" */
} clas__reference;

typedef struct clas__references {
    clas__reference *items;
    size_t count;
} clas__references;

/* (reference.c) */
int clas__references_add(clas__references *list, const char *what, const char *champs, const char *titre,
                         const char *section, const char *url, const char *note);
int clas__references_copy(clas__references *dst, const clas__references *src);
void clas__references_clear(clas__references *list);
const char *clas__references_get(const clas__references *list, size_t i, clas_reference_part part);

/* The consequence a cadre gives one constat code, in its own words and
 * with its own source (consequence.c). */
typedef struct clas__consequence {
    clas_code code;
    char *parts[CLAS_CONSEQUENCE_PART_COUNT]; /* indexed by clas_consequence_part; NULL reads as "" */
} clas__consequence;

typedef struct clas__consequences {
    clas__consequence *items;               /* in the order set, one per code */
    size_t count;
} clas__consequences;

int clas__consequences_copy(clas__consequences *dst, const clas__consequences *src);
void clas__consequences_clear(clas__consequences *list);
/* The entry of @p code, or NULL. */
const clas__consequence *clas__consequence_find(const clas__consequences *list, clas_code code);

struct clas_bareme {
    char annee_scolaire[CLAS_ANNEE_LEN + 1];
    int64_t taux;                           /* millionths */
    clas_cents prix_plafond;
    clas_cents ps_max;
    clas_cents bonus[CLAS_BONUS_COUNT];
    clas_rounding rounding;
    char *source_titre, *source_section, *source_url;
    clas__references references;
};

struct clas_cadre {
    char departement[CLAS_DEPT_MAX + 1];
    char annee_scolaire[CLAS_ANNEE_LEN + 1];
    char *nom;
    char dates[CLAS_DATE_KIND_COUNT][CLAS_DATE_LEN + 1]; /* "" when unset */
    int64_t seuils[CLAS_SEUIL_COUNT];
    clas_severity severities[CLAS_REGLE_COUNT];
    uint32_t actions_parents_requises;      /* bit n: clas_action n is required (R-SOCLE-PARENTS) */
    char *source_titre, *source_section, *source_url;
    clas__references references;
    clas__consequences consequences;
};

struct clas_regles {
    atomic_long refcount;
    clas_bareme **baremes;                  /* sorted by school year */
    size_t num_baremes;
    clas_cadre **cadres;
    size_t num_cadres;
    clas_cadre *national_default;           /* used when no cadre matches */
    char hash[65];
};

struct clas_regles_builder {
    clas_bareme **baremes;
    size_t num_baremes, cap_baremes;
    clas_cadre **cadres;
    size_t num_cadres, cap_cadres;
};

/* Copies and clears used by copy/free of barèmes and cadres. (bareme.c, cadre.c) */
int clas__bareme_copy_into(clas_bareme *dst, const clas_bareme *src);
int clas__cadre_copy_into(clas_cadre *dst, const clas_cadre *src);
void clas__bareme_clear(clas_bareme *b);
void clas__cadre_clear(clas_cadre *c);
/* Fills @p c with the national defaults of domain.md §3. (cadre.c) */
void clas__cadre_defaults(clas_cadre *c);

#endif
