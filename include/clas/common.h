/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file clas/common.h
 * @brief Export macro, status codes, last error, version and the shared
 *        enumerations of libclas (levels, axes, actions, rules, severities).
 */
#ifndef CLAS_COMMON_H
#define CLAS_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Marks every public declaration; the library is built with hidden visibility. */
#if defined(CLAS_BUILDING) && defined(__GNUC__)
#define CLAS_API __attribute__((visibility("default")))
#else
#define CLAS_API
#endif

/** @name Version of the headers
 * Compare with clas_version_string() and clas_version_number(), the version
 * of the library actually loaded.
 * @since 1.0 @{ */
#define CLAS_VERSION_MAJOR 1           /**< incremented on an incompatible change */
#define CLAS_VERSION_MINOR 0           /**< incremented when declarations are added */
#define CLAS_VERSION_PATCH 0           /**< incremented for fixes only */
#define CLAS_VERSION_STRING "1.0.0"    /**< "MAJOR.MINOR.PATCH" */
/** Encodes a version as one comparable number: major × 10000 + minor × 100 + patch. */
#define CLAS_VERSION_ENCODE(maj, min, pat) ((maj) * 10000 + (min) * 100 + (pat))
/** The headers' version, as CLAS_VERSION_ENCODE(). */
#define CLAS_VERSION_NUMBER CLAS_VERSION_ENCODE(CLAS_VERSION_MAJOR, CLAS_VERSION_MINOR, CLAS_VERSION_PATCH)
/** @} */

/**
 * Status codes. Every fallible call returns CLAS_OK (0) or one of these
 * negative codes, and records the code, a message and a place as the
 * calling thread's last error. Codes are stable: never renumbered, only
 * appended.
 * @since 1.0
 * @sa clas_strerror(), clas_status_name(), clas_error_last_code()
 */
typedef enum clas_status {
    CLAS_OK = 0,          /**< success */
    CLAS_EINVAL = -1,     /**< invalid argument (NULL, unknown enum value, bad text) */
    CLAS_ENOMEM = -2,     /**< out of memory */
    CLAS_ERANGE = -3,     /**< value out of its allowed range (negative or absurd amount) */
    CLAS_EOVERFLOW = -4,  /**< arithmetic would overflow int64_t */
    CLAS_ENOTFOUND = -5,  /**< no such object (collectif id, index, school year...) */
    CLAS_ENOBAREME = -6,  /**< no barème for the requested school year */
    CLAS_EEXISTS = -7,    /**< duplicate (collectif id, school year...) */
    CLAS_EPARSE = -8,     /**< malformed JSON (syntax, truncation, depth) */
    CLAS_ESCHEMA = -9,    /**< well-formed JSON that does not match the document's schema */
    CLAS_EUTF8 = -10,     /**< invalid UTF-8 text */
    CLAS_EIO = -11,       /**< file could not be read or written */
    CLAS_ERULES = -12,    /**< inconsistent rule data (barème or cadre) */
    CLAS_ESTATE = -13,    /**< operation not allowed in the object's current state */
    CLAS_ELIMIT = -14     /**< input beyond a documented limit (clas/limits.h); @since 1.0 */
} clas_status;

/**
 * Returns a short English description of a status code ("invalid
 * argument"...).
 * @param[in] status a clas_status value; any other value is allowed.
 * @return a static string, never NULL; "unknown status" for a value that is
 *         not a clas_status.
 * @since 1.0
 * @sa clas_status_name(), clas_error_last_message()
 */
CLAS_API const char *clas_strerror(int status);

/**
 * Returns the stable symbolic name of a status code ("CLAS_EINVAL"...).
 * @param[in] status a clas_status value; any other value is allowed.
 * @return a static string, never NULL; "CLAS_UNKNOWN" for a value that is
 *         not a clas_status.
 * @since 1.0
 * @sa clas_strerror(), clas_error_last_code()
 */
