/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file clas/dossier.h
 * @brief The dossier a porteur files for one school year, its porteur, its
 *        collectifs, the committee's decision and the bilan.
 *
 * Ownership: a clas_dossier owns its porteur and its collectifs; pointers
 * returned for them are borrowed, stay valid as long as the dossier lives
 * (adding collectifs does not move existing ones), and must not be freed.
 *
 * Setters validate before they change anything: a refused value leaves the
 * object as it was, and the last error's location names the field
 * ("collectif C1: nb_enfants"). Texts are copied, must be valid UTF-8 and
 * at most CLAS_TEXT_MAX bytes; NULL or "" removes an optional text. Getters
 * accept NULL and then return 0, "" or the documented default.
 */
#ifndef CLAS_DOSSIER_H
#define CLAS_DOSSIER_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * One porteur's application for one school year.
 * @since 1.0
 * @sa clas_dossier_new(), clas_dossier_from_json()
 */
typedef struct clas_dossier clas_dossier;
/**
 * The organisation that files the dossier; owned by its dossier.
 * @since 1.0
 * @sa clas_dossier_get_porteur()
 */
typedef struct clas_porteur clas_porteur;
/**
 * One group of children: the unit that is funded; owned by its dossier.
 * @since 1.0
 * @sa clas_dossier_add_collectif(), clas_dossier_get_collectif()
 */
typedef struct clas_collectif clas_collectif;

/** Maximum length in bytes of identifiers (collectif, porteur, dossier ids). @since 1.0 */
#define CLAS_ID_MAX 64
/** Maximum length in bytes of any free text. @since 1.0 */
#define CLAS_TEXT_MAX 4096

/**
 * Creates an empty dossier for a school year: no id, no department, no
 * filing date, a porteur of type CLAS_PORTEUR_AUTRE, no collectif.
 * @param[out] out receives the dossier, owned by the caller (clas_dossier_free()).
 * @param[in] annee_scolaire the school year, "YYYY-YYYY+1" ("2025-2026"); copied.
 * @return CLAS_OK; CLAS_EINVAL for a NULL argument or a school year that is
 *         not "YYYY-YYYY+1"; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_dossier_free(), clas_dossier_copy(), clas_dossier_from_json()
 */
CLAS_API int clas_dossier_new(clas_dossier **out, const char *annee_scolaire);
/**
 * Frees a dossier with its porteur and collectifs: every pointer borrowed
 * from it becomes invalid. Evaluations of it stay valid (they copy).
 * @param[in] dossier the dossier; NULL is a no-op. Never pass one borrowed
 *            from a campaign.
 * @since 1.0
 * @sa clas_dossier_new()
 */
CLAS_API void clas_dossier_free(clas_dossier *dossier);
/**
 * Deep copy of a dossier, its porteur and its collectifs.
 * @param[out] out receives the copy, owned by the caller (clas_dossier_free()).
 * @param[in] dossier the dossier to copy.
 * @return CLAS_OK; CLAS_EINVAL if an argument is NULL; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_dossier_new(), clas_dossier_equal()
 */
CLAS_API int clas_dossier_copy(clas_dossier **out, const clas_dossier *dossier);
/**
 * Structural equality: every field of the dossier, its porteur and its
 * collectifs (in order) are equal.
 * @param[in] a a dossier, or NULL.
 * @param[in] b another dossier, or NULL.
 * @return 1 if equal (two NULLs are equal), else 0.
 * @since 1.0
 * @sa clas_dossier_copy()
 */
CLAS_API int clas_dossier_equal(const clas_dossier *a, const clas_dossier *b);
/**
 * School year of a dossier.
 * @param[in] dossier the dossier.
 * @return "YYYY-YYYY+1", borrowed: lives as long as @p dossier; "" for NULL.
 * @since 1.0
 * @sa clas_dossier_new()
 */
CLAS_API const char *clas_dossier_get_annee_scolaire(const clas_dossier *dossier);
/**
 * Sets the dossier's id.
 * @param[in,out] dossier the dossier.
 * @param[in] id 1..CLAS_ID_MAX bytes of UTF-8 without control characters; copied.
 * @return CLAS_OK; CLAS_EINVAL for NULL, an empty or too long id or a
 *         control character; CLAS_EUTF8.
 * @since 1.0
 * @sa clas_dossier_get_id()
 */
CLAS_API int clas_dossier_set_id(clas_dossier *dossier, const char *id);
/**
 * Id of a dossier.
 * @param[in] dossier the dossier.
 * @return the id, or "" if unset; borrowed: valid until the id is set again
 *         or @p dossier is freed.
 * @since 1.0
 * @sa clas_dossier_set_id()
 */
CLAS_API const char *clas_dossier_get_id(const clas_dossier *dossier);
/**
 * Sets the department code, which chooses the cadre at evaluation.
 * @param[in,out] dossier the dossier.
 * @param[in] departement a code like "51", "2A", "971" (two or three
 *            characters among digits, 'A' and 'B'), or "" to clear it; copied.
 * @return CLAS_OK; CLAS_EINVAL for NULL or an invalid code.
 * @since 1.0
 * @sa clas_dossier_get_departement(), clas_regles_find_cadre()
 */
CLAS_API int clas_dossier_set_departement(clas_dossier *dossier, const char *departement);
/**
 * Department code of a dossier.
 * @param[in] dossier the dossier.
 * @return the code, or "" if unset; borrowed: valid until it is set again or
 *         @p dossier is freed.
 * @since 1.0
 * @sa clas_dossier_set_departement()
 */
