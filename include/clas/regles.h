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
 */
#ifndef CLAS_REGLES_H
#define CLAS_REGLES_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A barème: rate, prix plafond, published maximum, bonuses, rounding, source. @since 1.0 */
typedef struct clas_bareme clas_bareme;
/** A departmental (or national default) framework for one school year. @since 1.0 */
typedef struct clas_cadre clas_cadre;
/** An immutable, shareable set of barèmes and cadres. @since 1.0 */
typedef struct clas_regles clas_regles;
/** Collects barèmes and cadres, then builds a clas_regles. @since 1.0 */
typedef struct clas_regles_builder clas_regles_builder;

/** One million: rates are expressed in millionths (330000 = 33 %). @since 1.0 */
#define CLAS_TAUX_UN 1000000

/**
 * Creates an empty barème for a school year ("2025-2026": two consecutive
 * years). Amounts start at 0, rounding at CLAS_ROUND_HALF_UP.
 * @param[out] out receives the new barème, owned by the caller (clas_bareme_free()).
 * @return CLAS_OK; CLAS_EINVAL if @p annee_scolaire is not "YYYY-YYYY+1"; CLAS_ENOMEM.
 * @since 1.0
 */
CLAS_API int clas_bareme_new(clas_bareme **out, const char *annee_scolaire);
/** Frees a barème; NULL is a no-op. @since 1.0 */
CLAS_API void clas_bareme_free(clas_bareme *bareme);
/**
 * Deep copy. @param[out] out owned by the caller.
 * @return CLAS_OK, CLAS_EINVAL, CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_bareme_copy(clas_bareme **out, const clas_bareme *bareme);
/** School year; borrowed, lives as long as @p bareme. @since 1.0 */
CLAS_API const char *clas_bareme_get_annee_scolaire(const clas_bareme *bareme);
/** Sets the rate in millionths (0..CLAS_TAUX_UN). @return CLAS_OK, CLAS_EINVAL, CLAS_ERANGE. @since 1.0 */
CLAS_API int clas_bareme_set_taux(clas_bareme *bareme, int64_t taux_millionths);
/** Rate in millionths. @since 1.0 */
CLAS_API int64_t clas_bareme_get_taux(const clas_bareme *bareme);
/** Sets the prix plafond (0..CLAS_CENTS_MAX cents). @return CLAS_OK, CLAS_EINVAL, CLAS_ERANGE. @since 1.0 */
CLAS_API int clas_bareme_set_prix_plafond(clas_bareme *bareme, clas_cents cents);
/** Prix plafond in cents. @since 1.0 */
CLAS_API clas_cents clas_bareme_get_prix_plafond(const clas_bareme *bareme);
/** Sets the published maximum Ps (0..CLAS_CENTS_MAX). @return CLAS_OK, CLAS_EINVAL, CLAS_ERANGE. @since 1.0 */
CLAS_API int clas_bareme_set_ps_max(clas_bareme *bareme, clas_cents cents);
/** Published maximum Ps in cents. @since 1.0 */
CLAS_API clas_cents clas_bareme_get_ps_max(const clas_bareme *bareme);
/** Sets a bonus amount per collectif (0..CLAS_CENTS_MAX). @return CLAS_OK, CLAS_EINVAL, CLAS_ERANGE. @since 1.0 */
CLAS_API int clas_bareme_set_bonus(clas_bareme *bareme, clas_bonus bonus, clas_cents cents);
/** A bonus amount in cents; 0 for an unknown bonus. @since 1.0 */
CLAS_API clas_cents clas_bareme_get_bonus(const clas_bareme *bareme, clas_bonus bonus);
/** Sets the rounding rule. @return CLAS_OK or CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_bareme_set_rounding(clas_bareme *bareme, clas_rounding rounding);
/** Rounding rule. @since 1.0 */
CLAS_API clas_rounding clas_bareme_get_rounding(const clas_bareme *bareme);
/**
 * Sets the source of the values (document title, section, public URL);
 * each may be NULL. Strings are copied and must be valid UTF-8.
 * @return CLAS_OK, CLAS_EINVAL, CLAS_EUTF8, CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_bareme_set_source(clas_bareme *bareme, const char *titre, const char *section, const char *url);
/** Source title, or "" ; borrowed. @since 1.0 */
CLAS_API const char *clas_bareme_get_source_titre(const clas_bareme *bareme);
/** Source section, or ""; borrowed. @since 1.0 */
CLAS_API const char *clas_bareme_get_source_section(const clas_bareme *bareme);
/** Source URL, or ""; borrowed. @since 1.0 */
CLAS_API const char *clas_bareme_get_source_url(const clas_bareme *bareme);
/** Parts of a reference: which fields it covers and the text that settles them. @since 1.0 */
typedef enum clas_reference_part {
    CLAS_REFERENCE_CHAMPS = 0, /**< the fields covered, one space apart: "taux prix_plafond ps_max", "seuils.enfants_min" */
    CLAS_REFERENCE_TITRE,      /**< the text's title; "" when no public text settles the fields (unsettled) */
    CLAS_REFERENCE_SECTION,    /**< where in the text */
    CLAS_REFERENCE_URL,        /**< public URL, "" when none is known */
    CLAS_REFERENCE_NOTE,       /**< what the text says, or why the value is unsettled and what it defaults to */
    CLAS_REFERENCE_PART_COUNT
} clas_reference_part;

