/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file clas/evaluation.h
 * @brief Evaluating a dossier: eligibility constats, verdicts, amounts
 *        (Ps, bonuses, droit prévisionnel, droit réel, régularisation)
 *        and the explanation trace.
 *
 * An evaluation copies what it reports: it stays valid after the dossier
 * is freed or changed, and holds a reference on the rule set it used.
 * A clas_evaluation can be run again and again: once its buffers are large
 * enough, running it allocates nothing.
 *
 * Constats and trace steps are borrowed from their evaluation: they stay
 * valid until the evaluation is run again or freed. Getters accept NULL and
 * an index out of range, and then return 0, "", NULL or the documented
 * default.
 */
#ifndef CLAS_EVALUATION_H
#define CLAS_EVALUATION_H

#include "common.h"
#include "regles.h"
#include "dossier.h"
#include "codes.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * The result of evaluating one dossier.
 * @since 1.0
 * @sa clas_evaluation_new(), clas_evaluation_run(), clas_evaluate()
 */
typedef struct clas_evaluation clas_evaluation;
/**
 * One finding of a rule; borrowed from its evaluation.
 * @since 1.0
 * @sa clas_evaluation_get_constat(), clas_constat_get_code()
 */
typedef struct clas_constat clas_constat;
/**
 * One step of the explanation trace; borrowed from its evaluation.
 * @since 1.0
 * @sa clas_evaluation_get_etape(), clas_etape_format()
 */
typedef struct clas_etape clas_etape;

/** Flag: record the explanation trace. (CLAS_CARRY_FORWARD = 1 is also accepted.) @since 1.0 */
#define CLAS_EVAL_TRACE 2u

/**
 * Verdicts. PARTIEL is for dossiers only: some collectifs eligible, some not.
 * @since 1.0
 * @sa clas_verdict_name(), clas_evaluation_get_verdict(), clas_evaluation_get_collectif_verdict()
 */
typedef enum clas_verdict {
    CLAS_VERDICT_ELIGIBLE = 0,    /**< no blocking constat */
    CLAS_VERDICT_INELIGIBLE,      /**< at least one blocking constat (for a dossier: no eligible collectif) */
    CLAS_VERDICT_PARTIEL          /**< dossier only: some collectifs eligible, others not */
} clas_verdict;

/**
 * Stable name of a verdict.
 * @param[in] verdict a verdict.
 * @return a static string: "eligible", "ineligible" or "partiel"; NULL if
 *         @p verdict is out of range.
 * @since 1.0
 * @sa clas_evaluation_get_verdict()
 */
CLAS_API const char *clas_verdict_name(clas_verdict verdict);

/**
 * What a collectif's funding stands at: its verdict and the committee's
 * decision read together. A refused collectif is eligible (nothing in the
 * dossier blocks it) but not funded; an ineligible one is not funded
 * whatever the committee decided.
 * @since 1.0
 * @sa clas_statut_name(), clas_evaluation_get_collectif_statut()
 */
typedef enum clas_statut {
    CLAS_STATUT_AGREE = 0,   /**< eligible and approved: funded */
    CLAS_STATUT_EN_ATTENTE,  /**< eligible, decision pending: amounts are forecasts */
    CLAS_STATUT_REFUSE,      /**< eligible but refused by the committee: not funded */
    CLAS_STATUT_INELIGIBLE,  /**< a blocking constat: not funded */
    CLAS_STATUT_COUNT        /**< number of statuses, not a status */
} clas_statut;

/**
 * Stable identifier of a funding status, as written in JSON and CSV.
 * @param[in] statut a clas_statut value.
 * @return "agree", "en_attente", "refuse" or "ineligible", a static string;
 *         NULL if @p statut is out of range.
 * @since 1.0
 * @sa clas_statut_parse(), clas_evaluation_get_collectif_statut(), clas_label()
 */
CLAS_API const char *clas_statut_name(clas_statut statut);
/**
 * Parses a funding status identifier (as returned by clas_statut_name()).
 * @param[out] out written only on success.
 * @param[in] name the identifier, case-sensitive.
 * @return CLAS_OK; CLAS_EINVAL for NULL arguments or an unknown identifier.
 * @since 1.0
 * @sa clas_statut_name()
 */
CLAS_API int clas_statut_parse(clas_statut *out, const char *name);

/**
 * Amounts computed per collectif (and summed per dossier). All in cents.
 * @since 1.0
 * @sa clas_montant_name(), clas_montant_parse(), clas_evaluation_get_montant(), clas_evaluation_get_total()
 */