CLAS_API const char *clas_dossier_get_departement(const clas_dossier *dossier);
/**
 * Sets or clears the filing date (R-DELAI).
 * @param[in,out] dossier the dossier.
 * @param[in] date a calendar date "YYYY-MM-DD", or NULL to clear it; copied.
 * @return CLAS_OK; CLAS_EINVAL if @p dossier is NULL or @p date is not a
 *         valid date.
 * @since 1.0
 * @sa clas_dossier_get_date_depot(), clas_cadre_set_date()
 */
CLAS_API int clas_dossier_set_date_depot(clas_dossier *dossier, const char *date);
/**
 * Filing date of a dossier.
 * @param[in] dossier the dossier.
 * @return "YYYY-MM-DD", or NULL when unset (or for NULL); borrowed: valid
 *         until it is set again or @p dossier is freed.
 * @since 1.0
 * @sa clas_dossier_set_date_depot()
 */
CLAS_API const char *clas_dossier_get_date_depot(const clas_dossier *dossier);
/**
 * The dossier's porteur, to modify.
 * @param[in] dossier the dossier.
 * @return the porteur, borrowed: lives as long as @p dossier; NULL only for
 *         a NULL @p dossier.
 * @since 1.0
 * @sa clas_dossier_get_porteur_const(), clas_porteur_set_id()
 */
CLAS_API clas_porteur *clas_dossier_get_porteur(clas_dossier *dossier);
/**
 * Read-only access to the dossier's porteur.
 * @param[in] dossier the dossier.
 * @return the porteur, borrowed: lives as long as @p dossier; NULL only for
 *         a NULL @p dossier.
 * @since 1.0
 * @sa clas_dossier_get_porteur(), clas_porteur_get_id()
 */
CLAS_API const clas_porteur *clas_dossier_get_porteur_const(const clas_dossier *dossier);

/**
 * The local schemes a porteur's project is linked with (dossier, for its
 * school year): the Marne's note asks projects to seek their articulation.
 * @since 1.0
 * @sa clas_lien_name(), clas_lien_parse(), clas_dossier_set_lien()
 */
typedef enum clas_lien {
    CLAS_LIEN_PEDT = 0, /**< projet éducatif de territoire (PEDT) */
    CLAS_LIEN_PRE,      /**< programme de réussite éducative (PRE) */
    CLAS_LIEN_REAAP,    /**< réseau d'écoute, d'appui et d'accompagnement des parents (Reaap) */
    CLAS_LIEN_COUNT     /**< number of schemes, not a scheme */
} clas_lien;

/**
 * Stable name of a scheme, as in JSON documents.
 * @param[in] lien a scheme.
 * @return a static string: "pedt", "pre" or "reaap"; NULL if @p lien is out
 *         of range.
 * @since 1.0
 * @sa clas_lien_parse(), clas_dossier_get_lien()
 */
CLAS_API const char *clas_lien_name(clas_lien lien);
/**
 * Parses a scheme name (as returned by clas_lien_name()).
 * @param[out] out receives the scheme; written only on success.
 * @param[in] name the name, NUL-terminated.
 * @return CLAS_OK; CLAS_EINVAL if @p out or @p name is NULL or the name is
 *         unknown.
 * @since 1.0
 * @sa clas_lien_name()
 */
CLAS_API int clas_lien_parse(clas_lien *out, const char *name);
/**
 * Records whether the project is linked with a scheme (none by default).
 * @param[in,out] dossier the dossier.
 * @param[in] lien the scheme.
 * @param[in] linked non-zero if the project is linked with it, 0 if not.
 * @return CLAS_OK; CLAS_EINVAL if @p dossier is NULL or @p lien unknown.
 * @since 1.0
 * @sa clas_dossier_get_lien(), clas_lien_name()
 */
CLAS_API int clas_dossier_set_lien(clas_dossier *dossier, clas_lien lien, int linked);
/**
 * Whether the project is linked with a scheme.
 * @param[in] dossier the dossier.
 * @param[in] lien the scheme.
 * @return 1 if linked, else 0 (also for NULL or an unknown scheme).
 * @since 1.0
 * @sa clas_dossier_set_lien()
 */
CLAS_API int clas_dossier_get_lien(const clas_dossier *dossier, clas_lien lien);

/**
 * Whether the bilan of the previous school year was filed (R-BILAN-PRECEDENT):
 * the committee studies a new dossier with it.
 * @since 1.0
 * @sa clas_bilan_precedent_name(), clas_dossier_set_bilan_precedent()
 */
typedef enum clas_bilan_precedent {
    CLAS_BILAN_PRECEDENT_NON_RENSEIGNE = 0, /**< not stated (default): nothing is checked */
    CLAS_BILAN_PRECEDENT_DEPOSE,            /**< the previous year's bilan was filed */
    CLAS_BILAN_PRECEDENT_NON_DEPOSE,        /**< it was not: CLAS_CODE_BILAN_PRECEDENT_NON_DEPOSE */
    CLAS_BILAN_PRECEDENT_SANS_OBJET,        /**< not applicable: the porteur's first dossier */
    CLAS_BILAN_PRECEDENT_COUNT              /**< number of values, not a value */
} clas_bilan_precedent;

