/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file clas/campagne.h
 * @brief A department's campaign for one school year (many dossiers and the
 *        cadre they fall under) and the committee report over it.
 *
 * A campaign owns copies of its dossiers and of its cadre: pointers it
 * returns are borrowed and live as long as the campaign. A report owns its
 * evaluations: it stays valid after the campaign is freed.
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

/**
 * A campaign: department, school year, optional cadre, dossiers.
 * @since 1.0
 * @sa clas_campagne_new(), clas_campagne_from_json()
 */
typedef struct clas_campagne clas_campagne;
/**
 * The evaluation of every dossier of a campaign, with department totals.
 * @since 1.0
 * @sa clas_rapport_new(), clas_rapport_to_json()
 */
typedef struct clas_rapport clas_rapport;

/**
 * Creates an empty campaign: no name, no cadre of its own, no dossier.
 * @param[out] out receives the campaign, owned by the caller (clas_campagne_free()).
 * @param[in] departement the department code ("51", "2A", "971"); copied.
 * @param[in] annee_scolaire the school year, "YYYY-YYYY+1"; copied.
 * @return CLAS_OK; CLAS_EINVAL for a NULL argument or a bad department or
 *         year; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_campagne_free(), clas_campagne_add_dossier(), clas_campagne_from_json()
 */
CLAS_API int clas_campagne_new(clas_campagne **out, const char *departement, const char *annee_scolaire);
/**
 * Frees a campaign, its cadre and its dossiers: every pointer borrowed from
 * it becomes invalid. Reports and evaluations made from it stay valid.
 * @param[in] campagne the campaign; NULL is a no-op.
 * @since 1.0
 * @sa clas_campagne_new()
 */
CLAS_API void clas_campagne_free(clas_campagne *campagne);
/**
 * Department of a campaign.
 * @param[in] campagne the campaign.
 * @return the department code, borrowed: lives as long as @p campagne; ""
 *         for NULL.
 * @since 1.0
 * @sa clas_campagne_get_annee_scolaire()
 */
CLAS_API const char *clas_campagne_get_departement(const clas_campagne *campagne);
/**
 * School year of a campaign.
 * @param[in] campagne the campaign.
 * @return "YYYY-YYYY+1", borrowed: lives as long as @p campagne; "" for NULL.
 * @since 1.0
 * @sa clas_campagne_get_departement()
 */
CLAS_API const char *clas_campagne_get_annee_scolaire(const clas_campagne *campagne);
/**
 * Sets the campaign's name.
 * @param[in,out] campagne the campaign.
 * @param[in] nom the name, UTF-8, at most CLAS_TEXT_MAX bytes; "" removes
 *            it; copied.
 * @return CLAS_OK; CLAS_EINVAL for NULL or a text too long; CLAS_EUTF8;
 *         CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_campagne_get_nom()
 */
CLAS_API int clas_campagne_set_nom(clas_campagne *campagne, const char *nom);
/**
 * Name of a campaign.
 * @param[in] campagne the campaign.
 * @return the name, or "" if none; borrowed: valid until it is set again or
 *         @p campagne is freed.
 * @since 1.0
 * @sa clas_campagne_set_nom()
 */
CLAS_API const char *clas_campagne_get_nom(const clas_campagne *campagne);
/**
 * Sets the cadre the campaign's dossiers fall under; NULL removes it, and
 * the rule set's cadre is used instead.
 * @param[in,out] campagne the campaign.
 * @param[in] cadre a cadre of the campaign's school year, for its
 *            department or "national"; copied. Or NULL.
 * @return CLAS_OK; CLAS_EINVAL if @p campagne is NULL or the cadre's year
 *         or department differ; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_campagne_get_cadre(), clas_rapport_new()
 */
CLAS_API int clas_campagne_set_cadre(clas_campagne *campagne, const clas_cadre *cadre);
/**
 * The campaign's own cadre.
 * @param[in] campagne the campaign.
 * @return the cadre, borrowed: valid until the cadre is set again or
 *         @p campagne is freed; NULL if the campaign has none.
 * @since 1.0
 * @sa clas_campagne_set_cadre()
 */
CLAS_API const clas_cadre *clas_campagne_get_cadre(const clas_campagne *campagne);
/**
 * Adds a copy of a dossier. The dossier's year must be the campaign's;
 * dossier ids, when set, are unique in the campaign.
 * @param[out] out receives the copy held by the campaign, borrowed: lives as
 *             long as @p campagne; may be NULL.
 * @param[in,out] campagne the campaign.
 * @param[in] dossier the dossier; copied, the caller keeps it.
 * @return CLAS_OK; CLAS_EINVAL for a NULL argument or another school year;
 *         CLAS_EEXISTS for a dossier id already present; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_campagne_num_dossiers(), clas_campagne_get_dossier()
 */
CLAS_API int clas_campagne_add_dossier(clas_dossier **out, clas_campagne *campagne, const clas_dossier *dossier);
/**
 * Number of dossiers of a campaign.
 * @param[in] campagne the campaign.
 * @return the count; 0 for NULL.
 * @since 1.0
 * @sa clas_campagne_get_dossier(), clas_campagne_add_dossier()
 */