typedef enum clas_montant {
    CLAS_MONTANT_DEPENSES = 0,            /**< forecast operating expenses */
    CLAS_MONTANT_AUTRES_FINANCEMENTS,     /**< sum of declared other funding */
    CLAS_MONTANT_BASE,                    /**< min(depenses, prix plafond) */
    CLAS_MONTANT_PS_CALCULEE,             /**< rate × base, rounded once */
    CLAS_MONTANT_PS,                      /**< Ps after the published maximum (0 if not funded) */
    CLAS_MONTANT_BONUS_ENFANTS_DEMANDE,   /**< bonus « enfants » requested, for information */
    CLAS_MONTANT_BONUS_PARENTS_DEMANDE,   /**< bonus « parents » requested, for information */
    CLAS_MONTANT_BONUS_ENFANTS,           /**< bonus « enfants » granted and payable */
    CLAS_MONTANT_BONUS_PARENTS,           /**< bonus « parents » granted and payable */
    CLAS_MONTANT_TOTAL,                   /**< droit prévisionnel: Ps + bonuses granted */
    CLAS_MONTANT_ACOMPTE,                 /**< advance due: taux_acompte × total, rounded */
    CLAS_MONTANT_DEPENSES_REELLES,        /**< from the bilan */
    CLAS_MONTANT_PS_REELLE,               /**< Ps on actual expenses */
    CLAS_MONTANT_DROIT_REEL,              /**< Ps réelle + bonuses granted */
    CLAS_MONTANT_ACOMPTES_VERSES,         /**< advances already paid */
    CLAS_MONTANT_REGULARISATION,          /**< droit réel − acomptes versés: > 0 solde, < 0 indu */
    CLAS_MONTANT_COUNT                    /**< number of amounts, not an amount */
} clas_montant;

/**
 * Stable name of an amount, as in JSON and CSV outputs.
 * @param[in] montant an amount.
 * @return a static string ("depenses", "autres_financements", "base",
 *         "ps_calculee", "ps", ...); NULL if @p montant is out of range.
 * @since 1.0
 * @sa clas_montant_parse()
 */
CLAS_API const char *clas_montant_name(clas_montant montant);
/**
 * Parses an amount name (as returned by clas_montant_name()).
 * @param[out] out receives the amount; written only on success.
 * @param[in] name the name, NUL-terminated.
 * @return CLAS_OK; CLAS_EINVAL if @p out or @p name is NULL or the name is
 *         unknown.
 * @since 1.0
 * @sa clas_montant_name()
 */
CLAS_API int clas_montant_parse(clas_montant *out, const char *name);

/** One enumerator of clas_code per row of #CLAS_CODE_LIST (undefined after it). @since 1.0 */
#define CLAS__CODE_ENUM(code_, value_, ...) CLAS_CODE_##code_ = value_,
/**
 * Stable constat codes: one value per row of #CLAS_CODE_LIST (clas/codes.h),
 * CLAS_CODE_PUBLIC_AUCUN_NIVEAU = 0 to CLAS_CODE_COUNT - 1. Never
 * renumbered, only appended. Each code's rule, stage, policy, champ and
 * messages are in its row.
 * @since 1.0
 * @sa CLAS_CODE_LIST, clas_code_name(), clas_code_parse(), clas_code_regle(), clas_code_source(),
 *     clas_constat_get_code()
 */
typedef enum clas_code {
    CLAS_CODE_LIST(CLAS__CODE_ENUM)
    CLAS_CODE_COUNT                         /**< number of codes, not a code */
} clas_code;
#undef CLAS__CODE_ENUM

/**
 * Attaches a consequence to a constat code in a cadre: the department's
 * own words for what follows the fact (the Gard: a late dossier « ne sera
 * pas instruit »), with the text that states it. The library's message
 * states the fact only; the consequence is shown after it, in messages,
 * explanations and reports. Setting a code again replaces its consequence.
 * @param[in,out] cadre the cadre.
 * @param[in] code the constat code.
 * @param[in] texte the consequence; NULL or "" removes the code's
 *            consequence; copied.
 * @param[in] titre title of the text that states it; required with @p texte; copied.
 * @param[in] section where in that text; may be NULL; copied.
 * @param[in] url public URL; may be NULL; copied.
 * @return CLAS_OK; CLAS_EINVAL (NULL cadre, unknown code, a consequence
 *         without a title, a text longer than CLAS_TEXT_MAX); CLAS_EUTF8;
 *         CLAS_ENOMEM. On error the cadre is unchanged.
 * @since 1.0
 * @sa clas_cadre_get_consequence(), clas_cadre_num_consequences(), clas_constat_get_consequence()
 */
CLAS_API int clas_cadre_set_consequence(clas_cadre *cadre, clas_code code, const char *texte, const char *titre,
                                        const char *section, const char *url);
/**
 * One part of the consequence a cadre attaches to a code.
 * @param[in] cadre the cadre.
 * @param[in] code the constat code.
 * @param[in] part which part.
 * @return the text, borrowed: valid until the consequence is set again or
 *         @p cadre is freed; "" when the code has none, for NULL or an
 *         unknown @p part.
 * @since 1.0
 * @sa clas_cadre_set_consequence()
 */
CLAS_API const char *clas_cadre_get_consequence(const clas_cadre *cadre, clas_code code, clas_consequence_part part);
/**
 * Number of codes the cadre attaches a consequence to.
 * @param[in] cadre the cadre.
 * @return the count; 0 for NULL.
 * @since 1.0
 * @sa clas_cadre_get_consequence_code()
 */
