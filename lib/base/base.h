/* SPDX-License-Identifier: Apache-2.0 */
/* Private header of lib/base, the pieces every other folder uses: error
 * reporting, text validation and copying, dates, checked arithmetic,
 * money rounding, growable arrays. Nothing here knows a domain object. */
#ifndef CLAS_LIB_BASE_H
#define CLAS_LIB_BASE_H

#include "clas.h"

#include <stdbool.h>

/* "2025-2026" */
#define CLAS_ANNEE_LEN 9
/* "YYYY-MM-DD" */
#define CLAS_DATE_LEN 10
/* "national" is the longest department code we store */
#define CLAS_DEPT_MAX 15

#if defined(__GNUC__)
#define CLAS_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define CLAS_PRINTF(f, a)
#endif

/* Amounts as text without reporting errors (money_text.c): "-12.05" into
 * a buffer of CLAS__CENTS_TEXT_MAX bytes; for people, "2 800,70 €" or
 * "€2,800.70", snprintf-style (returns the length needed). */
#define CLAS__CENTS_TEXT_MAX 24
uint64_t clas__cents_magnitude(int64_t v);
void clas__cents_text(char buf[CLAS__CENTS_TEXT_MAX], clas_cents cents);
size_t clas__cents_human(char *buf, size_t size, clas_cents cents, clas_lang lang);

/* Messages of errors a person can meet, each with a stable id and its
 * English and French texts (error_messages.c, doc/errors.md). Every error
 * of the library is one of these: there is no free-text error, so each one
 * can be said in French. */
