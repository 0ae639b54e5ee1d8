/* SPDX-License-Identifier: Apache-2.0 */
/* Private header of lib/regles: the layout of the national barèmes, the
 * departmental cadres and the immutable rule set built from them. */
#ifndef CLAS_LIB_REGLES_H
#define CLAS_LIB_REGLES_H

#include "base/base.h"

#include <stdatomic.h>
#include <stdbool.h>

struct clas_bareme {
    char annee_scolaire[CLAS_ANNEE_LEN + 1];
    int64_t taux;                           /* millionths */
    clas_cents prix_plafond;
    clas_cents ps_max;
    clas_cents bonus[CLAS_BONUS_COUNT];
    clas_rounding rounding;
    char *source_titre, *source_section, *source_url;
};

struct clas_cadre {
    char departement[CLAS_DEPT_MAX + 1];
    char annee_scolaire[CLAS_ANNEE_LEN + 1];
    char *nom;
    char dates[CLAS_DATE_KIND_COUNT][CLAS_DATE_LEN + 1]; /* "" when unset */
    int64_t seuils[CLAS_SEUIL_COUNT];
    clas_severity severities[CLAS_REGLE_COUNT];
    char *source_titre, *source_section, *source_url;
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