/** At most this many references per barème or cadre. @since 1.0 */
#define CLAS_REFERENCES_MAX 64

/**
 * Records which text settles some of the barème's fields, beyond its main
 * source (clas_bareme_set_source()): a second text (a national freeze of
 * the amounts, another summary), or, with an empty @p titre, fields that no
 * public text settles, whose @p note says so and which default was chosen.
 * Strings are copied.
 * @param bareme the barème to annotate.
 * @param champs field names, one space apart ("arrondi", "taux ps_max",
 *        "bonus.enfants"); required.
 * @param titre the text's title; NULL or "" marks the fields unsettled.
 * @param section where in the text; may be NULL.
 * @param url public URL; may be NULL.
 * @param note what the text says, or why the value is unsettled; required when @p titre is empty.
 * @return CLAS_OK; CLAS_EINVAL (NULL barème, bad @p champs, unsettled without
 *         a note); CLAS_ERANGE (more than CLAS_REFERENCES_MAX); CLAS_EUTF8; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_bareme_num_references(), clas_bareme_get_reference()
 */
CLAS_API int clas_bareme_add_reference(clas_bareme *bareme, const char *champs, const char *titre,
                                       const char *section, const char *url, const char *note);
/**
 * Number of references added by clas_bareme_add_reference().
 * @param bareme the barème; NULL gives 0.
 * @return the count. @since 1.0 @sa clas_bareme_get_reference()
 */
CLAS_API size_t clas_bareme_num_references(const clas_bareme *bareme);
/**
 * One part of the i-th reference, in the order added.
 * @param bareme the barème.
 * @param i index below clas_bareme_num_references().
 * @param part which part; CLAS_REFERENCE_TITRE is "" for an unsettled value.
 * @return borrowed, lives as long as @p bareme; "" when out of range.
 * @since 1.0 @sa clas_bareme_add_reference()
 */
CLAS_API const char *clas_bareme_get_reference(const clas_bareme *bareme, size_t i, clas_reference_part part);
/**
 * Checks the barème as a whole: rate ≤ 100 %, prix plafond > 0, and the
 * published maximum above rate × prix plafond (exact) by less than one unit
 * of the barème's rounding: less than a cent for the cent roundings, less
 * than a euro for CLAS_ROUND_EURO_HALF_UP (older barèmes published their
 * maximum rounded up to the euro: 30 % × 5 599 € = 1 679,70 €, published
 * 1 680 €). The message of a maximum too high says which unit applies.
 * @param bareme the barème to check (not modified).
 * @return CLAS_OK; CLAS_EINVAL for NULL; CLAS_ERULES (last error names the field).
 * @since 1.0
 * @sa clas_bareme_set_rounding(), clas_regles_builder_add_bareme()
 */
