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
 */
#ifndef CLAS_EVALUATION_H
#define CLAS_EVALUATION_H

#include "common.h"
#include "regles.h"
#include "dossier.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The result of evaluating one dossier. @since 1.0 */
typedef struct clas_evaluation clas_evaluation;
/** One finding of an eligibility check; borrowed from its evaluation. @since 1.0 */
typedef struct clas_constat clas_constat;
/** One step of the explanation trace; borrowed from its evaluation. @since 1.0 */
typedef struct clas_etape clas_etape;

/** Flag: record the explanation trace. (CLAS_CARRY_FORWARD = 1 is also accepted.) @since 1.0 */
#define CLAS_EVAL_TRACE 2u

/** Verdicts. PARTIEL is for dossiers only: some collectifs eligible, some not. @since 1.0 */
typedef enum clas_verdict {
    CLAS_VERDICT_ELIGIBLE = 0,
    CLAS_VERDICT_INELIGIBLE,
    CLAS_VERDICT_PARTIEL
} clas_verdict;

/** "eligible", "ineligible", "partiel". @since 1.0 */
CLAS_API const char *clas_verdict_name(clas_verdict verdict);

/**
 * What a collectif's funding stands at: its verdict and the committee's
 * decision read together. A refused collectif is eligible (nothing in the
 * dossier blocks it) but not funded; an ineligible one is not funded
 * whatever the committee decided.
 * @since 1.0
 */
typedef enum clas_statut {
    CLAS_STATUT_AGREE = 0,   /**< eligible and approved: funded */
    CLAS_STATUT_EN_ATTENTE,  /**< eligible, decision pending: amounts are forecasts */
    CLAS_STATUT_REFUSE,      /**< eligible but refused by the committee: not funded */
    CLAS_STATUT_INELIGIBLE,  /**< a blocking constat: not funded */
    CLAS_STATUT_COUNT
} clas_statut;

/**
 * Stable identifier of a funding status, as written in JSON and CSV.
 * @param statut a clas_statut value.
 * @return "agree", "en_attente", "refuse" or "ineligible", a static string;
 *         NULL if @p statut is out of range.
 * @since 1.0
 * @sa clas_statut_parse(), clas_evaluation_get_collectif_statut(), clas_label()
 */
CLAS_API const char *clas_statut_name(clas_statut statut);
/**
 * Parses a funding status identifier (as returned by clas_statut_name()).
 * @param[out] out written only on success.
 * @param name the identifier, case-sensitive.
 * @return CLAS_OK; CLAS_EINVAL for NULL arguments or an unknown identifier.
 * @since 1.0
 * @sa clas_statut_name()
 */
CLAS_API int clas_statut_parse(clas_statut *out, const char *name);

/** Amounts computed per collectif (and summed per dossier). All in cents. @since 1.0 */
typedef enum clas_montant {
    CLAS_MONTANT_DEPENSES = 0,            /**< forecast operating expenses */
    CLAS_MONTANT_AUTRES_FINANCEMENTS,     /**< sum of declared other funding */
    CLAS_MONTANT_BASE,                    /**< min(depenses, prix plafond) */
    CLAS_MONTANT_PS_CALCULEE,             /**< rate × base, rounded once */
    CLAS_MONTANT_PS,                      /**< Ps after the published maximum (0 if not funded) */
    CLAS_MONTANT_BONUS_ENFANTS_DEMANDE,   /**< bonus requested, for information */
    CLAS_MONTANT_BONUS_PARENTS_DEMANDE,
    CLAS_MONTANT_BONUS_ENFANTS,           /**< bonus granted and payable */
    CLAS_MONTANT_BONUS_PARENTS,
    CLAS_MONTANT_TOTAL,                   /**< droit prévisionnel: Ps + bonuses granted */
    CLAS_MONTANT_ACOMPTE,                 /**< advance due: taux_acompte × total, rounded */
    CLAS_MONTANT_DEPENSES_REELLES,        /**< from the bilan */
    CLAS_MONTANT_PS_REELLE,               /**< Ps on actual expenses */
    CLAS_MONTANT_DROIT_REEL,              /**< Ps réelle + bonuses granted */
    CLAS_MONTANT_ACOMPTES_VERSES,         /**< advances already paid */
    CLAS_MONTANT_REGULARISATION,          /**< droit réel − acomptes versés: > 0 solde, < 0 indu */
    CLAS_MONTANT_COUNT
} clas_montant;

