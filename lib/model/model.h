/* SPDX-License-Identifier: Apache-2.0 */
/* Private header of lib/model: the layout of what a porteur files
 * (dossier, collectif) and of a campaign holding dossiers. Public code sees
 * only opaque types; keeping the layouts here lets the engine read fields
 * directly on its hot path. */
#ifndef CLAS_LIB_MODEL_H
#define CLAS_LIB_MODEL_H

#include "base/base.h"

#include <stdbool.h>

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

/* An exception the committee granted to one dossier for one rule. */
typedef struct clas_derogation {
    char *motif;                            /* NULL: no exception for that rule */
    char date[CLAS_DATE_LEN + 1];           /* the committee's date, "" when not given */
} clas_derogation;

struct clas_dossier {
    char annee_scolaire[CLAS_ANNEE_LEN + 1];
    char id[CLAS_ID_MAX + 1];
    char departement[CLAS_DEPT_MAX + 1];
    char date_depot[CLAS_DATE_LEN + 1];     /* "" when unset */
    int liens[CLAS_LIEN_COUNT];             /* 1: linked with the scheme */
    clas_bilan_precedent bilan_precedent;
    struct clas_porteur porteur;
    clas_derogation derogations[CLAS_REGLE_COUNT];
    /* Rules of derogations[] with a motif: the evaluator copies the
     * exceptions only when there are some, without scanning every rule. */
    unsigned num_derogations;
    clas_collectif **collectifs;            /* pointers: collectifs never move */
    size_t num_collectifs, cap_collectifs;
    clas_id_index collectif_ids;            /* kept up to date by every add and copy */
    struct clas_campagne *campagne;         /* the campaign holding it, or NULL:
                                               a new id must refresh its index */
};

struct clas_campagne {
    char departement[CLAS_DEPT_MAX + 1];
    char annee_scolaire[CLAS_ANNEE_LEN + 1];
    char *nom;
    clas_cadre *cadre;                      /* NULL: the rule set's */
    clas_dossier **dossiers;
    size_t num_dossiers, cap_dossiers;
    /* The named dossiers by id, rebuilt when a held dossier's id changes
     * (id_index_stale). */
    clas_id_index id_index;
    bool id_index_stale;
};

/* Copy and free of a collectif, used by the dossier's copy/free. (collectif.c) */
void clas__collectif_destroy(clas_collectif *c);
int clas__collectif_copy_into(clas_collectif *dst, const clas_collectif *src);
/* Adds @p dossier to @p campagne without copying it: the campaign owns it
 * from then on. Same checks and errors as clas_campagne_add_dossier; on
 * failure the caller keeps it. (campagne.c) */
int clas__campagne_adopt_dossier(clas_campagne *campagne, clas_dossier *dossier);

/* Exceptions of a dossier (derogation.c): copy into a zeroed @p dst,
 * release, compare. */
int clas__derogations_copy(clas_derogation *dst, const clas_derogation *src);
void clas__derogations_free(clas_derogation *d);
bool clas__derogations_equal(const clas_derogation *a, const clas_derogation *b);

#endif