CLAS_API int clas_bareme_validate(const clas_bareme *bareme);
/**
 * Computes the Ps of R-PS for given expenses, without any check:
 * min(round(taux × min(depenses, prix_plafond)), ps_max).
 * @param[out] out_ps the Ps in cents.
 * @return CLAS_OK; CLAS_ERANGE for negative or absurd expenses; CLAS_EOVERFLOW. @since 1.0
 */
CLAS_API int clas_bareme_compute_ps(clas_cents *out_ps, const clas_bareme *bareme, clas_cents depenses);

/** Dates of a cadre's calendar. @since 1.0 */
typedef enum clas_date_kind {
    CLAS_DATE_LANCEMENT = 0,    /**< campaign launch */
    CLAS_DATE_LIMITE_DEPOT,     /**< filing deadline (R-DELAI), inclusive */
    CLAS_DATE_COMITE,           /**< committee ("YYYY-MM" when only the month is known) */
    CLAS_DATE_KIND_COUNT
} clas_date_kind;

/** "lancement", "limite_depot", "comite". @since 1.0 */
CLAS_API const char *clas_date_kind_name(clas_date_kind kind);

/** Thresholds of a cadre. @since 1.0 */
typedef enum clas_seuil {
    CLAS_SEUIL_ENFANTS_MIN = 0,      /**< R-GROUPE, default 8 */
    CLAS_SEUIL_ENFANTS_MAX,          /**< R-GROUPE, default 12 */
    CLAS_SEUIL_INTERVENANTS_MIN,     /**< R-ENCADREMENT, default 2 */
    CLAS_SEUIL_ACTIONS_PARENTS_MIN,  /**< R-SOCLE-PARENTS, default 1 */
    CLAS_SEUIL_ACTIONS_PAR_AXE_MIN,  /**< R-AXES, default 1 */
    CLAS_SEUIL_TAUX_ACOMPTE,         /**< advance rate in millionths of the droit prévisionnel, default 0 [U] */
    CLAS_SEUIL_COUNT
} clas_seuil;

/** "enfants_min", "enfants_max", "intervenants_min", "actions_parents_min", "actions_par_axe_min", "taux_acompte". @since 1.0 */
CLAS_API const char *clas_seuil_name(clas_seuil seuil);
/** Parses a threshold name. @return CLAS_OK or CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_seuil_parse(clas_seuil *out, const char *name);

/**
 * Creates a cadre with the national defaults (thresholds and severities of
 * domain.md §3, no calendar).
 * @param departement department code ("51"), or "national" for the
 *        national default cadre.
 * @param[out] out owned by the caller (clas_cadre_free()).
 * @return CLAS_OK; CLAS_EINVAL (bad school year or department); CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_cadre_new(clas_cadre **out, const char *departement, const char *annee_scolaire);
/** Frees a cadre; NULL is a no-op. @since 1.0 */
CLAS_API void clas_cadre_free(clas_cadre *cadre);
/** Deep copy, owned by the caller. @return CLAS_OK, CLAS_EINVAL, CLAS_ENOMEM. @since 1.0 */
CLAS_API int clas_cadre_copy(clas_cadre **out, const clas_cadre *cadre);
/** Department code; borrowed. @since 1.0 */
CLAS_API const char *clas_cadre_get_departement(const clas_cadre *cadre);
/** School year; borrowed. @since 1.0 */
CLAS_API const char *clas_cadre_get_annee_scolaire(const clas_cadre *cadre);
/** Sets the cadre's name (copied, UTF-8). @return CLAS_OK, CLAS_EINVAL, CLAS_EUTF8, CLAS_ENOMEM. @since 1.0 */
CLAS_API int clas_cadre_set_nom(clas_cadre *cadre, const char *nom);
/** Name, or ""; borrowed. @since 1.0 */
CLAS_API const char *clas_cadre_get_nom(const clas_cadre *cadre);
/**
 * Sets a calendar date, "YYYY-MM-DD" (or "YYYY-MM" for the committee);
 * NULL clears it.
 * @return CLAS_OK, CLAS_EINVAL (bad kind or date), CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_cadre_set_date(clas_cadre *cadre, clas_date_kind kind, const char *date);
/** A calendar date, or NULL when unset; borrowed. @since 1.0 */
CLAS_API const char *clas_cadre_get_date(const clas_cadre *cadre, clas_date_kind kind);
/** Sets a threshold (≥ 0; rates ≤ CLAS_TAUX_UN). @return CLAS_OK, CLAS_EINVAL, CLAS_ERANGE. @since 1.0 */
CLAS_API int clas_cadre_set_seuil(clas_cadre *cadre, clas_seuil seuil, int64_t value);
/** A threshold; 0 for an unknown one. @since 1.0 */
CLAS_API int64_t clas_cadre_get_seuil(const clas_cadre *cadre, clas_seuil seuil);
/**
 * Sets the severity of a rule's constats (CLAS_SEVERITY_OFF disables the
 * rule). R-PS, R-BAREME, R-AGREMENT and R-BILAN cannot be turned off.
 * @return CLAS_OK, CLAS_EINVAL. @since 1.0
 */