/**
 * Stable name of a previous-bilan state, as in JSON documents.
 * @param[in] value a state.
 * @return a static string: "non_renseigne", "depose", "non_depose" or
 *         "sans_objet"; NULL if @p value is out of range.
 * @since 1.0
 * @sa clas_bilan_precedent_parse()
 */
CLAS_API const char *clas_bilan_precedent_name(clas_bilan_precedent value);
/**
 * Parses a previous-bilan state name (as returned by clas_bilan_precedent_name()).
 * @param[out] out receives the state; written only on success.
 * @param[in] name the name, NUL-terminated.
 * @return CLAS_OK; CLAS_EINVAL if @p out or @p name is NULL or the name is
 *         unknown.
 * @since 1.0
 * @sa clas_bilan_precedent_name()
 */
CLAS_API int clas_bilan_precedent_parse(clas_bilan_precedent *out, const char *name);
/**
 * Records whether the previous school year's bilan was filed.
 * @param[in,out] dossier the dossier.
 * @param[in] value the state; CLAS_BILAN_PRECEDENT_SANS_OBJET for a first dossier.
 * @return CLAS_OK; CLAS_EINVAL if @p dossier is NULL or @p value unknown.
 * @since 1.0
 * @sa clas_dossier_get_bilan_precedent(), clas_bilan_precedent_name()
 */
CLAS_API int clas_dossier_set_bilan_precedent(clas_dossier *dossier, clas_bilan_precedent value);
/**
 * Whether the previous school year's bilan was filed.
 * @param[in] dossier the dossier.
 * @return the state; CLAS_BILAN_PRECEDENT_NON_RENSEIGNE by default and for NULL.
 * @since 1.0
 * @sa clas_dossier_set_bilan_precedent()
 */
CLAS_API clas_bilan_precedent clas_dossier_get_bilan_precedent(const clas_dossier *dossier);
/**
 * Adds a new, empty collectif: every figure 0, no level, no action, not
 * declared out of school time, decision CLAS_DECISION_EN_ATTENTE.
 * @param[out] out receives the new collectif, borrowed: owned by @p dossier;
 *             may be NULL.
 * @param[in,out] dossier the dossier.
 * @param[in] id unique within the dossier, 1..CLAS_ID_MAX bytes of UTF-8
 *            without control characters; copied.
 * @return CLAS_OK; CLAS_EEXISTS for a duplicate id; CLAS_EINVAL for NULL,
 *         an empty or too long id; CLAS_EUTF8; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_dossier_num_collectifs(), clas_dossier_get_collectif(), clas_dossier_find_collectif()
 */
CLAS_API int clas_dossier_add_collectif(clas_collectif **out, clas_dossier *dossier, const char *id);
/**
 * Number of collectifs of a dossier.
 * @param[in] dossier the dossier.
 * @return the count; 0 for NULL.
 * @since 1.0
 * @sa clas_dossier_get_collectif(), clas_dossier_add_collectif()
 */
CLAS_API size_t clas_dossier_num_collectifs(const clas_dossier *dossier);
/**
 * The i-th collectif, in the order they were added, to modify.
 * @param[in] dossier the dossier.
 * @param[in] i index, 0..clas_dossier_num_collectifs() - 1.
 * @return the collectif, borrowed: lives as long as @p dossier; NULL if out
 *         of range.
 * @since 1.0
 * @sa clas_dossier_get_collectif_const(), clas_dossier_find_collectif()
 */
CLAS_API clas_collectif *clas_dossier_get_collectif(clas_dossier *dossier, size_t i);
/**
 * Read-only access to the i-th collectif.
 * @param[in] dossier the dossier.
 * @param[in] i index, 0..clas_dossier_num_collectifs() - 1.
 * @return the collectif, borrowed: lives as long as @p dossier; NULL if out
 *         of range.
 * @since 1.0
 * @sa clas_dossier_get_collectif(), clas_dossier_num_collectifs()
 */
CLAS_API const clas_collectif *clas_dossier_get_collectif_const(const clas_dossier *dossier, size_t i);
/**
 * Finds a collectif by id.
 * @param[out] out receives the collectif, borrowed: owned by @p dossier;
 *             written only on success.
 * @param[in] dossier the dossier.
 * @param[in] id the collectif's id.
 * @return CLAS_OK; CLAS_ENOTFOUND if no collectif has this id; CLAS_EINVAL
 *         for a NULL argument.
 * @since 1.0
 * @sa clas_dossier_get_collectif(), clas_evaluation_find_collectif()
 */
CLAS_API int clas_dossier_find_collectif(clas_collectif **out, clas_dossier *dossier, const char *id);

/**
 * Sets the porteur's id (several dossiers of one porteur share it).
 * @param[in,out] porteur the porteur.
 * @param[in] id 1..CLAS_ID_MAX bytes of UTF-8 without control characters; copied.
 * @return CLAS_OK; CLAS_EINVAL for NULL, an empty or too long id or a
 *         control character; CLAS_EUTF8.
 * @since 1.0
 * @sa clas_porteur_get_id(), clas_dossier_get_porteur()
 */
CLAS_API int clas_porteur_set_id(clas_porteur *porteur, const char *id);
/**
 * Id of a porteur.
 * @param[in] porteur the porteur.
 * @return the id, or "" if unset; borrowed: valid until it is set again or
 *         the dossier is freed.
 * @since 1.0
 * @sa clas_porteur_set_id()
 */