CLAS_API const char *clas_status_name(int status);

/**
 * Code of the last error raised on the calling thread.
 * Successful calls do not clear it; clas_error_clear() does.
 * @return the clas_status of the last failing call on this thread, CLAS_OK
 *         if none since the thread started or since clas_error_clear().
 * @since 1.0
 * @sa clas_error_last_message(), clas_error_last_location(), clas_error_clear()
 */
CLAS_API int clas_error_last_code(void);

/**
 * Message of the last error raised on the calling thread, in English
 * (at most 1023 bytes: a longer one is cut).
 * @return a thread-local string, never NULL; "" if none. Borrowed: its text
 *         is replaced by the next failing call or clas_error_clear() on
 *         this thread.
 * @since 1.0
 * @sa clas_error_last_code(), clas_error_last_location(), clas_strerror()
 */
CLAS_API const char *clas_error_last_message(void);

/**
 * Where the last error was found: "file:line:column: $.json.path" for
 * documents, "collectif C1: depenses" for objects (at most 511 bytes).
 * @return a thread-local string, never NULL; "" if unknown. Borrowed, with
 *         the same lifetime as clas_error_last_message().
 * @since 1.0
 * @sa clas_error_last_message(), clas_error_last_code()
 */
CLAS_API const char *clas_error_last_location(void);

/**
 * Languages of messages.
 * @since 1.0
 * @sa clas_constat_format_message(), clas_etape_format(), clas_cents_format_human(), clas_error_last_format()
 */
typedef enum clas_lang {
    CLAS_LANG_FR = 0,         /**< French */
    CLAS_LANG_EN = 1          /**< English */
} clas_lang;

/**
 * Types of the arguments of an error message.
 * @since 1.0
 * @sa clas_error_last_arg_type()
 */
typedef enum clas_error_arg_type {
    CLAS_ERROR_ARG_TEXT = 0,   /**< a text: a name, an identifier, a document's value */
    CLAS_ERROR_ARG_INTEGER,    /**< a count, a size, a year */
    CLAS_ERROR_ARG_CENTS       /**< an amount of money, in cents */
} clas_error_arg_type;

/**
 * Stable identifier of the message of the calling thread's last error,
 * e.g. "montant_negatif" or "valeur_hors_bornes": with its arguments, it
 * lets a program say the error in its own words and language. Every error
 * of the library has one; those that only a programming mistake causes
 * ("argument_nul", "options_inconnues") name the C function at fault.
 * The ids are listed in doc/errors.md; they are never renamed.
 * @return a static string, "" when there is no last error; never NULL.
 * @since 1.0
 * @sa clas_error_last_num_args(), clas_error_last_format(), clas_error_last_code()
 */
CLAS_API const char *clas_error_last_id(void);

/**
 * Number of arguments of the last error's message (at most 8).
 * @return the count; 0 when there is no last error.
 * @since 1.0
 * @sa clas_error_last_arg_name(), clas_error_last_id()
 */
CLAS_API size_t clas_error_last_num_args(void);

/**
 * Name of the i-th argument of the last error's message ("champ",
 * "montant", "annee_scolaire"...), as used in doc/errors.md.
 * @param[in] i index, 0 to clas_error_last_num_args() - 1.
 * @return a static string; NULL if @p i is out of range.
 * @since 1.0
 * @sa clas_error_last_arg_type(), clas_error_last_arg_text(), clas_error_last_arg_value()
 */
CLAS_API const char *clas_error_last_arg_name(size_t i);

/**
 * Type of the i-th argument of the last error's message.
 * @param[in] i index, 0 to clas_error_last_num_args() - 1.
 * @return its type; CLAS_ERROR_ARG_TEXT if @p i is out of range.
 * @since 1.0
 * @sa clas_error_last_arg_name()
 */
CLAS_API clas_error_arg_type clas_error_last_arg_type(size_t i);