CLAS_API size_t clas_cadre_num_consequences(const clas_cadre *cadre);
/**
 * The code of the cadre's i-th consequence, in the order they were set.
 * @param[in] cadre the cadre.
 * @param[in] i index, 0..clas_cadre_num_consequences() - 1.
 * @return the code; CLAS_CODE_COUNT if out of range or for NULL.
 * @since 1.0
 * @sa clas_cadre_num_consequences(), clas_cadre_get_consequence()
 */
CLAS_API clas_code clas_cadre_get_consequence_code(const clas_cadre *cadre, size_t i);

/**
 * Stable name of a constat code.
 * @param[in] code a code.
 * @return a static string, e.g. "GROUPE_TROP_PETIT"; NULL if @p code is out
 *         of range.
 * @since 1.0
 * @sa clas_code_parse(), clas_code_regle()
 */
CLAS_API const char *clas_code_name(clas_code code);
/**
 * Parses a code name (as returned by clas_code_name()).
 * @param[out] out receives the code; written only on success.
 * @param[in] name the name, NUL-terminated.
 * @return CLAS_OK; CLAS_EINVAL if @p out or @p name is NULL or the code is
 *         unknown.
 * @since 1.0
 * @sa clas_code_name()
 */
CLAS_API int clas_code_parse(clas_code *out, const char *name);
/**
 * The rule a code belongs to.
 * @param[in] code a code.
 * @return the rule; CLAS_REGLE_COUNT if @p code is out of range.
 * @since 1.0
 * @sa clas_code_name(), clas_regle_id()
 */
CLAS_API clas_regle clas_code_regle(clas_code code);
/**
 * The text behind a code: its own when it has one (e.g. the régularisation
 * of BILAN_INDU), else its rule's (clas_regle_source()).
 * @param[in] code a code.
 * @return a static UTF-8 string; "" if @p code is out of range.
 * @since 1.0
 * @sa clas_code_source_url(), clas_constat_get_source(), clas_regle_source()
 */
CLAS_API const char *clas_code_source(clas_code code);
/**
 * Where the text of clas_code_source() can be read.
 * @param[in] code a code.
 * @return a static URL; "" when not online or if @p code is out of range.
 * @since 1.0
 * @sa clas_code_source(), clas_regle_source_url()
 */
CLAS_API const char *clas_code_source_url(clas_code code);

/**
 * Units of the values in a trace step.
 * @since 1.0
 * @sa clas_unite_name(), clas_etape_get_entree_unite(), clas_etape_get_sortie_unite()
 */
typedef enum clas_unite {
    CLAS_UNITE_CENTS = 0, /**< an amount in cents */
    CLAS_UNITE_TAUX,      /**< a rate in millionths */
    CLAS_UNITE_NOMBRE,    /**< a count */
    CLAS_UNITE_BOOLEEN,   /**< 0 or 1 */
    CLAS_UNITE_DATE,      /**< YYYYMMDD */
    CLAS_UNITE_NIVEAUX,   /**< a bit mask of clas_niveau */
    CLAS_UNITE_DECISION   /**< a clas_decision */
} clas_unite;

/**
 * Stable name of a unit.
 * @param[in] unite a unit.
 * @return a static string: "cents", "taux", "nombre", "booleen", "date",
 *         "niveaux" or "decision"; NULL if @p unite is out of range.
 * @since 1.0
 * @sa clas_etape_get_entree_unite()
 */
CLAS_API const char *clas_unite_name(clas_unite unite);

/**
 * Creates an empty, reusable evaluation (no rule set, verdict
 * CLAS_VERDICT_INELIGIBLE, no collectif).
 * @param[out] out receives the evaluation, owned by the caller
 *             (clas_evaluation_free()).
 * @return CLAS_OK; CLAS_EINVAL if @p out is NULL; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_evaluation_run(), clas_evaluation_free(), clas_evaluate()
 */
CLAS_API int clas_evaluation_new(clas_evaluation **out);
/**
 * Frees an evaluation and drops its rule-set reference; every constat and
 * step borrowed from it becomes invalid.
 * @param[in] evaluation the evaluation; NULL is a no-op.
 * @since 1.0
 * @sa clas_evaluation_new(), clas_evaluate()
 */