CLAS_API const char *clas_porteur_get_id(const clas_porteur *porteur);
/**
 * Sets the porteur's name.
 * @param[in,out] porteur the porteur.
 * @param[in] nom the name; "" removes it; copied.
 * @return CLAS_OK; CLAS_EINVAL for NULL or a text longer than
 *         CLAS_TEXT_MAX; CLAS_EUTF8; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_porteur_get_nom()
 */
CLAS_API int clas_porteur_set_nom(clas_porteur *porteur, const char *nom);
/**
 * Name of a porteur.
 * @param[in] porteur the porteur.
 * @return the name, or "" if none; borrowed: valid until it is set again or
 *         the dossier is freed.
 * @since 1.0
 * @sa clas_porteur_set_nom()
 */
CLAS_API const char *clas_porteur_get_nom(const clas_porteur *porteur);
/**
 * Sets the porteur's type.
 * @param[in,out] porteur the porteur.
 * @param[in] type the type.
 * @return CLAS_OK; CLAS_EINVAL if @p porteur is NULL or @p type unknown.
 * @since 1.0
 * @sa clas_porteur_get_type(), clas_porteur_type_name()
 */
CLAS_API int clas_porteur_set_type(clas_porteur *porteur, clas_porteur_type type);
/**
 * Type of a porteur.
 * @param[in] porteur the porteur.
 * @return the type; CLAS_PORTEUR_AUTRE by default and for NULL.
 * @since 1.0
 * @sa clas_porteur_set_type()
 */
CLAS_API clas_porteur_type clas_porteur_get_type(const clas_porteur *porteur);
/**
 * Sets the porteur's commune.
 * @param[in,out] porteur the porteur.
 * @param[in] commune the commune; "" removes it; copied.
 * @return CLAS_OK; CLAS_EINVAL for NULL or a text longer than
 *         CLAS_TEXT_MAX; CLAS_EUTF8; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_porteur_get_commune()
 */
CLAS_API int clas_porteur_set_commune(clas_porteur *porteur, const char *commune);
/**
 * Commune of a porteur.
 * @param[in] porteur the porteur.
 * @return the commune, or "" if none; borrowed: valid until it is set again
 *         or the dossier is freed.
 * @since 1.0
 * @sa clas_porteur_set_commune()
 */
CLAS_API const char *clas_porteur_get_commune(const clas_porteur *porteur);

/**
 * Id of a collectif (set by clas_dossier_add_collectif(), never changed).
 * @param[in] collectif the collectif.
 * @return the id, borrowed: lives as long as the dossier; "" for NULL.
 * @since 1.0
 * @sa clas_dossier_add_collectif(), clas_dossier_find_collectif()
 */
CLAS_API const char *clas_collectif_get_id(const clas_collectif *collectif);
/**
 * Sets the collectif's name.
 * @param[in,out] collectif the collectif.
 * @param[in] nom the name; "" removes it; copied.
 * @return CLAS_OK; CLAS_EINVAL for NULL or a text longer than
 *         CLAS_TEXT_MAX; CLAS_EUTF8; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_collectif_get_nom()
 */
CLAS_API int clas_collectif_set_nom(clas_collectif *collectif, const char *nom);
/**
 * Name of a collectif.
 * @param[in] collectif the collectif.
 * @return the name, or "" if none; borrowed: valid until it is set again or
 *         the dossier is freed.
 * @since 1.0
 * @sa clas_collectif_set_nom()
 */
CLAS_API const char *clas_collectif_get_nom(const clas_collectif *collectif);
/**
 * Adds a school level (idempotent).
 * @param[in,out] collectif the collectif.
 * @param[in] niveau the level.
 * @return CLAS_OK; CLAS_EINVAL if @p collectif is NULL or @p niveau unknown.
 * @since 1.0
 * @sa clas_collectif_remove_niveau(), clas_collectif_has_niveau(), clas_collectif_set_niveaux()
 */
CLAS_API int clas_collectif_add_niveau(clas_collectif *collectif, clas_niveau niveau);
/**
 * Removes a school level (a level not present is not an error).
 * @param[in,out] collectif the collectif.
 * @param[in] niveau the level.
 * @return CLAS_OK; CLAS_EINVAL if @p collectif is NULL or @p niveau unknown.
 * @since 1.0
 * @sa clas_collectif_add_niveau(), clas_collectif_has_niveau()
 */
CLAS_API int clas_collectif_remove_niveau(clas_collectif *collectif, clas_niveau niveau);
/**
 * Whether a collectif has a school level.
 * @param[in] collectif the collectif.
 * @param[in] niveau the level.
 * @return 1 if the level is present, else 0 (also for NULL or an unknown level).
 * @since 1.0
 * @sa clas_collectif_add_niveau(), clas_collectif_get_niveaux()
 */
CLAS_API int clas_collectif_has_niveau(const clas_collectif *collectif, clas_niveau niveau);
/**
 * The levels of a collectif as a bit mask.
 * @param[in] collectif the collectif.
 * @return the mask, bit n set for clas_niveau n; 0 for NULL.
 * @since 1.0
 * @sa clas_collectif_set_niveaux(), clas_collectif_has_niveau()
 */
CLAS_API uint32_t clas_collectif_get_niveaux(const clas_collectif *collectif);
/**
 * Replaces the levels by a bit mask.
 * @param[in,out] collectif the collectif.
 * @param[in] mask bit n set for clas_niveau n; 0 removes every level.
 * @return CLAS_OK; CLAS_EINVAL if @p collectif is NULL or @p mask has bits
 *         beyond CLAS_NIVEAU_COUNT.
 * @since 1.0
 * @sa clas_collectif_get_niveaux(), clas_collectif_add_niveau()
 */