/**
 * The i-th argument of the last error's message as text: the text itself,
 * an integer in decimal ("-5"), an amount as exact euros ("-0.05", as
 * clas_cents_format() writes it).
 * @param[in] i index, 0 to clas_error_last_num_args() - 1.
 * @return a thread-local string valid until the next failing call on this
 *         thread; "" if @p i is out of range. Never NULL.
 * @since 1.0
 * @sa clas_error_last_arg_value()
 */
CLAS_API const char *clas_error_last_arg_text(size_t i);

/**
 * The i-th argument of the last error's message as a number: the integer,
 * or the amount in cents.
 * @param[in] i index, 0 to clas_error_last_num_args() - 1.
 * @return the value; 0 for a text argument or if @p i is out of range.
 * @since 1.0
 * @sa clas_error_last_arg_text()
 */
CLAS_API int64_t clas_error_last_arg_value(size_t i);

/**
 * Writes the last error's message in French or English into @p buf,
 * amounts written for people ("-0,05 €" in French), without the location
 * (clas_error_last_location() gives it). snprintf-style: always
 * NUL-terminated when @p size > 0. The English text is the one
 * clas_error_last_message() returns, without its location prefix if any.
 * @param[out] buf destination, may be NULL when @p size is 0.
 * @param[in] size size of @p buf in bytes.
 * @param[in] lang CLAS_LANG_FR or CLAS_LANG_EN.
 * @return the length the full message needs, excluding the NUL ("" and 0
 *         when there is no last error); CLAS_EINVAL for a NULL @p buf with
 *         @p size > 0 or an unknown @p lang (the last error is kept).
 * @since 1.0
 * @sa clas_error_last_id(), clas_error_last_message(), clas_cents_format_human()
 */
CLAS_API int clas_error_last_format(char *buf, size_t size, clas_lang lang);

/**
 * Clears the calling thread's last error: code CLAS_OK, empty message and
 * location. Other threads' last errors are not touched.
 * @since 1.0
 * @sa clas_error_last_code(), clas_error_last_message(), clas_error_last_location()
 */
CLAS_API void clas_error_clear(void);

/**
 * Runtime version of the library, "MAJOR.MINOR.PATCH": the library
 * actually loaded, which may be newer than the headers a program was
 * built with (CLAS_VERSION_STRING).
 * @return a static string, never NULL.
 * @since 1.0
 * @sa clas_version_number()
 */
CLAS_API const char *clas_version_string(void);

/**
 * Runtime version as one number, CLAS_VERSION_ENCODE(major, minor, patch),
 * to compare with CLAS_VERSION_NUMBER.
 * @return the encoded version (10000 for 1.0.0).
 * @since 1.0
 * @sa clas_version_string()
 */
CLAS_API int clas_version_number(void);

/** Money is always int64_t cents of euro. @since 1.0 @sa clas_cents_format(), clas_cents_parse() */
typedef int64_t clas_cents;

/** Largest amount accepted anywhere: 1 billion euros, in cents. @since 1.0 */
#define CLAS_CENTS_MAX ((clas_cents)100000000000LL)

/**
 * School levels. CP to Terminale are the Clas public (R-PUBLIC); the
 * maternelle levels and "superieur" are representable so that a dossier
 * naming them can be checked rather than rejected.
 * @since 1.0
 * @sa clas_niveau_name(), clas_niveau_parse(), clas_collectif_add_niveau()
 */
