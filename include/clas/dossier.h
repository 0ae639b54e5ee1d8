/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file clas/dossier.h
 * @brief The dossier a porteur files for one school year, its porteur, its
 *        collectifs, the committee's decision and the bilan.
 *
 * Ownership: a clas_dossier owns its porteur and its collectifs; pointers
 * returned for them are borrowed, stay valid as long as the dossier lives
 * (adding collectifs does not move existing ones), and must not be freed.
 */
#ifndef CLAS_DOSSIER_H
#define CLAS_DOSSIER_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** One porteur's application for one school year. @since 1.0 */
typedef struct clas_dossier clas_dossier;
/** The organisation that files the dossier; owned by its dossier. @since 1.0 */
typedef struct clas_porteur clas_porteur;
/** One group of children: the unit that is funded; owned by its dossier. @since 1.0 */
typedef struct clas_collectif clas_collectif;

/** Maximum length in bytes of identifiers (collectif, porteur, dossier ids). @since 1.0 */
#define CLAS_ID_MAX 64
/** Maximum length in bytes of any free text. @since 1.0 */
#define CLAS_TEXT_MAX 4096

/**
 * Creates an empty dossier for a school year.
 * @param[out] out owned by the caller (clas_dossier_free()).
 * @return CLAS_OK; CLAS_EINVAL for a school year that is not "YYYY-YYYY+1"; CLAS_ENOMEM.
 * @since 1.0
 */
CLAS_API int clas_dossier_new(clas_dossier **out, const char *annee_scolaire);
/** Frees a dossier with its porteur and collectifs; NULL is a no-op. @since 1.0 */
CLAS_API void clas_dossier_free(clas_dossier *dossier);
/** Deep copy, owned by the caller. @return CLAS_OK, CLAS_EINVAL, CLAS_ENOMEM. @since 1.0 */
CLAS_API int clas_dossier_copy(clas_dossier **out, const clas_dossier *dossier);
/** Structural equality (every field, collectifs in order); 1 if equal, else 0. @since 1.0 */
CLAS_API int clas_dossier_equal(const clas_dossier *a, const clas_dossier *b);
/** School year; borrowed. @since 1.0 */
CLAS_API const char *clas_dossier_get_annee_scolaire(const clas_dossier *dossier);
/** Sets the dossier's id (1..CLAS_ID_MAX bytes, UTF-8). @return CLAS_OK, CLAS_EINVAL, CLAS_EUTF8. @since 1.0 */
CLAS_API int clas_dossier_set_id(clas_dossier *dossier, const char *id);
/** Dossier id or ""; borrowed. @since 1.0 */
CLAS_API const char *clas_dossier_get_id(const clas_dossier *dossier);
/** Sets the department code ("51", "2A", "971"). @return CLAS_OK, CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_dossier_set_departement(clas_dossier *dossier, const char *departement);
/** Department code or ""; borrowed. @since 1.0 */
CLAS_API const char *clas_dossier_get_departement(const clas_dossier *dossier);
/** Sets the filing date, "YYYY-MM-DD"; NULL clears it. @return CLAS_OK, CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_dossier_set_date_depot(clas_dossier *dossier, const char *date);
/** Filing date or NULL; borrowed. @since 1.0 */
CLAS_API const char *clas_dossier_get_date_depot(const clas_dossier *dossier);
/** The dossier's porteur, borrowed (never NULL for a valid dossier). @since 1.0 */
CLAS_API clas_porteur *clas_dossier_get_porteur(clas_dossier *dossier);
/** Read-only access to the porteur, borrowed. @since 1.0 */
CLAS_API const clas_porteur *clas_dossier_get_porteur_const(const clas_dossier *dossier);
/**
 * Adds a new, empty collectif.
 * @param[out] out borrowed pointer to the new collectif, owned by @p dossier; may be NULL.
 * @param id unique within the dossier, 1..CLAS_ID_MAX bytes of UTF-8.
 * @return CLAS_OK; CLAS_EEXISTS for a duplicate id; CLAS_EINVAL; CLAS_EUTF8; CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_dossier_add_collectif(clas_collectif **out, clas_dossier *dossier, const char *id);
/** Number of collectifs. @since 1.0 */
CLAS_API size_t clas_dossier_num_collectifs(const clas_dossier *dossier);
/** The i-th collectif, borrowed; NULL if out of range. @since 1.0 */
CLAS_API clas_collectif *clas_dossier_get_collectif(clas_dossier *dossier, size_t i);
/** Read-only i-th collectif, borrowed; NULL if out of range. @since 1.0 */
CLAS_API const clas_collectif *clas_dossier_get_collectif_const(const clas_dossier *dossier, size_t i);
/**
 * Finds a collectif by id.
 * @param[out] out borrowed. @return CLAS_OK, CLAS_ENOTFOUND, CLAS_EINVAL. @since 1.0
 */
