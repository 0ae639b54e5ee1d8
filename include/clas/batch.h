/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file clas/batch.h
 * @brief Evaluating many collectifs in one call, from columns of inputs
 *        into columns of outputs (simulations, national statistics).
 *
 * Each collectif of a batch is evaluated exactly as clas_evaluation_run()
 * evaluates a dossier holding that one collectif, filed on time: every rule
 * the evaluator applies to such a collectif, R-PUBLIC, R-HORS-TEMPS,
 * R-AXES, R-SOCLE-PARENTS, R-GROUPE, R-ENCADREMENT, R-FREQUENCE (on the
 * forecast), R-COMPOSITION, R-AIDE-DEVOIRS, R-BUDGET, R-AGREMENT, R-PS and
 * R-BONUS, with the thresholds, severities and forecast consequence
 * (surfinancement_ecrete) of the cadre; a cadre that makes a rule blocking
 * changes the verdict the same way. Its parents column counts kinds of
 * parents actions for R-SOCLE-PARENTS; the batch has no column for which
 * kinds they are, so the kinds a cadre requires
 * (SOCLE_PARENTS_ACTION_MANQUANTE) count as declared.
 *
 * Outside the batch, because they belong to a dossier or to the end of
 * the year rather than to a forecast collectif: R-DELAI (the filing date
 * and whether a dossier has collectifs: a batch collectif is filed on
 * time), R-BILAN-PRECEDENT (the porteur's previous bilan), R-BAREME (a
 * batch never carries a barème forward, see
 * clas_batch_evaluate_regles()), R-BILAN and the bilan side of R-FREQUENCE
 * (BILAN_SEANCES_INSUFFISANTES, BILAN_HEURES_INSUFFISANTES), with the bilan
 * consequences of a cadre (bilan_reduction, droit_reel_plafonne) and the
 * advance (taux_acompte), which the outputs do not carry.
 *
 * A batch call allocates nothing, records no trace and no constats (only
 * the first blocking code), and reads the rules without changing them:
 * threads may evaluate disjoint slices of the same columns at once.
 */
#ifndef CLAS_BATCH_H
#define CLAS_BATCH_H