typedef enum clas_niveau {
    CLAS_NIVEAU_PS = 0,       /**< maternelle, petite section (outside the public) */
    CLAS_NIVEAU_MS,           /**< maternelle, moyenne section (outside the public) */
    CLAS_NIVEAU_GS,           /**< maternelle, grande section (outside the public) */
    CLAS_NIVEAU_CP,           /**< école élémentaire: cours préparatoire */
    CLAS_NIVEAU_CE1,          /**< cours élémentaire 1 */
    CLAS_NIVEAU_CE2,          /**< cours élémentaire 2 */
    CLAS_NIVEAU_CM1,          /**< cours moyen 1 */
    CLAS_NIVEAU_CM2,          /**< cours moyen 2 */
    CLAS_NIVEAU_6E,           /**< collège: sixième */
    CLAS_NIVEAU_5E,           /**< cinquième */
    CLAS_NIVEAU_4E,           /**< quatrième */
    CLAS_NIVEAU_3E,           /**< troisième */
    CLAS_NIVEAU_2NDE,         /**< lycée: seconde */
    CLAS_NIVEAU_1RE,          /**< première */
    CLAS_NIVEAU_TERMINALE,    /**< terminale */
    CLAS_NIVEAU_SUPERIEUR,    /**< higher education (outside the public) */
    CLAS_NIVEAU_COUNT         /**< number of levels, not a level */
} clas_niveau;

/**
 * Stable identifier of a level, as in JSON documents.
 * @param[in] niveau a level.
 * @return a static string ("CP", "6e", "Terminale"...); NULL if
 *         @p niveau is out of range.
 * @since 1.0
 * @sa clas_niveau_parse()
 */
CLAS_API const char *clas_niveau_name(clas_niveau niveau);
/**
 * Parses a level identifier (as returned by clas_niveau_name(),
 * case-sensitive).
 * @param[out] out receives the level; written only on success.
 * @param[in] name the identifier, NUL-terminated.
 * @return CLAS_OK; CLAS_EINVAL if @p out or @p name is NULL or the level is
 *         unknown.
 * @since 1.0
 * @sa clas_niveau_name()
 */
CLAS_API int clas_niveau_parse(clas_niveau *out, const char *name);

/**
 * The four mandatory axes (R-AXES).
 * @since 1.0
 * @sa clas_axe_name(), clas_axe_parse(), clas_action_axe()
 */
typedef enum clas_axe {
    CLAS_AXE_ENFANTS = 0,     /**< actions with the children */
    CLAS_AXE_PARENTS,         /**< actions with and for the parents */
    CLAS_AXE_ECOLE,           /**< concertation with the school */
    CLAS_AXE_TERRITOIRE,      /**< coordination with the territory */
    CLAS_AXE_COUNT            /**< number of axes, not an axis */
} clas_axe;

/**
 * Stable name of an axis.
 * @param[in] axe an axis.
 * @return a static string: "enfants", "parents", "ecole" or "territoire";
 *         NULL if @p axe is out of range.
 * @since 1.0
 * @sa clas_axe_parse()
 */
CLAS_API const char *clas_axe_name(clas_axe axe);
/**
 * Parses an axis name (as returned by clas_axe_name()).
 * @param[out] out receives the axis; written only on success.
 * @param[in] name the name, NUL-terminated.
 * @return CLAS_OK; CLAS_EINVAL if @p out or @p name is NULL or the axis is
 *         unknown.
 * @since 1.0
 * @sa clas_axe_name()
 */
CLAS_API int clas_axe_parse(clas_axe *out, const char *name);

/**
 * The catalogue of actions per axis (domain.md §5), each axis with a
 * free-text "autre" entry.
 * @since 1.0
 * @sa clas_action_name(), clas_action_label(), clas_action_axe(), clas_action_parse(),
 *     clas_collectif_add_action()
 */