CLAS_API int clas_collectif_set_niveaux(clas_collectif *collectif, uint32_t mask);

/**
 * Integer fields of a collectif.
 * @since 1.0
 * @sa clas_champ_name(), clas_champ_parse(), clas_collectif_set(), clas_collectif_get()
 */
typedef enum clas_champ {
    CLAS_CHAMP_NB_ENFANTS = 0,            /**< children in the group (R-GROUPE), 0..100000 */
    CLAS_CHAMP_NB_INTERVENANTS_SALARIES,  /**< salaried intervenants (R-ENCADREMENT), 0..100000 */
    CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, /**< volunteer intervenants (R-ENCADREMENT), 0..100000 */
    CLAS_CHAMP_SEANCES_PAR_SEMAINE,       /**< sessions per week, 0..50 */
    CLAS_CHAMP_MINUTES_PAR_SEANCE,        /**< length of a session in minutes, 0..1440 */
    CLAS_CHAMP_NB_SEMAINES,               /**< weeks of activity in the year, 0..53 */
    CLAS_CHAMP_HORS_TEMPS_SCOLAIRE,       /**< 1 if declared out of school time (R-HORS-TEMPS); default 0, not declared */
    CLAS_CHAMP_QPV,                       /**< 1 if the collectif's public lives in a quartier prioritaire de la politique de la ville; default 0 */
    CLAS_CHAMP_EDUCATION_PRIORITAIRE,     /**< the schools' priority network, a clas_education_prioritaire value; default 0, none */
    CLAS_CHAMP_ZONE_RURALE,               /**< 1 if the collectif is held in a rural area; default 0 */
    CLAS_CHAMP_COUNT                      /**< number of fields, not a field */
} clas_champ;

/**
 * The priority network (éducation prioritaire) of the schools a collectif's
 * children attend: the value of CLAS_CHAMP_EDUCATION_PRIORITAIRE.
 * @since 1.0
 * @sa clas_education_prioritaire_name(), clas_education_prioritaire_parse(), clas_collectif_set()
 */
typedef enum clas_education_prioritaire {
    CLAS_EDUCATION_PRIORITAIRE_AUCUNE = 0, /**< outside the priority networks (default) */
    CLAS_EDUCATION_PRIORITAIRE_REP,        /**< réseau d'éducation prioritaire */
    CLAS_EDUCATION_PRIORITAIRE_REP_PLUS,   /**< réseau d'éducation prioritaire renforcé (REP+) */
    CLAS_EDUCATION_PRIORITAIRE_COUNT       /**< number of values, not a value */
} clas_education_prioritaire;

/**
 * Stable name of a priority network, as in JSON documents.
 * @param[in] value a clas_education_prioritaire value.
 * @return a static string: "aucune", "rep" or "rep_plus"; NULL if @p value
 *         is out of range.
 * @since 1.0
 * @sa clas_education_prioritaire_parse()
 */
CLAS_API const char *clas_education_prioritaire_name(clas_education_prioritaire value);
/**
 * Parses a priority network name (as returned by clas_education_prioritaire_name()).
 * @param[out] out receives the value; written only on success.
 * @param[in] name the name, NUL-terminated.
 * @return CLAS_OK; CLAS_EINVAL if @p out or @p name is NULL or the name is
 *         unknown.
 * @since 1.0
 * @sa clas_education_prioritaire_name()
 */
CLAS_API int clas_education_prioritaire_parse(clas_education_prioritaire *out, const char *name);

/**
 * Stable name of an integer field, as in JSON documents.
 * @param[in] champ a field.
 * @return a static string ("nb_enfants", "nb_intervenants_salaries"...);
 *         NULL if @p champ is out of range.
 * @since 1.0
 * @sa clas_champ_parse()
 */
CLAS_API const char *clas_champ_name(clas_champ champ);
/**
 * Parses a field name (as returned by clas_champ_name()).
 * @param[out] out receives the field; written only on success.
 * @param[in] name the name, NUL-terminated.
 * @return CLAS_OK; CLAS_EINVAL if @p out or @p name is NULL or the field is
 *         unknown.
 * @since 1.0
 * @sa clas_champ_name()
 */
CLAS_API int clas_champ_parse(clas_champ *out, const char *name);
/**
 * Sets an integer field.
 * @param[in,out] collectif the collectif.
 * @param[in] champ which field.
 * @param[in] value counts 0..100000, minutes 0..1440, weeks 0..53, sessions
 *            per week 0..50, the out-of-school, QPV and rural flags 0 or 1,
 *            the priority network 0..CLAS_EDUCATION_PRIORITAIRE_COUNT - 1.
 * @return CLAS_OK; CLAS_EINVAL if @p collectif is NULL or @p champ unknown;
 *         CLAS_ERANGE for a value out of the field's range.
 * @since 1.0
 * @sa clas_collectif_get(), clas_champ_name()
 */
CLAS_API int clas_collectif_set(clas_collectif *collectif, clas_champ champ, int64_t value);
/**
 * An integer field of a collectif.
 * @param[in] collectif the collectif.
 * @param[in] champ which field.
 * @return its value; 0 for NULL or an unknown field.
 * @since 1.0
 * @sa clas_collectif_set()
 */
