/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file clas/regles.h
 * @brief Barèmes (national amounts per school year), departmental cadres
 *        (calendar, thresholds, severities) and the immutable rule set
 *        that evaluations run against.
 *
 * A clas_bareme and a clas_cadre are plain values the caller fills in.
 * A clas_regles is built once from them by a clas_regles_builder, is then
 * immutable, reference counted, and safe to share between threads.
 *
 * Getters accept NULL and then return 0, "" or the documented default.
 */
#ifndef CLAS_REGLES_H
#define CLAS_REGLES_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * A barème: rate, prix plafond, published maximum, bonuses, rounding, source.
 * @since 1.0
 * @sa clas_bareme_new(), clas_regles_find_bareme()
 */
typedef struct clas_bareme clas_bareme;
/**
 * A departmental (or national default) framework for one school year.
 * @since 1.0
 * @sa clas_cadre_new(), clas_regles_find_cadre()
 */
typedef struct clas_cadre clas_cadre;
/**
 * An immutable, shareable set of barèmes and cadres.
 * @since 1.0
 * @sa clas_regles_builder_build(), clas_regles_new_default(), clas_regles_unref()
 */
typedef struct clas_regles clas_regles;
/**
 * Collects barèmes and cadres, then builds a clas_regles.
 * @since 1.0
 * @sa clas_regles_builder_new(), clas_regles_builder_build()
 */
typedef struct clas_regles_builder clas_regles_builder;

/** One million: rates are expressed in millionths (330000 = 33 %). @since 1.0 */
#define CLAS_TAUX_UN 1000000

/**
 * Creates an empty barème for a school year. Amounts start at 0, rounding
 * at CLAS_ROUND_HALF_UP, the source empty.
 * @param[out] out receives the new barème, owned by the caller (free it with
 *             clas_bareme_free()).
 * @param[in] annee_scolaire the school year, two consecutive years
 *            "YYYY-YYYY+1" ("2025-2026"); copied.
 * @return CLAS_OK; CLAS_EINVAL if @p out is NULL or @p annee_scolaire is not
 *         "YYYY-YYYY+1"; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_bareme_free(), clas_bareme_copy(), clas_regles_builder_add_bareme()
 */
CLAS_API int clas_bareme_new(clas_bareme **out, const char *annee_scolaire);
/**
 * Frees a barème.
 * @param[in] bareme a barème from clas_bareme_new() or clas_bareme_copy();
 *            NULL is a no-op. Never pass one borrowed from a clas_regles.
 * @since 1.0
 * @sa clas_bareme_new()
 */
CLAS_API void clas_bareme_free(clas_bareme *bareme);
/**
 * Deep copy of a barème (for instance to modify one borrowed from a rule set).
 * @param[out] out receives the copy, owned by the caller (clas_bareme_free()).
 * @param[in] bareme the barème to copy.
 * @return CLAS_OK; CLAS_EINVAL if an argument is NULL; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_bareme_new(), clas_bareme_free()
 */
CLAS_API int clas_bareme_copy(clas_bareme **out, const clas_bareme *bareme);
/**
 * School year of a barème.
 * @param[in] bareme the barème.
 * @return "YYYY-YYYY+1", borrowed: lives as long as @p bareme; "" for NULL.
 * @since 1.0
 * @sa clas_bareme_new()
 */
CLAS_API const char *clas_bareme_get_annee_scolaire(const clas_bareme *bareme);
/**
 * Sets the rate of the prestation de service.
 * @param[in,out] bareme the barème.
 * @param[in] taux_millionths the rate in millionths, 0..CLAS_TAUX_UN
 *            (330000 = 33 %).
 * @return CLAS_OK; CLAS_EINVAL if @p bareme is NULL; CLAS_ERANGE outside
 *         0..CLAS_TAUX_UN (the barème is unchanged).
 * @since 1.0
 * @sa clas_bareme_get_taux(), clas_bareme_validate()
 */
CLAS_API int clas_bareme_set_taux(clas_bareme *bareme, int64_t taux_millionths);
/**
 * Rate of the prestation de service.
 * @param[in] bareme the barème.
 * @return the rate in millionths; 0 for NULL.
 * @since 1.0
 * @sa clas_bareme_set_taux()
 */
CLAS_API int64_t clas_bareme_get_taux(const clas_bareme *bareme);
/**
 * Sets the prix plafond: the part of the expenses the rate applies to.
 * @param[in,out] bareme the barème.
 * @param[in] cents the prix plafond in cents, 0..CLAS_CENTS_MAX (it must be
 *            positive for clas_bareme_validate()).
 * @return CLAS_OK; CLAS_EINVAL if @p bareme is NULL; CLAS_ERANGE outside
 *         0..CLAS_CENTS_MAX.
 * @since 1.0
 * @sa clas_bareme_get_prix_plafond(), clas_bareme_set_ps_max()
 */
CLAS_API int clas_bareme_set_prix_plafond(clas_bareme *bareme, clas_cents cents);
/**
 * Prix plafond of a barème.
 * @param[in] bareme the barème.
 * @return the prix plafond in cents; 0 for NULL.
 * @since 1.0
 * @sa clas_bareme_set_prix_plafond()
 */