CLAS_API void clas_evaluation_free(clas_evaluation *evaluation);
/**
 * Evaluates a dossier into @p evaluation, replacing its previous content
 * (constats and steps borrowed from it before become invalid). The
 * evaluation takes a reference on @p regles and copies what it reports.
 * @param[in,out] evaluation the evaluation to fill.
 * @param[in] regles the rule set: barème of the dossier's year and, unless
 *            @p cadre is given, the cadre of its department and year.
 * @param[in] cadre the departmental framework to apply, or NULL to take the
 *            rule set's cadre for the dossier's department and year; copied.
 * @param[in] dossier the dossier; only read.
 * @param[in] flags 0, CLAS_EVAL_TRACE and/or CLAS_CARRY_FORWARD.
 * @return CLAS_OK; CLAS_ENOBAREME when the year has no barème and
 *         CLAS_CARRY_FORWARD is not set; CLAS_EOVERFLOW; CLAS_EINVAL (NULL
 *         @p evaluation, @p regles or @p dossier, unknown flags);
 *         CLAS_ENOMEM. On error the evaluation is left empty.
 * @since 1.0
 * @sa clas_evaluate(), clas_evaluation_get_verdict(), clas_rapport_new(), clas_batch_evaluate()
 */
CLAS_API int clas_evaluation_run(clas_evaluation *evaluation, const clas_regles *regles, const clas_cadre *cadre,
                                 const clas_dossier *dossier, unsigned flags);
/**
 * Convenience: clas_evaluation_new() then clas_evaluation_run().
 * @param[out] out receives the evaluation, owned by the caller
 *             (clas_evaluation_free()); set to NULL on error.
 * @param[in] regles the rule set, as for clas_evaluation_run().
 * @param[in] cadre the cadre to apply, or NULL; copied.
 * @param[in] dossier the dossier; only read.
 * @param[in] flags 0, CLAS_EVAL_TRACE and/or CLAS_CARRY_FORWARD.
 * @return as clas_evaluation_run(); CLAS_EINVAL if @p out is NULL.
 * @since 1.0
 * @sa clas_evaluation_run(), clas_evaluation_free()
 */
CLAS_API int clas_evaluate(clas_evaluation **out, const clas_regles *regles, const clas_cadre *cadre,
                           const clas_dossier *dossier, unsigned flags);

/**
 * The rule set used.
 * @param[in] evaluation the evaluation.
 * @return the rule set, borrowed (the evaluation holds a reference, so it
 *         lives at least as long as @p evaluation); NULL on an empty
 *         evaluation.
 * @since 1.0
 * @sa clas_evaluation_get_bareme(), clas_evaluation_get_cadre(), clas_regles_ref()
 */
CLAS_API const clas_regles *clas_evaluation_get_regles(const clas_evaluation *evaluation);
/**
 * The barème used (possibly carried forward from an earlier year).
 * @param[in] evaluation the evaluation.
 * @return the barème, borrowed from the rule set: valid while
 *         @p evaluation holds it; NULL on an empty evaluation.
 * @since 1.0
 * @sa clas_evaluation_is_provisional(), clas_regles_find_bareme()
 */
CLAS_API const clas_bareme *clas_evaluation_get_bareme(const clas_evaluation *evaluation);
/**
 * The cadre used: the evaluation's copy of the one given to
 * clas_evaluation_run(), else the rule set's.
 * @param[in] evaluation the evaluation.
 * @return the cadre, borrowed: valid until @p evaluation is run again or
 *         freed; NULL on an empty evaluation.
 * @since 1.0
 * @sa clas_evaluation_get_bareme(), clas_regles_find_cadre()
 */
CLAS_API const clas_cadre *clas_evaluation_get_cadre(const clas_evaluation *evaluation);
/**
 * School year evaluated.
 * @param[in] evaluation the evaluation.
 * @return "YYYY-YYYY+1", borrowed: valid until @p evaluation is run again
 *         or freed; "" on an empty evaluation.
 * @since 1.0
 * @sa clas_evaluation_get_dossier_id()
 */
CLAS_API const char *clas_evaluation_get_annee_scolaire(const clas_evaluation *evaluation);
/**
 * Id of the dossier evaluated.
 * @param[in] evaluation the evaluation.
 * @return the id ("" if the dossier had none), borrowed: valid until
 *         @p evaluation is run again or freed.
 * @since 1.0
 * @sa clas_evaluation_get_annee_scolaire(), clas_dossier_get_id()
 */
CLAS_API const char *clas_evaluation_get_dossier_id(const clas_evaluation *evaluation);
/**
 * Whether a barème was carried forward (CLAS_CARRY_FORWARD).
 * @param[in] evaluation the evaluation.
 * @return 1 if a barème was carried forward: every amount is provisional;
 *         else 0.
 * @since 1.0
 * @sa clas_regles_find_bareme(), clas_evaluation_get_bareme()
 */
CLAS_API int clas_evaluation_is_provisional(const clas_evaluation *evaluation);
/**
 * Whether the trace was recorded (CLAS_EVAL_TRACE).
 * @param[in] evaluation the evaluation.
 * @return 1 if the trace was recorded, else 0.
 * @since 1.0
 * @sa clas_evaluation_num_etapes()
 */
CLAS_API int clas_evaluation_has_trace(const clas_evaluation *evaluation);
/**
 * The dossier's verdict: ELIGIBLE if every collectif is, PARTIEL if some
 * are, INELIGIBLE if none is or a dossier-level constat blocks.
 * @param[in] evaluation the evaluation.
 * @return the verdict; CLAS_VERDICT_INELIGIBLE on an empty evaluation or
 *         for NULL.
 * @since 1.0
 * @sa clas_evaluation_get_collectif_verdict(), clas_verdict_name()
 */
