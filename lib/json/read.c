/* SPDX-License-Identifier: Apache-2.0 */
/* Reading JSON documents: checks that come before jansson (empty input,
 * UTF-8, depth), error locations "origin:line:column: $.path", and typed
 * readers for the values of the documents. */
#include "json/json.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void clas__json_ctx_init(clas_json_ctx *ctx, const char *text, size_t len, const char *origin)
{
    memset(ctx, 0, sizeof *ctx);
    ctx->text = text;
    ctx->len = len;
    ctx->origin = origin ? origin : "<string>";
}

void clas__json_push_key(clas_json_ctx *ctx, const char *key)
{
    if (ctx->depth < CLAS_JSON_MAX_PATH)
        ctx->path[ctx->depth] = (clas_json_seg){key, 0};
    ctx->depth++;
}

void clas__json_push_index(clas_json_ctx *ctx, size_t index)
{
    if (ctx->depth < CLAS_JSON_MAX_PATH)
        ctx->path[ctx->depth] = (clas_json_seg){NULL, index};
    ctx->depth++;
}

void clas__json_pop(clas_json_ctx *ctx)
{
    if (ctx->depth > 0)
        ctx->depth--;
}

/* ---- locating a value in the original text ---------------------------- */

/* jansson counts columns in characters, so do we: continuation bytes of a
 * UTF-8 sequence do not start a column. */
static void position_of(const char *text, size_t off, int *line, int *column)
{
    int l = 1, c = 1;
    for (size_t i = 0; i < off; i++) {
        unsigned char b = (unsigned char)text[i];
        if (b == '\n') {
            l++;
            c = 1;
        } else if ((b & 0xC0) != 0x80) {
            c++;
        }
    }
    *line = l;
    *column = c;
}