CLAS_API clas_cents clas_bareme_get_prix_plafond(const clas_bareme *bareme);
/**
 * Sets the published maximum Ps.
 * @param[in,out] bareme the barème.
 * @param[in] cents the maximum in cents, 0..CLAS_CENTS_MAX.
 * @return CLAS_OK; CLAS_EINVAL if @p bareme is NULL; CLAS_ERANGE outside
 *         0..CLAS_CENTS_MAX.
 * @since 1.0
 * @sa clas_bareme_get_ps_max(), clas_bareme_validate()
 */
CLAS_API int clas_bareme_set_ps_max(clas_bareme *bareme, clas_cents cents);
/**
 * Published maximum Ps of a barème.
 * @param[in] bareme the barème.
 * @return the maximum in cents; 0 for NULL.
 * @since 1.0
 * @sa clas_bareme_set_ps_max()
 */
CLAS_API clas_cents clas_bareme_get_ps_max(const clas_bareme *bareme);
/**
 * Sets the amount of a bonus, per collectif granted it.
 * @param[in,out] bareme the barème.
 * @param[in] bonus which bonus.
 * @param[in] cents the amount in cents, 0..CLAS_CENTS_MAX.
 * @return CLAS_OK; CLAS_EINVAL if @p bareme is NULL or @p bonus unknown;
 *         CLAS_ERANGE outside 0..CLAS_CENTS_MAX.
 * @since 1.0
 * @sa clas_bareme_get_bonus()
 */
CLAS_API int clas_bareme_set_bonus(clas_bareme *bareme, clas_bonus bonus, clas_cents cents);
/**
 * Amount of a bonus.
 * @param[in] bareme the barème.
 * @param[in] bonus which bonus.
 * @return the amount in cents; 0 for NULL or an unknown bonus.
 * @since 1.0
 * @sa clas_bareme_set_bonus()
 */
CLAS_API clas_cents clas_bareme_get_bonus(const clas_bareme *bareme, clas_bonus bonus);
/**
 * Sets the rounding rule of rate × base (R-PS), applied once.
 * @param[in,out] bareme the barème.
 * @param[in] rounding the rule.
 * @return CLAS_OK; CLAS_EINVAL if @p bareme is NULL or @p rounding unknown.
 * @since 1.0
 * @sa clas_bareme_get_rounding(), clas_rounding_name()
 */
CLAS_API int clas_bareme_set_rounding(clas_bareme *bareme, clas_rounding rounding);
/**
 * Rounding rule of a barème.
 * @param[in] bareme the barème.
 * @return the rule; CLAS_ROUND_HALF_UP for NULL.
 * @since 1.0
 * @sa clas_bareme_set_rounding()
 */
CLAS_API clas_rounding clas_bareme_get_rounding(const clas_bareme *bareme);
/**
 * Sets the source of the values. All or nothing: on error the previous
 * source is kept.
 * @param[in,out] bareme the barème.
 * @param[in] titre document title; NULL or "" for none; copied.
 * @param[in] section section of the document; NULL or "" for none; copied.
 * @param[in] url public URL; NULL or "" for none; copied.
 * @return CLAS_OK; CLAS_EINVAL if @p bareme is NULL or a text is longer than
 *         CLAS_TEXT_MAX bytes; CLAS_EUTF8 for invalid UTF-8; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_bareme_get_source_titre(), clas_bareme_get_source_section(), clas_bareme_get_source_url()
 */
CLAS_API int clas_bareme_set_source(clas_bareme *bareme, const char *titre, const char *section, const char *url);
/**
 * Title of the barème's source.
 * @param[in] bareme the barème.
 * @return the title, or "" if none (or NULL @p bareme); borrowed: valid
 *         until the source is set again or @p bareme is freed.
 * @since 1.0
 * @sa clas_bareme_set_source(), clas_bareme_get_source_section(), clas_bareme_get_source_url()
 */
CLAS_API const char *clas_bareme_get_source_titre(const clas_bareme *bareme);
/**
 * Section of the barème's source.
 * @param[in] bareme the barème.
 * @return the section, or "" if none; borrowed, as clas_bareme_get_source_titre().
 * @since 1.0
 * @sa clas_bareme_set_source(), clas_bareme_get_source_titre(), clas_bareme_get_source_url()
 */
CLAS_API const char *clas_bareme_get_source_section(const clas_bareme *bareme);
/**
 * URL of the barème's source.
 * @param[in] bareme the barème.
 * @return the URL, or "" if none; borrowed, as clas_bareme_get_source_titre().
 * @since 1.0
 * @sa clas_bareme_set_source(), clas_bareme_get_source_titre(), clas_bareme_get_source_section()
 */
CLAS_API const char *clas_bareme_get_source_url(const clas_bareme *bareme);
/**
 * Parts of a reference: which fields it covers and the text that settles them.
 * @since 1.0
 * @sa clas_bareme_get_reference(), clas_cadre_get_reference()
 */