#include "common.h"
#include "regles.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @name Bits of clas_batch_entrees::flags
 * A collectif whose flags are 0 requests no bonus, awaits the committee's
 * decision, and declares other funding only if its autres_financements is
 * positive.
 * @since 1.0 @{ */
#define CLAS_BATCH_BONUS_ENFANTS_DEMANDE 0x0001u   /**< bonus « enfants » requested */
#define CLAS_BATCH_BONUS_ENFANTS_ACCORDE 0x0002u   /**< bonus « enfants » granted by the committee */
#define CLAS_BATCH_BONUS_PARENTS_DEMANDE 0x0004u   /**< bonus « parents » requested */
#define CLAS_BATCH_BONUS_PARENTS_ACCORDE 0x0008u   /**< bonus « parents » granted by the committee */
#define CLAS_BATCH_AGREE 0x0010u                   /**< decision: approved */
#define CLAS_BATCH_REFUSE 0x0020u                  /**< decision: refused (neither bit: pending) */
#define CLAS_BATCH_FINANCEMENTS_DECLARES 0x0040u   /**< other funding declared, even if its amount is 0 */
#define CLAS_BATCH_BONUS_ENFANTS_SANS_PROJET 0x0080u /**< bonus « enfants » without a project description */
#define CLAS_BATCH_BONUS_PARENTS_SANS_PROJET 0x0100u /**< bonus « parents » without a project description */
#define CLAS_BATCH_AIDE_DEVOIRS_SEULE 0x0200u      /**< the enfants actions are all homework help (R-AIDE-DEVOIRS) */
#define CLAS_BATCH_FLAGS_ALL 0x03ffu               /**< every defined bit */
/** @} */

/** clas_batch_sorties::code of a collectif without a blocking constat. @since 1.0 */
#define CLAS_BATCH_NO_CODE (-1)

/**
 * The input columns of a batch: element i of every column describes
 * collectif i. Columns marked optional may be NULL.
 *
 * Set struct_size to sizeof(clas_batch_entrees) (CLAS_BATCH_ENTREES_INIT
 * does it and clears the rest) so that later versions can append members:
 * a structure ending at an earlier member (at least up to flags) is read up
 * to its struct_size, the members after it as NULL.
 * @since 1.0
 */
typedef struct clas_batch_entrees {
    size_t struct_size;                   /**< sizeof(clas_batch_entrees) */
    size_t n;                             /**< number of collectifs */
    const int64_t *depenses;              /**< forecast operating expenses, cents, 0..CLAS_CENTS_MAX; required */
    const int64_t *autres_financements;   /**< other funding, cents, 0..CLAS_CENTS_MAX; optional (0) */
    const int32_t *nb_enfants;            /**< children, 0..100000; required */
    const int32_t *nb_intervenants;       /**< salaried + volunteer intervenants, 0..200000; required */
    const uint32_t *niveaux;              /**< level mask, bit n = clas_niveau n; optional (CP..Terminale) */
    const uint8_t *actions;               /**< actions per axis, n × CLAS_AXE_COUNT row-major; or NULL and... */
    const uint8_t *actions_axe[CLAS_AXE_COUNT]; /**< ...one column per clas_axe */
    const uint8_t *hors_temps;            /**< 1 out of school time, 0 during; optional (1) */
    const uint16_t *flags;                /**< CLAS_BATCH_* bits; optional (0) */
    /** Sessions per week, 0..50 (R-FREQUENCE); optional (the cadre's
     * minimum: the rule is met). Read when struct_size covers it. @since 1.0 */
    const uint8_t *seances_par_semaine;
    /** Minutes per session, 0..1440; optional (the cadre's minimum). @since 1.0 */
    const uint16_t *minutes_par_seance;
    /** Weeks of activity, 0..53; optional (the cadre's minimum). @since 1.0 */
    const uint8_t *nb_semaines;
} clas_batch_entrees;

/**
 * The output columns of a batch, each of n elements. Any column may be NULL
 * to skip it. Output columns must not overlap the input columns. Set
 * struct_size to sizeof(clas_batch_sorties) (CLAS_BATCH_SORTIES_INIT).
 * @since 1.0
 */
typedef struct clas_batch_sorties {
    size_t struct_size;   /**< sizeof(clas_batch_sorties) */
    uint8_t *verdict;     /**< clas_verdict: CLAS_VERDICT_ELIGIBLE or CLAS_VERDICT_INELIGIBLE */
    int32_t *code;        /**< first blocking clas_code, in the evaluator's order; CLAS_BATCH_NO_CODE if none */
    int64_t *ps;          /**< CLAS_MONTANT_PS: the Ps, 0 if not funded */
    int64_t *bonus;       /**< CLAS_MONTANT_BONUS_ENFANTS + CLAS_MONTANT_BONUS_PARENTS: bonuses granted and payable */
    int64_t *total;       /**< CLAS_MONTANT_TOTAL: Ps + bonuses */
} clas_batch_sorties;

/** Initializer of a clas_batch_entrees (valid C and C++). @since 1.0 */
#define CLAS_BATCH_ENTREES_INIT {sizeof(clas_batch_entrees), 0, 0, 0, 0, 0, 0, 0, {0, 0, 0, 0}, 0, 0, 0, 0, 0}
/** Initializer of a clas_batch_sorties (valid C and C++). @since 1.0 */
#define CLAS_BATCH_SORTIES_INIT {sizeof(clas_batch_sorties), 0, 0, 0, 0, 0}

/**
 * Evaluates the collectifs of @p in under one barème and one cadre.
 *
 * Nothing is allocated; @p bareme and @p cadre are only read (borrowed for
 * the call). Each element gets the results clas_evaluation_run() would give
 * for a dossier holding that one collectif, filed on time (see the file
 * comment): verdict, first blocking code, and the amounts of clas_montant.
 *
 * @param[out] out the output columns; NULL columns are skipped. The
 *             structure itself is only read; the columns it points to are
 *             written.
 * @param[in] bareme the barème of the school year (e.g. from clas_regles_find_bareme()).
 * @param[in] cadre the departmental framework (e.g. from clas_regles_find_cadre()).
 * @param[in] in the input columns.
 * @return CLAS_OK; CLAS_EINVAL if an argument or a required column is NULL,
 *         or a struct_size is too small; CLAS_ERANGE if an element is out of
 *         range or has unknown or contradictory flags (the last error's
 *         location names it: "collectif 12345: depenses",
 *         "collectif 7: minutes_par_seance"); CLAS_EOVERFLOW
 *         if an amount overflows. On error the outputs of the elements
 *         before the failing one may have been written, the others are
 *         untouched.
 * @since 1.0
 * @sa clas_batch_evaluate_regles(), clas_batch_ps(), clas_evaluation_run()
 */
CLAS_API int clas_batch_evaluate(const clas_batch_sorties *out, const clas_bareme *bareme, const clas_cadre *cadre,
                                 const clas_batch_entrees *in);

/**
 * Same as clas_batch_evaluate(), with the barème and the cadre that
 * @p regles holds for a school year and a department (the cadre lookup of
 * clas_regles_find_cadre()). A year without a barème is an error: batches
 * never carry a barème forward.
 * @param[out] out the output columns, as for clas_batch_evaluate().
 * @param[in] regles the rule set; only read.
 * @param[in] annee_scolaire the school year, "YYYY-YYYY+1".
 * @param[in] departement department code ("51"), or NULL for the national cadre.
 * @param[in] in the input columns.
 * @return as clas_batch_evaluate(); CLAS_EINVAL also for a NULL @p regles or
 *         @p annee_scolaire or a bad school year; CLAS_ENOBAREME when the
 *         year has no barème.
 * @since 1.0
 * @sa clas_batch_evaluate(), clas_regles_find_bareme(), clas_regles_find_cadre()
 */
CLAS_API int clas_batch_evaluate_regles(const clas_batch_sorties *out, const clas_regles *regles,
                                        const char *annee_scolaire, const char *departement,
                                        const clas_batch_entrees *in);

/**
 * R-PS alone: out_ps[i] = min(round(taux × min(depenses[i], prix_plafond)), ps_max),
 * the Ps of an eligible, funded collectif. Nothing is allocated.
 * @param[out] out_ps n amounts in cents, written into the caller's buffer.
 * @param[in] bareme the barème; only read.
 * @param[in] depenses n expenses in cents, each 0..CLAS_CENTS_MAX.
 * @param[in] n number of elements; 0 does nothing.
 * @return CLAS_OK; CLAS_EINVAL (NULL @p bareme, or NULL pointer with n > 0);
 *         CLAS_ERANGE naming the element ("collectif 7: depenses");
 *         CLAS_EOVERFLOW. On error the elements before the failing one
 *         have been written.
 * @since 1.0
 * @sa clas_bareme_compute_ps(), clas_batch_evaluate()
 */
CLAS_API int clas_batch_ps(int64_t *out_ps, const clas_bareme *bareme, const int64_t *depenses, size_t n);

#ifdef __cplusplus
}
#endif
#endif
