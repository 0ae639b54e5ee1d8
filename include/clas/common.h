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
 * @since 1.0 @{ */
#define CLAS_VERSION_MAJOR 1
#define CLAS_VERSION_MINOR 0
#define CLAS_VERSION_PATCH 0
#define CLAS_VERSION_STRING "1.0.0"
/** Encodes a version as one comparable number. */
#define CLAS_VERSION_ENCODE(maj, min, pat) ((maj) * 10000 + (min) * 100 + (pat))
#define CLAS_VERSION_NUMBER CLAS_VERSION_ENCODE(CLAS_VERSION_MAJOR, CLAS_VERSION_MINOR, CLAS_VERSION_PATCH)
/** @} */

/**
 * Status codes. Every fallible call returns CLAS_OK (0) or one of these
 * negative codes. Codes are stable: never renumbered, only appended.
 * @since 1.0
 */
typedef enum clas_status {
    CLAS_OK = 0,
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
    CLAS_ESTATE = -13     /**< operation not allowed in the object's current state */
} clas_status;

/**
 * Returns a short English description of a status code.
 * @param status a clas_status value (unknown values give "unknown status").
 * @return a static string; never NULL.
 * @since 1.0
 */
CLAS_API const char *clas_strerror(int status);

/**
 * Returns the stable symbolic name of a status code ("CLAS_EINVAL"...).
 * @return a static string; never NULL.
 * @since 1.0
 */
CLAS_API const char *clas_status_name(int status);

/**
 * Code of the last error raised on the calling thread, CLAS_OK if none.
 * Successful calls do not clear it.
 * @since 1.0
 */
CLAS_API int clas_error_last_code(void);

/**
 * Message of the last error raised on the calling thread.
 * @return a thread-local string valid until the next failing call on this
 *         thread; "" if none. Never NULL.
 * @since 1.0
 */
CLAS_API const char *clas_error_last_message(void);

/**
 * Where the last error was found: "file:line:column: $.json.path" for
 * documents, "collectif C1: depenses" for objects; "" if unknown.
 * @return a thread-local string, same lifetime as clas_error_last_message().
 * @since 1.0
 */
CLAS_API const char *clas_error_last_location(void);

/** Languages of messages. @since 1.0 */
typedef enum clas_lang { CLAS_LANG_FR = 0, CLAS_LANG_EN = 1 } clas_lang;

/**
 * Types of the arguments of an error message.
 * @since 1.0
 */
typedef enum clas_error_arg_type {
    CLAS_ERROR_ARG_TEXT = 0,   /**< a text: a name, an identifier, a document's value */
    CLAS_ERROR_ARG_INTEGER,    /**< a count, a size, a year */
    CLAS_ERROR_ARG_CENTS       /**< an amount of money, in cents */
} clas_error_arg_type;

/**
 * Stable identifier of the message of the calling thread's last error,
 * e.g. "montant_negatif" or "valeur_hors_bornes": with its arguments, it
 * lets a program say the error in its own words and language. Errors that
 * only a programming mistake causes (a NULL argument, unknown flags) carry
 * the generic id "erreur", with the English text as argument "detail".
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
 * @param i index, 0 to clas_error_last_num_args() - 1.
 * @return a static string; NULL if @p i is out of range.
 * @since 1.0
 * @sa clas_error_last_arg_type(), clas_error_last_arg_text(), clas_error_last_arg_value()
 */
CLAS_API const char *clas_error_last_arg_name(size_t i);

/**
 * Type of the i-th argument of the last error's message.
 * @param i index, 0 to clas_error_last_num_args() - 1.
 * @return its type; CLAS_ERROR_ARG_TEXT if @p i is out of range.
 * @since 1.0
 * @sa clas_error_last_arg_name()
 */
CLAS_API clas_error_arg_type clas_error_last_arg_type(size_t i);

/**
 * The i-th argument of the last error's message as text: the text itself,
 * an integer in decimal ("-5"), an amount as exact euros ("-0.05", as
 * clas_cents_format() writes it).
 * @param i index, 0 to clas_error_last_num_args() - 1.
 * @return a thread-local string valid until the next failing call on this
 *         thread; "" if @p i is out of range. Never NULL.
 * @since 1.0
 * @sa clas_error_last_arg_value()
 */
CLAS_API const char *clas_error_last_arg_text(size_t i);

/**
 * The i-th argument of the last error's message as a number: the integer,
 * or the amount in cents.
 * @param i index, 0 to clas_error_last_num_args() - 1.
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
 * @param buf destination, may be NULL when @p size is 0.
 * @param size size of @p buf in bytes.
 * @param lang CLAS_LANG_FR or CLAS_LANG_EN.
 * @return the length the full message needs, excluding the NUL ("" and 0
 *         when there is no last error); CLAS_EINVAL for a NULL @p buf with
 *         @p size > 0 or an unknown @p lang (the last error is kept).
 * @since 1.0
 * @sa clas_error_last_id(), clas_error_last_message(), clas_cents_format_human()
 */
CLAS_API int clas_error_last_format(char *buf, size_t size, clas_lang lang);

/**
 * Clears the calling thread's last error.
 * @since 1.0
 */
CLAS_API void clas_error_clear(void);

/**
 * Runtime version of the library, "MAJOR.MINOR.PATCH".
 * @return a static string. @since 1.0
 */
CLAS_API const char *clas_version_string(void);

/**
 * Runtime version as CLAS_VERSION_ENCODE(major, minor, patch).
 * @since 1.0
 */
CLAS_API int clas_version_number(void);

/** Money is always int64_t cents of euro. @since 1.0 */
typedef int64_t clas_cents;

/** Largest amount accepted anywhere: 1 billion euros, in cents. @since 1.0 */
#define CLAS_CENTS_MAX ((clas_cents)100000000000LL)

/**
 * School levels. CP to Terminale are the Clas public (R-PUBLIC); the
 * maternelle levels and "superieur" are representable so that a dossier
 * naming them can be checked rather than rejected.
 * @since 1.0
 */
typedef enum clas_niveau {
    CLAS_NIVEAU_PS = 0, CLAS_NIVEAU_MS, CLAS_NIVEAU_GS,
    CLAS_NIVEAU_CP, CLAS_NIVEAU_CE1, CLAS_NIVEAU_CE2, CLAS_NIVEAU_CM1, CLAS_NIVEAU_CM2,
    CLAS_NIVEAU_6E, CLAS_NIVEAU_5E, CLAS_NIVEAU_4E, CLAS_NIVEAU_3E,
    CLAS_NIVEAU_2NDE, CLAS_NIVEAU_1RE, CLAS_NIVEAU_TERMINALE,
    CLAS_NIVEAU_SUPERIEUR,
    CLAS_NIVEAU_COUNT
} clas_niveau;

/** Stable identifier of a level ("CP", "6e", "Terminale"...); NULL if out of range. @since 1.0 */
CLAS_API const char *clas_niveau_name(clas_niveau niveau);
/**
 * Parses a level identifier (as returned by clas_niveau_name, case-sensitive).
 * @return CLAS_OK, or CLAS_EINVAL for an unknown level. @since 1.0
 */
CLAS_API int clas_niveau_parse(clas_niveau *out, const char *name);

/** The four mandatory axes (R-AXES). @since 1.0 */
typedef enum clas_axe {
    CLAS_AXE_ENFANTS = 0, CLAS_AXE_PARENTS, CLAS_AXE_ECOLE, CLAS_AXE_TERRITOIRE,
    CLAS_AXE_COUNT
} clas_axe;

/** "enfants", "parents", "ecole", "territoire"; NULL if out of range. @since 1.0 */
CLAS_API const char *clas_axe_name(clas_axe axe);
/** Parses an axis name. @return CLAS_OK or CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_axe_parse(clas_axe *out, const char *name);

/**
 * The catalogue of actions per axis (domain.md §5), each axis with a
 * free-text "autre" entry.
 * @since 1.0
 */
typedef enum clas_action {
    CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE = 0,
    CLAS_ACTION_ENFANTS_RESSOURCES_LOCALES,
    CLAS_ACTION_ENFANTS_VIE_COLLECTIVE,
    CLAS_ACTION_ENFANTS_ENTRAIDE,
    CLAS_ACTION_ENFANTS_SUIVI_PRESENCES,
    CLAS_ACTION_ENFANTS_AUTRE,
    CLAS_ACTION_PARENTS_INFORMATION_INSCRIPTION,
    CLAS_ACTION_PARENTS_CONVIVIALITE,
    CLAS_ACTION_PARENTS_CODES_ECOLE,
    CLAS_ACTION_PARENTS_ORIENTATION_PARTENAIRES,
    CLAS_ACTION_PARENTS_ECHANGES_INFORMELS,
    CLAS_ACTION_PARENTS_AUTRE,
    CLAS_ACTION_ECOLE_DIAGNOSTIC_PARTAGE,
    CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE,
    CLAS_ACTION_ECOLE_ECHANGES_ENSEIGNANTS,
    CLAS_ACTION_ECOLE_AUTRE,
    CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE,
    CLAS_ACTION_TERRITOIRE_REAAP,
    CLAS_ACTION_TERRITOIRE_COHERENCE_PRE_PEDT_PEL,
    CLAS_ACTION_TERRITOIRE_AUTRE,
    CLAS_ACTION_COUNT
} clas_action;

/** Stable identifier of an action, "axe.name" (e.g. "parents.convivialite"); NULL if out of range. @since 1.0 */
CLAS_API const char *clas_action_name(clas_action action);
/** French label of an action from the catalogue; NULL if out of range. @since 1.0 */
CLAS_API const char *clas_action_label(clas_action action);
/** Axis an action belongs to; CLAS_AXE_COUNT if out of range. @since 1.0 */
CLAS_API clas_axe clas_action_axe(clas_action action);
/** Parses an action identifier. @return CLAS_OK or CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_action_parse(clas_action *out, const char *name);

/** Types of porteur (domain.md §6). @since 1.0 */
typedef enum clas_porteur_type {
    CLAS_PORTEUR_CENTRE_SOCIAL = 0,
    CLAS_PORTEUR_ASSOCIATION_LOCALE,
    CLAS_PORTEUR_ASSOCIATION_RESEAU,   /**< association in a national network */
    CLAS_PORTEUR_SERVICE_MUNICIPAL,    /**< municipal or intercommunal service */
    CLAS_PORTEUR_CCAS,
    CLAS_PORTEUR_AUTRE,
    CLAS_PORTEUR_TYPE_COUNT
} clas_porteur_type;

/** "centre_social", "association_locale", "association_reseau", "service_municipal", "ccas", "autre". @since 1.0 */
CLAS_API const char *clas_porteur_type_name(clas_porteur_type type);
/** Parses a porteur type. @return CLAS_OK or CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_porteur_type_parse(clas_porteur_type *out, const char *name);

/** The two committee bonuses (R-BONUS). @since 1.0 */
typedef enum clas_bonus {
    CLAS_BONUS_ENFANTS = 0, CLAS_BONUS_PARENTS, CLAS_BONUS_COUNT
} clas_bonus;

/** "enfants" or "parents"; NULL if out of range. @since 1.0 */
CLAS_API const char *clas_bonus_name(clas_bonus bonus);
/** Parses a bonus name. @return CLAS_OK or CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_bonus_parse(clas_bonus *out, const char *name);

/** Severity of a constat; OFF disables a rule in a cadre. @since 1.0 */
typedef enum clas_severity {
    CLAS_SEVERITY_INFO = 0, CLAS_SEVERITY_WARNING, CLAS_SEVERITY_BLOCKING, CLAS_SEVERITY_OFF
} clas_severity;

/** "info", "warning", "blocking", "off". @since 1.0 */
CLAS_API const char *clas_severity_name(clas_severity severity);
/** Parses a severity. @return CLAS_OK or CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_severity_parse(clas_severity *out, const char *name);

/** The rules of domain.md §3, plus the barème lookup. @since 1.0 */
typedef enum clas_regle {
    CLAS_REGLE_PUBLIC = 0,
    CLAS_REGLE_HORS_TEMPS,
    CLAS_REGLE_AXES,
    CLAS_REGLE_SOCLE_PARENTS,
    CLAS_REGLE_GROUPE,
    CLAS_REGLE_ENCADREMENT,
    CLAS_REGLE_DELAI,
    CLAS_REGLE_AIDE_DEVOIRS,
    CLAS_REGLE_BUDGET,
    CLAS_REGLE_PS,
    CLAS_REGLE_BONUS,
    CLAS_REGLE_BAREME,      /**< choice of the barème for the school year */
    CLAS_REGLE_AGREMENT,    /**< the committee's decision */
    CLAS_REGLE_BILAN,       /**< droit réel and régularisation after the bilan */
    CLAS_REGLE_COUNT
} clas_regle;

/** Stable rule id, e.g. "R-GROUPE"; NULL if out of range. @since 1.0 */
CLAS_API const char *clas_regle_id(clas_regle regle);
/**
 * The text that states a rule: "title, section", e.g. "CNAF, page partenaires
 * « Contrat local d'accompagnement à la scolarité », « En quelques mots » :
 * « en petit groupe (8 à 12 enfants maximum) »". A cadre's source is cited
 * apart, for the values it sets (clas_etape_get_source_valeurs()).
 * @param regle the rule.
 * @return a static string; NULL if @p regle is out of range.
 * @sa clas_regle_source_url(), clas_code_source()
 * @since 1.0
 */
CLAS_API const char *clas_regle_source(clas_regle regle);
/**
 * Where the text of clas_regle_source() can be read.
 * @param regle the rule.
 * @return a static URL, "" when the text is not online or @p regle is out of range.
 * @sa clas_regle_source()
 * @since 1.0
 */
CLAS_API const char *clas_regle_source_url(clas_regle regle);
/**
 * The national severity of a rule: what a cadre uses unless it sets its own.
 * @param regle the rule.
 * @return the severity; CLAS_SEVERITY_OFF if @p regle is out of range.
 * @sa clas_cadre_get_severity(), clas_regle_can_switch_off()
 * @since 1.0
 */
CLAS_API clas_severity clas_regle_default_severity(clas_regle regle);
/**
 * Whether a cadre may set a rule to CLAS_SEVERITY_OFF (rules on amounts,
 * the barème, the committee's decision and the bilan cannot be silenced).
 * @param regle the rule.
 * @return 1 if it may, 0 if not or if @p regle is out of range.
 * @sa clas_cadre_set_severity(), clas_regle_default_severity()
 * @since 1.0
 */
CLAS_API int clas_regle_can_switch_off(clas_regle regle);
/** Parses a rule id ("R-GROUPE"). @return CLAS_OK or CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_regle_parse(clas_regle *out, const char *id);


/** Rounding rules of a barème. @since 1.0 */
typedef enum clas_rounding {
    CLAS_ROUND_HALF_UP = 0,    /**< to the cent, half away from zero (default) */
    CLAS_ROUND_HALF_EVEN,      /**< to the cent, half to even */
    CLAS_ROUND_DOWN,           /**< to the cent, toward zero */
    CLAS_ROUND_UP,             /**< to the cent, away from zero */
    CLAS_ROUND_EURO_HALF_UP    /**< to the euro, half away from zero */
} clas_rounding;

/** "half_up", "half_even", "down", "up", "euro_half_up". @since 1.0 */
CLAS_API const char *clas_rounding_name(clas_rounding rounding);
/** Parses a rounding name. @return CLAS_OK or CLAS_EINVAL. @since 1.0 */
CLAS_API int clas_rounding_parse(clas_rounding *out, const char *name);

/**
 * Formats cents as an exact decimal string in euros, "2800.70" ("-12.05"
 * for negatives). @p buf must hold at least 24 bytes.
 * @return CLAS_OK, or CLAS_EINVAL if @p buf is NULL or @p size < 24.
 * @since 1.0
 */
CLAS_API int clas_cents_format(char *buf, size_t size, clas_cents cents);

/**
 * Parses an exact decimal amount in euros ("2800.70", "12", "0.5"; at most
 * two decimals, optional leading '-') into cents.
 * @return CLAS_OK; CLAS_EINVAL for malformed text or more than two
 *         decimals; CLAS_ERANGE beyond ±CLAS_CENTS_MAX.
 * @since 1.0
 */
CLAS_API int clas_cents_parse(clas_cents *out, const char *text);

#ifdef __cplusplus
}
#endif
#endif