/** "depenses", "autres_financements", "base", "ps_calculee", "ps", ...; NULL if out of range. @since 1.0 */
CLAS_API const char *clas_montant_name(clas_montant montant);
/** Parses an amount name. @return CLAS_OK or CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_montant_parse(clas_montant *out, const char *name);

/** Stable constat codes. Never renumbered, only appended. @since 1.0 */
typedef enum clas_code {
    CLAS_CODE_PUBLIC_AUCUN_NIVEAU = 0,      /**< R-PUBLIC: no school level given */
    CLAS_CODE_PUBLIC_NIVEAU_HORS_CHAMP,     /**< R-PUBLIC: a level outside CP–Terminale */
    CLAS_CODE_HORS_TEMPS_NON,               /**< R-HORS-TEMPS: during school time */
    CLAS_CODE_AXE_ENFANTS_ABSENT,           /**< R-AXES */
    CLAS_CODE_AXE_PARENTS_ABSENT,
    CLAS_CODE_AXE_ECOLE_ABSENT,
    CLAS_CODE_AXE_TERRITOIRE_ABSENT,
    CLAS_CODE_SOCLE_PARENTS_INSUFFISANT,    /**< R-SOCLE-PARENTS */
    CLAS_CODE_GROUPE_TROP_PETIT,            /**< R-GROUPE */
    CLAS_CODE_GROUPE_TROP_GRAND,
    CLAS_CODE_ENCADREMENT_INSUFFISANT,      /**< R-ENCADREMENT */
    CLAS_CODE_DEPOT_HORS_DELAI,             /**< R-DELAI (dossier) */
    CLAS_CODE_DEPOT_DATE_ABSENTE,           /**< R-DELAI (dossier): no filing date */
    CLAS_CODE_DOSSIER_SANS_COLLECTIF,       /**< R-DELAI (dossier): incomplete */
    CLAS_CODE_AIDE_DEVOIRS_SEULE,           /**< R-AIDE-DEVOIRS */
    CLAS_CODE_BUDGET_DEPENSES_NULLES,       /**< R-BUDGET */
    CLAS_CODE_BUDGET_FINANCEMENTS_NON_DECLARES,
    CLAS_CODE_BUDGET_SURFINANCEMENT,
    CLAS_CODE_PS_PRIX_PLAFOND_APPLIQUE,     /**< R-PS (info) */
    CLAS_CODE_PS_MAXIMUM_APPLIQUE,          /**< R-PS (info): the published maximum bit */
    CLAS_CODE_BONUS_SANS_AGREMENT,          /**< R-BONUS: granted to a collectif not approved/eligible */
    CLAS_CODE_BONUS_SANS_PROJET,            /**< R-BONUS: requested/granted without a project */
    CLAS_CODE_BONUS_NON_DEMANDE,            /**< R-BONUS: granted without a request */
    CLAS_CODE_BAREME_PROVISOIRE,            /**< R-BAREME: last known year carried forward */
    CLAS_CODE_AGREMENT_REFUSE,              /**< R-AGREMENT: refused by the committee */
    CLAS_CODE_AGREMENT_EN_ATTENTE,          /**< R-AGREMENT: not yet examined (info) */
    CLAS_CODE_BILAN_SOLDE,                  /**< R-BILAN (info): balance to pay */
    CLAS_CODE_BILAN_INDU,                   /**< R-BILAN (warning): overpayment to recover */
    CLAS_CODE_BILAN_GROUPE_HORS_NORME,      /**< R-BILAN (warning): actual children outside the group size */
    CLAS_CODE_DEPOT_DELAI_NON_VERIFIE,      /**< R-DELAI (info): the cadre sets no filing deadline */
    CLAS_CODE_COUNT
} clas_code;

/** Stable name of a code, e.g. "GROUPE_TROP_PETIT"; NULL if out of range. @since 1.0 */
CLAS_API const char *clas_code_name(clas_code code);
/** Parses a code name. @return CLAS_OK or CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_code_parse(clas_code *out, const char *name);
/** The rule a code belongs to; CLAS_REGLE_COUNT if out of range. @since 1.0 */
CLAS_API clas_regle clas_code_regle(clas_code code);