CLAS_API int64_t clas_collectif_get(const clas_collectif *collectif, clas_champ champ);
/**
 * Sets the forecast operating expenses (R-BUDGET, R-PS).
 * @param[in,out] collectif the collectif.
 * @param[in] cents the expenses in cents, 0..CLAS_CENTS_MAX.
 * @return CLAS_OK; CLAS_EINVAL if @p collectif is NULL; CLAS_ERANGE out of range.
 * @since 1.0
 * @sa clas_collectif_get_depenses(), clas_collectif_add_financement()
 */
CLAS_API int clas_collectif_set_depenses(clas_collectif *collectif, clas_cents cents);
/**
 * Forecast operating expenses of a collectif.
 * @param[in] collectif the collectif.
 * @return the expenses in cents; 0 for NULL.
 * @since 1.0
 * @sa clas_collectif_set_depenses()
 */
CLAS_API clas_cents clas_collectif_get_depenses(const clas_collectif *collectif);

/**
 * Declares another funding line (commune, département, État...).
 * @param[in,out] collectif the collectif.
 * @param[in] libelle the funder, UTF-8, at most CLAS_TEXT_MAX bytes; copied.
 * @param[in] cents the amount in cents, 0..CLAS_CENTS_MAX.
 * @return CLAS_OK; CLAS_EINVAL for NULL or a text too long; CLAS_EUTF8;
 *         CLAS_ERANGE for an amount out of range; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_collectif_num_financements(), clas_collectif_get_financement_libelle(),
 *     clas_collectif_get_financement_montant()
 */
CLAS_API int clas_collectif_add_financement(clas_collectif *collectif, const char *libelle, clas_cents cents);
/**
 * Number of declared funding lines.
 * @param[in] collectif the collectif.
 * @return the count; 0 for NULL.
 * @since 1.0
 * @sa clas_collectif_add_financement()
 */
CLAS_API size_t clas_collectif_num_financements(const clas_collectif *collectif);
/**
 * Funder of the i-th funding line.
 * @param[in] collectif the collectif.
 * @param[in] i index, 0..clas_collectif_num_financements() - 1.
 * @return the label ("" if it was given empty), borrowed: lives as long as
 *         the dossier; NULL if out of range.
 * @since 1.0
 * @sa clas_collectif_get_financement_montant(), clas_collectif_num_financements()
 */
CLAS_API const char *clas_collectif_get_financement_libelle(const clas_collectif *collectif, size_t i);
/**
 * Amount of the i-th funding line.
 * @param[in] collectif the collectif.
 * @param[in] i index, 0..clas_collectif_num_financements() - 1.
 * @return the amount in cents; 0 if out of range.
 * @since 1.0
 * @sa clas_collectif_get_financement_libelle(), clas_collectif_num_financements()
 */
CLAS_API clas_cents clas_collectif_get_financement_montant(const clas_collectif *collectif, size_t i);

/**
 * Adds an action from the catalogue (R-AXES, R-SOCLE-PARENTS), with an
 * optional free-text description (required for the "autre" actions).
 * The same action may be added more than once.
 * @param[in,out] collectif the collectif.
 * @param[in] action the action.
 * @param[in] texte its description, or NULL; copied.
 * @return CLAS_OK; CLAS_EINVAL if @p collectif is NULL, for an unknown
 *         action, an "autre" action without text or a text longer than
 *         CLAS_TEXT_MAX; CLAS_EUTF8; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_collectif_num_actions(), clas_collectif_get_action(), clas_collectif_num_actions_axe()
 */
CLAS_API int clas_collectif_add_action(clas_collectif *collectif, clas_action action, const char *texte);
/**
 * Number of actions of a collectif.
 * @param[in] collectif the collectif.
 * @return the count; 0 for NULL.
 * @since 1.0
 * @sa clas_collectif_get_action(), clas_collectif_num_actions_axe()
 */
CLAS_API size_t clas_collectif_num_actions(const clas_collectif *collectif);
/**
 * The i-th action, in the order they were added.
 * @param[in] collectif the collectif.
 * @param[in] i index, 0..clas_collectif_num_actions() - 1.
 * @return the action; CLAS_ACTION_COUNT if out of range.
 * @since 1.0
 * @sa clas_collectif_get_action_texte(), clas_collectif_num_actions()
 */
CLAS_API clas_action clas_collectif_get_action(const clas_collectif *collectif, size_t i);
/**
 * Free text of the i-th action.
 * @param[in] collectif the collectif.
 * @param[in] i index, 0..clas_collectif_num_actions() - 1.
 * @return the text, "" if none, borrowed: lives as long as the dossier;
 *         NULL if out of range.
 * @since 1.0
 * @sa clas_collectif_get_action(), clas_collectif_add_action()
 */
CLAS_API const char *clas_collectif_get_action_texte(const clas_collectif *collectif, size_t i);
/**
 * Number of actions on one axis.
 * @param[in] collectif the collectif.
 * @param[in] axe the axis.
 * @return the count; 0 for NULL or an unknown axis.
 * @since 1.0
 * @sa clas_collectif_num_actions(), clas_action_axe()
 */
CLAS_API size_t clas_collectif_num_actions_axe(const clas_collectif *collectif, clas_axe axe);

/**
 * Requests (or withdraws) a bonus, with the description of the project that
 * goes beyond the base.
 * @param[in,out] collectif the collectif.
 * @param[in] bonus which bonus.
 * @param[in] requested non-zero to request, 0 to withdraw.
 * @param[in] projet the project's description; NULL or "" removes it; copied.
 * @return CLAS_OK; CLAS_EINVAL if @p collectif is NULL, @p bonus unknown or
 *         the text too long; CLAS_EUTF8; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_collectif_get_bonus_demande(), clas_collectif_get_bonus_projet(), clas_collectif_set_bonus_accorde()
 */