CLAS_API clas_verdict clas_evaluation_get_verdict(const clas_evaluation *evaluation);
/**
 * Number of collectifs evaluated, in the dossier's order.
 * @param[in] evaluation the evaluation.
 * @return the count; 0 for NULL or an empty evaluation.
 * @since 1.0
 * @sa clas_evaluation_get_collectif_id(), clas_evaluation_find_collectif()
 */
CLAS_API size_t clas_evaluation_num_collectifs(const clas_evaluation *evaluation);
/**
 * Id of the i-th collectif evaluated.
 * @param[in] evaluation the evaluation.
 * @param[in] i index, 0..clas_evaluation_num_collectifs() - 1.
 * @return the id, borrowed: valid until @p evaluation is run again or
 *         freed; NULL if out of range.
 * @since 1.0
 * @sa clas_evaluation_find_collectif(), clas_evaluation_num_collectifs()
 */
CLAS_API const char *clas_evaluation_get_collectif_id(const clas_evaluation *evaluation, size_t i);
/**
 * Verdict of the i-th collectif.
 * @param[in] evaluation the evaluation.
 * @param[in] i index, 0..clas_evaluation_num_collectifs() - 1.
 * @return CLAS_VERDICT_ELIGIBLE or CLAS_VERDICT_INELIGIBLE (also if out of
 *         range).
 * @since 1.0
 * @sa clas_evaluation_get_verdict(), clas_evaluation_get_collectif_constat()
 */
CLAS_API clas_verdict clas_evaluation_get_collectif_verdict(const clas_evaluation *evaluation, size_t i);
/**
 * The committee's decision on the i-th collectif, as recorded in the
 * dossier when it was evaluated.
 * @param[in] evaluation the evaluation, may be NULL.
 * @param[in] i index of the collectif, in the dossier's order.
 * @return the decision; CLAS_DECISION_EN_ATTENTE if @p evaluation is NULL
 *         or @p i is out of range.
 * @since 1.0
 * @sa clas_evaluation_get_collectif_statut(), clas_collectif_get_decision()
 */
CLAS_API clas_decision clas_evaluation_get_collectif_decision(const clas_evaluation *evaluation, size_t i);
/**
 * Funding status of the i-th collectif: eligible and approved, eligible and
 * pending, eligible but refused, or ineligible.
 * @param[in] evaluation the evaluation, may be NULL.
 * @param[in] i index of the collectif, in the dossier's order.
 * @return the status; CLAS_STATUT_INELIGIBLE if @p evaluation is NULL or
 *         @p i is out of range.
 * @since 1.0
 * @sa clas_evaluation_get_collectif_verdict(), clas_evaluation_get_collectif_decision(), clas_statut_name()
 */
CLAS_API clas_statut clas_evaluation_get_collectif_statut(const clas_evaluation *evaluation, size_t i);
/**
 * Index of a collectif by id.
 * @param[out] out receives the index; written only on success.
 * @param[in] evaluation the evaluation.
 * @param[in] id the collectif's id.
 * @return CLAS_OK; CLAS_ENOTFOUND if no collectif evaluated has this id;
 *         CLAS_EINVAL for a NULL argument.
 * @since 1.0
 * @sa clas_evaluation_get_collectif_id(), clas_dossier_find_collectif()
 */
CLAS_API int clas_evaluation_find_collectif(size_t *out, const clas_evaluation *evaluation, const char *id);
/**
 * An amount of the i-th collectif.
 * @param[in] evaluation the evaluation.
 * @param[in] i index, 0..clas_evaluation_num_collectifs() - 1.
 * @param[in] montant which amount.
 * @return the amount in cents; 0 if out of range or @p montant unknown.
 * @since 1.0
 * @sa clas_evaluation_get_total(), clas_montant_name()
 */
CLAS_API clas_cents clas_evaluation_get_montant(const clas_evaluation *evaluation, size_t i, clas_montant montant);
/**
 * An amount summed over the dossier's collectifs.
 * @param[in] evaluation the evaluation.
 * @param[in] montant which amount.
 * @return the sum in cents; 0 for NULL or an unknown @p montant.
 * @since 1.0
 * @sa clas_evaluation_get_montant(), clas_rapport_get_total()
 */
CLAS_API clas_cents clas_evaluation_get_total(const clas_evaluation *evaluation, clas_montant montant);
/**
 * Whether the i-th collectif has a bilan.
 * @param[in] evaluation the evaluation.
 * @param[in] i index, 0..clas_evaluation_num_collectifs() - 1.
 * @return 1 if the i-th collectif has a bilan (droit réel and
 *         régularisation are meaningful), else 0.
 * @since 1.0
 * @sa clas_collectif_has_bilan(), clas_evaluation_get_montant()
 */