CLAS_API int clas_cadre_set_severity(clas_cadre *cadre, clas_regle regle, clas_severity severity);
/** Severity of a rule in this cadre. @since 1.0 */
CLAS_API clas_severity clas_cadre_get_severity(const clas_cadre *cadre, clas_regle regle);
/** Sets the cadre's source (copied; each may be NULL). @return CLAS_OK, CLAS_EINVAL, CLAS_EUTF8, CLAS_ENOMEM. @since 1.0 */
CLAS_API int clas_cadre_set_source(clas_cadre *cadre, const char *titre, const char *section, const char *url);
/** Source title or ""; borrowed. @since 1.0 */
CLAS_API const char *clas_cadre_get_source_titre(const clas_cadre *cadre);
/** Source section or ""; borrowed. @since 1.0 */
CLAS_API const char *clas_cadre_get_source_section(const clas_cadre *cadre);
/** Source URL or ""; borrowed. @since 1.0 */
CLAS_API const char *clas_cadre_get_source_url(const clas_cadre *cadre);
/**
 * Records which text settles some of the cadre's values ("seuils.enfants_min
 * seuils.enfants_max", "calendrier.limite_depot"), or, with an empty
 * @p titre, values no public text settles; as clas_bareme_add_reference().
 * @param cadre the cadre to annotate.
 * @param champs field names, one space apart; required.
 * @param titre the text's title; NULL or "" marks the values unsettled.
 * @param section where in the text; may be NULL.
 * @param url public URL; may be NULL.
 * @param note what the text says, or why the value is unsettled; required when @p titre is empty.
 * @return CLAS_OK, CLAS_EINVAL, CLAS_ERANGE, CLAS_EUTF8, CLAS_ENOMEM.
 * @since 1.0 @sa clas_cadre_get_reference()
 */
CLAS_API int clas_cadre_add_reference(clas_cadre *cadre, const char *champs, const char *titre, const char *section,
                                      const char *url, const char *note);
/**
 * Number of references of the cadre.
 * @param cadre the cadre; NULL gives 0.
 * @return the count. @since 1.0 @sa clas_cadre_add_reference()
 */
CLAS_API size_t clas_cadre_num_references(const clas_cadre *cadre);
/**
 * One part of the cadre's i-th reference.
 * @param cadre the cadre.
 * @param i index below clas_cadre_num_references().
 * @param part which part.
 * @return borrowed, lives as long as @p cadre; "" when out of range.
 * @since 1.0 @sa clas_cadre_add_reference()
 */
CLAS_API const char *clas_cadre_get_reference(const clas_cadre *cadre, size_t i, clas_reference_part part);
/**
 * Checks the cadre as a whole: enfants_min ≤ enfants_max, calendar in order.
 * @return CLAS_OK or CLAS_ERULES. @since 1.0
 */
CLAS_API int clas_cadre_validate(const clas_cadre *cadre);

/** Flag for clas_regles_builder_add_*(): replace an entry for the same key instead of failing. @since 1.0 */
#define CLAS_REGLES_REPLACE 1u