/**
 * The text behind a code: its own when it has one (e.g. the régularisation
 * of BILAN_INDU), else its rule's (clas_regle_source()).
 * @param code the code.
 * @return a static string; "" if @p code is out of range.
 * @sa clas_code_source_url(), clas_constat_get_source()
 * @since 1.0
 */
CLAS_API const char *clas_code_source(clas_code code);
/**
 * Where the text of clas_code_source() can be read.
 * @param code the code.
 * @return a static URL; "" when not online or if @p code is out of range.
 * @sa clas_code_source()
 * @since 1.0
 */
CLAS_API const char *clas_code_source_url(clas_code code);

/** Units of the values in a trace step. @since 1.0 */
typedef enum clas_unite {
    CLAS_UNITE_CENTS = 0, CLAS_UNITE_TAUX, CLAS_UNITE_NOMBRE, CLAS_UNITE_BOOLEEN,
    CLAS_UNITE_DATE,      /**< YYYYMMDD */
    CLAS_UNITE_NIVEAUX,   /**< a bit mask of clas_niveau */
    CLAS_UNITE_DECISION   /**< a clas_decision */
} clas_unite;

/** "cents", "taux", "nombre", "booleen", "date", "niveaux", "decision". @since 1.0 */
CLAS_API const char *clas_unite_name(clas_unite unite);

/**
 * Creates an empty, reusable evaluation. @param[out] out owned by the caller.
 * @return CLAS_OK, CLAS_EINVAL, CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_evaluation_new(clas_evaluation **out);
/** Frees an evaluation (and drops its rule-set reference); NULL is a no-op. @since 1.0 */
CLAS_API void clas_evaluation_free(clas_evaluation *evaluation);
/**
 * Evaluates a dossier into @p evaluation, replacing its previous content.
 * @param cadre the departmental framework to apply, or NULL to take the
 *        rule set's cadre for the dossier's department and year; copied.
 * @param flags CLAS_EVAL_TRACE and/or CLAS_CARRY_FORWARD.
 * @return CLAS_OK; CLAS_ENOBAREME when the year has no barème and
 *         CLAS_CARRY_FORWARD is not set; CLAS_EOVERFLOW; CLAS_EINVAL;
 *         CLAS_ENOMEM. On error the evaluation is left empty.
 * @since 1.0
 */
CLAS_API int clas_evaluation_run(clas_evaluation *evaluation, const clas_regles *regles, const clas_cadre *cadre,
                                 const clas_dossier *dossier, unsigned flags);
/**
 * Convenience: clas_evaluation_new() then clas_evaluation_run().
 * @param[out] out owned by the caller; NULL on error.
 * @return as clas_evaluation_run().
 * @since 1.0
 */
CLAS_API int clas_evaluate(clas_evaluation **out, const clas_regles *regles, const clas_cadre *cadre,
                           const clas_dossier *dossier, unsigned flags);

/** The rule set used, borrowed (the evaluation holds a reference). @since 1.0 */
CLAS_API const clas_regles *clas_evaluation_get_regles(const clas_evaluation *evaluation);
/** The barème used, borrowed. NULL on an empty evaluation. @since 1.0 */
CLAS_API const clas_bareme *clas_evaluation_get_bareme(const clas_evaluation *evaluation);
/** The cadre used, borrowed. NULL on an empty evaluation. @since 1.0 */
CLAS_API const clas_cadre *clas_evaluation_get_cadre(const clas_evaluation *evaluation);
/** School year evaluated; borrowed. @since 1.0 */
CLAS_API const char *clas_evaluation_get_annee_scolaire(const clas_evaluation *evaluation);
/** Dossier id evaluated; borrowed. @since 1.0 */
CLAS_API const char *clas_evaluation_get_dossier_id(const clas_evaluation *evaluation);
/** 1 if a barème was carried forward: every amount is provisional. @since 1.0 */
CLAS_API int clas_evaluation_is_provisional(const clas_evaluation *evaluation);
/** 1 if the trace was recorded. @since 1.0 */
CLAS_API int clas_evaluation_has_trace(const clas_evaluation *evaluation);
/** The dossier's verdict. @since 1.0 */
CLAS_API clas_verdict clas_evaluation_get_verdict(const clas_evaluation *evaluation);
/** Number of collectifs evaluated, in the dossier's order. @since 1.0 */
CLAS_API size_t clas_evaluation_num_collectifs(const clas_evaluation *evaluation);
/** Id of the i-th collectif; borrowed; NULL if out of range. @since 1.0 */
CLAS_API const char *clas_evaluation_get_collectif_id(const clas_evaluation *evaluation, size_t i);
/** Verdict of the i-th collectif (ELIGIBLE or INELIGIBLE). @since 1.0 */
CLAS_API clas_verdict clas_evaluation_get_collectif_verdict(const clas_evaluation *evaluation, size_t i);
/**
 * The committee's decision on the i-th collectif, as recorded in the
 * dossier when it was evaluated.
 * @param evaluation the evaluation, may be NULL.
 * @param i index of the collectif, in the dossier's order.
 * @return the decision; CLAS_DECISION_EN_ATTENTE if @p evaluation is NULL
 *         or @p i is out of range.
 * @since 1.0
 * @sa clas_evaluation_get_collectif_statut(), clas_collectif_get_decision()
 */