typedef enum clas_reference_part {
    CLAS_REFERENCE_CHAMPS = 0, /**< the fields covered, one space apart: "taux prix_plafond ps_max", "seuils.enfants_min" */
    CLAS_REFERENCE_TITRE,      /**< the text's title; "" when no public text settles the fields (unsettled) */
    CLAS_REFERENCE_SECTION,    /**< where in the text */
    CLAS_REFERENCE_URL,        /**< public URL, "" when none is known */
    CLAS_REFERENCE_NOTE,       /**< what the text says, or why the value is unsettled and what it defaults to */
    CLAS_REFERENCE_PART_COUNT  /**< number of parts, not a part */
} clas_reference_part;

/** At most this many references per barème or cadre. @since 1.0 */
#define CLAS_REFERENCES_MAX 64

/**
 * Records which text settles some of the barème's fields, beyond its main
 * source (clas_bareme_set_source()): a second text (a national freeze of
 * the amounts, another summary), or, with an empty @p titre, fields that no
 * public text settles, whose @p note says so and which default was chosen.
 * All or nothing: on error the barème is unchanged.
 * @param[in,out] bareme the barème to annotate.
 * @param[in] champs field names, one space apart ("arrondi", "taux ps_max",
 *            "bonus.enfants"); required; copied.
 * @param[in] titre the text's title; NULL or "" marks the fields unsettled; copied.
 * @param[in] section where in the text; may be NULL; copied.
 * @param[in] url public URL; may be NULL; copied.
 * @param[in] note what the text says, or why the value is unsettled;
 *            required when @p titre is empty; copied.
 * @return CLAS_OK; CLAS_EINVAL (NULL barème, bad @p champs, unsettled
 *         without a note, a text longer than CLAS_TEXT_MAX); CLAS_ERANGE
 *         (more than CLAS_REFERENCES_MAX); CLAS_EUTF8; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_bareme_num_references(), clas_bareme_get_reference(), clas_cadre_add_reference()
 */
CLAS_API int clas_bareme_add_reference(clas_bareme *bareme, const char *champs, const char *titre,
                                       const char *section, const char *url, const char *note);
/**
 * Number of references added by clas_bareme_add_reference().
 * @param[in] bareme the barème.
 * @return the count; 0 for NULL.
 * @since 1.0
 * @sa clas_bareme_get_reference(), clas_bareme_add_reference()
 */
CLAS_API size_t clas_bareme_num_references(const clas_bareme *bareme);
/**
 * One part of the i-th reference of a barème, in the order added.
 * @param[in] bareme the barème.
 * @param[in] i index, 0..clas_bareme_num_references() - 1.
 * @param[in] part which part; CLAS_REFERENCE_TITRE is "" for an unsettled value.
 * @return the text, borrowed: lives as long as @p bareme; "" when absent,
 *         out of range or for NULL.
 * @since 1.0
 * @sa clas_bareme_add_reference(), clas_bareme_num_references()
 */
CLAS_API const char *clas_bareme_get_reference(const clas_bareme *bareme, size_t i, clas_reference_part part);
/**
 * Checks the barème as a whole: rate ≤ 100 %, prix plafond > 0, and the
 * published maximum above rate × prix plafond (exact) by less than one unit
 * of the barème's rounding: less than a cent for the cent roundings, less
 * than a euro for CLAS_ROUND_EURO_HALF_UP (older barèmes published their
 * maximum rounded up to the euro: 30 % × 5 599 € = 1 679,70 €, published
 * 1 680 €). The message of a maximum too high says which unit applies.
 * @param[in] bareme the barème to check (not modified).
 * @return CLAS_OK; CLAS_EINVAL for NULL; CLAS_ERULES (last error names the field).
 * @since 1.0
 * @sa clas_bareme_set_rounding(), clas_regles_builder_add_bareme()
 */
CLAS_API int clas_bareme_validate(const clas_bareme *bareme);
/**
 * Computes the Ps of R-PS for given expenses, without any eligibility
 * check: min(round(taux × min(depenses, prix_plafond)), ps_max), rounded
 * once with the barème's rule.
 * @param[out] out_ps receives the Ps in cents; written only on success.
 * @param[in] bareme the barème.
 * @param[in] depenses the expenses in cents, 0..CLAS_CENTS_MAX.
 * @return CLAS_OK; CLAS_EINVAL if a pointer is NULL; CLAS_ERANGE for
 *         negative or absurd expenses; CLAS_EOVERFLOW.
 * @since 1.0
 * @sa clas_batch_ps(), clas_evaluation_get_montant()
 */
CLAS_API int clas_bareme_compute_ps(clas_cents *out_ps, const clas_bareme *bareme, clas_cents depenses);

/**
 * Dates of a cadre's calendar.
 * @since 1.0
 * @sa clas_date_kind_name(), clas_cadre_set_date()
 */
typedef enum clas_date_kind {
    CLAS_DATE_LANCEMENT = 0,    /**< campaign launch */
    CLAS_DATE_LIMITE_DEPOT,     /**< filing deadline (R-DELAI), inclusive */
    CLAS_DATE_COMITE,           /**< committee ("YYYY-MM" when only the month is known) */
    CLAS_DATE_KIND_COUNT        /**< number of dates, not a date */
} clas_date_kind;

/**
 * Stable name of a calendar date.
 * @param[in] kind which date.
 * @return a static string: "lancement", "limite_depot" or "comite"; NULL if
 *         @p kind is out of range.
 * @since 1.0
 * @sa clas_cadre_get_date()
 */
