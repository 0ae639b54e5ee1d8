/* SPDX-License-Identifier: Apache-2.0 */
/* Private helpers of the JSON layer: a parsing context that knows the JSON
 * path being read and can turn it into "origin:line:column: $.path", typed
 * readers that give the C API's validation and clear messages, and small
 * writer helpers. Private header of lib/json. */
#ifndef CLAS_LIB_JSON_H
#define CLAS_LIB_JSON_H

#include "clas.h"
#include "model/model.h"
#include "regles/regles.h"

#include <jansson.h>
#include <stdbool.h>

/* Deepest nesting of objects and arrays a document may have. */
#define CLAS_JSON_MAX_DEPTH CLAS_LIMIT_DEPTH
/* Path segments kept by a context (the document depth plus room). */
#define CLAS_JSON_MAX_PATH (CLAS_JSON_MAX_DEPTH + 8)

typedef struct clas_json_seg {
    const char *key;   /* member name, or NULL for an array index */
    size_t index;
} clas_json_seg;

/* State of one parse: the original text (to locate values), its origin,
 * the path of the value being read, and a prefix for messages (e.g.
 * "barème 2025-2026: ") so rule-data errors name their entry. */
typedef struct clas_json_ctx {
    const char *text;
    size_t len;
    const char *origin;
    clas_json_seg path[CLAS_JSON_MAX_PATH];
    size_t depth;
    char prefix[96];
} clas_json_ctx;

/* Prepares a context; origin NULL reads "<string>". A UTF-8 byte order
 * mark at the start is skipped (editors on Windows write one). */
void clas__json_ctx_init(clas_json_ctx *ctx, const char *text, size_t len, const char *origin);
/* Path handling. Pushing beyond CLAS_JSON_MAX_PATH is ignored (the text's
 * depth was checked before parsing, so it does not happen). */
void clas__json_push_key(clas_json_ctx *ctx, const char *key);
void clas__json_push_index(clas_json_ctx *ctx, size_t index);
void clas__json_pop(clas_json_ctx *ctx);

/* The checks clas__json_load makes before jansson: empty input, UTF-8,
 * depth. Errors: CLAS_EPARSE, CLAS_EUTF8. */
int clas__json_precheck(clas_json_ctx *ctx);
/* Checks and parses the text (empty input, UTF-8, depth, syntax), giving
 * the root object. Errors: CLAS_EPARSE, CLAS_EUTF8, CLAS_ESCHEMA (not an
 * object or duplicate member), CLAS_ENOMEM. */
int clas__json_load(json_t **root, clas_json_ctx *ctx);

/* Documents read member by member (read.c): @p names are the members a
 * document may have, @p big the index of the one array read element by
 * element. */
typedef struct clas_json_split {
    const char *const *names;
    size_t count;                           /* at most 16 */
    size_t big;
} clas_json_split;
/* Scans the top-level object: CLAS_OK with *shell, an object of every
 * member but the big array (there an empty array; unknown members are kept
 * for the converter to name) and *big_at the offset of the array (SIZE_MAX
 * when absent). A syntax error is recorded and returned (the first in the
 * text, as a whole parse reports it), with nothing built. 1 when the text
 * is neither an object nor an array: the caller parses it whole. The text
 * passed clas__json_precheck. */
int clas__json_split_scan(json_t **shell, size_t *big_at, clas_json_ctx *ctx, const clas_json_split *spec);
/* Parses each element of the array at @p big_at alone and hands it to
 * @p each with the path $.name[k] pushed, while @p status (the caller's
 * conversion of the shell) is CLAS_OK; after an error only the syntax of
 * the rest is checked: a syntax error anywhere is reported first, as a
 * whole parse would. Returns the error, or @p status. */
typedef int (*clas_json_element)(clas_json_ctx *ctx, json_t *item, size_t index, void *data);
int clas__json_split_each(clas_json_ctx *ctx, size_t big_at, const char *name, clas_json_element each, void *data,
                          int status);

/* The reader skeleton (document.c). */

/* What a member reader returns for a member it does not know. */
#define CLAS_JSON_UNKNOWN 1
/* Reads member @p key (its key already on the path) of the object read
 * into @p data: CLAS_OK, an error, or CLAS_JSON_UNKNOWN. */