CLAS_API int clas_dossier_find_collectif(clas_collectif **out, clas_dossier *dossier, const char *id);

/** Sets the porteur's id. @return CLAS_OK, CLAS_EINVAL, CLAS_EUTF8. @since 1.0 */
CLAS_API int clas_porteur_set_id(clas_porteur *porteur, const char *id);
/** Porteur id or ""; borrowed. @since 1.0 */
CLAS_API const char *clas_porteur_get_id(const clas_porteur *porteur);
/** Sets the porteur's name. @return CLAS_OK, CLAS_EINVAL, CLAS_EUTF8, CLAS_ENOMEM. @since 1.0 */
CLAS_API int clas_porteur_set_nom(clas_porteur *porteur, const char *nom);
/** Name or ""; borrowed. @since 1.0 */
CLAS_API const char *clas_porteur_get_nom(const clas_porteur *porteur);
/** Sets the porteur's type. @return CLAS_OK, CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_porteur_set_type(clas_porteur *porteur, clas_porteur_type type);
/** Porteur type (CLAS_PORTEUR_AUTRE by default). @since 1.0 */
CLAS_API clas_porteur_type clas_porteur_get_type(const clas_porteur *porteur);
/** Sets the porteur's commune. @return CLAS_OK, CLAS_EINVAL, CLAS_EUTF8, CLAS_ENOMEM. @since 1.0 */
CLAS_API int clas_porteur_set_commune(clas_porteur *porteur, const char *commune);
/** Commune or ""; borrowed. @since 1.0 */
CLAS_API const char *clas_porteur_get_commune(const clas_porteur *porteur);

/** Collectif id; borrowed. @since 1.0 */
CLAS_API const char *clas_collectif_get_id(const clas_collectif *collectif);
/** Sets the collectif's name. @return CLAS_OK, CLAS_EINVAL, CLAS_EUTF8, CLAS_ENOMEM. @since 1.0 */
CLAS_API int clas_collectif_set_nom(clas_collectif *collectif, const char *nom);
/** Name or ""; borrowed. @since 1.0 */
CLAS_API const char *clas_collectif_get_nom(const clas_collectif *collectif);
/** Adds a school level (idempotent). @return CLAS_OK, CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_collectif_add_niveau(clas_collectif *collectif, clas_niveau niveau);
/** Removes a school level. @return CLAS_OK, CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_collectif_remove_niveau(clas_collectif *collectif, clas_niveau niveau);
/** 1 if the level is present, else 0. @since 1.0 */
CLAS_API int clas_collectif_has_niveau(const clas_collectif *collectif, clas_niveau niveau);
/** The levels as a bit mask (bit n = clas_niveau n). @since 1.0 */
CLAS_API uint32_t clas_collectif_get_niveaux(const clas_collectif *collectif);
/** Replaces the levels by a bit mask. @return CLAS_OK, CLAS_EINVAL (bits beyond CLAS_NIVEAU_COUNT). @since 1.0 */
CLAS_API int clas_collectif_set_niveaux(clas_collectif *collectif, uint32_t mask);

/** Integer fields of a collectif. @since 1.0 */
typedef enum clas_champ {
    CLAS_CHAMP_NB_ENFANTS = 0,
    CLAS_CHAMP_NB_INTERVENANTS_SALARIES,
    CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES,
    CLAS_CHAMP_SEANCES_PAR_SEMAINE,
    CLAS_CHAMP_MINUTES_PAR_SEANCE,
    CLAS_CHAMP_NB_SEMAINES,
    CLAS_CHAMP_HORS_TEMPS_SCOLAIRE,   /**< 1 if declared out of school time (R-HORS-TEMPS); default 0, not declared */
    CLAS_CHAMP_COUNT
} clas_champ;