CLAS_API const char *clas_date_kind_name(clas_date_kind kind);

/**
 * Thresholds of a cadre.
 * @since 1.0
 * @sa clas_seuil_name(), clas_seuil_parse(), clas_cadre_set_seuil()
 */
typedef enum clas_seuil {
    CLAS_SEUIL_ENFANTS_MIN = 0,      /**< R-GROUPE, default 8 */
    CLAS_SEUIL_ENFANTS_MAX,          /**< R-GROUPE, default 12 */
    CLAS_SEUIL_INTERVENANTS_MIN,     /**< R-ENCADREMENT, default 2 */
    CLAS_SEUIL_ACTIONS_PARENTS_MIN,  /**< R-SOCLE-PARENTS, default 1 */
    CLAS_SEUIL_ACTIONS_PAR_AXE_MIN,  /**< R-AXES, default 1 */
    CLAS_SEUIL_TAUX_ACOMPTE,         /**< advance rate in millionths of the droit prévisionnel, default 0 [U] */
    CLAS_SEUIL_SEANCES_PAR_SEMAINE_MIN, /**< R-FREQUENCE, default 1 [U] */
    CLAS_SEUIL_MINUTES_PAR_SEANCE_MIN,  /**< R-FREQUENCE, default 1 [U] */
    CLAS_SEUIL_SEMAINES_MIN,            /**< R-FREQUENCE, default 1 [U] */
    CLAS_SEUIL_CYCLES_MAX,              /**< R-COMPOSITION: cycles (primaire, collège, lycée) one collectif may mix, default 1 [U] */
    CLAS_SEUIL_BILAN_REDUCTION,         /**< R-BILAN: a bilan below the norms (children, sessions) reduces the droit réel: 0 no (default [U]), 1 pro rata, 2 to zero */
    CLAS_SEUIL_DROIT_REEL_PLAFONNE,     /**< R-BILAN: 1 caps the droit réel at the granted total; default 0 [U] */
    CLAS_SEUIL_SURFINANCEMENT_ECRETE,   /**< R-BUDGET: 1 reduces the Ps by the receipts above the expenses; default 0 [U] */
    CLAS_SEUIL_COUNT                 /**< number of thresholds, not a threshold */
} clas_seuil;

/** Values of CLAS_SEUIL_BILAN_REDUCTION. @since 1.0 */
#define CLAS_BILAN_REDUCTION_AUCUNE 0 /**< the droit réel is not reduced (default [U]) */
#define CLAS_BILAN_REDUCTION_PRORATA 1 /**< times the lowest of held/minimum for children and sessions */
#define CLAS_BILAN_REDUCTION_ZERO 2    /**< to zero */

/**
 * Stable name of a threshold.
 * @param[in] seuil a threshold.
 * @return a static string: "enfants_min", "enfants_max", "intervenants_min",
 *         "actions_parents_min", "actions_par_axe_min", "taux_acompte",
 *         "seances_par_semaine_min", "minutes_par_seance_min", "semaines_min", "cycles_max", "bilan_reduction",
 *         "droit_reel_plafonne" or "surfinancement_ecrete";
 *         NULL if @p seuil is out of range.
 * @since 1.0
 * @sa clas_seuil_parse()
 */
CLAS_API const char *clas_seuil_name(clas_seuil seuil);
/**
 * Parses a threshold name (as returned by clas_seuil_name()).
 * @param[out] out receives the threshold; written only on success.
 * @param[in] name the name, NUL-terminated.
 * @return CLAS_OK; CLAS_EINVAL if @p out or @p name is NULL or the threshold
 *         is unknown.
 * @since 1.0
 * @sa clas_seuil_name()
 */
CLAS_API int clas_seuil_parse(clas_seuil *out, const char *name);

/**
 * Creates a cadre with the national defaults: the thresholds and severities
 * of domain.md §3 (groups of 8 to 12 children, 2 intervenants, R-BUDGET a
 * warning, R-AIDE-DEVOIRS off...), no calendar, no name, no source.
 * @param[out] out receives the new cadre, owned by the caller (clas_cadre_free()).
 * @param[in] departement department code ("51", "2A", "971": two or three
 *            characters among digits, 'A' and 'B'), or "national" for the
 *            national default cadre; copied.
 * @param[in] annee_scolaire the school year, "YYYY-YYYY+1"; copied.
 * @return CLAS_OK; CLAS_EINVAL if @p out is NULL or for a bad department or
 *         school year; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_cadre_free(), clas_cadre_copy(), clas_regles_builder_add_cadre()
 */
CLAS_API int clas_cadre_new(clas_cadre **out, const char *departement, const char *annee_scolaire);
/**
 * Frees a cadre.
 * @param[in] cadre a cadre from clas_cadre_new() or clas_cadre_copy(); NULL
 *            is a no-op. Never pass one borrowed from a clas_regles.
 * @since 1.0
 * @sa clas_cadre_new()
 */
CLAS_API void clas_cadre_free(clas_cadre *cadre);
/**
 * Deep copy of a cadre (for instance to adapt one borrowed from a rule set).
 * @param[out] out receives the copy, owned by the caller (clas_cadre_free()).
 * @param[in] cadre the cadre to copy.
 * @return CLAS_OK; CLAS_EINVAL if an argument is NULL; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_cadre_new(), clas_cadre_free()
 */