CLAS_API size_t clas_campagne_num_dossiers(const clas_campagne *campagne);
/**
 * The i-th dossier, in the order they were added, to modify.
 * @param[in] campagne the campaign.
 * @param[in] i index, 0..clas_campagne_num_dossiers() - 1.
 * @return the dossier, borrowed: lives as long as @p campagne; NULL if out
 *         of range.
 * @since 1.0
 * @sa clas_campagne_get_dossier_const(), clas_campagne_num_dossiers()
 */
CLAS_API clas_dossier *clas_campagne_get_dossier(clas_campagne *campagne, size_t i);
/**
 * Read-only access to the i-th dossier.
 * @param[in] campagne the campaign.
 * @param[in] i index, 0..clas_campagne_num_dossiers() - 1.
 * @return the dossier, borrowed: lives as long as @p campagne; NULL if out
 *         of range.
 * @since 1.0
 * @sa clas_campagne_get_dossier(), clas_campagne_num_dossiers()
 */
CLAS_API const clas_dossier *clas_campagne_get_dossier_const(const clas_campagne *campagne, size_t i);

/**
 * Department totals of a report.
 * @since 1.0
 * @sa clas_rapport_total_name(), clas_rapport_get_total()
 */
typedef enum clas_rapport_total {
    CLAS_TOTAL_DOSSIERS = 0,           /**< dossiers evaluated */
    CLAS_TOTAL_PORTEURS,               /**< distinct porteur ids */
    CLAS_TOTAL_PORTEURS_FINANCES,      /**< porteurs with at least one funded collectif */
    CLAS_TOTAL_COLLECTIFS,             /**< collectifs evaluated */
    CLAS_TOTAL_COLLECTIFS_ELIGIBLES,   /**< collectifs with the verdict CLAS_VERDICT_ELIGIBLE */
    CLAS_TOTAL_ENFANTS,                /**< children in eligible collectifs */
    CLAS_TOTAL_PS,                     /**< cents */
    CLAS_TOTAL_BONUS_ENFANTS,          /**< cents, granted */
    CLAS_TOTAL_BONUS_PARENTS,          /**< cents, granted */
    CLAS_TOTAL_BONUS_DEMANDES,         /**< cents, requested (both kinds) */
    CLAS_TOTAL_MONTANT,                /**< cents: Ps + bonuses granted */
    CLAS_TOTAL_COUNT                   /**< number of totals, not a total */
} clas_rapport_total;

/**
 * Stable name of a report total, as in JSON and CSV outputs.
 * @param[in] total a total.
 * @return a static string ("dossiers", "porteurs", ...); NULL if @p total
 *         is out of range.
 * @since 1.0
 * @sa clas_rapport_get_total()
 */
CLAS_API const char *clas_rapport_total_name(clas_rapport_total total);

/**
 * Evaluates every dossier of a campaign under the campaign's cadre (or, if
 * it has none, the rule set's cadre of each dossier), and sums the totals.
 * @param[out] out receives the report, owned by the caller
 *             (clas_rapport_free()); set to NULL on error.
 * @param[in] regles the rule set; each evaluation holds a reference.
 * @param[in] campagne the campaign; only read.
 * @param[in] flags as for clas_evaluation_run(): 0, CLAS_EVAL_TRACE and/or
 *            CLAS_CARRY_FORWARD.
 * @return CLAS_OK; CLAS_EINVAL for a NULL argument; CLAS_ENOMEM; or the
 *         first failing dossier's error (CLAS_ENOBAREME, CLAS_EOVERFLOW...),
 *         whose location names the dossier ("dossier 3 (D51-003)").
 * @since 1.0
 * @sa clas_rapport_free(), clas_rapport_get_evaluation(), clas_rapport_get_total(), clas_rapport_to_json()
 */
CLAS_API int clas_rapport_new(clas_rapport **out, const clas_regles *regles, const clas_campagne *campagne,
                              unsigned flags);
/**
 * Frees a report and its evaluations.
 * @param[in] rapport the report; NULL is a no-op.
 * @since 1.0
 * @sa clas_rapport_new()
 */
CLAS_API void clas_rapport_free(clas_rapport *rapport);
/**
 * Number of dossiers evaluated (every dossier of the campaign).
 * @param[in] rapport the report.
 * @return the count; 0 for NULL.
 * @since 1.0
 * @sa clas_rapport_get_evaluation()
 */
CLAS_API size_t clas_rapport_num_evaluations(const clas_rapport *rapport);
/**
 * The evaluation of the i-th dossier, in the campaign's order.
 * @param[in] rapport the report.
 * @param[in] i index, 0..clas_rapport_num_evaluations() - 1.
 * @return the evaluation, borrowed: lives as long as @p rapport; NULL if out
 *         of range.
 * @since 1.0
 * @sa clas_rapport_num_evaluations(), clas_evaluation_get_verdict()
 */
CLAS_API const clas_evaluation *clas_rapport_get_evaluation(const clas_rapport *rapport, size_t i);
/**
 * A department total.
 * @param[in] rapport the report.
 * @param[in] total which total.
 * @return the total (a count, or cents as clas_rapport_total says); 0 for
 *         NULL or an unknown @p total.
 * @since 1.0
 * @sa clas_rapport_total_name(), clas_evaluation_get_total()
 */
CLAS_API int64_t clas_rapport_get_total(const clas_rapport *rapport, clas_rapport_total total);

#ifdef __cplusplus
}
#endif
#endif