/** "nb_enfants", "nb_intervenants_salaries", ...; NULL if out of range. @since 1.0 */
CLAS_API const char *clas_champ_name(clas_champ champ);
/** Parses a field name. @return CLAS_OK or CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_champ_parse(clas_champ *out, const char *name);
/**
 * Sets an integer field. Counts are 0..100000, minutes 0..1440, weeks
 * 0..53, sessions per week 0..50, the out-of-school flag 0 or 1.
 * @return CLAS_OK, CLAS_EINVAL, CLAS_ERANGE. @since 1.0
 */
CLAS_API int clas_collectif_set(clas_collectif *collectif, clas_champ champ, int64_t value);
/** An integer field; 0 for an unknown field. @since 1.0 */
CLAS_API int64_t clas_collectif_get(const clas_collectif *collectif, clas_champ champ);
/** Sets the forecast operating expenses (0..CLAS_CENTS_MAX). @return CLAS_OK, CLAS_ERANGE. @since 1.0 */
CLAS_API int clas_collectif_set_depenses(clas_collectif *collectif, clas_cents cents);
/** Forecast operating expenses in cents. @since 1.0 */
CLAS_API clas_cents clas_collectif_get_depenses(const clas_collectif *collectif);

/**
 * Declares another funding line (commune, département, État...).
 * @param libelle UTF-8, copied. @param cents 0..CLAS_CENTS_MAX.
 * @return CLAS_OK, CLAS_EINVAL, CLAS_EUTF8, CLAS_ERANGE, CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_collectif_add_financement(clas_collectif *collectif, const char *libelle, clas_cents cents);
/** Number of declared funding lines. @since 1.0 */
CLAS_API size_t clas_collectif_num_financements(const clas_collectif *collectif);
/** Label of the i-th funding line, borrowed; NULL if out of range. @since 1.0 */
CLAS_API const char *clas_collectif_get_financement_libelle(const clas_collectif *collectif, size_t i);
/** Amount of the i-th funding line; 0 if out of range. @since 1.0 */
CLAS_API clas_cents clas_collectif_get_financement_montant(const clas_collectif *collectif, size_t i);

/**
 * Adds an action from the catalogue, with an optional free-text
 * description (required for the "autre" actions).
 * @return CLAS_OK, CLAS_EINVAL (unknown action, "autre" without text),
 *         CLAS_EUTF8, CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_collectif_add_action(clas_collectif *collectif, clas_action action, const char *texte);
/** Number of actions. @since 1.0 */
CLAS_API size_t clas_collectif_num_actions(const clas_collectif *collectif);
/** The i-th action; CLAS_ACTION_COUNT if out of range. @since 1.0 */
CLAS_API clas_action clas_collectif_get_action(const clas_collectif *collectif, size_t i);
/** Free text of the i-th action, "" if none, NULL if out of range; borrowed. @since 1.0 */
CLAS_API const char *clas_collectif_get_action_texte(const clas_collectif *collectif, size_t i);
/** Number of actions on one axis. @since 1.0 */
CLAS_API size_t clas_collectif_num_actions_axe(const clas_collectif *collectif, clas_axe axe);

/**
 * Requests a bonus, with the description of the project that goes beyond
 * the base (copied; NULL or "" withdraws the request's description).
 * @param requested 1 to request, 0 to withdraw.
 * @return CLAS_OK, CLAS_EINVAL, CLAS_EUTF8, CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_collectif_set_bonus_demande(clas_collectif *collectif, clas_bonus bonus, int requested,
                                              const char *projet);
/** 1 if the bonus is requested. @since 1.0 */
CLAS_API int clas_collectif_get_bonus_demande(const clas_collectif *collectif, clas_bonus bonus);
/** The bonus project description, "" if none; borrowed. @since 1.0 */
CLAS_API const char *clas_collectif_get_bonus_projet(const clas_collectif *collectif, clas_bonus bonus);