CLAS_API int clas_cadre_copy(clas_cadre **out, const clas_cadre *cadre);
/**
 * Department of a cadre.
 * @param[in] cadre the cadre.
 * @return the department code or "national"; borrowed: lives as long as
 *         @p cadre; "" for NULL.
 * @since 1.0
 * @sa clas_cadre_new(), clas_cadre_get_annee_scolaire()
 */
CLAS_API const char *clas_cadre_get_departement(const clas_cadre *cadre);
/**
 * School year of a cadre.
 * @param[in] cadre the cadre.
 * @return "YYYY-YYYY+1"; borrowed: lives as long as @p cadre; "" for NULL
 *         and for the national defaults that apply to any year.
 * @since 1.0
 * @sa clas_cadre_new(), clas_cadre_get_departement()
 */
CLAS_API const char *clas_cadre_get_annee_scolaire(const clas_cadre *cadre);
/**
 * Sets the cadre's name.
 * @param[in,out] cadre the cadre.
 * @param[in] nom the name, UTF-8, at most CLAS_TEXT_MAX bytes; NULL or ""
 *            removes it; copied.
 * @return CLAS_OK; CLAS_EINVAL if @p cadre is NULL or the text is too long;
 *         CLAS_EUTF8; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_cadre_get_nom()
 */
CLAS_API int clas_cadre_set_nom(clas_cadre *cadre, const char *nom);
/**
 * Name of a cadre.
 * @param[in] cadre the cadre.
 * @return the name, or "" if none; borrowed: valid until the name is set
 *         again or @p cadre is freed.
 * @since 1.0
 * @sa clas_cadre_set_nom()
 */
CLAS_API const char *clas_cadre_get_nom(const clas_cadre *cadre);
/**
 * Sets or clears a calendar date.
 * @param[in,out] cadre the cadre.
 * @param[in] kind which date.
 * @param[in] date a calendar date "YYYY-MM-DD" (or "YYYY-MM" for the
 *            committee); NULL clears it; copied.
 * @return CLAS_OK; CLAS_EINVAL if @p cadre is NULL, @p kind unknown or
 *         @p date not a valid date.
 * @since 1.0
 * @sa clas_cadre_get_date(), clas_cadre_validate()
 */
CLAS_API int clas_cadre_set_date(clas_cadre *cadre, clas_date_kind kind, const char *date);
/**
 * A calendar date of a cadre.
 * @param[in] cadre the cadre.
 * @param[in] kind which date.
 * @return the date as set; NULL when unset, for NULL @p cadre or an unknown
 *         @p kind. Borrowed: valid until the date is set again or @p cadre
 *         is freed.
 * @since 1.0
 * @sa clas_cadre_set_date(), clas_date_kind_name()
 */
CLAS_API const char *clas_cadre_get_date(const clas_cadre *cadre, clas_date_kind kind);
/**
 * Sets a threshold.
 * @param[in,out] cadre the cadre.
 * @param[in] seuil which threshold.
 * @param[in] value the value, ≥ 0; at most CLAS_TAUX_UN for
 *            CLAS_SEUIL_TAUX_ACOMPTE, CLAS_BILAN_REDUCTION_ZERO for
 *            CLAS_SEUIL_BILAN_REDUCTION, 1 for CLAS_SEUIL_DROIT_REEL_PLAFONNE
 *            and CLAS_SEUIL_SURFINANCEMENT_ECRETE.
 * @return CLAS_OK; CLAS_EINVAL if @p cadre is NULL or @p seuil unknown;
 *         CLAS_ERANGE for a value out of range.
 * @since 1.0
 * @sa clas_cadre_get_seuil(), clas_seuil_name()
 */
CLAS_API int clas_cadre_set_seuil(clas_cadre *cadre, clas_seuil seuil, int64_t value);
/**
 * A threshold of a cadre.
 * @param[in] cadre the cadre.
 * @param[in] seuil which threshold.
 * @return its value; 0 for NULL @p cadre or an unknown @p seuil.
 * @since 1.0
 * @sa clas_cadre_set_seuil()
 */
CLAS_API int64_t clas_cadre_get_seuil(const clas_cadre *cadre, clas_seuil seuil);
/**
 * Makes a kind of parents action part of the cadre's required base
 * (R-SOCLE-PARENTS): a collectif without it gets
 * CLAS_CODE_SOCLE_PARENTS_ACTION_MANQUANTE, besides the minimum count
 * CLAS_SEUIL_ACTIONS_PARENTS_MIN. None is required by default.
 * @param[in,out] cadre the cadre.
 * @param[in] action an action of the parents axis (clas_action_axe() is
 *            CLAS_AXE_PARENTS).
 * @param[in] requise non-zero to require it, 0 not to.
 * @return CLAS_OK; CLAS_EINVAL if @p cadre is NULL or @p action is not on
 *         the parents axis.
 * @since 1.0
 * @sa clas_cadre_get_action_parents_requise(), clas_cadre_set_seuil()
 */