CLAS_API int clas_evaluation_has_bilan(const clas_evaluation *evaluation, size_t i);

/**
 * Number of constats: dossier-level first, then collectif by collectif.
 * @param[in] evaluation the evaluation.
 * @return the count; 0 for NULL.
 * @since 1.0
 * @sa clas_evaluation_get_constat(), clas_evaluation_num_collectif_constats()
 */
CLAS_API size_t clas_evaluation_num_constats(const clas_evaluation *evaluation);
/**
 * The i-th constat of the whole dossier.
 * @param[in] evaluation the evaluation.
 * @param[in] i index, 0..clas_evaluation_num_constats() - 1.
 * @return the constat, borrowed: valid until @p evaluation is run again or
 *         freed; NULL if out of range.
 * @since 1.0
 * @sa clas_evaluation_num_constats(), clas_evaluation_get_collectif_constat(), clas_constat_get_code()
 */
CLAS_API const clas_constat *clas_evaluation_get_constat(const clas_evaluation *evaluation, size_t i);
/**
 * Number of constats of the i-th collectif (dossier-level ones excluded).
 * @param[in] evaluation the evaluation.
 * @param[in] i collectif index, 0..clas_evaluation_num_collectifs() - 1.
 * @return the count; 0 if out of range.
 * @since 1.0
 * @sa clas_evaluation_get_collectif_constat(), clas_evaluation_num_constats()
 */
CLAS_API size_t clas_evaluation_num_collectif_constats(const clas_evaluation *evaluation, size_t i);
/**
 * The j-th constat of the i-th collectif.
 * @param[in] evaluation the evaluation.
 * @param[in] i collectif index, 0..clas_evaluation_num_collectifs() - 1.
 * @param[in] j constat index, 0..clas_evaluation_num_collectif_constats() - 1.
 * @return the constat, borrowed: valid until @p evaluation is run again or
 *         freed; NULL if out of range.
 * @since 1.0
 * @sa clas_evaluation_num_collectif_constats(), clas_evaluation_get_constat()
 */
CLAS_API const clas_constat *clas_evaluation_get_collectif_constat(const clas_evaluation *evaluation, size_t i,
                                                                   size_t j);

/**
 * The constat's code.
 * @param[in] constat the constat.
 * @return its code; CLAS_CODE_COUNT for NULL.
 * @since 1.0
 * @sa clas_code_name(), clas_constat_format_message()
 */
CLAS_API clas_code clas_constat_get_code(const clas_constat *constat);
/**
 * The constat's severity, from the cadre applied.
 * @param[in] constat the constat.
 * @return its severity (never CLAS_SEVERITY_OFF for a recorded constat);
 *         CLAS_SEVERITY_INFO for NULL.
 * @since 1.0
 * @sa clas_cadre_get_severity(), clas_severity_name()
 */
CLAS_API clas_severity clas_constat_get_severity(const clas_constat *constat);
/**
 * The rule that produced the constat.
 * @param[in] constat the constat.
 * @return the rule, as clas_code_regle() of its code; CLAS_REGLE_COUNT for NULL.
 * @since 1.0
 * @sa clas_code_regle(), clas_constat_get_source()
 */
CLAS_API clas_regle clas_constat_get_regle(const clas_constat *constat);
/**
 * Index of the constat's collectif in the evaluation.
 * @param[in] constat the constat.
 * @return the index; -1 for a dossier-level constat or NULL.
 * @since 1.0
 * @sa clas_constat_get_collectif_id(), clas_evaluation_get_collectif_id()
 */
CLAS_API long clas_constat_get_collectif_index(const clas_constat *constat);
/**
 * Id of the constat's collectif.
 * @param[in] constat the constat.
 * @return the id, "" for a dossier-level constat; borrowed from the
 *         evaluation: valid until it is run again or freed.
 * @since 1.0
 * @sa clas_constat_get_collectif_index()
 */
CLAS_API const char *clas_constat_get_collectif_id(const clas_constat *constat);
/**
 * The field concerned.
 * @param[in] constat the constat.
 * @return a static string ("nb_enfants", "actions", "date_depot"...); ""
 *         for NULL.
 * @since 1.0
 * @sa clas_constat_get_valeur(), clas_constat_get_limite()
 */
CLAS_API const char *clas_constat_get_champ(const clas_constat *constat);
/**
 * The observed value.
 * @param[in] constat the constat.
 * @return the value (a count, cents, a YYYYMMDD date, a level mask... as
 *         the code implies); 0 if none.
 * @since 1.0
 * @sa clas_constat_get_limite(), clas_constat_get_champ()
 */
CLAS_API int64_t clas_constat_get_valeur(const clas_constat *constat);
/**
 * The limit the value was compared with.
 * @param[in] constat the constat.
 * @return the limit, in the unit of clas_constat_get_valeur(); 0 if none.
 * @since 1.0
 * @sa clas_constat_get_valeur()
 */