typedef int (*clas_json_member)(clas_json_ctx *ctx, const char *key, json_t *val, void *data);
/* Checks that @p v is an object and hands each member to @p member with
 * its key pushed (popped after it); a member unknown to it is refused with
 * the list @p allowed. Returns on the first error, the path at the member. */
int clas__json_members(clas_json_ctx *ctx, json_t *v, clas_json_member member, void *data, const char *allowed);

/* A document read member by member (clas__json_split_scan), its big
 * array split->names[split->big] one element at a time: @p parse converts
 * the other members into *obj (left NULL or freed by it on failure),
 * @p element adds one element to it, @p free drops it. */
typedef struct clas_json_document {
    const clas_json_split *split;
    int (*parse)(void **obj, clas_json_ctx *ctx, json_t *root);
    clas_json_element element;
    void (*free)(void *obj);
} clas_json_document;
/* Reads the text @p json as @p doc; a text that is not an object is parsed
 * whole, for the message it deserves. *out is set only on success. */
int clas__json_read_document(void **out, const clas_json_document *doc, const char *json, size_t len,
                             const char *origin);

/* Reads the text of a document: a public *_from_json entry point. */
typedef int (*clas_json_text_reader)(void *data, const char *text, size_t len, const char *origin);
/* Reads @p path (clas__json_read_file) and hands its text to @p read with
 * the path as origin. */
int clas__json_read_text_file(const char *path, clas_json_text_reader read, void *data);

/* Records a jansson error, at byte @p base + err->position of the
 * context's text: line and column of the token at fault, its member path,
 * a message without parser internals or invisible bytes. Returns the code
 * (CLAS_EPARSE; CLAS_ESCHEMA for a duplicate member; CLAS_ERANGE for a
 * number too large; CLAS_EUTF8; CLAS_ENOMEM). */
int clas__json_parse_error(clas_json_ctx *ctx, const json_error_t *err, size_t base);
/* Re-raises the last error (from a setter) at the current path, keeping
 * its message; EINVAL and EEXISTS become @p einval_as. Returns the new code. */
int clas__json_rethrow(clas_json_ctx *ctx, int status, int einval_as);
/* Records an error of the catalogue (base.h) located at the current path.
 * Returns @p code. */
int clas__json_fail_msg(clas_json_ctx *ctx, int code, clas__msg msg, const clas__arg *args, size_t num_args);
#define clas__json_failm(ctx, code, msg, ...) \
    clas__json_fail_msg((ctx), (code), (msg), (const clas__arg[]){__VA_ARGS__}, \
                        sizeof((const clas__arg[]){__VA_ARGS__}) / sizeof(clas__arg))

/* Checks the "format" member of @p obj: must equal @p want. When
 * @p optional, a missing member is accepted. */
int clas__json_check_format(clas_json_ctx *ctx, json_t *obj, const char *want, bool optional);
/* Error for a member that is not part of the schema. */
int clas__json_unknown_member(clas_json_ctx *ctx, const char *key, const char *allowed);
/* Error for a required member that is absent (located at the object). */
int clas__json_missing_member(clas_json_ctx *ctx, const char *key);

/* Typed readers of the value at the current path. */
int clas__json_object(clas_json_ctx *ctx, json_t *v);
int clas__json_array(clas_json_ctx *ctx, json_t *v);
int clas__json_string(clas_json_ctx *ctx, json_t *v, const char **out);
/* A string or null (*out = NULL). */
int clas__json_string_or_null(clas_json_ctx *ctx, json_t *v, const char **out);
int clas__json_int(clas_json_ctx *ctx, json_t *v, int64_t *out);
int clas__json_bool(clas_json_ctx *ctx, json_t *v, int *out);
/* Money: a string of at most two decimals, 0..CLAS_CENTS_MAX. */
int clas__json_money(clas_json_ctx *ctx, json_t *v, clas_cents *out);
/* A rate: decimal string of a fraction, at most six decimals, in
 * millionths; values up to @p max (CLAS_TAUX_UN normally) else ERANGE.
 * A negative max accepts up to 1000 (callers check the upper bound). */
int clas__json_rate(clas_json_ctx *ctx, json_t *v, int64_t *out, int64_t max);
/* A name from an enumeration: @p name(i) for i in 0..count-1 gives the
 * allowed names; an unknown one is CLAS_ESCHEMA listing them. */