CLAS_API int clas_cadre_set_action_parents_requise(clas_cadre *cadre, clas_action action, int requise);
/**
 * Whether the cadre requires a kind of parents action.
 * @param[in] cadre the cadre.
 * @param[in] action an action.
 * @return 1 if required, else 0 (also for NULL or an action off the parents axis).
 * @since 1.0
 * @sa clas_cadre_set_action_parents_requise()
 */
CLAS_API int clas_cadre_get_action_parents_requise(const clas_cadre *cadre, clas_action action);

/**
 * Parts of the consequence a cadre attaches to a constat code.
 * @since 1.0
 * @sa clas_cadre_set_consequence(), clas_cadre_get_consequence(), clas_constat_get_consequence()
 */
typedef enum clas_consequence_part {
    CLAS_CONSEQUENCE_TEXTE = 0,  /**< the consequence, in the cadre's words ("Le dossier n'est pas examiné.") */
    CLAS_CONSEQUENCE_TITRE,      /**< title of the text that states it */
    CLAS_CONSEQUENCE_SECTION,    /**< where in that text */
    CLAS_CONSEQUENCE_URL,        /**< public URL, "" when none is known */
    CLAS_CONSEQUENCE_PART_COUNT  /**< number of parts, not a part */
} clas_consequence_part;

/**
 * Sets the severity of a rule's constats (CLAS_SEVERITY_OFF disables the
 * rule). R-PS, R-BAREME, R-AGREMENT and R-BILAN cannot be turned off: they
 * compute or record money.
 * @param[in,out] cadre the cadre.
 * @param[in] regle the rule.
 * @param[in] severity its new severity.
 * @return CLAS_OK; CLAS_EINVAL if @p cadre is NULL, @p regle or
 *         @p severity unknown, or for CLAS_SEVERITY_OFF on a rule that
 *         cannot be turned off.
 * @since 1.0
 * @sa clas_cadre_get_severity(), clas_constat_get_severity()
 */
CLAS_API int clas_cadre_set_severity(clas_cadre *cadre, clas_regle regle, clas_severity severity);
/**
 * Severity of a rule in a cadre.
 * @param[in] cadre the cadre.
 * @param[in] regle the rule.
 * @return its severity; CLAS_SEVERITY_OFF for NULL @p cadre or an unknown
 *         @p regle.
 * @since 1.0
 * @sa clas_cadre_set_severity()
 */
CLAS_API clas_severity clas_cadre_get_severity(const clas_cadre *cadre, clas_regle regle);
/**
 * Sets the cadre's source. All or nothing: on error the previous source is
 * kept.
 * @param[in,out] cadre the cadre.
 * @param[in] titre document title; NULL or "" for none; copied.
 * @param[in] section section of the document; NULL or "" for none; copied.
 * @param[in] url public URL; NULL or "" for none; copied.
 * @return CLAS_OK; CLAS_EINVAL if @p cadre is NULL or a text is longer than
 *         CLAS_TEXT_MAX bytes; CLAS_EUTF8 for invalid UTF-8; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_cadre_get_source_titre(), clas_cadre_get_source_section(), clas_cadre_get_source_url()
 */
CLAS_API int clas_cadre_set_source(clas_cadre *cadre, const char *titre, const char *section, const char *url);
/**
 * Title of the cadre's source.
 * @param[in] cadre the cadre.
 * @return the title, or "" if none (or NULL @p cadre); borrowed: valid
 *         until the source is set again or @p cadre is freed.
 * @since 1.0
 * @sa clas_cadre_set_source(), clas_cadre_get_source_section(), clas_cadre_get_source_url()
 */
CLAS_API const char *clas_cadre_get_source_titre(const clas_cadre *cadre);
/**
 * Section of the cadre's source.
 * @param[in] cadre the cadre.
 * @return the section, or "" if none; borrowed, as clas_cadre_get_source_titre().
 * @since 1.0
 * @sa clas_cadre_set_source(), clas_cadre_get_source_titre(), clas_cadre_get_source_url()
 */
CLAS_API const char *clas_cadre_get_source_section(const clas_cadre *cadre);
/**
 * URL of the cadre's source.
 * @param[in] cadre the cadre.
 * @return the URL, or "" if none; borrowed, as clas_cadre_get_source_titre().
 * @since 1.0
 * @sa clas_cadre_set_source(), clas_cadre_get_source_titre(), clas_cadre_get_source_section()
 */
CLAS_API const char *clas_cadre_get_source_url(const clas_cadre *cadre);
/**
 * Records which text settles some of the cadre's values ("seuils.enfants_min
 * seuils.enfants_max", "calendrier.limite_depot"), or, with an empty
 * @p titre, values no public text settles; as clas_bareme_add_reference().
 * @param[in,out] cadre the cadre to annotate.
 * @param[in] champs field names, one space apart; required; copied.
 * @param[in] titre the text's title; NULL or "" marks the values unsettled; copied.
 * @param[in] section where in the text; may be NULL; copied.
 * @param[in] url public URL; may be NULL; copied.
 * @param[in] note what the text says, or why the value is unsettled;
 *            required when @p titre is empty; copied.
 * @return CLAS_OK; CLAS_EINVAL (NULL cadre, bad @p champs, unsettled without
 *         a note, a text longer than CLAS_TEXT_MAX); CLAS_ERANGE (more than
 *         CLAS_REFERENCES_MAX); CLAS_EUTF8; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_cadre_num_references(), clas_cadre_get_reference(), clas_bareme_add_reference()
 */