CLAS_API int64_t clas_constat_get_limite(const clas_constat *constat);
/**
 * The text behind the constat: clas_code_source() of its code.
 * @param[in] constat the constat.
 * @return a static UTF-8 string; "" if @p constat is NULL.
 * @since 1.0
 * @sa clas_code_source(), clas_code_source_url(), clas_constat_get_regle()
 */
CLAS_API const char *clas_constat_get_source(const clas_constat *constat);
/**
 * The consequence the evaluation's cadre attaches to the constat's code,
 * in the cadre's words and with its source (clas_cadre_set_consequence()).
 * @param[in] constat the constat.
 * @param[in] part which part.
 * @return the text, borrowed: valid until the evaluation is run again or
 *         freed; "" when the cadre gives no consequence, for NULL or an
 *         unknown @p part.
 * @since 1.0
 * @sa clas_cadre_get_consequence(), clas_constat_format_message()
 */
CLAS_API const char *clas_constat_get_consequence(const clas_constat *constat, clas_consequence_part part);
/**
 * Writes the constat's message in French or English, with its values
 * (amounts as "2 800,70 €" or "€2,800.70"), snprintf-style: the message is
 * cut to fit and always NUL-terminated when @p size > 0. The message
 * states the fact and the rule; when the cadre attaches a consequence to
 * the code, it follows, quoted in the cadre's words with its source:
 * "... après la date limite du 2025-08-18. Conséquence selon le cadre :
 * « Le dossier n'est pas examiné. » (titre, section)".
 * @param[out] buf receives the message; may be NULL when @p size is 0.
 * @param[in] size size of @p buf in bytes.
 * @param[in] constat the constat.
 * @param[in] lang CLAS_LANG_EN for English; any other value gives French.
 * @return the length the full message needs, excluding the NUL (call again
 *         with a larger buffer if it is ≥ @p size); negative CLAS_EINVAL
 *         for a NULL @p constat, or NULL @p buf with @p size > 0.
 * @since 1.0
 * @sa clas_constat_get_code(), clas_etape_format()
 */
CLAS_API int clas_constat_format_message(char *buf, size_t size, const clas_constat *constat, clas_lang lang);

/**
 * Number of trace steps of the i-th collectif.
 * @param[in] evaluation the evaluation.
 * @param[in] i collectif index, 0..clas_evaluation_num_collectifs() - 1.
 * @return the count; 0 without CLAS_EVAL_TRACE or if out of range.
 * @since 1.0
 * @sa clas_evaluation_get_etape(), clas_evaluation_has_trace()
 */
CLAS_API size_t clas_evaluation_num_etapes(const clas_evaluation *evaluation, size_t i);
/**
 * The j-th trace step of the i-th collectif, in the order the rules ran.
 * @param[in] evaluation the evaluation.
 * @param[in] i collectif index, 0..clas_evaluation_num_collectifs() - 1.
 * @param[in] j step index, 0..clas_evaluation_num_etapes() - 1.
 * @return the step, borrowed: valid until @p evaluation is run again or
 *         freed; NULL if out of range.
 * @since 1.0
 * @sa clas_evaluation_num_etapes(), clas_etape_format()
 */
CLAS_API const clas_etape *clas_evaluation_get_etape(const clas_evaluation *evaluation, size_t i, size_t j);
/**
 * Rule applied in a step.
 * @param[in] etape the step.
 * @return the rule; CLAS_REGLE_COUNT for NULL.
 * @since 1.0
 * @sa clas_etape_get_operation(), clas_regle_id()
 */
CLAS_API clas_regle clas_etape_get_regle(const clas_etape *etape);
/**
 * Stable key of a step.
 * @param[in] etape the step.
 * @return a static string ("base", "ps_calculee", "groupe"...); "" for NULL.
 * @since 1.0
 * @sa clas_etape_get_formule(), clas_etape_get_regle()
 */
CLAS_API const char *clas_etape_get_operation(const clas_etape *etape);
/**
 * Formula of a step in plain text, over the names of its inputs.
 *
 * A stable identifier, the same in every language (doc/json-format.md):
 * programs may match it; people read clas_etape_format().
 * @param[in] etape the step.
 * @return a static string, e.g. "min(depenses, prix_plafond)"; "" for NULL.
 * @since 1.0
 * @sa clas_etape_get_operation(), clas_etape_get_entree_nom()
 */
CLAS_API const char *clas_etape_get_formule(const clas_etape *etape);
/**
 * The text that states the step's rule (clas_regle_source(), or the code's
 * own text for steps that stand for one code).
 * @param[in] etape the step.
 * @return a static UTF-8 string; "" if @p etape is NULL.
 * @since 1.0
 * @sa clas_etape_get_source_valeurs(), clas_regle_source(), clas_code_source()
 */
CLAS_API const char *clas_etape_get_source(const clas_etape *etape);
/**
 * The source of the values the step used, when a barème or a cadre set them:
 * the barème's source for amounts and rates, the cadre's for its calendar,
 * thresholds, or a severity other than the national one.
 * @param[in] etape the step.
 * @return "title, section", borrowed from the evaluation: valid until it is
 *         run again or freed; "" when the step uses no such value or
 *         @p etape is NULL.
 * @since 1.0
 * @sa clas_etape_get_source(), clas_bareme_get_source_titre(), clas_cadre_get_source_titre()
 */