CLAS_API clas_decision clas_evaluation_get_collectif_decision(const clas_evaluation *evaluation, size_t i);
/**
 * Funding status of the i-th collectif: eligible and approved, eligible and
 * pending, eligible but refused, or ineligible.
 * @param evaluation the evaluation, may be NULL.
 * @param i index of the collectif, in the dossier's order.
 * @return the status; CLAS_STATUT_INELIGIBLE if @p evaluation is NULL or
 *         @p i is out of range.
 * @since 1.0
 * @sa clas_evaluation_get_collectif_verdict(), clas_evaluation_get_collectif_decision(), clas_statut_name()
 */
CLAS_API clas_statut clas_evaluation_get_collectif_statut(const clas_evaluation *evaluation, size_t i);
/** Index of a collectif by id. @return CLAS_OK, CLAS_ENOTFOUND, CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_evaluation_find_collectif(size_t *out, const clas_evaluation *evaluation, const char *id);
/** An amount of the i-th collectif; 0 if out of range. @since 1.0 */
CLAS_API clas_cents clas_evaluation_get_montant(const clas_evaluation *evaluation, size_t i, clas_montant montant);
/** An amount summed over the dossier's collectifs. @since 1.0 */
CLAS_API clas_cents clas_evaluation_get_total(const clas_evaluation *evaluation, clas_montant montant);
/** 1 if the i-th collectif has a bilan (droit réel and régularisation are meaningful). @since 1.0 */
CLAS_API int clas_evaluation_has_bilan(const clas_evaluation *evaluation, size_t i);

/** Number of constats: dossier-level first, then collectif by collectif. @since 1.0 */
CLAS_API size_t clas_evaluation_num_constats(const clas_evaluation *evaluation);
/** The i-th constat, borrowed; NULL if out of range. @since 1.0 */
CLAS_API const clas_constat *clas_evaluation_get_constat(const clas_evaluation *evaluation, size_t i);
/** Number of constats of the i-th collectif (dossier-level ones excluded). @since 1.0 */
CLAS_API size_t clas_evaluation_num_collectif_constats(const clas_evaluation *evaluation, size_t i);
/** The j-th constat of the i-th collectif, borrowed; NULL if out of range. @since 1.0 */
CLAS_API const clas_constat *clas_evaluation_get_collectif_constat(const clas_evaluation *evaluation, size_t i,
                                                                   size_t j);

/** The constat's code. @since 1.0 */
CLAS_API clas_code clas_constat_get_code(const clas_constat *constat);
/** The constat's severity (from the cadre). @since 1.0 */
CLAS_API clas_severity clas_constat_get_severity(const clas_constat *constat);
/** The rule that produced it. @since 1.0 */
CLAS_API clas_regle clas_constat_get_regle(const clas_constat *constat);
/** Index of the collectif, or -1 for a dossier-level constat. @since 1.0 */
CLAS_API long clas_constat_get_collectif_index(const clas_constat *constat);
/** Id of the collectif, "" for a dossier-level constat; borrowed. @since 1.0 */
CLAS_API const char *clas_constat_get_collectif_id(const clas_constat *constat);
/** The field concerned ("nb_enfants", "actions", "date_depot"...); static string. @since 1.0 */
CLAS_API const char *clas_constat_get_champ(const clas_constat *constat);
/** The observed value (count, cents, YYYYMMDD date...), 0 if none. @since 1.0 */
CLAS_API int64_t clas_constat_get_valeur(const clas_constat *constat);
/** The limit it was compared with, 0 if none. @since 1.0 */
CLAS_API int64_t clas_constat_get_limite(const clas_constat *constat);
/**
 * The text behind the constat: clas_code_source() of its code.
 * @param constat the constat.
 * @return a static string; "" if @p constat is NULL.
 * @sa clas_code_source_url()
 * @since 1.0
 */