CLAS_API int clas_cadre_add_reference(clas_cadre *cadre, const char *champs, const char *titre, const char *section,
                                      const char *url, const char *note);
/**
 * Number of references of the cadre.
 * @param[in] cadre the cadre.
 * @return the count; 0 for NULL.
 * @since 1.0
 * @sa clas_cadre_get_reference(), clas_cadre_add_reference()
 */
CLAS_API size_t clas_cadre_num_references(const clas_cadre *cadre);
/**
 * One part of the cadre's i-th reference, in the order added.
 * @param[in] cadre the cadre.
 * @param[in] i index, 0..clas_cadre_num_references() - 1.
 * @param[in] part which part.
 * @return the text, borrowed: lives as long as @p cadre; "" when absent, out
 *         of range or for NULL.
 * @since 1.0
 * @sa clas_cadre_add_reference(), clas_cadre_num_references()
 */
CLAS_API const char *clas_cadre_get_reference(const clas_cadre *cadre, size_t i, clas_reference_part part);
/**
 * Checks the cadre as a whole: department and school year, thresholds and
 * severities in range, enfants_min ≤ enfants_max, a valid calendar in order
 * (launch ≤ deadline ≤ committee).
 * @param[in] cadre the cadre to check (not modified).
 * @return CLAS_OK; CLAS_EINVAL for NULL; CLAS_ERULES (the last error names
 *         the field).
 * @since 1.0
 * @sa clas_regles_builder_add_cadre(), clas_bareme_validate()
 */
CLAS_API int clas_cadre_validate(const clas_cadre *cadre);

/** Flag for clas_regles_builder_add_*(): replace an entry for the same key instead of failing. @since 1.0 */
#define CLAS_REGLES_REPLACE 1u

/**
 * Creates an empty builder.
 * @param[out] out receives the builder, owned by the caller
 *             (clas_regles_builder_free()).
 * @return CLAS_OK; CLAS_EINVAL if @p out is NULL; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_regles_builder_free(), clas_regles_builder_build(), clas_regles_new_default()
 */
CLAS_API int clas_regles_builder_new(clas_regles_builder **out);
/**
 * Frees a builder and the copies it holds. Rule sets built from it are
 * not affected.
 * @param[in] builder the builder; NULL is a no-op.
 * @since 1.0
 * @sa clas_regles_builder_new()
 */
CLAS_API void clas_regles_builder_free(clas_regles_builder *builder);
/**
 * Adds a copy of a barème, validated first (clas_bareme_validate()).
 * The key is the school year.
 * @param[in,out] builder the builder.
 * @param[in] bareme the barème; copied, the caller keeps it.
 * @param[in] flags 0 or CLAS_REGLES_REPLACE.
 * @return CLAS_OK; CLAS_EINVAL for a NULL argument or unknown flags;
 *         CLAS_ERULES if the barème is invalid; CLAS_EEXISTS if the year
 *         is already present and CLAS_REGLES_REPLACE is not set;
 *         CLAS_ENOMEM. On error the builder is unchanged.
 * @since 1.0
 * @sa clas_regles_builder_add_cadre(), clas_regles_builder_add_json(), clas_regles_builder_build()
 */
CLAS_API int clas_regles_builder_add_bareme(clas_regles_builder *builder, const clas_bareme *bareme, unsigned flags);
/**
 * Adds a copy of a cadre, validated first (clas_cadre_validate()).
 * The key is the department and the school year.
 * @param[in,out] builder the builder.
 * @param[in] cadre the cadre; copied, the caller keeps it.
 * @param[in] flags 0 or CLAS_REGLES_REPLACE.
 * @return as clas_regles_builder_add_bareme(): CLAS_OK, CLAS_EINVAL,
 *         CLAS_ERULES, CLAS_EEXISTS (same department and year), CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_regles_builder_add_bareme(), clas_regles_builder_add_json(), clas_regles_builder_build()
 */
CLAS_API int clas_regles_builder_add_cadre(clas_regles_builder *builder, const clas_cadre *cadre, unsigned flags);
/**
 * Adds the embedded rule data (data/baremes.json and data/cadres.json as
 * compiled into the library), parsed on each call.
 * @param[in,out] builder the builder.
 * @param[in] flags 0 or CLAS_REGLES_REPLACE.
 * @return CLAS_OK; CLAS_EINVAL for a NULL builder or unknown flags;
 *         CLAS_EEXISTS if an embedded year or cadre is already present
 *         without CLAS_REGLES_REPLACE; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_regles_new_default(), clas_regles_builder_add_json()
 */
CLAS_API int clas_regles_builder_add_defaults(clas_regles_builder *builder, unsigned flags);
/**
 * Builds the immutable rule set from what the builder holds (barèmes
 * sorted by year, cadres by department and year) and computes its hash.
 * The builder stays usable.
 * @param[out] out receives a new reference owned by the caller
 *             (clas_regles_unref()).
 * @param[in] builder the builder.
 * @return CLAS_OK; CLAS_EINVAL if an argument is NULL; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_regles_builder_new(), clas_regles_unref(), clas_regles_hash()
 */