CLAS_API int clas_collectif_set_bonus_demande(clas_collectif *collectif, clas_bonus bonus, int requested,
                                              const char *projet);
/**
 * Whether a bonus is requested.
 * @param[in] collectif the collectif.
 * @param[in] bonus which bonus.
 * @return 1 if the bonus is requested, else 0 (also for NULL or an unknown bonus).
 * @since 1.0
 * @sa clas_collectif_set_bonus_demande()
 */
CLAS_API int clas_collectif_get_bonus_demande(const clas_collectif *collectif, clas_bonus bonus);
/**
 * Description of a bonus project.
 * @param[in] collectif the collectif.
 * @param[in] bonus which bonus.
 * @return the description, "" if none (or for NULL or an unknown bonus);
 *         borrowed: valid until it is set again or the dossier is freed.
 * @since 1.0
 * @sa clas_collectif_set_bonus_demande()
 */
CLAS_API const char *clas_collectif_get_bonus_projet(const clas_collectif *collectif, clas_bonus bonus);

/**
 * The committee's decision on a collectif (agrément).
 * @since 1.0
 * @sa clas_decision_name(), clas_decision_parse(), clas_collectif_set_decision()
 */
typedef enum clas_decision {
    CLAS_DECISION_EN_ATTENTE = 0, /**< not yet examined: amounts are forecasts */
    CLAS_DECISION_AGREE,          /**< approved */
    CLAS_DECISION_REFUSE          /**< refused: funding is 0 */
} clas_decision;

/**
 * Stable name of a decision.
 * @param[in] decision a decision.
 * @return a static string: "en_attente", "agree" or "refuse"; NULL if
 *         @p decision is out of range.
 * @since 1.0
 * @sa clas_decision_parse()
 */
CLAS_API const char *clas_decision_name(clas_decision decision);
/**
 * Parses a decision name (as returned by clas_decision_name()).
 * @param[out] out receives the decision; written only on success.
 * @param[in] name the name, NUL-terminated.
 * @return CLAS_OK; CLAS_EINVAL if @p out or @p name is NULL or the decision
 *         is unknown.
 * @since 1.0
 * @sa clas_decision_name()
 */
CLAS_API int clas_decision_parse(clas_decision *out, const char *name);
/**
 * Records the committee's decision (R-AGREMENT) and its motive.
 * @param[in,out] collectif the collectif.
 * @param[in] decision the decision.
 * @param[in] motif the motive; NULL or "" removes it; copied.
 * @return CLAS_OK; CLAS_EINVAL if @p collectif is NULL, @p decision unknown
 *         or the text too long; CLAS_EUTF8; CLAS_ENOMEM.
 * @since 1.0
 * @sa clas_collectif_get_decision(), clas_collectif_get_decision_motif(), clas_collectif_set_bonus_accorde()
 */
CLAS_API int clas_collectif_set_decision(clas_collectif *collectif, clas_decision decision, const char *motif);
/**
 * The committee's decision on a collectif.
 * @param[in] collectif the collectif.
 * @return the decision; CLAS_DECISION_EN_ATTENTE by default and for NULL.
 * @since 1.0
 * @sa clas_collectif_set_decision()
 */
CLAS_API clas_decision clas_collectif_get_decision(const clas_collectif *collectif);
/**
 * Motive of the committee's decision.
 * @param[in] collectif the collectif.
 * @return the motive, "" if none; borrowed: valid until the decision is set
 *         again or the dossier is freed.
 * @since 1.0
 * @sa clas_collectif_set_decision()
 */
CLAS_API const char *clas_collectif_get_decision_motif(const clas_collectif *collectif);
/**
 * Grants or withholds a bonus (R-BONUS). A granted bonus is paid only to
 * an eligible, approved collectif; granting one that was not requested, or
 * has no project, raises a constat.
 * @param[in,out] collectif the collectif.
 * @param[in] bonus which bonus.
 * @param[in] granted non-zero to grant, 0 to withhold.
 * @return CLAS_OK; CLAS_EINVAL if @p collectif is NULL or @p bonus unknown.
 * @since 1.0
 * @sa clas_collectif_get_bonus_accorde(), clas_collectif_set_bonus_demande()
 */
CLAS_API int clas_collectif_set_bonus_accorde(clas_collectif *collectif, clas_bonus bonus, int granted);
/**
 * Whether the committee granted a bonus.
 * @param[in] collectif the collectif.
 * @param[in] bonus which bonus.
 * @return 1 if the committee granted the bonus, else 0 (also for NULL or an
 *         unknown bonus).
 * @since 1.0
 * @sa clas_collectif_set_bonus_accorde()
 */
CLAS_API int clas_collectif_get_bonus_accorde(const clas_collectif *collectif, clas_bonus bonus);
/**
 * Records the advances already paid (R-BILAN: régularisation).
 * @param[in,out] collectif the collectif.
 * @param[in] cents the amount in cents, 0..CLAS_CENTS_MAX.
 * @return CLAS_OK; CLAS_EINVAL if @p collectif is NULL; CLAS_ERANGE out of range.
 * @since 1.0
 * @sa clas_collectif_get_acomptes_verses(), clas_collectif_set_bilan()
 */