typedef const char *(*clas_json_namer)(int i);
int clas__json_enum(clas_json_ctx *ctx, json_t *v, int *out, clas_json_namer name, int count, const char *what,
                    const char *what_fr);
/* Old spellings of members, read with the same meaning during the 1.x
 * series; the writers write the new one. */
#define CLAS__JSON_OLD_SEVERITIES "severites"
/* Fails, at the old member, if @p obj gives a member both as @p name and
 * as its old spelling @p old. */
int clas__json_one_spelling(clas_json_ctx *ctx, json_t *obj, const char *name, const char *old);
/* Error for a value of the wrong JSON type: it must be @p want_en (in
 * French @p want_fr). Returns CLAS_ESCHEMA. */
int clas__json_wrong_type(clas_json_ctx *ctx, json_t *v, const char *want_en, const char *want_fr);
/* An array of such names, each handed to @p add; a status @p add returns
 * is re-raised at the element, EINVAL as @p einval_as. */
typedef int (*clas_json_enum_add)(void *obj, int value);
int clas__json_enum_array(clas_json_ctx *ctx, json_t *v, clas_json_namer name, int count, const char *what,
                          const char *what_fr, clas_json_enum_add add, void *obj, int einval_as);

/* Namers for the enumerations the documents use. */
const char *clas__json_niveau_namer(int i);
const char *clas__json_action_namer(int i);
const char *clas__json_porteur_type_namer(int i);
const char *clas__json_bonus_namer(int i);
const char *clas__json_decision_namer(int i);
const char *clas__json_severity_namer(int i);
const char *clas__json_regle_namer(int i);
const char *clas__json_rounding_namer(int i);
const char *clas__json_education_namer(int i);
const char *clas__json_lien_namer(int i);
const char *clas__json_bilan_precedent_namer(int i);
const char *clas__json_code_namer(int i);

/* Reads a whole file (CLAS_EIO naming the path on failure). *buf is
 * malloc'd, NUL-terminated. A file above CLAS_LIMIT_DOCUMENT_BYTES is
 * refused (CLAS_ELIMIT) before any byte is read; a pipe or device is read
 * at most that far, and a NUL byte, which no JSON text holds, stops the
 * read at once (CLAS_EPARSE), so /dev/zero costs one buffer. */
int clas__json_read_file(const char *path, char **buf, size_t *len);

/* --- writing --------------------------------------------------------- */

/* Writers build a jansson tree; every constructor may return NULL on
 * memory exhaustion, so they go through these helpers which remember the
 * failure in *ok and keep going (the tree is dropped at the end). */
void clas__jw_set(json_t *obj, const char *key, json_t *value, bool *ok);
void clas__jw_append(json_t *arr, json_t *value, bool *ok);
json_t *clas__jw_str(const char *s);            /* NULL reads as "" */
json_t *clas__jw_str_or_null(const char *s);    /* NULL or "" gives null */
json_t *clas__jw_money(clas_cents cents);
json_t *clas__jw_rate(int64_t millionths);
/* Formats a rate in millionths: 330000 -> "0.33", 0 -> "0", 1000000 -> "1". */
void clas__json_format_rate(char buf[32], int64_t millionths);

/* Shared pieces of documents. */
json_t *clas__jw_source(const char *titre, const char *section, const char *url, bool *ok);
json_t *clas__jw_bareme(const clas_bareme *b, bool *ok);
/* @p all_severities writes every rule's severity; otherwise only those
 * that differ from the national defaults (as data/ does). */
json_t *clas__jw_cadre(const clas_cadre *c, bool all_severities, bool *ok);
json_t *clas__jw_dossier(const clas_dossier *d, bool with_format, bool *ok);

/* Serialises @p root (consumed) to *out with the flags of the public API. */
int clas__json_dump(char **out, json_t *root, bool ok, unsigned flags);

/* Shared parsers of document parts. @p require_source: rule data needs a
 * source with a title; a campaign's own cadre may omit it. */
int clas__json_parse_cadre(clas_cadre **out, clas_json_ctx *ctx, json_t *v, bool require_source);
int clas__json_parse_dossier(clas_dossier **out, clas_json_ctx *ctx, json_t *v, bool format_optional);

#endif