CLAS_API int clas_regles_builder_build(clas_regles **out, const clas_regles_builder *builder);
/**
 * The embedded default rule set (every shipped barème and cadre): a new
 * builder, clas_regles_builder_add_defaults(), clas_regles_builder_build().
 * @param[out] out receives a new reference owned by the caller
 *             (clas_regles_unref()).
 * @return CLAS_OK; CLAS_EINVAL if @p out is NULL; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_regles_builder_add_defaults(), clas_regles_unref()
 */
CLAS_API int clas_regles_new_default(clas_regles **out);
/**
 * Takes a reference on a rule set (thread-safe).
 * @param[in] regles the rule set; NULL is allowed.
 * @return @p regles; the caller owns the new reference and drops it with
 *         clas_regles_unref().
 * @since 1.0
 * @sa clas_regles_unref()
 */
CLAS_API clas_regles *clas_regles_ref(clas_regles *regles);
/**
 * Drops a reference (thread-safe); the last one frees the rule set with
 * every barème and cadre borrowed from it.
 * @param[in] regles the rule set; NULL is a no-op.
 * @since 1.0
 * @sa clas_regles_ref(), clas_regles_builder_build()
 */
CLAS_API void clas_regles_unref(clas_regles *regles);
/**
 * Number of barèmes.
 * @param[in] regles the rule set.
 * @return the count; 0 for NULL.
 * @since 1.0
 * @sa clas_regles_get_bareme(), clas_regles_find_bareme()
 */
CLAS_API size_t clas_regles_num_baremes(const clas_regles *regles);
/**
 * The i-th barème, in school-year order.
 * @param[in] regles the rule set.
 * @param[in] i index, 0..clas_regles_num_baremes() - 1.
 * @return the barème, borrowed: lives as long as @p regles; NULL if out
 *         of range.
 * @since 1.0
 * @sa clas_regles_num_baremes(), clas_regles_find_bareme()
 */
CLAS_API const clas_bareme *clas_regles_get_bareme(const clas_regles *regles, size_t i);
/**
 * Number of cadres (the national defaults not included).
 * @param[in] regles the rule set.
 * @return the count; 0 for NULL.
 * @since 1.0
 * @sa clas_regles_get_cadre(), clas_regles_find_cadre()
 */
CLAS_API size_t clas_regles_num_cadres(const clas_regles *regles);
/**
 * The i-th cadre, in department then school-year order.
 * @param[in] regles the rule set.
 * @param[in] i index, 0..clas_regles_num_cadres() - 1.
 * @return the cadre, borrowed: lives as long as @p regles; NULL if out of
 *         range.
 * @since 1.0
 * @sa clas_regles_num_cadres(), clas_regles_find_cadre()
 */
CLAS_API const clas_cadre *clas_regles_get_cadre(const clas_regles *regles, size_t i);

/** Flag: when no barème exists for the year, use the last known year and mark results provisional. @since 1.0 */
#define CLAS_CARRY_FORWARD 1u

/**
 * Finds the barème of a school year. With CLAS_CARRY_FORWARD, a year
 * without a barème takes the latest earlier year's (or, if there is none,
 * the latest year's).
 * @param[out] out receives the barème, borrowed from @p regles.
 * @param[out] provisional set to 1 when a year was carried forward, else 0;
 *             may be NULL.
 * @param[in] regles the rule set.
 * @param[in] annee_scolaire the school year, "YYYY-YYYY+1".
 * @param[in] flags 0 or CLAS_CARRY_FORWARD.
 * @return CLAS_OK; CLAS_ENOBAREME ("no barème for 2027-2028"); CLAS_EINVAL
 *         for a NULL argument, unknown flags or a bad school year.
 * @since 1.0
 * @sa clas_regles_find_cadre(), clas_evaluation_is_provisional()
 */
CLAS_API int clas_regles_find_bareme(const clas_bareme **out, int *provisional, const clas_regles *regles,
                                     const char *annee_scolaire, unsigned flags);
/**
 * Finds the cadre for a department and year: the department's own, else
 * the national cadre of that year, else the national defaults (department
 * "national", empty school year).
 * @param[out] out receives the cadre, borrowed from @p regles (never NULL on
 *             success).
 * @param[in] regles the rule set.
 * @param[in] departement the department code; NULL or "" for the national
 *            cadre.
 * @param[in] annee_scolaire the school year.
 * @return CLAS_OK; CLAS_EINVAL if @p out, @p regles or @p annee_scolaire is
 *         NULL.
 * @since 1.0
 * @sa clas_regles_find_bareme(), clas_cadre_copy()
 */
CLAS_API int clas_regles_find_cadre(const clas_cadre **out, const clas_regles *regles,
                                    const char *departement, const char *annee_scolaire);
/**
 * SHA-256 of the rule set's canonical content (every field of every barème
 * and cadre), for audit trails: rule sets with the same content have the
 * same hash.
 * @param[in] regles the rule set.
 * @return 64 lowercase hex characters, borrowed: lives as long as
 *         @p regles; "" for NULL.
 * @since 1.0
 * @sa clas_regles_builder_build(), clas_evaluation_to_json()
 */
CLAS_API const char *clas_regles_hash(const clas_regles *regles);

#ifdef __cplusplus
}
#endif
#endif
