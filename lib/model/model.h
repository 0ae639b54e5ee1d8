/* SPDX-License-Identifier: Apache-2.0 */
/* Private layout of the model objects, shared by the library's modules.
 * Public code sees only opaque types; keeping the layouts here lets the
 * evaluator read fields directly on its hot path. */
#ifndef CLAS_LIB_MODEL_H
#define CLAS_LIB_MODEL_H

#include "clas.h"

#include <stdatomic.h>
#include <stdbool.h>

/* "2025-2026" */
#define CLAS_ANNEE_LEN 9
/* "YYYY-MM-DD" */
#define CLAS_DATE_LEN 10
/* "national" is the longest department code we store */
#define CLAS_DEPT_MAX 15

struct clas_porteur {
    char id[CLAS_ID_MAX + 1];
    char *nom;                 /* NULL reads as "" */
    clas_porteur_type type;
    char *commune;
};

typedef struct clas_action_entry {
    clas_action action;
    char *texte;
} clas_action_entry;

typedef struct clas_financement {
    char *libelle;
    clas_cents montant;
} clas_financement;

struct clas_collectif {
    char id[CLAS_ID_MAX + 1];
    char *nom;
    uint32_t niveaux;                       /* bit n = clas_niveau n */
    int64_t champs[CLAS_CHAMP_COUNT];
    clas_cents depenses;
    clas_financement *financements;
    size_t num_financements, cap_financements;
    clas_action_entry *actions;
    size_t num_actions, cap_actions;
    uint32_t actions_par_axe[CLAS_AXE_COUNT]; /* kept in step with actions[] */
    int bonus_demande[CLAS_BONUS_COUNT];
    char *bonus_projet[CLAS_BONUS_COUNT];
    clas_decision decision;
    char *decision_motif;
    int bonus_accorde[CLAS_BONUS_COUNT];
    clas_cents acomptes_verses;
    int has_bilan;
    int64_t bilan[CLAS_BILAN_CHAMP_COUNT];
};

struct clas_dossier {
    char annee_scolaire[CLAS_ANNEE_LEN + 1];
    char id[CLAS_ID_MAX + 1];
    char departement[CLAS_DEPT_MAX + 1];
    char date_depot[CLAS_DATE_LEN + 1];     /* "" when unset */
    struct clas_porteur porteur;
    clas_collectif **collectifs;            /* pointers: collectifs never move */
    size_t num_collectifs, cap_collectifs;
    struct clas_campagne *campagne;         /* the campaign holding it, or NULL:
                                               a new id must refresh its index */
};

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

struct clas_campagne {
    char departement[CLAS_DEPT_MAX + 1];
    char annee_scolaire[CLAS_ANNEE_LEN + 1];
    char *nom;
    clas_cadre *cadre;                      /* NULL: the rule set's */
    clas_dossier **dossiers;
    size_t num_dossiers, cap_dossiers;
    /* Index of the named dossiers by id, so adding one does not compare
     * its id with every other: open addressing, a slot holds a position
     * in dossiers[] plus one (0 = empty), at most half the slots used.
     * Rebuilt when a held dossier's id changes (id_index_stale). */
    size_t *id_index;
    size_t id_index_cap, id_index_used;
    bool id_index_stale;
};

#endif