CLAS_API const char *clas_etape_get_source_valeurs(const clas_etape *etape);
/**
 * Number of inputs of a step.
 * @param[in] etape the step.
 * @return the count, at most 4; 0 for NULL.
 * @since 1.0
 * @sa clas_etape_get_entree_nom(), clas_etape_get_entree_valeur(), clas_etape_get_entree_unite()
 */
CLAS_API size_t clas_etape_num_entrees(const clas_etape *etape);
/**
 * Name of an input of a step.
 * @param[in] etape the step.
 * @param[in] i input index, 0..clas_etape_num_entrees() - 1.
 * @return a static string; NULL if out of range.
 * @since 1.0
 * @sa clas_etape_get_entree_valeur(), clas_etape_get_entree_unite()
 */
CLAS_API const char *clas_etape_get_entree_nom(const clas_etape *etape, size_t i);
/**
 * Value of an input of a step.
 * @param[in] etape the step.
 * @param[in] i input index, 0..clas_etape_num_entrees() - 1.
 * @return the value, in the unit of clas_etape_get_entree_unite(); 0 if out
 *         of range.
 * @since 1.0
 * @sa clas_etape_get_entree_nom(), clas_etape_get_entree_unite()
 */
CLAS_API int64_t clas_etape_get_entree_valeur(const clas_etape *etape, size_t i);
/**
 * Unit of an input of a step.
 * @param[in] etape the step.
 * @param[in] i input index, 0..clas_etape_num_entrees() - 1.
 * @return the unit; CLAS_UNITE_NOMBRE if out of range.
 * @since 1.0
 * @sa clas_etape_get_entree_valeur(), clas_unite_name()
 */
CLAS_API clas_unite clas_etape_get_entree_unite(const clas_etape *etape, size_t i);
/**
 * Name of the output of a step.
 * @param[in] etape the step.
 * @return a static string; "" for NULL.
 * @since 1.0
 * @sa clas_etape_get_sortie_valeur(), clas_etape_get_sortie_unite()
 */
CLAS_API const char *clas_etape_get_sortie_nom(const clas_etape *etape);
/**
 * Value of the output of a step.
 * @param[in] etape the step.
 * @return the value, in the unit of clas_etape_get_sortie_unite(); 0 for NULL.
 * @since 1.0
 * @sa clas_etape_get_sortie_nom(), clas_etape_get_sortie_unite()
 */
CLAS_API int64_t clas_etape_get_sortie_valeur(const clas_etape *etape);
/**
 * Unit of the output of a step.
 * @param[in] etape the step.
 * @return the unit; CLAS_UNITE_NOMBRE for NULL.
 * @since 1.0
 * @sa clas_etape_get_sortie_valeur(), clas_unite_name()
 */
CLAS_API clas_unite clas_etape_get_sortie_unite(const clas_etape *etape);
/**
 * Writes a one-line human description of a step, snprintf-style (cut to
 * fit, always NUL-terminated when @p size > 0): "[R-PS] base =
 * min(depenses, prix_plafond) ; avec depenses = 10 000,00 €, prix_plafond =
 * 8 487,00 € => base = 8 487,00 €".
 * @param[out] buf receives the text; may be NULL when @p size is 0.
 * @param[in] size size of @p buf in bytes.
 * @param[in] etape the step.
 * @param[in] lang CLAS_LANG_EN for English; any other value gives French.
 * @return the length the full text needs, excluding the NUL; negative
 *         CLAS_EINVAL for a NULL @p etape, or NULL @p buf with @p size > 0.
 * @since 1.0
 * @sa clas_evaluation_get_etape(), clas_constat_format_message()
 */
CLAS_API int clas_etape_format(char *buf, size_t size, const clas_etape *etape, clas_lang lang);

/**
 * Formats cents for people, snprintf-style (cut to fit, always
 * NUL-terminated when @p size > 0): the French way, "2 800,70 €" (plain
 * spaces group thousands, so columns align in any terminal), or the English
 * way, "€2,800.70"; negatives start with '-'.
 * @param[out] buf receives the text; may be NULL when @p size is 0.
 * @param[in] size size of @p buf in bytes.
 * @param[in] cents the amount; any int64_t value.
 * @param[in] lang CLAS_LANG_FR or CLAS_LANG_EN.
 * @return the length the full text needs, excluding the NUL; negative
 *         CLAS_EINVAL for NULL @p buf with @p size > 0 or an unknown @p lang.
 * @since 1.0
 * @sa clas_cents_format(), clas_cents_parse()
 */
CLAS_API int clas_cents_format_human(char *buf, size_t size, clas_cents cents, clas_lang lang);

#ifdef __cplusplus
}
#endif
#endif