typedef enum clas_action {
    CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE = 0,  /**< appui et méthodologie au travail scolaire */
    CLAS_ACTION_ENFANTS_RESSOURCES_LOCALES,      /**< centres d'intérêt: ressources locales (bibliothèques...) */
    CLAS_ACTION_ENFANTS_VIE_COLLECTIVE,          /**< centres d'intérêt: vie collective */
    CLAS_ACTION_ENFANTS_ENTRAIDE,                /**< valoriser les compétences par l'entraide */
    CLAS_ACTION_ENFANTS_SUIVI_PRESENCES,         /**< suivi régulier des présences */
    CLAS_ACTION_ENFANTS_AUTRE,                   /**< another action with the children (text required) */
    CLAS_ACTION_PARENTS_INFORMATION_INSCRIPTION, /**< information on objectives and content at enrolment */
    CLAS_ACTION_PARENTS_CONVIVIALITE,            /**< temps de convivialité enfants/parents */
    CLAS_ACTION_PARENTS_CODES_ECOLE,             /**< help parents understand the school's codes */
    CLAS_ACTION_PARENTS_ORIENTATION_PARTENAIRES, /**< direct parents to other partners of the territory */
    CLAS_ACTION_PARENTS_ECHANGES_INFORMELS,      /**< regular informal exchanges with parents */
    CLAS_ACTION_PARENTS_AUTRE,                   /**< another action with the parents (text required) */
    CLAS_ACTION_ECOLE_DIAGNOSTIC_PARTAGE,        /**< diagnostic partagé des difficultés de l'enfant */
    CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE,      /**< continuité de l'acte éducatif */
    CLAS_ACTION_ECOLE_ECHANGES_ENSEIGNANTS,      /**< exchanges between intervenants, parents and teachers */
    CLAS_ACTION_ECOLE_AUTRE,                     /**< another action with the school (text required) */
    CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE, /**< resources of the near environment (premises, library...) */
    CLAS_ACTION_TERRITOIRE_REAAP,                /**< articulation avec le Reaap */
    CLAS_ACTION_TERRITOIRE_COHERENCE_PRE_PEDT_PEL, /**< cohérence avec le PRE, le PEDT, le PEL */
    CLAS_ACTION_TERRITOIRE_AUTRE,                /**< another action with the territory (text required) */
    CLAS_ACTION_COUNT                            /**< number of actions, not an action */
} clas_action;

/**
 * Stable identifier of an action, "axe.name".
 * @param[in] action an action.
 * @return a static string (e.g. "parents.convivialite"); NULL if @p action
 *         is out of range.
 * @since 1.0
 * @sa clas_action_parse(), clas_action_label(), clas_action_axe()
 */
CLAS_API const char *clas_action_name(clas_action action);
/**
 * French label of an action, as worded in the catalogue.
 * @param[in] action an action.
 * @return a static UTF-8 string; NULL if @p action is out of range.
 * @since 1.0
 * @sa clas_action_name(), clas_action_axe()
 */
CLAS_API const char *clas_action_label(clas_action action);
/**
 * Axis an action belongs to.
 * @param[in] action an action.
 * @return its axis; CLAS_AXE_COUNT if @p action is out of range.
 * @since 1.0
 * @sa clas_action_name(), clas_collectif_num_actions_axe()
 */
CLAS_API clas_axe clas_action_axe(clas_action action);
/**
 * Parses an action identifier (as returned by clas_action_name()).
 * @param[out] out receives the action; written only on success.
 * @param[in] name the identifier, NUL-terminated.
 * @return CLAS_OK; CLAS_EINVAL if @p out or @p name is NULL or the action
 *         is unknown.
 * @since 1.0
 * @sa clas_action_name()
 */
CLAS_API int clas_action_parse(clas_action *out, const char *name);

/**
 * Types of porteur (domain.md §6).
 * @since 1.0
 * @sa clas_porteur_type_name(), clas_porteur_type_parse(), clas_porteur_set_type()
 */
typedef enum clas_porteur_type {
    CLAS_PORTEUR_CENTRE_SOCIAL = 0,    /**< centre social */
    CLAS_PORTEUR_ASSOCIATION_LOCALE,   /**< local association */
    CLAS_PORTEUR_ASSOCIATION_RESEAU,   /**< association in a national network */
    CLAS_PORTEUR_SERVICE_MUNICIPAL,    /**< municipal or intercommunal service */
    CLAS_PORTEUR_CCAS,                 /**< centre communal d'action sociale */
    CLAS_PORTEUR_AUTRE,                /**< any other porteur (the default) */
    CLAS_PORTEUR_TYPE_COUNT            /**< number of types, not a type */
} clas_porteur_type;