CLAS_API const char *clas_constat_get_source(const clas_constat *constat);
/**
 * Writes the constat's message in French or English into @p buf
 * (snprintf-style: always NUL-terminated when @p size > 0).
 * @return the length the full message needs, excluding the NUL; negative
 *         CLAS_EINVAL on bad arguments. @since 1.0
 */
CLAS_API int clas_constat_format_message(char *buf, size_t size, const clas_constat *constat, clas_lang lang);

/** Number of trace steps of the i-th collectif (0 without CLAS_EVAL_TRACE). @since 1.0 */
CLAS_API size_t clas_evaluation_num_etapes(const clas_evaluation *evaluation, size_t i);
/** The j-th trace step of the i-th collectif, borrowed; NULL if out of range. @since 1.0 */
CLAS_API const clas_etape *clas_evaluation_get_etape(const clas_evaluation *evaluation, size_t i, size_t j);
/** Rule applied in the step. @since 1.0 */
CLAS_API clas_regle clas_etape_get_regle(const clas_etape *etape);
/** Stable key of the step ("base", "ps_calculee", "groupe"...); static string. @since 1.0 */
CLAS_API const char *clas_etape_get_operation(const clas_etape *etape);
/** Formula in plain text, e.g. "min(depenses, prix_plafond)"; static string. @since 1.0 */
CLAS_API const char *clas_etape_get_formule(const clas_etape *etape);
/**
 * The text that states the step's rule (clas_regle_source(), or the code's
 * own text for steps that stand for one code).
 * @param etape the step.
 * @return a static string; "" if @p etape is NULL.
 * @sa clas_etape_get_source_valeurs()
 * @since 1.0
 */
CLAS_API const char *clas_etape_get_source(const clas_etape *etape);
/**
 * The source of the values the step used, when a barème or a cadre set them:
 * the barème's source for amounts and rates, the cadre's for its calendar,
 * thresholds, or a severity other than the national one.
 * @param etape the step.
 * @return "title, section", borrowed from the evaluation; "" when the step
 *         uses no such value or @p etape is NULL.
 * @sa clas_etape_get_source()
 * @since 1.0
 */
CLAS_API const char *clas_etape_get_source_valeurs(const clas_etape *etape);
/** Number of inputs (at most 4). @since 1.0 */
CLAS_API size_t clas_etape_num_entrees(const clas_etape *etape);
/** Name of the i-th input; static string; NULL if out of range. @since 1.0 */
CLAS_API const char *clas_etape_get_entree_nom(const clas_etape *etape, size_t i);
/** Value of the i-th input. @since 1.0 */
CLAS_API int64_t clas_etape_get_entree_valeur(const clas_etape *etape, size_t i);
/** Unit of the i-th input. @since 1.0 */
CLAS_API clas_unite clas_etape_get_entree_unite(const clas_etape *etape, size_t i);
/** Name of the output; static string. @since 1.0 */
CLAS_API const char *clas_etape_get_sortie_nom(const clas_etape *etape);
/** Value of the output. @since 1.0 */
CLAS_API int64_t clas_etape_get_sortie_valeur(const clas_etape *etape);
/** Unit of the output. @since 1.0 */
CLAS_API clas_unite clas_etape_get_sortie_unite(const clas_etape *etape);
/**
 * Writes a one-line human description of the step ("base = min(10 000,00 €,
 * 8 487,00 €) = 8 487,00 €"), snprintf-style.
 * @return the length needed, or CLAS_EINVAL. @since 1.0
 */
CLAS_API int clas_etape_format(char *buf, size_t size, const clas_etape *etape, clas_lang lang);

/**
 * Formats cents for people: the French way, "2 800,70 €" (plain spaces
 * group thousands, so columns align in any terminal), or the English way,
 * "€2,800.70". snprintf-style.
 * @return the length needed, or CLAS_EINVAL. @since 1.0
 */
CLAS_API int clas_cents_format_human(char *buf, size_t size, clas_cents cents, clas_lang lang);

#ifdef __cplusplus
}
#endif
#endif
