/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file clas/campagne.h
 * @brief A department's campaign for one school year (many dossiers and the
 *        cadre they fall under) and the committee report over it.
 */
#ifndef CLAS_CAMPAGNE_H
#define CLAS_CAMPAGNE_H

#include "common.h"
#include "regles.h"
#include "dossier.h"
#include "evaluation.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A campaign: department, school year, optional cadre, dossiers. @since 1.0 */
typedef struct clas_campagne clas_campagne;
/** The evaluation of every dossier of a campaign, with department totals. @since 1.0 */
typedef struct clas_rapport clas_rapport;

/**
 * Creates an empty campaign.
 * @param[out] out owned by the caller (clas_campagne_free()).
 * @return CLAS_OK, CLAS_EINVAL (bad department or year), CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_campagne_new(clas_campagne **out, const char *departement, const char *annee_scolaire);
/** Frees a campaign and its dossiers; NULL is a no-op. @since 1.0 */
CLAS_API void clas_campagne_free(clas_campagne *campagne);
/** Department code; borrowed. @since 1.0 */
CLAS_API const char *clas_campagne_get_departement(const clas_campagne *campagne);
/** School year; borrowed. @since 1.0 */
CLAS_API const char *clas_campagne_get_annee_scolaire(const clas_campagne *campagne);
/** Sets the campaign's name (copied). @return CLAS_OK, CLAS_EINVAL, CLAS_EUTF8, CLAS_ENOMEM. @since 1.0 */
CLAS_API int clas_campagne_set_nom(clas_campagne *campagne, const char *nom);
/** Name or ""; borrowed. @since 1.0 */
CLAS_API const char *clas_campagne_get_nom(const clas_campagne *campagne);
/**
 * Sets the cadre the campaign's dossiers fall under (copied); NULL
 * removes it, and the rule set's cadre is used instead.
 * @return CLAS_OK, CLAS_EINVAL (year or department differ), CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_campagne_set_cadre(clas_campagne *campagne, const clas_cadre *cadre);
/** The campaign's own cadre, borrowed, or NULL. @since 1.0 */
CLAS_API const clas_cadre *clas_campagne_get_cadre(const clas_campagne *campagne);
/**
 * Adds a copy of a dossier. The dossier's year must be the campaign's.
 * @param[out] out borrowed pointer to the copy held by the campaign; may be NULL.
 * @return CLAS_OK, CLAS_EINVAL, CLAS_EEXISTS (same dossier id), CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_campagne_add_dossier(clas_dossier **out, clas_campagne *campagne, const clas_dossier *dossier);
/** Number of dossiers. @since 1.0 */
CLAS_API size_t clas_campagne_num_dossiers(const clas_campagne *campagne);
/** The i-th dossier, borrowed; NULL if out of range. @since 1.0 */
CLAS_API clas_dossier *clas_campagne_get_dossier(clas_campagne *campagne, size_t i);
/** Read-only i-th dossier, borrowed; NULL if out of range. @since 1.0 */
CLAS_API const clas_dossier *clas_campagne_get_dossier_const(const clas_campagne *campagne, size_t i);

/** Department totals of a report. @since 1.0 */
typedef enum clas_rapport_total {
    CLAS_TOTAL_DOSSIERS = 0,
    CLAS_TOTAL_PORTEURS,               /**< distinct porteur ids */
    CLAS_TOTAL_PORTEURS_FINANCES,      /**< porteurs with at least one funded collectif */
    CLAS_TOTAL_COLLECTIFS,
    CLAS_TOTAL_COLLECTIFS_ELIGIBLES,
    CLAS_TOTAL_ENFANTS,                /**< children in eligible collectifs */
    CLAS_TOTAL_PS,                     /**< cents */
    CLAS_TOTAL_BONUS_ENFANTS,          /**< cents, granted */
    CLAS_TOTAL_BONUS_PARENTS,          /**< cents, granted */
    CLAS_TOTAL_BONUS_DEMANDES,         /**< cents, requested (both kinds) */
    CLAS_TOTAL_MONTANT,                /**< cents: Ps + bonuses granted */
    CLAS_TOTAL_COUNT
} clas_rapport_total;

/** "dossiers", "porteurs", ...; NULL if out of range. @since 1.0 */
CLAS_API const char *clas_rapport_total_name(clas_rapport_total total);

/**
 * Evaluates every dossier of a campaign under its cadre.
 * @param[out] out owned by the caller (clas_rapport_free()).
 * @param flags as for clas_evaluation_run().
 * @return CLAS_OK or the first dossier's error (the last error names the dossier). @since 1.0
 */
CLAS_API int clas_rapport_new(clas_rapport **out, const clas_regles *regles, const clas_campagne *campagne,
                              unsigned flags);
/** Frees a report; NULL is a no-op. @since 1.0 */
CLAS_API void clas_rapport_free(clas_rapport *rapport);
/** Number of dossiers evaluated. @since 1.0 */
CLAS_API size_t clas_rapport_num_evaluations(const clas_rapport *rapport);
/** The i-th dossier's evaluation, borrowed; NULL if out of range. @since 1.0 */
CLAS_API const clas_evaluation *clas_rapport_get_evaluation(const clas_rapport *rapport, size_t i);
/** A department total. @since 1.0 */
CLAS_API int64_t clas_rapport_get_total(const clas_rapport *rapport, clas_rapport_total total);

#ifdef __cplusplus
}
#endif
#endif