typedef enum clas__msg {
    CLAS__MSG_MEMOIRE = 0,
    CLAS__MSG_MONTANT_NEGATIF,      /* {montant} */
    CLAS__MSG_MONTANT_DECIMALES,    /* {texte} */
    CLAS__MSG_MONTANT_TROP_GRAND,   /* {texte} */
    CLAS__MSG_MONTANT_INVALIDE,     /* {texte} */
    CLAS__MSG_MONTANT_NOMBRE,
    CLAS__MSG_VALEUR_HORS_BORNES,   /* {champ} {valeur} {min} {max} */
    CLAS__MSG_MONTANT_HORS_BORNES,  /* {champ} {montant} {min} {max} */
    CLAS__MSG_BAREME_ABSENT,        /* {annee_scolaire} */
    CLAS__MSG_ANNEE_INVALIDE,       /* {annee_scolaire} */
    CLAS__MSG_DEPARTEMENT_INVALIDE, /* {departement} */
    CLAS__MSG_NOM_INCONNU,          /* {quoi} {nom} */
    CLAS__MSG_MEMBRE_MANQUANT,      /* {membre} */
    CLAS__MSG_MEMBRE_INCONNU,       /* {membre} {permis} */
    CLAS__MSG_TEXTE_TROP_LONG,      /* {octets} {max} */
    CLAS__MSG_TEXTE_UTF8,
    CLAS__MSG_IDENTIFIANT_VIDE,
    CLAS__MSG_IDENTIFIANT_TROP_LONG, /* {octets} {max} */
    CLAS__MSG_IDENTIFIANT_CONTROLE,
    CLAS__MSG_COLLECTIF_EN_DOUBLE,  /* {id} */
    CLAS__MSG_DOSSIER_EN_DOUBLE,    /* {id} */
    CLAS__MSG_FICHIER_ILLISIBLE,    /* {detail} */
    /* calls a program gets wrong */
    CLAS__MSG_ARGUMENT_NUL,         /* {fonction} */
    CLAS__MSG_ARGUMENT_INVALIDE,    /* {fonction} */
    CLAS__MSG_OPTIONS_INCONNUES,    /* {fonction} {options} */
    CLAS__MSG_VALEUR_INCONNUE,      /* {quoi} {valeur} */
    CLAS__MSG_TAMPON_TROP_PETIT,    /* {octets} */
    CLAS__MSG_STRUCT_SIZE,          /* {fonction} */
    CLAS__MSG_COLONNE_REQUISE,      /* {fonction} {colonne} */
    CLAS__MSG_DECISION_CONTRADICTOIRE, /* {options} */
    /* arithmetic */
    CLAS__MSG_DEPASSEMENT,          /* {quoi} */
    CLAS__MSG_PRODUIT_DEPASSEMENT,  /* {a} {b} {c} */
    CLAS__MSG_FRACTION_INVALIDE,    /* {num} {den} */
    /* the model */
    CLAS__MSG_NIVEAUX_INCONNUS,     /* {masque} {max} */
    CLAS__MSG_ACTION_SANS_DESCRIPTION, /* {action} */
    CLAS__MSG_CADRE_AUTRE_ANNEE,    /* {annee_cadre} {annee_campagne} */
    CLAS__MSG_CADRE_AUTRE_DEPARTEMENT, /* {departement_cadre} {departement_campagne} */
    CLAS__MSG_DOSSIER_AUTRE_ANNEE,  /* {id} {annee_dossier} {annee_campagne} */
    CLAS__MSG_LIMITE_DOSSIERS,      /* {max} */
    CLAS__MSG_LIMITE_COLLECTIFS,    /* {max} */
    CLAS__MSG_DOSSIER_DEJA_EN_CAMPAGNE,
    CLAS__MSG_DATE_INVALIDE,        /* {date} {forme} */
    CLAS__MSG_COLLECTIF_INTROUVABLE, /* {id} */
    CLAS__MSG_COLLECTIF_HORS_DOSSIER, /* {id} {dossier} */
    CLAS__MSG_CODE_INCONNU,         /* {code} */
    /* rule data */
    CLAS__MSG_DEPARTEMENT_CADRE_INVALIDE, /* {departement} */
    CLAS__MSG_REGLE_NON_DESACTIVABLE, /* {regle} */
    CLAS__MSG_ENFANTS_MIN_MAX,      /* {min} {max} */
    CLAS__MSG_DATES_DANS_LE_DESORDRE, /* {nom} {date} {nom_avant} {date_avant} */
    CLAS__MSG_LIMITE_REFERENCES,    /* {max} */
    CLAS__MSG_CHAMPS_INVALIDES,     /* {champs} */
    CLAS__MSG_NOTE_REQUISE,
    CLAS__MSG_BAREME_EN_DOUBLE,     /* {annee_scolaire} */
    CLAS__MSG_CADRE_EN_DOUBLE,      /* {departement} {annee_scolaire} */
    CLAS__MSG_PS_MAX_TROP_HAUT,     /* {ps_max} {exact} {unite} */
    CLAS__MSG_SOURCE_SANS_TITRE,
    CLAS__MSG_SOURCE_MANQUANTE,
    CLAS__MSG_CHAMPS_VIDE,
    CLAS__MSG_CHAMP_INVALIDE,
    /* documents */
    CLAS__MSG_FICHIER_INACCESSIBLE, /* {detail} */
    CLAS__MSG_DOCUMENT_TROP_GRAND,  /* {octets} {max} */
    CLAS__MSG_DOCUMENT_VIDE,
    CLAS__MSG_DOCUMENT_NON_OBJET,
    CLAS__MSG_OCTET_NUL,            /* {position} */
    CLAS__MSG_UTF8_POSITION,        /* {octet} {position} */
    CLAS__MSG_PROFONDEUR,           /* {max} */
    CLAS__MSG_JSON_SYNTAXE,         /* {detail} */
    CLAS__MSG_JSON_ATTENDU,         /* {attendu} {apres} */
    CLAS__MSG_JSON_FIN_ATTENDUE,
    CLAS__MSG_MEMBRE_EN_DOUBLE,     /* {membre} */
    CLAS__MSG_NOMBRE_TROP_GRAND,    /* {nombre} */
    CLAS__MSG_TEXTE_NUL,
    CLAS__MSG_FORMAT_MANQUANT,      /* {attendu} */
    CLAS__MSG_FORMAT_INATTENDU,     /* {format} {attendu} */
    CLAS__MSG_TYPE_INATTENDU,       /* {attendu} {trouve} */
    CLAS__MSG_TAUX_NOMBRE,
    CLAS__MSG_TAUX_NEGATIF,         /* {texte} */
    CLAS__MSG_TAUX_HORS_BORNES,     /* {texte} */
    CLAS__MSG_TAUX_DECIMALES,       /* {texte} */
    CLAS__MSG_TAUX_INVALIDE,        /* {texte} */
    CLAS__MSG_TAUX_AU_DESSUS_DE_UN, /* {texte} */
    CLAS__MSG_NOM_NON_PERMIS,       /* {quoi} {nom} {permis} */
    CLAS__MSG_LECTURE_TROP_LONGUE,  /* {max} */
    CLAS__MSG_JSON_NOM_ATTENDU,
    CLAS__MSG_BAREME_REPETE,        /* {annee_scolaire} {indice} */
    CLAS__MSG_CADRE_REPETE,         /* {departement} {annee_scolaire} {indice} */
    CLAS__MSG_BAREME_DEJA_DEFINI,   /* {annee_scolaire} */
    CLAS__MSG_CADRE_DEJA_DEFINI,    /* {departement} {annee_scolaire} */
    CLAS__MSG_DEUX_ORTHOGRAPHES,    /* {membre} {ancien} */
    CLAS__MSG_ACTION_HORS_PARENTS,  /* {action} */
    CLAS__MSG_CONSEQUENCE_SANS_TITRE,
    CLAS__MSG_CONSEQUENCE_SANS_TEXTE,
    CLAS__MSG_CONSEQUENCE_SANS_SOURCE,
    CLAS__MSG_COUNT
} clas__msg;

