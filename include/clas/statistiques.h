/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file clas/statistiques.h
 * @brief The department's statistics over a campaign (domain.md §2.8):
 *        porteurs by type, collectifs and their outcome, children by
 *        cycle, approval rate, amounts requested, granted, advanced and
 *        settled, bonuses by kind.
 *
 * Statistics are computed once from a report and the campaign it was made
 * from, and own everything they hold: they stay valid after both are
 * freed. Comparing two years is comparing two statistics objects.
 */
#ifndef CLAS_STATISTIQUES_H
#define CLAS_STATISTIQUES_H

#include "common.h"
#include "campagne.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * The statistics of one campaign.
 * @since 1.0
 * @sa clas_statistiques_new(), clas_statistiques_get()
 */
typedef struct clas_statistiques clas_statistiques;

/**
 * One figure of the statistics. A figure whose name (clas_statistique_name())
 * holds a dot is a detail of the last figure above it without one
 * ("porteurs.ccas" details "porteurs"). Never renumbered, only appended.
 * @since 1.0
 * @sa clas_statistiques_get(), clas_statistique_name(), clas_statistique_unite()
 */
typedef enum clas_statistique {
    CLAS_STAT_PORTEURS = 0,                 /**< distinct porteurs (an empty id counts as its own) */
    CLAS_STAT_PORTEURS_CENTRE_SOCIAL,       /**< of type CLAS_PORTEUR_CENTRE_SOCIAL */
    CLAS_STAT_PORTEURS_ASSOCIATION_LOCALE,  /**< of type CLAS_PORTEUR_ASSOCIATION_LOCALE */
    CLAS_STAT_PORTEURS_ASSOCIATION_RESEAU,  /**< of type CLAS_PORTEUR_ASSOCIATION_RESEAU */
    CLAS_STAT_PORTEURS_SERVICE_MUNICIPAL,   /**< of type CLAS_PORTEUR_SERVICE_MUNICIPAL */
    CLAS_STAT_PORTEURS_CCAS,                /**< of type CLAS_PORTEUR_CCAS */
    CLAS_STAT_PORTEURS_AUTRE,               /**< of type CLAS_PORTEUR_AUTRE */
    CLAS_STAT_COLLECTIFS,                   /**< collectifs filed */
    CLAS_STAT_COLLECTIFS_ELIGIBLES,         /**< with the verdict CLAS_VERDICT_ELIGIBLE */
    CLAS_STAT_COLLECTIFS_AGREES,            /**< eligible and approved by the committee */
    CLAS_STAT_COLLECTIFS_REFUSES,           /**< refused by the committee */
    CLAS_STAT_COLLECTIFS_EN_ATTENTE,        /**< no decision yet */
    CLAS_STAT_TAUX_AGREMENT,                /**< approved / filed, in millionths, rounded down */
    CLAS_STAT_ENFANTS,                      /**< children of approved collectifs */
    CLAS_STAT_ENFANTS_PRIMAIRE,             /**< of collectifs whose levels are all CP-CM2 */
    CLAS_STAT_ENFANTS_COLLEGE,              /**< all 6e-3e */
    CLAS_STAT_ENFANTS_LYCEE,                /**< all 2nde-Terminale */
    CLAS_STAT_ENFANTS_PLUSIEURS_CYCLES,     /**< of collectifs across cycles, or without levels */
    CLAS_STAT_MONTANT_DEMANDE,              /**< cents: Ps within the barème's maximum, plus bonuses requested */
    CLAS_STAT_MONTANT_ACCORDE,              /**< cents: total of approved collectifs */
    CLAS_STAT_MONTANT_ACCORDE_PS,           /**< cents: of which Ps */
    CLAS_STAT_BONUS_ENFANTS_DEMANDES,       /**< children bonuses requested */
    CLAS_STAT_BONUS_ENFANTS_ACCORDES,       /**< children bonuses granted (a non-zero amount) */
    CLAS_STAT_BONUS_ENFANTS_MONTANT,        /**< cents granted as children bonuses */
    CLAS_STAT_BONUS_PARENTS_DEMANDES,       /**< parents bonuses requested */
    CLAS_STAT_BONUS_PARENTS_ACCORDES,       /**< parents bonuses granted (a non-zero amount) */
    CLAS_STAT_BONUS_PARENTS_MONTANT,        /**< cents granted as parents bonuses */
    CLAS_STAT_ACOMPTES_VERSES,              /**< cents of advances paid */
    CLAS_STAT_BILANS,                       /**< collectifs whose bilan was received */
    CLAS_STAT_DROIT_REEL,                   /**< cents: droit réel of those collectifs */
    CLAS_STAT_SOLDES,                       /**< cents still to pay after the bilans */
    CLAS_STAT_INDUS,                        /**< cents to recover after the bilans */
    CLAS_STAT_COLLECTIFS_AGREES_QPV,        /**< approved collectifs in a QPV */
    CLAS_STAT_COLLECTIFS_AGREES_REP,        /**< approved collectifs of REP schools */
    CLAS_STAT_COLLECTIFS_AGREES_REP_PLUS,   /**< approved collectifs of REP+ schools */
    CLAS_STAT_COLLECTIFS_AGREES_ZONE_RURALE, /**< approved collectifs in a rural area */
    CLAS_STAT_ENFANTS_QPV,                  /**< children of approved collectifs in a QPV */
    CLAS_STAT_DOSSIERS_LIEN_PEDT,           /**< dossiers linked with the PEDT */
    CLAS_STAT_DOSSIERS_LIEN_PRE,            /**< dossiers linked with the PRE */
    CLAS_STAT_DOSSIERS_LIEN_REAAP,          /**< dossiers linked with the Reaap */
    CLAS_STAT_DOSSIERS_BILAN_PRECEDENT_NON_DEPOSE, /**< dossiers without the previous year's bilan */
    CLAS_STAT_BILANS_FILLES,                /**< girls who attended, from the bilans */
    CLAS_STAT_BILANS_GARCONS,               /**< boys who attended, from the bilans */
    CLAS_STAT_COUNT                         /**< number of figures, not a figure */
} clas_statistique;