/**
 * Stable name of a porteur type.
 * @param[in] type a porteur type.
 * @return a static string: "centre_social", "association_locale",
 *         "association_reseau", "service_municipal", "ccas" or "autre";
 *         NULL if @p type is out of range.
 * @since 1.0
 * @sa clas_porteur_type_parse()
 */
CLAS_API const char *clas_porteur_type_name(clas_porteur_type type);
/**
 * Parses a porteur type name (as returned by clas_porteur_type_name()).
 * @param[out] out receives the type; written only on success.
 * @param[in] name the name, NUL-terminated.
 * @return CLAS_OK; CLAS_EINVAL if @p out or @p name is NULL or the type is
 *         unknown.
 * @since 1.0
 * @sa clas_porteur_type_name()
 */
CLAS_API int clas_porteur_type_parse(clas_porteur_type *out, const char *name);

/**
 * The two committee bonuses (R-BONUS).
 * @since 1.0
 * @sa clas_bonus_name(), clas_bonus_parse(), clas_bareme_set_bonus(), clas_collectif_set_bonus_demande()
 */
typedef enum clas_bonus {
    CLAS_BONUS_ENFANTS = 0,   /**< bonus « enfants »: a project with the children beyond the base */
    CLAS_BONUS_PARENTS,       /**< bonus « parents »: a project with the parents beyond the base */
    CLAS_BONUS_COUNT          /**< number of bonuses, not a bonus */
} clas_bonus;

/**
 * Stable name of a bonus.
 * @param[in] bonus a bonus.
 * @return a static string, "enfants" or "parents"; NULL if @p bonus is out
 *         of range.
 * @since 1.0
 * @sa clas_bonus_parse()
 */
CLAS_API const char *clas_bonus_name(clas_bonus bonus);
/**
 * Parses a bonus name (as returned by clas_bonus_name()).
 * @param[out] out receives the bonus; written only on success.
 * @param[in] name the name, NUL-terminated.
 * @return CLAS_OK; CLAS_EINVAL if @p out or @p name is NULL or the bonus is
 *         unknown.
 * @since 1.0
 * @sa clas_bonus_name()
 */
CLAS_API int clas_bonus_parse(clas_bonus *out, const char *name);

/**
 * Severity of a constat; OFF disables a rule in a cadre.
 * @since 1.0
 * @sa clas_severity_name(), clas_severity_parse(), clas_cadre_set_severity(), clas_constat_get_severity()
 */
typedef enum clas_severity {
    CLAS_SEVERITY_INFO = 0,   /**< for information: no effect on the verdict */
    CLAS_SEVERITY_WARNING,    /**< to look at: no effect on the verdict */
    CLAS_SEVERITY_BLOCKING,   /**< makes the collectif (or dossier) ineligible */
    CLAS_SEVERITY_OFF         /**< in a cadre only: the rule is not checked */
} clas_severity;

/**
 * Stable name of a severity.
 * @param[in] severity a severity.
 * @return a static string: "info", "warning", "blocking" or "off"; NULL if
 *         @p severity is out of range.
 * @since 1.0
 * @sa clas_severity_parse()
 */
CLAS_API const char *clas_severity_name(clas_severity severity);
/**
 * Parses a severity name (as returned by clas_severity_name()).
 * @param[out] out receives the severity; written only on success.
 * @param[in] name the name, NUL-terminated.
 * @return CLAS_OK; CLAS_EINVAL if @p out or @p name is NULL or the severity
 *         is unknown.
 * @since 1.0
 * @sa clas_severity_name()
 */