/* One argument of an error message; @p name is static, @p text is copied.
 * A word (CLAS__WORD) has a French text too, used by the French rendering;
 * programs read its English @p text. */
typedef struct clas__arg {
    const char *name;
    clas_error_arg_type type;
    int64_t value;
    const char *text;
    const char *fr;
} clas__arg;

#define CLAS__TEXT(n, s) {(n), CLAS_ERROR_ARG_TEXT, 0, (s), NULL}
#define CLAS__WORD(n, en, fr) {(n), CLAS_ERROR_ARG_TEXT, 0, (en), (fr)}
#define CLAS__INT(n, v) {(n), CLAS_ERROR_ARG_INTEGER, (int64_t)(v), NULL, NULL}
#define CLAS__CENTS(n, v) {(n), CLAS_ERROR_ARG_CENTS, (int64_t)(v), NULL, NULL}

/* Records the calling thread's last error with a message of the catalogue
 * and returns @p code, so that callers can write
 * `return clas__failm(CLAS_ERANGE, "collectif C1: nb_enfants", CLAS__MSG_..., args...)`.
 * Its English text (rendered, after @p prefix when not NULL) becomes
 * clas_error_last_message(); @p location may be NULL. (error.c) */
int clas__fail_msg(int code, const char *location, const char *prefix, clas__msg msg, const clas__arg *args,
                   size_t num_args);
/* clas__fail_msg with the arguments written inline:
 * clas__failm(CLAS_ERANGE, where, CLAS__MSG_MONTANT_NEGATIF, CLAS__CENTS("montant", c)). */
#define clas__failm(code, location, msg, ...) \
    clas__fail_msg((code), (location), NULL, (msg), (const clas__arg[]){__VA_ARGS__}, \
                   sizeof((const clas__arg[]){__VA_ARGS__}) / sizeof(clas__arg))
/* A message without arguments. */
#define clas__fail0(code, location, msg) clas__fail_msg((code), (location), NULL, (msg), NULL, 0)
/* The common ones: out of memory; a NULL argument or unknown flags given
 * to the calling function, named by its C name. */
#define clas__fail_nomem(location) clas__fail0(CLAS_ENOMEM, (location), CLAS__MSG_MEMOIRE)
#define clas__fail_null(location) \
    clas__failm(CLAS_EINVAL, (location), CLAS__MSG_ARGUMENT_NUL, CLAS__TEXT("fonction", __func__))
#define clas__fail_flags(location, flags) clas__fail_options(CLAS_EINVAL, (location), __func__, (unsigned)(flags))
int clas__fail_options(int code, const char *location, const char *function, unsigned flags);
/* Re-raises the last error under a new code and location, @p prefix (may
 * be NULL) before its English message; its id and arguments are kept.
 * Returns @p code. (error.c) */
int clas__fail_relocate(int code, const char *location, const char *prefix);
/* Keeps the calling thread's last error aside while other work may raise
 * and clear errors, then makes it the last error again and returns its
 * code. One error at a time per thread. (error.c) */
void clas__error_stash(void);
int clas__error_unstash(void);

/* The catalogue row of a message: stable id, English and French templates
 * where "{name}" stands for an argument. (error_messages.c) */
typedef struct clas__msg_def {
    const char *id, *en, *fr;
} clas__msg_def;
const clas__msg_def *clas__msg_get(clas__msg msg);

/* 1 if the @p len bytes at @p s are valid UTF-8 (no overlongs, no
 * surrogates, nothing above U+10FFFF). (text.c) */
bool clas__utf8_valid(const char *s, size_t len);

/* Replaces *dst by a copy of src (NULL or "" stores NULL), after checking
 * UTF-8 and the length limit. On error *dst is unchanged. (text.c) */
int clas__text_set(char **dst, const char *src, size_t max_len, const char *what);

/* clas__text_set without recording an error, for callers whose location
 * costs something to build: on a status other than CLAS_OK, call
 * clas__text_set with the location to report it. */