CLAS_API int clas_collectif_set_acomptes_verses(clas_collectif *collectif, clas_cents cents);
/**
 * Advances already paid to a collectif.
 * @param[in] collectif the collectif.
 * @return the amount in cents; 0 for NULL.
 * @since 1.0
 * @sa clas_collectif_set_acomptes_verses()
 */
CLAS_API clas_cents clas_collectif_get_acomptes_verses(const clas_collectif *collectif);

/**
 * Indicators of a collectif's bilan (actual figures after the year).
 * @since 1.0
 * @sa clas_bilan_champ_name(), clas_bilan_champ_parse(), clas_collectif_set_bilan()
 */
typedef enum clas_bilan_champ {
    CLAS_BILAN_NB_ENFANTS = 0,             /**< children who attended */
    CLAS_BILAN_NB_FAMILLES,                /**< families reached */
    CLAS_BILAN_NB_INTERVENANTS_SALARIES,   /**< salaried intervenants */
    CLAS_BILAN_NB_INTERVENANTS_BENEVOLES,  /**< volunteer intervenants */
    CLAS_BILAN_NB_SEANCES,                 /**< sessions held */
    CLAS_BILAN_NB_HEURES,                  /**< hours of activity */
    CLAS_BILAN_TAUX_PRESENCE,              /**< attendance in millionths */
    CLAS_BILAN_NB_ACTIONS_PARENTS,         /**< actions held with the parents */
    CLAS_BILAN_NB_PARENTS_TOUCHES,         /**< parents reached */
    CLAS_BILAN_DEPENSES_REELLES,           /**< cents, actual operating expenses */
    CLAS_BILAN_FINANCEMENTS_REELS,         /**< cents, other funding actually received */
    CLAS_BILAN_NB_ENFANTS_PRIMAIRE,        /**< children who attended, in primary school (CP to CM2) */
    CLAS_BILAN_NB_ENFANTS_COLLEGE,         /**< children who attended, in collège (6e to 3e) */
    CLAS_BILAN_NB_ENFANTS_LYCEE,           /**< children who attended, in lycée (2nde to Terminale) */
    CLAS_BILAN_NB_FILLES,                  /**< girls who attended */
    CLAS_BILAN_NB_GARCONS,                 /**< boys who attended */
    CLAS_BILAN_CHAMP_COUNT                 /**< number of indicators, not an indicator */
} clas_bilan_champ;

/**
 * Stable name of a bilan indicator, as in JSON documents.
 * @param[in] champ an indicator.
 * @return a static string ("nb_enfants", "nb_familles", ...,
 *         "depenses_reelles", "financements_reels", "nb_enfants_primaire",
 *         "nb_enfants_college", "nb_enfants_lycee", "nb_filles",
 *         "nb_garcons"); NULL if @p champ is out of range.
 * @since 1.0
 * @sa clas_bilan_champ_parse()
 */
CLAS_API const char *clas_bilan_champ_name(clas_bilan_champ champ);
/**
 * Parses a bilan indicator name (as returned by clas_bilan_champ_name()).
 * @param[out] out receives the indicator; written only on success.
 * @param[in] name the name, NUL-terminated.
 * @return CLAS_OK; CLAS_EINVAL if @p out or @p name is NULL or the name is
 *         unknown.
 * @since 1.0
 * @sa clas_bilan_champ_name()
 */
CLAS_API int clas_bilan_champ_parse(clas_bilan_champ *out, const char *name);
/**
 * Sets a bilan figure; the first call marks the collectif as having a bilan.
 * @param[in,out] collectif the collectif.
 * @param[in] champ which indicator.
 * @param[in] value amounts 0..CLAS_CENTS_MAX, the attendance rate
 *            0..CLAS_TAUX_UN, counts 0..1000000.
 * @return CLAS_OK; CLAS_EINVAL if @p collectif is NULL or @p champ unknown;
 *         CLAS_ERANGE for a value out of range.
 * @since 1.0
 * @sa clas_collectif_get_bilan(), clas_collectif_has_bilan(), clas_collectif_clear_bilan()
 */
CLAS_API int clas_collectif_set_bilan(clas_collectif *collectif, clas_bilan_champ champ, int64_t value);
/**
 * A bilan figure of a collectif.
 * @param[in] collectif the collectif.
 * @param[in] champ which indicator.
 * @return its value; 0 when unset, without a bilan, for NULL or an unknown
 *         indicator.
 * @since 1.0
 * @sa clas_collectif_set_bilan()
 */
CLAS_API int64_t clas_collectif_get_bilan(const clas_collectif *collectif, clas_bilan_champ champ);
/**
 * Whether a bilan has been recorded.
 * @param[in] collectif the collectif.
 * @return 1 if a bilan has been recorded, else 0 (also for NULL).
 * @since 1.0
 * @sa clas_collectif_set_bilan(), clas_collectif_clear_bilan(), clas_evaluation_has_bilan()
 */
CLAS_API int clas_collectif_has_bilan(const clas_collectif *collectif);
/**
 * Removes the bilan: every figure back to 0, no bilan recorded.
 * @param[in,out] collectif the collectif; NULL is a no-op.
 * @since 1.0
 * @sa clas_collectif_set_bilan(), clas_collectif_has_bilan()
 */
CLAS_API void clas_collectif_clear_bilan(clas_collectif *collectif);

#ifdef __cplusplus
}
#endif
#endif