CLAS_API int clas_severity_parse(clas_severity *out, const char *name);

/**
 * The rules of domain.md §3, plus the barème lookup.
 * @since 1.0
 * @sa clas_regle_id(), clas_regle_source(), clas_regle_parse(), clas_regle_default_severity(),
 *     clas_code_regle()
 */
typedef enum clas_regle {
    CLAS_REGLE_PUBLIC = 0,    /**< R-PUBLIC: pupils from CP to Terminale */
    CLAS_REGLE_HORS_TEMPS,    /**< R-HORS-TEMPS: out of school time */
    CLAS_REGLE_AXES,          /**< R-AXES: actions on each of the four axes */
    CLAS_REGLE_SOCLE_PARENTS, /**< R-SOCLE-PARENTS: the minimum of actions with the parents */
    CLAS_REGLE_GROUPE,        /**< R-GROUPE: group size */
    CLAS_REGLE_ENCADREMENT,   /**< R-ENCADREMENT: number of intervenants */
    CLAS_REGLE_DELAI,         /**< R-DELAI: dossier filed complete by the deadline */
    CLAS_REGLE_AIDE_DEVOIRS,  /**< R-AIDE-DEVOIRS: not homework help alone */
    CLAS_REGLE_BUDGET,        /**< R-BUDGET: consistency of the forecast budget */
    CLAS_REGLE_PS,            /**< R-PS: the prestation de service */
    CLAS_REGLE_BONUS,         /**< R-BONUS: the committee's bonuses */
    CLAS_REGLE_BAREME,        /**< R-BAREME: choice of the barème for the school year */
    CLAS_REGLE_AGREMENT,      /**< R-AGREMENT: the committee's decision */
    CLAS_REGLE_BILAN,         /**< R-BILAN: droit réel and régularisation after the bilan */
    CLAS_REGLE_FREQUENCE,     /**< R-FREQUENCE: sessions per week, minutes, weeks, on the forecast and the bilan (warning, thresholds [U]) */
    CLAS_REGLE_COMPOSITION,   /**< R-COMPOSITION: school cycles (primaire, collège, lycée) one collectif mixes; off nationally */
    CLAS_REGLE_BILAN_PRECEDENT, /**< R-BILAN-PRECEDENT: the previous school year's bilan was filed (warning, severity [U]) */
    CLAS_REGLE_COUNT          /**< number of rules, not a rule */
} clas_regle;

/**
 * Stable id of a rule.
 * @param[in] regle a rule.
 * @return a static string, e.g. "R-GROUPE"; NULL if @p regle is out of
 *         range.
 * @since 1.0
 * @sa clas_regle_parse(), clas_regle_source()
 */
CLAS_API const char *clas_regle_id(clas_regle regle);
/**
 * The text that states a rule: "title, section", e.g. "CNAF, page partenaires
 * « Contrat local d'accompagnement à la scolarité », « En quelques mots » :
 * « en petit groupe (8 à 12 enfants maximum) »". A cadre's source is cited
 * apart, for the values it sets (clas_etape_get_source_valeurs()).
 * @param[in] regle a rule.
 * @return a static UTF-8 string; NULL if @p regle is out of range.
 * @since 1.0
 * @sa clas_regle_source_url(), clas_code_source(), clas_regle_id()
 */
CLAS_API const char *clas_regle_source(clas_regle regle);
/**
 * Where the text of clas_regle_source() can be read.
 * @param[in] regle a rule.
 * @return a static URL; "" when the text is not online or @p regle is out
 *         of range.
 * @since 1.0
 * @sa clas_regle_source(), clas_code_source_url()
 */
CLAS_API const char *clas_regle_source_url(clas_regle regle);
/**
 * The national severity of a rule: what a cadre uses unless it sets its own.
 * @param[in] regle a rule.
 * @return the severity; CLAS_SEVERITY_OFF if @p regle is out of range.
 * @since 1.0
 * @sa clas_cadre_get_severity(), clas_regle_can_switch_off()
 */