int clas__text_try_set(char **dst, const char *src, size_t max_len);

/* Copies an identifier (1..CLAS_ID_MAX bytes, UTF-8, no control chars)
 * into a fixed buffer of CLAS_ID_MAX + 1. (text.c) */
int clas__id_set(char *dst, const char *src, const char *what);

/* NULL reads as "". */
static inline const char *clas__str(const char *s) { return s ? s : ""; }

/* "YYYY-MM-DD" that exists in the calendar; with @p allow_month also
 * "YYYY-MM". (text.c) */
bool clas__date_valid(const char *s, bool allow_month);

/* A validated date as a number for traces and constats: "2025-08-18" →
 * 20250818, "2025-09" → 20250900; 0 for "". (text.c) */
int64_t clas__date_number(const char *date);

/* "2025-2026": second year = first + 1. (text.c) */
bool clas__annee_valid(const char *s);

/* Department code: 2 or 3 characters of [0-9AB] ("51", "2A", "971"). (text.c) */
bool clas__departement_valid(const char *s);

/* The axis of each action (names.c), read inline by the rules: the
 * public clas_action_axe() is a call through the PLT from inside the
 * library. @p action must be in range. */
extern const clas_axe clas__action_axes[CLAS_ACTION_COUNT];
static inline clas_axe clas__action_axe(clas_action action) { return clas__action_axes[action]; }

/* Bits set in @p x, without the libgcc call __builtin_popcount makes on
 * baseline x86-64. */
static inline int clas__popcount32(uint32_t x)
{
    x -= (x >> 1) & 0x55555555u;
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    return (int)((((x + (x >> 4)) & 0x0f0f0f0fu) * 0x01010101u) >> 24);
}

/* Checked int64 arithmetic: false on overflow. */
static inline bool clas__add(int64_t *out, int64_t a, int64_t b) { return !__builtin_add_overflow(a, b, out); }
static inline bool clas__mul(int64_t *out, int64_t a, int64_t b) { return !__builtin_mul_overflow(a, b, out); }

/* a × num / den rounded by @p rounding (to the cent, or to the euro for
 * CLAS_ROUND_EURO_HALF_UP, where the result stays in cents). a ≥ 0,
 * 0 ≤ num, den > 0. Returns CLAS_OK or CLAS_EOVERFLOW. (money.c) */
int clas__apply_rate(clas_cents *out, clas_cents a, int64_t num, int64_t den, clas_rounding rounding);

/* clas__apply_rate() for a rate in millionths (CLAS_TAUX_UN), with the
 * common case inline: half up on an amount and a rate in range, where the
 * product cannot overflow (1e11 × 1e6 < 2^63). Same results, same errors. */
static inline int clas__apply_taux(clas_cents *out, clas_cents a, int64_t taux, clas_rounding rounding)
{
    if (rounding == CLAS_ROUND_HALF_UP && a >= 0 && a <= CLAS_CENTS_MAX && taux >= 0 && taux <= CLAS_TAUX_UN) {
        *out = (a * taux + CLAS_TAUX_UN / 2) / CLAS_TAUX_UN;
        return CLAS_OK;
    }
    return clas__apply_rate(out, a, taux, CLAS_TAUX_UN, rounding);
}

/* Growable array helper: ensures room for one more element. (array.c) */
int clas__grow(void **items, size_t *cap, size_t count, size_t elem_size);

/* An index of the ids of an array of objects, for duplicate checks and
 * look-ups in O(1) (id_index.c). @p id_of gives the id of item i ("" for
 * an unnamed item, which the index skips). */
typedef struct clas_id_index {
    size_t *slots;                          /* position + 1, 0 = empty */
    size_t cap, used;
} clas_id_index;
typedef const char *(*clas_id_of)(const void *items, size_t i);
void clas__id_index_free(clas_id_index *ix);
/* Indexes items 0..count-1 anew with room for @p extra more; on failure
 * (CLAS_ENOMEM) the index is unchanged. */
int clas__id_index_rebuild(clas_id_index *ix, const void *items, size_t count, clas_id_of id_of, size_t extra);
/* Makes room for one more id (rebuilding when half full). */
int clas__id_index_reserve(clas_id_index *ix, const void *items, size_t count, clas_id_of id_of);
/* Position of the item with @p id, or SIZE_MAX. */
size_t clas__id_index_find(const clas_id_index *ix, const void *items, clas_id_of id_of, const char *id);
/* Records that item @p i has @p id (after clas__id_index_reserve()). */
void clas__id_index_put(clas_id_index *ix, const char *id, size_t i);

#endif