/** Creates an empty builder, owned by the caller. @return CLAS_OK, CLAS_EINVAL, CLAS_ENOMEM. @since 1.0 */
CLAS_API int clas_regles_builder_new(clas_regles_builder **out);
/** Frees a builder; NULL is a no-op. @since 1.0 */
CLAS_API void clas_regles_builder_free(clas_regles_builder *builder);
/**
 * Adds a copy of a barème (validated first).
 * @param flags 0 or CLAS_REGLES_REPLACE.
 * @return CLAS_OK; CLAS_ERULES if invalid; CLAS_EEXISTS if the year is
 *         already present and REPLACE is not set; CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_regles_builder_add_bareme(clas_regles_builder *builder, const clas_bareme *bareme, unsigned flags);
/** Adds a copy of a cadre (validated first). @return as clas_regles_builder_add_bareme(). @since 1.0 */
CLAS_API int clas_regles_builder_add_cadre(clas_regles_builder *builder, const clas_cadre *cadre, unsigned flags);
/**
 * Adds the embedded rule data (data/baremes.json and data/cadres.json as
 * compiled into the library). @return CLAS_OK, CLAS_EEXISTS, CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_regles_builder_add_defaults(clas_regles_builder *builder, unsigned flags);
/**
 * Builds the immutable rule set. The builder stays usable.
 * @param[out] out a new reference owned by the caller (clas_regles_unref()).
 * @return CLAS_OK, CLAS_EINVAL, CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_regles_builder_build(clas_regles **out, const clas_regles_builder *builder);
/**
 * The embedded default rule set (every shipped barème and cadre).
 * @param[out] out a new reference owned by the caller.
 * @return CLAS_OK, CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_regles_new_default(clas_regles **out);
/** Takes a reference (thread-safe); returns @p regles. NULL is allowed. @since 1.0 */
CLAS_API clas_regles *clas_regles_ref(clas_regles *regles);
/** Drops a reference (thread-safe); frees at zero. NULL is a no-op. @since 1.0 */
CLAS_API void clas_regles_unref(clas_regles *regles);
/** Number of barèmes, sorted by school year. @since 1.0 */
CLAS_API size_t clas_regles_num_baremes(const clas_regles *regles);
/** The i-th barème, borrowed from @p regles; NULL if out of range. @since 1.0 */
CLAS_API const clas_bareme *clas_regles_get_bareme(const clas_regles *regles, size_t i);
/** Number of cadres. @since 1.0 */
CLAS_API size_t clas_regles_num_cadres(const clas_regles *regles);
/** The i-th cadre, borrowed; NULL if out of range. @since 1.0 */
CLAS_API const clas_cadre *clas_regles_get_cadre(const clas_regles *regles, size_t i);

/** Flag: when no barème exists for the year, use the last known year and mark results provisional. @since 1.0 */
#define CLAS_CARRY_FORWARD 1u

/**
 * Finds the barème of a school year.
 * @param[out] out borrowed from @p regles.
 * @param[out] provisional set to 1 when the last known year was carried
 *             forward (only with CLAS_CARRY_FORWARD), else 0; may be NULL.
 * @return CLAS_OK; CLAS_ENOBAREME ("no barème for 2027-2028"); CLAS_EINVAL. @since 1.0
 */
CLAS_API int clas_regles_find_bareme(const clas_bareme **out, int *provisional, const clas_regles *regles,
                                     const char *annee_scolaire, unsigned flags);
/**
 * Finds the cadre for a department and year: the department's own, else
 * the national cadre of that year, else the national defaults.
 * @param[out] out borrowed from @p regles (never NULL on success).
 * @return CLAS_OK, CLAS_EINVAL. @since 1.0
 */
CLAS_API int clas_regles_find_cadre(const clas_cadre **out, const clas_regles *regles,
                                    const char *departement, const char *annee_scolaire);
/**
 * SHA-256 (hex) of the rule set's canonical content, for audit trails.
 * @return borrowed, 64 hex characters. @since 1.0
 */
CLAS_API const char *clas_regles_hash(const clas_regles *regles);

#ifdef __cplusplus
}
#endif
#endif