CLAS_API clas_severity clas_regle_default_severity(clas_regle regle);
/**
 * Whether a cadre may set a rule to CLAS_SEVERITY_OFF (rules on amounts,
 * the barème, the committee's decision and the bilan cannot be silenced).
 * @param[in] regle a rule.
 * @return 1 if it may, 0 if not or if @p regle is out of range.
 * @since 1.0
 * @sa clas_cadre_set_severity(), clas_regle_default_severity()
 */
CLAS_API int clas_regle_can_switch_off(clas_regle regle);
/**
 * Parses a rule id (as returned by clas_regle_id()).
 * @param[out] out receives the rule; written only on success.
 * @param[in] id the id, NUL-terminated ("R-GROUPE").
 * @return CLAS_OK; CLAS_EINVAL if @p out or @p id is NULL or the rule is
 *         unknown.
 * @since 1.0
 * @sa clas_regle_id()
 */
CLAS_API int clas_regle_parse(clas_regle *out, const char *id);


/**
 * Rounding rules of a barème.
 * @since 1.0
 * @sa clas_rounding_name(), clas_rounding_parse(), clas_bareme_set_rounding()
 */
typedef enum clas_rounding {
    CLAS_ROUND_HALF_UP = 0,    /**< to the cent, half away from zero (default) */
    CLAS_ROUND_HALF_EVEN,      /**< to the cent, half to even */
    CLAS_ROUND_DOWN,           /**< to the cent, toward zero */
    CLAS_ROUND_UP,             /**< to the cent, away from zero */
    CLAS_ROUND_EURO_HALF_UP    /**< to the euro, half away from zero */
} clas_rounding;

/**
 * Stable name of a rounding rule.
 * @param[in] rounding a rounding rule.
 * @return a static string: "half_up", "half_even", "down", "up" or
 *         "euro_half_up"; NULL if @p rounding is out of range.
 * @since 1.0
 * @sa clas_rounding_parse()
 */
CLAS_API const char *clas_rounding_name(clas_rounding rounding);
/**
 * Parses a rounding name (as returned by clas_rounding_name()).
 * @param[out] out receives the rounding rule; written only on success.
 * @param[in] name the name, NUL-terminated.
 * @return CLAS_OK; CLAS_EINVAL if @p out or @p name is NULL or the rule is
 *         unknown.
 * @since 1.0
 * @sa clas_rounding_name()
 */
CLAS_API int clas_rounding_parse(clas_rounding *out, const char *name);

/**
 * Formats cents as an exact decimal string in euros, "2800.70" ("-12.05"
 * for negatives): the form JSON documents use.
 * @param[out] buf receives the NUL-terminated text; at least 24 bytes.
 * @param[in] size size of @p buf in bytes.
 * @param[in] cents the amount; any int64_t value.
 * @return CLAS_OK, or CLAS_EINVAL if @p buf is NULL or @p size < 24.
 * @since 1.0
 * @sa clas_cents_parse(), clas_cents_format_human()
 */
CLAS_API int clas_cents_format(char *buf, size_t size, clas_cents cents);

/**
 * Parses an exact decimal amount in euros ("2800.70", "12", "0.5"; at most
 * two decimals, optional leading '-', no sign '+', no spaces) into cents.
 * @param[out] out receives the amount in cents; written only on success.
 * @param[in] text the amount, NUL-terminated.
 * @return CLAS_OK; CLAS_EINVAL if @p out or @p text is NULL, for malformed
 *         text or more than two decimals; CLAS_ERANGE beyond
 *         ±CLAS_CENTS_MAX.
 * @since 1.0
 * @sa clas_cents_format()
 */
CLAS_API int clas_cents_parse(clas_cents *out, const char *text);

#ifdef __cplusplus
}
#endif
#endif