static size_t skip_ws(const char *t, size_t n, size_t i)
{
    while (i < n && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r'))
        i++;
    return i;
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static unsigned read_hex4(const char *t, size_t n, size_t i)
{
    unsigned v = 0;
    for (size_t k = 0; k < 4; k++) {
        int h = i + k < n ? hex_value(t[i + k]) : -1;
        if (h < 0)
            return 0;
        v = v * 16 + (unsigned)h;
    }
    return v;
}

static size_t put_utf8(char *out, unsigned cp)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Scans the string starting at t[i] == '"'; returns the index after the
 * closing quote. When @p want is given, *match tells whether the decoded
 * string equals it (escapes decoded, so "\u00e9" matches "é"). */
static size_t scan_string(const char *t, size_t n, size_t i, const char *want, bool *match)
{
    size_t wlen = want ? strlen(want) : 0, pos = 0;
    bool same = want != NULL;
    i++;
    while (i < n && t[i] != '"') {
        char buf[8];
        size_t blen;
        if (t[i] == '\\' && i + 1 < n) {
            char e = t[i + 1];
            i += 2;
            if (e == 'u') {
                unsigned cp = read_hex4(t, n, i);
                i += 4;
                if (cp >= 0xD800 && cp < 0xDC00 && i + 6 <= n && t[i] == '\\' && t[i + 1] == 'u') {
                    unsigned lo = read_hex4(t, n, i + 2);
                    if (lo >= 0xDC00 && lo < 0xE000) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        i += 6;
                    }
                }
                blen = put_utf8(buf, cp);
            } else {
                buf[0] = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'b' ? '\b' : e == 'f' ? '\f' : e;
                blen = 1;
            }
        } else {
            buf[0] = t[i++];
            blen = 1;
        }
        if (same) {
            if (pos + blen > wlen || memcmp(want + pos, buf, blen) != 0)
                same = false;
            pos += blen;
        }
    }
    if (match)
        *match = same && pos == wlen;
    return i < n ? i + 1 : n;
}

/* scan_string without decoding: a string without escapes (nearly all of
 * them) is skipped by a plain loop, the others by scan_string itself. */
static size_t skip_string(const char *t, size_t n, size_t i)
{
    size_t j = i + 1;
    while (j < n && t[j] != '"' && t[j] != '\\')
        j++;
    if (j < n && t[j] == '"')
        return j + 1;
    return scan_string(t, n, i, NULL, NULL);
}

/* Skips any value starting at t[i]; returns the index after it. */
static size_t skip_value(const char *t, size_t n, size_t i)
{
    if (i >= n)
        return n;
    if (t[i] == '"')
        return scan_string(t, n, i, NULL, NULL);
    if (t[i] == '{' || t[i] == '[') {
        int depth = 0;
        while (i < n) {
            char c = t[i];
            if (c == '"') {
                i = scan_string(t, n, i, NULL, NULL);
                continue;
            }
            if (c == '{' || c == '[')
                depth++;
            else if ((c == '}' || c == ']') && --depth == 0)
                return i + 1;
            i++;
        }
        return n;
    }
    while (i < n && !strchr(",}] \t\r\n", t[i]))
        i++;
    return i;
}

/* Offset of the value at the context's path, or of the deepest part of it
 * that exists. The text is known to be valid JSON. */
static size_t locate(const clas_json_ctx *ctx)
{
    const char *t = ctx->text;
    size_t n = ctx->len, i = skip_ws(t, n, 0);
    size_t depth = ctx->depth < CLAS_JSON_MAX_PATH ? ctx->depth : CLAS_JSON_MAX_PATH;
    for (size_t s = 0; s < depth; s++) {
        const clas_json_seg *seg = &ctx->path[s];
        size_t found = n;
        if (seg->key && i < n && t[i] == '{') {
            size_t j = skip_ws(t, n, i + 1);
            while (j < n && t[j] == '"') {
                bool match = false;
                j = scan_string(t, n, j, seg->key, &match);
                j = skip_ws(t, n, j);
                if (j < n && t[j] == ':')
                    j = skip_ws(t, n, j + 1);
                if (match) {
                    found = j;
                    break;
                }
                j = skip_ws(t, n, skip_value(t, n, j));
                if (j < n && t[j] == ',')
                    j = skip_ws(t, n, j + 1);
            }
        } else if (!seg->key && i < n && t[i] == '[') {
            size_t j = skip_ws(t, n, i + 1);
            for (size_t k = 0; j < n && t[j] != ']'; k++) {
                if (k == seg->index) {
                    found = j;
                    break;
                }
                j = skip_ws(t, n, skip_value(t, n, j));
                if (j < n && t[j] == ',')
                    j = skip_ws(t, n, j + 1);
            }
        }
        if (found >= n)
            break; /* absent member: point at its parent */
        i = found;
    }
    return i;
}

static void path_string(char *buf, size_t size, const clas_json_ctx *ctx)
{
    size_t used = (size_t)snprintf(buf, size, "$");
    size_t depth = ctx->depth < CLAS_JSON_MAX_PATH ? ctx->depth : CLAS_JSON_MAX_PATH;
    for (size_t s = 0; s < depth && used < size; s++) {
        const clas_json_seg *seg = &ctx->path[s];
        int w = seg->key ? snprintf(buf + used, size - used, ".%s", seg->key)
                         : snprintf(buf + used, size - used, "[%zu]", seg->index);
        if (w < 0)
            break;
        used += (size_t)w;
    }
}

static void location_at(char *buf, size_t size, const clas_json_ctx *ctx, int line, int column)
{
    char path[384];
    path_string(path, sizeof path, ctx);
    snprintf(buf, size, "%s:%d:%d: %s", ctx->origin, line, column, path);
}

static int fail_at(clas_json_ctx *ctx, int code, int line, int column, const char *message)
{
    char where[512];
    location_at(where, sizeof where, ctx, line, column);
    /* Validation messages of the model (clas_cadre_validate...) already
     * start with the entry's name: do not say it twice. */
    size_t plen = strlen(ctx->prefix);
    const char *prefix = plen && strncmp(message, ctx->prefix, plen) == 0 ? "" : ctx->prefix;
    return clas__fail(code, where, "%s%s", prefix, message);
}

int clas__json_fail(clas_json_ctx *ctx, int code, const char *fmt, ...)
{
    char message[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    int line, column;
    position_of(ctx->text, locate(ctx), &line, &column);
    return fail_at(ctx, code, line, column, message);
}

int clas__json_fail_msg(clas_json_ctx *ctx, int code, clas__msg msg, const clas__arg *args, size_t num_args)
{
    char where[512];
    int line, column;
    position_of(ctx->text, locate(ctx), &line, &column);
    location_at(where, sizeof where, ctx, line, column);
    return clas__fail_msg(code, where, ctx->prefix, msg, args, num_args);
}

int clas__json_rethrow(clas_json_ctx *ctx, int status, int einval_as)
{
    char where[512];
    int line, column;
    if (status == CLAS_EINVAL || status == CLAS_EEXISTS)
        status = einval_as;
    position_of(ctx->text, locate(ctx), &line, &column);
    location_at(where, sizeof where, ctx, line, column);
    /* The model's error keeps its message id and arguments; only the place
     * changes (and the entry's name, unless the message starts with it). */
    size_t plen = strlen(ctx->prefix);
    const char *prefix = plen && strncmp(clas_error_last_message(), ctx->prefix, plen) == 0 ? "" : ctx->prefix;
    return clas__fail_relocate(status, where, prefix);
}

/* ---- checks before parsing ------------------------------------------- */

/* Offset of the first byte that is not valid UTF-8 (no overlongs, no
 * surrogates, nothing above U+10FFFF), or len if the text is valid. */
static size_t utf8_first_invalid(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char c = s[i];
        size_t need;
        unsigned cp, min;
        if (c < 0x80) {
            i++;
            /* ASCII eight bytes at a time: documents are mostly ASCII */
            uint64_t w;
            while (i + 8 <= len && (memcpy(&w, s + i, 8), (w & UINT64_C(0x8080808080808080)) == 0))
                i += 8;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            need = 1; cp = c & 0x1Fu; min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2; cp = c & 0x0Fu; min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3; cp = c & 0x07u; min = 0x10000;
        } else {
            return i;
        }
        for (size_t k = 1; k <= need; k++) {
            if (i + k >= len || (s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += need + 1;
    }
    return len;
}

/* Offset of the first bracket nested deeper than the limit, or len. */
static size_t depth_exceeded(const char *t, size_t n)
{
    int depth = 0;
    size_t i = 0;
    while (i < n) {
        char c = t[i];
        if (c == '"') {
            i = skip_string(t, n, i);
            continue;
        }
        if (c == '{' || c == '[') {
            if (++depth > CLAS_JSON_MAX_DEPTH)
                return i;
        } else if (c == '}' || c == ']') {
            depth--;
        }
        i++;
    }
    return n;
}

int clas__json_precheck(clas_json_ctx *ctx)
{
    const char *t = ctx->text;
    size_t n = ctx->len;
    int line, column;
    if (skip_ws(t, n, 0) == n) {
        position_of(t, n, &line, &column);
        return fail_at(ctx, CLAS_EPARSE, line, column, "empty document");
    }
    size_t bad = utf8_first_invalid((const unsigned char *)t, n);
    if (bad < n) {
        position_of(t, bad, &line, &column);
        char msg[96];
        snprintf(msg, sizeof msg, "invalid UTF-8 (byte 0x%02X at offset %zu)", (unsigned)(unsigned char)t[bad], bad);
        return fail_at(ctx, CLAS_EUTF8, line, column, msg);
    }
    size_t deep = depth_exceeded(t, n);
    if (deep < n) {
        position_of(t, deep, &line, &column);
        char msg[96];
        snprintf(msg, sizeof msg, "nesting deeper than %d levels", CLAS_JSON_MAX_DEPTH);
        return fail_at(ctx, CLAS_EPARSE, line, column, msg);
    }
    return CLAS_OK;
}

int clas__json_load(json_t **root, clas_json_ctx *ctx)
{
    const char *t = ctx->text;
    size_t n = ctx->len;
    int line, column;
    *root = NULL;
    int st = clas__json_precheck(ctx);
    if (st != CLAS_OK)
        return st;
    json_error_t err;
    json_t *doc = json_loadb(t, n, JSON_REJECT_DUPLICATES, &err);
    if (!doc) {
        enum json_error_code ec = json_error_code(&err);
        int code = ec == json_error_out_of_memory ? CLAS_ENOMEM
                 : ec == json_error_duplicate_key ? CLAS_ESCHEMA
                 : ec == json_error_invalid_utf8 ? CLAS_EUTF8
                 : ec == json_error_numeric_overflow ? CLAS_ERANGE : CLAS_EPARSE;
        line = err.line > 0 ? err.line : 1;
        column = err.column > 0 ? err.column : 1;
        char msg[JSON_ERROR_TEXT_LENGTH + 32];
        snprintf(msg, sizeof msg, "%s", err.text);
        return fail_at(ctx, code, line, column, msg);
    }
    if (!json_is_object(doc)) {
        json_decref(doc);
        return clas__json_fail(ctx, CLAS_ESCHEMA, "a document must be a JSON object");
    }
    *root = doc;
    return CLAS_OK;
}

/* ---- members ---------------------------------------------------------- */

int clas__json_check_format(clas_json_ctx *ctx, json_t *obj, const char *want, bool optional)
{
    json_t *f = json_object_get(obj, "format");
    if (!f) {
        if (optional)
            return CLAS_OK;
        return clas__json_fail(ctx, CLAS_ESCHEMA, "missing member \"format\" (want \"%s\")", want);
    }
    clas__json_push_key(ctx, "format");
    const char *s = NULL;
    int st = clas__json_string(ctx, f, &s);
    if (st == CLAS_OK && strcmp(s, want) != 0)
        st = clas__json_fail(ctx, CLAS_ESCHEMA, "format is \"%s\", expected \"%s\"", s, want);
    clas__json_pop(ctx);
    return st;
}

int clas__json_unknown_member(clas_json_ctx *ctx, const char *key, const char *allowed)
{
    return clas__json_failm(ctx, CLAS_ESCHEMA, CLAS__MSG_MEMBRE_INCONNU, CLAS__TEXT("membre", key),
                            CLAS__TEXT("permis", allowed));
}

int clas__json_missing_member(clas_json_ctx *ctx, const char *key)
{
    return clas__json_failm(ctx, CLAS_ESCHEMA, CLAS__MSG_MEMBRE_MANQUANT, CLAS__TEXT("membre", key));
}

/* ---- typed values ----------------------------------------------------- */

static const char *type_name(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER: return "an integer";
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "a boolean";
    case JSON_NULL: return "null";
    }
    return "a value";
}

static int wrong_type(clas_json_ctx *ctx, json_t *v, const char *want)
{
    return clas__json_fail(ctx, CLAS_ESCHEMA, "must be %s, not %s", want, type_name(v));
}

int clas__json_object(clas_json_ctx *ctx, json_t *v)
{
    return json_is_object(v) ? CLAS_OK : wrong_type(ctx, v, "an object");
}

int clas__json_array(clas_json_ctx *ctx, json_t *v)
{
    return json_is_array(v) ? CLAS_OK : wrong_type(ctx, v, "an array");
}

int clas__json_string(clas_json_ctx *ctx, json_t *v, const char **out)
{
    if (!json_is_string(v))
        return wrong_type(ctx, v, "a string");
    *out = json_string_value(v);
    return CLAS_OK;
}

int clas__json_string_or_null(clas_json_ctx *ctx, json_t *v, const char **out)
{
    if (json_is_null(v)) {
        *out = NULL;
        return CLAS_OK;
    }
    if (!json_is_string(v))
        return wrong_type(ctx, v, "a string or null");
    *out = json_string_value(v);
    return CLAS_OK;
}

int clas__json_int(clas_json_ctx *ctx, json_t *v, int64_t *out)
{
    if (!json_is_integer(v))
        return wrong_type(ctx, v, "an integer");
    *out = (int64_t)json_integer_value(v);
    return CLAS_OK;
}

int clas__json_bool(clas_json_ctx *ctx, json_t *v, int *out)
{
    if (!json_is_boolean(v))
        return wrong_type(ctx, v, "a boolean (true or false)");
    *out = json_is_true(v) ? 1 : 0;
    return CLAS_OK;
}

int clas__json_money(clas_json_ctx *ctx, json_t *v, clas_cents *out)
{
    if (json_is_number(v))
        return clas__json_fail_msg(ctx, CLAS_ESCHEMA, CLAS__MSG_MONTANT_NOMBRE, NULL, 0);
    if (!json_is_string(v))
        return wrong_type(ctx, v, "an amount string such as \"1500.00\"");
    const char *s = json_string_value(v);
    const char *dot = strchr(s, '.');
    if (dot && strlen(dot + 1) > 2 && strspn(dot + 1, "0123456789") == strlen(dot + 1))
        return clas__json_failm(ctx, CLAS_ESCHEMA, CLAS__MSG_MONTANT_DECIMALES, CLAS__TEXT("texte", s));
    clas_cents c;
    int st = clas_cents_parse(&c, s);
    if (st == CLAS_ERANGE)
        return clas__json_failm(ctx, CLAS_ERANGE, CLAS__MSG_MONTANT_TROP_GRAND, CLAS__TEXT("texte", s));
    if (st != CLAS_OK)
        return clas__json_failm(ctx, CLAS_ESCHEMA, CLAS__MSG_MONTANT_INVALIDE, CLAS__TEXT("texte", s));
    if (c < 0)
        return clas__json_failm(ctx, CLAS_ERANGE, CLAS__MSG_MONTANT_NEGATIF, CLAS__CENTS("montant", c));
    *out = c;
    return CLAS_OK;
}

int clas__json_rate(clas_json_ctx *ctx, json_t *v, int64_t *out, int64_t max)
{
    if (json_is_number(v))
        return clas__json_fail(ctx, CLAS_ESCHEMA, "rate must be a string such as \"0.33\", not a number");
    if (!json_is_string(v))
        return wrong_type(ctx, v, "a rate string such as \"0.33\"");
    const char *s = json_string_value(v), *p = s;
    if (*p == '-')
        return clas__json_fail(ctx, CLAS_ERANGE, "rate \"%s\" must not be negative", s);
    int64_t whole = 0, frac = 0;
    size_t ndig = 0, nfrac = 0;
    for (; *p >= '0' && *p <= '9'; p++, ndig++) {
        whole = whole * 10 + (*p - '0');
        if (whole > 1000)
            return clas__json_fail(ctx, CLAS_ERANGE, "rate \"%s\" is out of range", s);
    }
    if (*p == '.') {
        for (p++; *p >= '0' && *p <= '9'; p++, nfrac++) {
            if (nfrac >= 6)
                return clas__json_fail(ctx, CLAS_ESCHEMA, "rate \"%s\" has more than six decimals", s);
            frac = frac * 10 + (*p - '0');
        }
        if (nfrac == 0)
            ndig = 0;
    }
    if (*p != '\0' || ndig == 0)
        return clas__json_fail(ctx, CLAS_ESCHEMA, "\"%s\" is not a rate (write a fraction such as \"0.33\")", s);
    for (size_t k = nfrac; k < 6; k++)
        frac *= 10;
    int64_t value = whole * CLAS_TAUX_UN + frac;
    if (max >= 0 && value > max)
        return clas__json_fail(ctx, CLAS_ERANGE, "rate \"%s\" is above 1 (100 %%)", s);
    *out = value;
    return CLAS_OK;
}

int clas__json_enum(clas_json_ctx *ctx, json_t *v, int *out, clas_json_namer name, int count, const char *what)
{
    const char *s = NULL;
    int st = clas__json_string(ctx, v, &s);
    if (st != CLAS_OK)
        return st;
    for (int i = 0; i < count; i++) {
        const char *n = name(i);
        if (n && n[0] == s[0] && strcmp(n, s) == 0) {
            *out = i;
            return CLAS_OK;
        }
    }
    char allowed[1024];
    size_t used = 0;
    allowed[0] = '\0';
    for (int i = 0; i < count && used < sizeof allowed; i++) {
        const char *n = name(i);
        if (!n)
            continue;
        int w = snprintf(allowed + used, sizeof allowed - used, "%s%s", used ? ", " : "", n);
        if (w < 0)
            break;
        used += (size_t)w;
    }
    return clas__json_fail(ctx, CLAS_ESCHEMA, "unknown %s \"%s\" (allowed: %s)", what, s, allowed);
}

const char *clas__json_niveau_namer(int i) { return clas_niveau_name((clas_niveau)i); }
const char *clas__json_action_namer(int i) { return clas_action_name((clas_action)i); }
const char *clas__json_porteur_type_namer(int i) { return clas_porteur_type_name((clas_porteur_type)i); }
const char *clas__json_bonus_namer(int i) { return clas_bonus_name((clas_bonus)i); }
const char *clas__json_decision_namer(int i) { return clas_decision_name((clas_decision)i); }
const char *clas__json_severity_namer(int i) { return clas_severity_name((clas_severity)i); }
const char *clas__json_regle_namer(int i) { return clas_regle_id((clas_regle)i); }
const char *clas__json_rounding_namer(int i) { return clas_rounding_name((clas_rounding)i); }

/* ---- files ------------------------------------------------------------ */

int clas__json_read_file(const char *path, char **buf, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return clas__fail(CLAS_EIO, path, "cannot open: %s", strerror(errno));
    size_t cap = 8192, n = 0;
    char *data = malloc(cap);
    while (data) {
        size_t got = fread(data + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
        if (cap - n - 1 == 0) {
            char *bigger = realloc(data, cap * 2);
            if (!bigger) {
                free(data);
                data = NULL;
                break;
            }
            data = bigger;
            cap *= 2;
        }
    }
    int failed = ferror(f);
    int saved = errno;
    fclose(f);
    if (!data)
        return clas__fail(CLAS_ENOMEM, path, "out of memory reading the file");
    if (failed) {
        free(data);
        return clas__fail(CLAS_EIO, path, "cannot read: %s", strerror(saved));
    }
    data[n] = '\0';
    *buf = data;
    *len = n;
    return CLAS_OK;
}