/**
 * Stable name of a figure, as in JSON and CSV outputs: "porteurs",
 * "porteurs.ccas", "taux_agrement", "montant_accorde.ps"...
 * @param[in] stat a figure.
 * @return a static string; NULL if @p stat is out of range.
 * @since 1.0
 * @sa clas_statistique_unite(), clas_label() with CLAS_LABEL_STATISTIQUE
 */
CLAS_API const char *clas_statistique_name(clas_statistique stat);
/**
 * Unit of a figure: CLAS_UNITE_NOMBRE (a count), CLAS_UNITE_CENTS or
 * CLAS_UNITE_TAUX (millionths).
 * @param[in] stat a figure.
 * @return the unit; CLAS_UNITE_NOMBRE if @p stat is out of range.
 * @since 1.0
 * @sa clas_statistique_name(), clas_statistiques_get()
 */
CLAS_API clas_unite clas_statistique_unite(clas_statistique stat);

/**
 * Computes the statistics of a campaign from its report.
 * @param[out] out receives the statistics, owned by the caller
 *             (clas_statistiques_free()); set to NULL on error.
 * @param[in] rapport the report made by clas_rapport_new() from @p campagne,
 *            which must not have changed since; only read.
 * @param[in] campagne the campaign: porteurs, levels, decisions and
 *            bonuses requested; only read.
 * @return CLAS_OK; CLAS_EINVAL for a NULL argument or a report that is not
 *         the campaign's (other dossiers); CLAS_EOVERFLOW if a sum
 *         overflows 64-bit cents; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_statistiques_free(), clas_statistiques_get(), clas_statistiques_to_json() (clas/json.h)
 */
CLAS_API int clas_statistiques_new(clas_statistiques **out, const clas_rapport *rapport,
                                   const clas_campagne *campagne);
/**
 * Frees statistics.
 * @param[in] stats the statistics; NULL is a no-op.
 * @since 1.0
 * @sa clas_statistiques_new()
 */
CLAS_API void clas_statistiques_free(clas_statistiques *stats);
/**
 * One figure.
 * @param[in] stats the statistics.
 * @param[in] stat which figure.
 * @return the value in the figure's unit (clas_statistique_unite()); 0 for
 *         NULL or an unknown @p stat.
 * @since 1.0
 * @sa clas_statistique_name(), clas_statistique_unite()
 */
CLAS_API int64_t clas_statistiques_get(const clas_statistiques *stats, clas_statistique stat);
/**
 * Department of the campaign the statistics are of.
 * @param[in] stats the statistics.
 * @return the department code, borrowed: lives as long as @p stats; "" for NULL.
 * @since 1.0
 * @sa clas_statistiques_get_annee_scolaire()
 */
CLAS_API const char *clas_statistiques_get_departement(const clas_statistiques *stats);
/**
 * School year of the campaign the statistics are of.
 * @param[in] stats the statistics.
 * @return "YYYY-YYYY+1", borrowed: lives as long as @p stats; "" for NULL.
 * @since 1.0
 * @sa clas_statistiques_get_departement()
 */
CLAS_API const char *clas_statistiques_get_annee_scolaire(const clas_statistiques *stats);

#ifdef __cplusplus
}
#endif
#endif