/** The committee's decision on a collectif (agrément). @since 1.0 */
typedef enum clas_decision {
    CLAS_DECISION_EN_ATTENTE = 0, /**< not yet examined: amounts are forecasts */
    CLAS_DECISION_AGREE,          /**< approved */
    CLAS_DECISION_REFUSE          /**< refused: funding is 0 */
} clas_decision;

/** "en_attente", "agree", "refuse". @since 1.0 */
CLAS_API const char *clas_decision_name(clas_decision decision);
/** Parses a decision name. @return CLAS_OK or CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_decision_parse(clas_decision *out, const char *name);
/**
 * Records the committee's decision and the motive (copied, may be NULL).
 * @return CLAS_OK, CLAS_EINVAL, CLAS_EUTF8, CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_collectif_set_decision(clas_collectif *collectif, clas_decision decision, const char *motif);
/** The committee's decision. @since 1.0 */
CLAS_API clas_decision clas_collectif_get_decision(const clas_collectif *collectif);
/** Motive of the decision, "" if none; borrowed. @since 1.0 */
CLAS_API const char *clas_collectif_get_decision_motif(const clas_collectif *collectif);
/** Grants (1) or withholds (0) a bonus. @return CLAS_OK, CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_collectif_set_bonus_accorde(clas_collectif *collectif, clas_bonus bonus, int granted);
/** 1 if the committee granted the bonus. @since 1.0 */
CLAS_API int clas_collectif_get_bonus_accorde(const clas_collectif *collectif, clas_bonus bonus);
/** Records the advances already paid (0..CLAS_CENTS_MAX). @return CLAS_OK, CLAS_ERANGE. @since 1.0 */
CLAS_API int clas_collectif_set_acomptes_verses(clas_collectif *collectif, clas_cents cents);
/** Advances already paid, in cents. @since 1.0 */
CLAS_API clas_cents clas_collectif_get_acomptes_verses(const clas_collectif *collectif);

/** Indicators of a collectif's bilan (actual figures after the year). @since 1.0 */
typedef enum clas_bilan_champ {
    CLAS_BILAN_NB_ENFANTS = 0,
    CLAS_BILAN_NB_FAMILLES,
    CLAS_BILAN_NB_INTERVENANTS_SALARIES,
    CLAS_BILAN_NB_INTERVENANTS_BENEVOLES,
    CLAS_BILAN_NB_SEANCES,
    CLAS_BILAN_NB_HEURES,
    CLAS_BILAN_TAUX_PRESENCE,          /**< attendance in millionths */
    CLAS_BILAN_NB_ACTIONS_PARENTS,
    CLAS_BILAN_NB_PARENTS_TOUCHES,
    CLAS_BILAN_DEPENSES_REELLES,       /**< cents */
    CLAS_BILAN_FINANCEMENTS_REELS,     /**< cents, other funding actually received */
    CLAS_BILAN_CHAMP_COUNT
} clas_bilan_champ;

/** "nb_enfants", "nb_familles", ..., "depenses_reelles", "financements_reels". @since 1.0 */
CLAS_API const char *clas_bilan_champ_name(clas_bilan_champ champ);
/** Parses a bilan field name. @return CLAS_OK or CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_bilan_champ_parse(clas_bilan_champ *out, const char *name);
/**
 * Sets a bilan figure; the first call marks the collectif as having a bilan.
 * Amounts 0..CLAS_CENTS_MAX, rates ≤ CLAS_TAUX_UN, counts 0..1000000.
 * @return CLAS_OK, CLAS_EINVAL, CLAS_ERANGE. @since 1.0
 */
CLAS_API int clas_collectif_set_bilan(clas_collectif *collectif, clas_bilan_champ champ, int64_t value);
/** A bilan figure (0 when unset). @since 1.0 */
CLAS_API int64_t clas_collectif_get_bilan(const clas_collectif *collectif, clas_bilan_champ champ);
/** 1 if a bilan has been recorded. @since 1.0 */
CLAS_API int clas_collectif_has_bilan(const clas_collectif *collectif);
/** Removes the bilan. @since 1.0 */
CLAS_API void clas_collectif_clear_bilan(clas_collectif *collectif);

#ifdef __cplusplus
}
#endif
#endif
