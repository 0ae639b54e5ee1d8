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
#include <sys/stat.h>

void clas__json_ctx_init(clas_json_ctx *ctx, const char *text, size_t len, const char *origin)
{
    memset(ctx, 0, sizeof *ctx);
    /* A byte order mark is not JSON but says nothing wrong about the text:
     * skip it, so that columns count from the first visible character. */
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        text += 3;
        len -= 3;
    }
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

/* Line and column of a byte offset. Columns count characters (continuation
 * bytes of a UTF-8 sequence do not start one); a line ends with LF, CR LF
 * or a lone CR, as every editor counts them. The document limit keeps both
 * numbers within an int. */
static void position_of(const char *text, size_t off, int *line, int *column)
{
    int l = 1, c = 1;
    for (size_t i = 0; i < off; i++) {
        unsigned char b = (unsigned char)text[i];
        if (b == '\r' || (b == '\n' && (i == 0 || text[i - 1] != '\r'))) {
            l++;
            c = 1;
        } else if (b != '\n' && (b & 0xC0) != 0x80) {
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

/* ---- the location string ---------------------------------------------- */

/* The last error keeps 511 bytes of a location (base/error.c). A location
 * is composed to fit: the line and column always stay, a long path keeps
 * its end, a long origin its start and end, each cut marked with "…". */
#define LOCATION_BUDGET 500

typedef struct text_buf {
    char *p;
    size_t len, size;
} text_buf;

static void tb_put(text_buf *b, const char *s, size_t n)
{
    if (b->len + n >= b->size)
        n = b->size - 1 - b->len;
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void tb_printf(text_buf *b, const char *fmt, ...) CLAS_PRINTF(2, 3);
static void tb_printf(text_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int w = vsnprintf(b->p + b->len, b->size - b->len, fmt, ap);
    va_end(ap);
    if (w > 0)
        b->len += (size_t)w < b->size - b->len ? (size_t)w : b->size - 1 - b->len;
}

/* Bytes to keep of the first @p max bytes of s[0..n) so that no UTF-8
 * sequence is cut. */
static size_t utf8_head(const char *s, size_t n, size_t max)
{
    if (n <= max)
        return n;
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--;
    return max;
}

/* Start of the last (at most) @p max bytes of s[0..n), on a character. */
static size_t utf8_tail(const char *s, size_t n, size_t max)
{
    if (n <= max)
        return 0;
    size_t from = n - max;
    while (from < n && ((unsigned char)s[from] & 0xC0) == 0x80)
        from++;
    return from;
}

/* Appends s[0..n) keeping at most @p max bytes: the head and the tail
 * around "…" (head_share in percent of max goes to the head). */
static void tb_put_elided(text_buf *b, const char *s, size_t n, size_t max, unsigned head_share)
{
    static const char dots[] = "\xE2\x80\xA6"; /* … */
    if (n <= max) {
        tb_put(b, s, n);
        return;
    }
    size_t room = max > 3 ? max - 3 : 0;
    size_t head = utf8_head(s, n, room * head_share / 100);
    size_t tail = utf8_tail(s, n, room - head);
    tb_put(b, s, head);
    tb_put(b, dots, 3);
    tb_put(b, s + tail, n - tail);
}

static void path_append_key(text_buf *b, const char *key, size_t len)
{
    tb_put(b, ".", 1);
    tb_put(b, key, len);
}

/* "$.a.b[3]" of the context's path, whole (into a buffer big enough for
 * the deepest path of the longest member names the limit allows). */
static void path_string(text_buf *b, const clas_json_ctx *ctx)
{
    size_t depth = ctx->depth < CLAS_JSON_MAX_PATH ? ctx->depth : CLAS_JSON_MAX_PATH;
    tb_put(b, "$", 1);
    for (size_t s = 0; s < depth; s++) {
        const clas_json_seg *seg = &ctx->path[s];
        if (seg->key)
            path_append_key(b, seg->key, strlen(seg->key));
        else
            tb_printf(b, "[%zu]", seg->index);
    }
}

static void compose_location(char *out, size_t size, const char *origin, int line, int column, const char *path)
{
    char where[48];
    int wn = snprintf(where, sizeof where, ":%d:%d: ", line, column);
    size_t plen = strlen(path), olen = strlen(origin), fixed = (size_t)(wn > 0 ? wn : 0);
    size_t budget = size - 1 < LOCATION_BUDGET ? size - 1 : LOCATION_BUDGET;
    /* the path keeps up to two thirds, its end (the member at fault) first */
    size_t path_max = plen;
    if (fixed + olen + plen > budget && plen > (budget - fixed) * 2 / 3)
        path_max = (budget - fixed) * 2 / 3;
    size_t path_len = plen < path_max ? plen : path_max;
    size_t origin_max = budget - fixed - path_len;
    text_buf b = {out, 0, size};
    out[0] = '\0';
    tb_put_elided(&b, origin, olen, origin_max, 40);
    tb_put(&b, where, fixed);
    if (plen > path_max) {
        tb_put(&b, "$", 1);
        tb_put_elided(&b, path + 1, plen - 1, path_max - 1, 0);
    } else {
        tb_put(&b, path, plen);
    }
}

/* Room for the whole path before it is shortened: the deepest path of
 * long member names. */
#define PATH_TEXT_MAX 8192

static int fail_with_path(clas_json_ctx *ctx, int code, int line, int column, const char *path, clas__msg msg,
                          const clas__arg *args, size_t num_args)
{
    char where[LOCATION_BUDGET + 1];
    compose_location(where, sizeof where, ctx->origin, line, column, path);
    return clas__fail_msg(code, where, ctx->prefix, msg, args, num_args);
}

static int fail_at(clas_json_ctx *ctx, int code, int line, int column, clas__msg msg, const clas__arg *args,
                   size_t num_args)
{
    char path[PATH_TEXT_MAX];
    text_buf b = {path, 0, sizeof path};
    path[0] = '\0';
    path_string(&b, ctx);
    return fail_with_path(ctx, code, line, column, path, msg, args, num_args);
}
#define fail_atm(ctx, code, line, column, msg, ...) \
    fail_at((ctx), (code), (line), (column), (msg), (const clas__arg[]){__VA_ARGS__}, \
            sizeof((const clas__arg[]){__VA_ARGS__}) / sizeof(clas__arg))

/* "origin:line:column: $.path" of the context, composed to fit. */
static void location_at(char *buf, size_t size, const clas_json_ctx *ctx, int line, int column)
{
    char path[PATH_TEXT_MAX];
    text_buf b = {path, 0, sizeof path};
    path[0] = '\0';
    path_string(&b, ctx);
    compose_location(buf, size, ctx->origin, line, column, path);
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

/* ---- errors of the parser, located ------------------------------------ */

typedef struct scan_level {
    bool object, expect_key, have_key;
    size_t key_off, key_len, index;
} scan_level;

/* Appends the path ("$.a.b[2]") of the value at byte @p off of a text that
 * is valid JSON up to there: the structure is scanned from the start. Used
 * for errors of the parser, which only give an offset. */
static void path_at(text_buf *b, const char *t, size_t off)
{
    scan_level lv[CLAS_JSON_MAX_PATH];
    size_t depth = 0, i = 0;
    while (i < off) {
        char c = t[i];
        scan_level *top = depth && depth <= CLAS_JSON_MAX_PATH ? &lv[depth - 1] : NULL;
        if (c == '"') {
            size_t end = skip_string(t, off, i);
            if (top && top->object && top->expect_key) {
                top->key_off = i + 1;
                top->key_len = end > i + 1 ? end - i - 2 : 0;
                top->have_key = true;
                top->expect_key = false;
            }
            i = end;
            continue;
        }
        if (c == '{' || c == '[') {
            if (depth < CLAS_JSON_MAX_PATH)
                lv[depth] = (scan_level){c == '{', c == '{', false, 0, 0, 0};
            depth++;
        } else if ((c == '}' || c == ']') && depth > 0) {
            depth--;
        } else if (c == ',' && top) {
            if (top->object) {
                top->have_key = false;
                top->expect_key = true;
            } else {
                top->index++;
            }
        }
        i++;
    }
    tb_put(b, "$", 1);
    for (size_t k = 0; k < depth && k < CLAS_JSON_MAX_PATH; k++) {
        if (lv[k].object && lv[k].have_key)
            path_append_key(b, t + lv[k].key_off, lv[k].key_len);
        else if (!lv[k].object)
            tb_printf(b, "[%zu]", lv[k].index);
    }
}

/* Copies @p s, showing control characters, DEL and the byte order mark
 * as escapes: a message never carries invisible bytes. */
static void put_visible(text_buf *b, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p < 0x20 || *p == 0x7F)
            tb_printf(b, "\\x%02X", *p);
        else if (p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
            tb_put(b, "\\uFEFF", 6), p += 2;
        else
            tb_put(b, (const char *)p, 1);
    }
}

/* The token jansson names in "... near 'TOKEN'", or NULL. */
static const char *near_token(const char *text, size_t *len)
{
    const char *near = strstr(text, " near '");
    if (!near)
        return NULL;
    near += 7;
    size_t n = strlen(near);
    if (n == 0 || near[n - 1] != '\'')
        return NULL;
    *len = n - 1;
    return near;
}

int clas__json_parse_error(clas_json_ctx *ctx, const json_error_t *err, size_t base)
{
    enum json_error_code ec = json_error_code(err);
    int code = ec == json_error_out_of_memory ? CLAS_ENOMEM
             : ec == json_error_duplicate_key ? CLAS_ESCHEMA
             : ec == json_error_invalid_utf8 ? CLAS_EUTF8
             : ec == json_error_numeric_overflow ? CLAS_ERANGE : CLAS_EPARSE;
    const char *t = ctx->text;
    size_t off = base + (err->position > 0 ? (size_t)err->position : 0);
    if (off > ctx->len)
        off = ctx->len;
    /* jansson stops after the token at fault: point at its start */
    size_t tlen = 0;
    const char *token = near_token(err->text, &tlen);
    if (token && tlen <= off - base && memcmp(t + off - tlen, token, tlen) == 0)
        off -= tlen;
    char path[PATH_TEXT_MAX], message[JSON_ERROR_TEXT_LENGTH * 4 + 160];
    text_buf pb = {path, 0, sizeof path}, mb = {message, 0, sizeof message};
    path[0] = message[0] = '\0';
    path_at(&pb, t, off);
    clas__msg msg = CLAS__MSG_JSON_SYNTAXE;
    const char *name = "detail";
    if (ec == json_error_duplicate_key && token && tlen >= 2) {
        path_append_key(&pb, token + 1, tlen - 2);
        tb_put(&mb, token + 1, tlen - 2);
        msg = CLAS__MSG_MEMBRE_EN_DOUBLE;
        name = "membre";
    } else if (ec == json_error_numeric_overflow && token) {
        tb_put(&mb, token, tlen);
        msg = CLAS__MSG_NOMBRE_TROP_GRAND;
        name = "nombre";
    } else if (ec == json_error_null_character) {
        msg = CLAS__MSG_TEXTE_NUL;
    } else if (ec == json_error_out_of_memory) {
        msg = CLAS__MSG_MEMOIRE;
    } else {
        put_visible(&mb, err->text);
    }
    int line, column;
    position_of(t, off, &line, &column);
    const clas__arg arg = CLAS__TEXT(name, message);
    bool with_arg = msg != CLAS__MSG_TEXTE_NUL && msg != CLAS__MSG_MEMOIRE;
    return fail_with_path(ctx, code, line, column, path, msg, &arg, with_arg ? 1 : 0);
}

int clas__json_precheck(clas_json_ctx *ctx)
{
    const char *t = ctx->text;
    size_t n = ctx->len;
    int line, column;
    if (n > CLAS_LIMIT_DOCUMENT_BYTES)
        return clas__failm(CLAS_ELIMIT, ctx->origin, CLAS__MSG_DOCUMENT_TROP_GRAND, CLAS__INT("octets", n),
                           CLAS__INT("max", CLAS_LIMIT_DOCUMENT_BYTES));
    if (skip_ws(t, n, 0) == n) {
        position_of(t, n, &line, &column);
        return fail_at(ctx, CLAS_EPARSE, line, column, CLAS__MSG_DOCUMENT_VIDE, NULL, 0);
    }
    const char *nul = memchr(t, '\0', n);
    if (nul) {
        size_t at = (size_t)(nul - t);
        position_of(t, at, &line, &column);
        return fail_atm(ctx, CLAS_EPARSE, line, column, CLAS__MSG_OCTET_NUL, CLAS__INT("position", at));
    }
    size_t bad = utf8_first_invalid((const unsigned char *)t, n);
    if (bad < n) {
        position_of(t, bad, &line, &column);
        char hex[8];
        snprintf(hex, sizeof hex, "0x%02X", (unsigned)(unsigned char)t[bad]);
        return fail_atm(ctx, CLAS_EUTF8, line, column, CLAS__MSG_UTF8_POSITION, CLAS__TEXT("octet", hex),
                        CLAS__INT("position", bad));
    }
    size_t deep = depth_exceeded(t, n);
    if (deep < n) {
        position_of(t, deep, &line, &column);
        return fail_atm(ctx, CLAS_EPARSE, line, column, CLAS__MSG_PROFONDEUR, CLAS__INT("max", CLAS_JSON_MAX_DEPTH));
    }
    return CLAS_OK;
}

int clas__json_load(json_t **root, clas_json_ctx *ctx)
{
    *root = NULL;
    int st = clas__json_precheck(ctx);
    if (st != CLAS_OK)
        return st;
    json_error_t err;
    json_t *doc = json_loadb(ctx->text, ctx->len, JSON_REJECT_DUPLICATES, &err);
    if (!doc)
        return clas__json_parse_error(ctx, &err, 0);
    if (!json_is_object(doc)) {
        json_decref(doc);
        return clas__json_fail_msg(ctx, CLAS_ESCHEMA, CLAS__MSG_DOCUMENT_NON_OBJET, NULL, 0);
    }
    *root = doc;
    return CLAS_OK;
}

/* ---- documents read member by member ------------------------------------ */

/* A document is mostly one array (a campaign's dossiers, a dossier's
 * collectifs). One jansson tree of the whole text is several times its
 * size, so the plain shape of a document is read here instead: each
 * top-level member's value goes through jansson on its own into a shell
 * object, the big array stays an empty array there, and its elements are
 * parsed one at a time later, each tree converted and dropped at once.
 * Peak memory is then the text, the objects built and one element's tree. */

static size_t skip_space(const char *t, size_t n, size_t i)
{
    while (i < n && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r'))
        i++;
    return i;
}

/* The one value starting at t[*i], parsed alone; NULL with @p err set. */
static json_t *load_value(const clas_json_ctx *ctx, size_t *i, json_error_t *err)
{
    json_t *v = json_loadb(ctx->text + *i, ctx->len - *i,
                           JSON_DISABLE_EOF_CHECK | JSON_DECODE_ANY | JSON_REJECT_DUPLICATES, err);
    if (v)
        *i += (size_t)err->position;
    return v;
}

/* A syntax error at byte @p off that the scanner found itself. */
static int syntax_error(clas_json_ctx *ctx, size_t off, clas__msg msg, const clas__arg *args, size_t num_args)
{
    char path[PATH_TEXT_MAX];
    text_buf pb = {path, 0, sizeof path};
    int line, column;
    path[0] = '\0';
    path_at(&pb, ctx->text, off);
    position_of(ctx->text, off, &line, &column);
    return fail_with_path(ctx, CLAS_EPARSE, line, column, path, msg, args, num_args);
}

/* "{attendu} expected after {apres}", both words said in each language. */
static int expected_error(clas_json_ctx *ctx, size_t off, const char *attendu, const char *apres_en,
                          const char *apres_fr)
{
    const clas__arg args[] = {CLAS__TEXT("attendu", attendu), CLAS__WORD("apres", apres_en, apres_fr)};
    return syntax_error(ctx, off, CLAS__MSG_JSON_ATTENDU, args, 2);
}

static int end_expected(clas_json_ctx *ctx, size_t off)
{
    return syntax_error(ctx, off, CLAS__MSG_JSON_FIN_ATTENDUE, NULL, 0);
}

/* A member repeated in the top-level object, told as jansson's own check
 * tells it deeper in the document. */
static int duplicate_member(clas_json_ctx *ctx, size_t key_at, const char *name)
{
    char path[PATH_TEXT_MAX], shown[201];
    text_buf pb = {path, 0, sizeof path};
    int line, column;
    path[0] = '\0';
    path_at(&pb, ctx->text, key_at);
    path_append_key(&pb, name, strlen(name));
    position_of(ctx->text, key_at, &line, &column);
    snprintf(shown, sizeof shown, "%s", name);
    const clas__arg arg = CLAS__TEXT("membre", shown);
    return fail_with_path(ctx, CLAS_ESCHEMA, line, column, path, CLAS__MSG_MEMBRE_EN_DOUBLE, &arg, 1);
}

/* Each element of the array at t[big_at] parsed alone: @p each gets it
 * while @p status is CLAS_OK; after an error only the syntax is checked,
 * so that a syntax error anywhere wins over a schema error, as when the
 * text is parsed whole. */
static int each_element(clas_json_ctx *ctx, size_t big_at, const char *name, clas_json_element each, void *data,
                        int status)
{
    const char *t = ctx->text;
    size_t n = ctx->len, i = skip_space(t, n, big_at + 1);
    json_error_t err;
    if (i < n && t[i] == ']')
        return status;
    for (size_t k = 0;; k++) {
        size_t start = i;
        json_t *v = load_value(ctx, &i, &err);
        if (!v)
            return clas__json_parse_error(ctx, &err, start);
        if (status == CLAS_OK && each) {
            ctx->depth = 0;
            clas__json_push_key(ctx, name);
            clas__json_push_index(ctx, k);
            status = each(ctx, v, k, data);
        }
        json_decref(v);
        i = skip_space(t, n, i);
        if (i < n && t[i] == ',')
            i = skip_space(t, n, i + 1);
        else if (i < n && t[i] == ']')
            return status;
        else
            return expected_error(ctx, i, "',' or ']'", "an element", "un élément");
    }
}

int clas__json_split_scan(json_t **shell, size_t *big_at, clas_json_ctx *ctx, const clas_json_split *spec)
{
    const char *t = ctx->text;
    size_t n = ctx->len, i = skip_space(t, n, 0);
    json_error_t err;
    int st = CLAS_OK;
    *shell = NULL;
    *big_at = SIZE_MAX;
    if (i < n && t[i] == '[')
        return clas__json_fail_msg(ctx, CLAS_ESCHEMA, CLAS__MSG_DOCUMENT_NON_OBJET, NULL, 0);
    if (i >= n || t[i] != '{')
        return 1; /* a scalar or garbage: jansson says what it is */
    json_t *obj = json_object();
    if (!obj)
        return clas__fail_nomem(ctx->origin);
    i = skip_space(t, n, i + 1);
    if (i < n && t[i] == '}') {
        i = skip_space(t, n, i + 1);
        if (i < n)
            st = end_expected(ctx, i);
        goto done;
    }
    for (;;) {
        if (i >= n || t[i] != '"') {
            st = syntax_error(ctx, i, CLAS__MSG_JSON_NOM_ATTENDU, NULL, 0);
            break;
        }
        size_t key_at = i;
        json_t *key = load_value(ctx, &i, &err);
        if (!key) {
            st = clas__json_parse_error(ctx, &err, key_at);
            break;
        }
        const char *name = json_string_value(key);
        if (json_object_get(obj, name)) {
            st = duplicate_member(ctx, key_at, name);
            json_decref(key);
            break;
        }
        bool big = strcmp(name, spec->names[spec->big]) == 0;
        i = skip_space(t, n, i);
        if (i >= n || t[i] != ':') {
            json_decref(key);
            st = expected_error(ctx, i, "':'", "a member name", "un nom de membre");
            break;
        }
        i = skip_space(t, n, i + 1);
        json_t *v = NULL;
        size_t value_at = i;
        if (big && i < n && t[i] == '[') {
            /* only its extent now: its elements are read by
             * clas__json_split_each, which checks their syntax */
            size_t depth = 0;
            *big_at = i;
            for (; i < n; i++) {
                if (t[i] == '"') {
                    i = skip_string(t, n, i) - 1;
                } else if (t[i] == '[' || t[i] == '{') {
                    depth++;
                } else if ((t[i] == ']' || t[i] == '}') && --depth == 0) {
                    i++;
                    break;
                }
            }
            v = json_array();
        } else {
            v = load_value(ctx, &i, &err);
            if (!v)
                st = clas__json_parse_error(ctx, &err, value_at);
        }
        if (v && json_object_set_new(obj, name, v) != 0)
            st = clas__fail_nomem(ctx->origin);
        json_decref(key);
        if (st != CLAS_OK)
            break;
        i = skip_space(t, n, i);
        if (i < n && t[i] == ',') {
            i = skip_space(t, n, i + 1);
        } else if (i < n && t[i] == '}') {
            i = skip_space(t, n, i + 1);
            if (i < n)
                st = end_expected(ctx, i);
            break;
        } else {
            st = expected_error(ctx, i, "',' or '}'", "a member", "un membre");
            break;
        }
    }
done:
    /* A syntax error after the big array: the array's own, earlier in the
     * text, comes first, as when the text is parsed whole. */
    if (st != CLAS_OK && *big_at != SIZE_MAX && st != CLAS_ENOMEM) {
        clas__error_stash();
        int first = each_element(ctx, *big_at, "", NULL, NULL, CLAS_OK);
        st = first != CLAS_OK ? first : clas__error_unstash();
    }
    if (st != CLAS_OK) {
        json_decref(obj);
        *big_at = SIZE_MAX;
        return st;
    }
    *shell = obj;
    return CLAS_OK;
}

int clas__json_split_each(clas_json_ctx *ctx, size_t big_at, const char *name, clas_json_element each, void *data,
                          int status)
{
    return each_element(ctx, big_at, name, each, data, status);
}

/* ---- members ---------------------------------------------------------- */

int clas__json_check_format(clas_json_ctx *ctx, json_t *obj, const char *want, bool optional)
{
    json_t *f = json_object_get(obj, "format");
    if (!f) {
        if (optional)
            return CLAS_OK;
        return clas__json_failm(ctx, CLAS_ESCHEMA, CLAS__MSG_FORMAT_MANQUANT, CLAS__TEXT("attendu", want));
    }
    clas__json_push_key(ctx, "format");
    const char *s = NULL;
    int st = clas__json_string(ctx, f, &s);
    if (st == CLAS_OK && strcmp(s, want) != 0)
        st = clas__json_failm(ctx, CLAS_ESCHEMA, CLAS__MSG_FORMAT_INATTENDU, CLAS__TEXT("format", s),
                              CLAS__TEXT("attendu", want));
    clas__json_pop(ctx);
    return st;
}

int clas__json_unknown_member(clas_json_ctx *ctx, const char *key, const char *allowed)
{
    return clas__json_failm(ctx, CLAS_ESCHEMA, CLAS__MSG_MEMBRE_INCONNU, CLAS__TEXT("membre", key),
                            CLAS__TEXT("permis", allowed));
}

int clas__json_one_spelling(clas_json_ctx *ctx, json_t *obj, const char *name, const char *old)
{
    if (!json_object_get(obj, name) || !json_object_get(obj, old))
        return CLAS_OK;
    clas__json_push_key(ctx, old);
    return clas__json_failm(ctx, CLAS_ESCHEMA, CLAS__MSG_DEUX_ORTHOGRAPHES, CLAS__TEXT("membre", name),
                            CLAS__TEXT("ancien", old));
}

int clas__json_missing_member(clas_json_ctx *ctx, const char *key)
{
    return clas__json_failm(ctx, CLAS_ESCHEMA, CLAS__MSG_MEMBRE_MANQUANT, CLAS__TEXT("membre", key));
}

/* ---- typed values ----------------------------------------------------- */

/* What a value is, in English and in French. */
static clas__arg type_word(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: return (clas__arg)CLAS__WORD("trouve", "an object", "un objet");
    case JSON_ARRAY: return (clas__arg)CLAS__WORD("trouve", "an array", "un tableau");
    case JSON_STRING: return (clas__arg)CLAS__WORD("trouve", "a string", "un texte");
    case JSON_INTEGER: return (clas__arg)CLAS__WORD("trouve", "an integer", "un entier");
    case JSON_REAL: return (clas__arg)CLAS__WORD("trouve", "a number", "un nombre");
    case JSON_TRUE:
    case JSON_FALSE: return (clas__arg)CLAS__WORD("trouve", "a boolean", "un booléen");
    case JSON_NULL: return (clas__arg)CLAS__WORD("trouve", "null", "null");
    }
    return (clas__arg)CLAS__WORD("trouve", "a value", "une valeur");
}

int clas__json_wrong_type(clas_json_ctx *ctx, json_t *v, const char *want_en, const char *want_fr)
{
    return clas__json_failm(ctx, CLAS_ESCHEMA, CLAS__MSG_TYPE_INATTENDU, CLAS__WORD("attendu", want_en, want_fr),
                            type_word(v));
}
#define wrong_type clas__json_wrong_type

int clas__json_object(clas_json_ctx *ctx, json_t *v)
{
    return json_is_object(v) ? CLAS_OK : wrong_type(ctx, v, "an object", "un objet");
}

int clas__json_array(clas_json_ctx *ctx, json_t *v)
{
    return json_is_array(v) ? CLAS_OK : wrong_type(ctx, v, "an array", "un tableau");
}

int clas__json_string(clas_json_ctx *ctx, json_t *v, const char **out)
{
    if (!json_is_string(v))
        return wrong_type(ctx, v, "a string", "un texte");
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
        return wrong_type(ctx, v, "a string or null", "un texte ou null");
    *out = json_string_value(v);
    return CLAS_OK;
}

int clas__json_int(clas_json_ctx *ctx, json_t *v, int64_t *out)
{
    if (!json_is_integer(v))
        return wrong_type(ctx, v, "an integer", "un entier");
    *out = (int64_t)json_integer_value(v);
    return CLAS_OK;
}

int clas__json_bool(clas_json_ctx *ctx, json_t *v, int *out)
{
    if (!json_is_boolean(v))
        return wrong_type(ctx, v, "a boolean (true or false)", "un booléen (true ou false)");
    *out = json_is_true(v) ? 1 : 0;
    return CLAS_OK;
}

int clas__json_money(clas_json_ctx *ctx, json_t *v, clas_cents *out)
{
    if (json_is_number(v))
        return clas__json_fail_msg(ctx, CLAS_ESCHEMA, CLAS__MSG_MONTANT_NOMBRE, NULL, 0);
    if (!json_is_string(v))
        return wrong_type(ctx, v, "an amount string such as \"1500.00\"",
                          "un montant écrit comme un texte, par exemple « 1500.00 »");
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
        return clas__json_fail_msg(ctx, CLAS_ESCHEMA, CLAS__MSG_TAUX_NOMBRE, NULL, 0);
    if (!json_is_string(v))
        return wrong_type(ctx, v, "a rate string such as \"0.33\"",
                          "un taux écrit comme un texte, par exemple « 0.33 »");
    const char *s = json_string_value(v), *p = s;
    if (*p == '-')
        return clas__json_failm(ctx, CLAS_ERANGE, CLAS__MSG_TAUX_NEGATIF, CLAS__TEXT("texte", s));
    int64_t whole = 0, frac = 0;
    size_t ndig = 0, nfrac = 0;
    for (; *p >= '0' && *p <= '9'; p++, ndig++) {
        whole = whole * 10 + (*p - '0');
        if (whole > 1000)
            return clas__json_failm(ctx, CLAS_ERANGE, CLAS__MSG_TAUX_HORS_BORNES, CLAS__TEXT("texte", s));
    }
    if (*p == '.') {
        for (p++; *p >= '0' && *p <= '9'; p++, nfrac++) {
            if (nfrac >= 6)
                return clas__json_failm(ctx, CLAS_ESCHEMA, CLAS__MSG_TAUX_DECIMALES, CLAS__TEXT("texte", s));
            frac = frac * 10 + (*p - '0');
        }
        if (nfrac == 0)
            ndig = 0;
    }
    if (*p != '\0' || ndig == 0)
        return clas__json_failm(ctx, CLAS_ESCHEMA, CLAS__MSG_TAUX_INVALIDE, CLAS__TEXT("texte", s));
    for (size_t k = nfrac; k < 6; k++)
        frac *= 10;
    int64_t value = whole * CLAS_TAUX_UN + frac;
    if (max >= 0 && value > max)
        return clas__json_failm(ctx, CLAS_ERANGE, CLAS__MSG_TAUX_AU_DESSUS_DE_UN, CLAS__TEXT("texte", s));
    *out = value;
    return CLAS_OK;
}

int clas__json_enum(clas_json_ctx *ctx, json_t *v, int *out, clas_json_namer name, int count, const char *what,
                    const char *what_fr)
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
    return clas__json_failm(ctx, CLAS_ESCHEMA, CLAS__MSG_NOM_NON_PERMIS, CLAS__WORD("quoi", what, what_fr),
                            CLAS__TEXT("nom", s), CLAS__TEXT("permis", allowed));
}

int clas__json_enum_array(clas_json_ctx *ctx, json_t *v, clas_json_namer name, int count, const char *what,
                          const char *what_fr, clas_json_enum_add add, void *obj, int einval_as)
{
    int st = clas__json_array(ctx, v);
    size_t i;
    json_t *item;
    json_array_foreach(v, i, item) {
        int value = 0;
        if (st != CLAS_OK)
            break;
        clas__json_push_index(ctx, i);
        st = clas__json_enum(ctx, item, &value, name, count, what, what_fr);
        if (st == CLAS_OK) {
            st = add(obj, value);
            if (st != CLAS_OK)
                return clas__json_rethrow(ctx, st, einval_as);
        }
        if (st == CLAS_OK)
            clas__json_pop(ctx);
    }
    return st;
}

const char *clas__json_niveau_namer(int i) { return clas_niveau_name((clas_niveau)i); }
const char *clas__json_action_namer(int i) { return clas_action_name((clas_action)i); }
const char *clas__json_porteur_type_namer(int i) { return clas_porteur_type_name((clas_porteur_type)i); }
const char *clas__json_bonus_namer(int i) { return clas_bonus_name((clas_bonus)i); }
const char *clas__json_decision_namer(int i) { return clas_decision_name((clas_decision)i); }
const char *clas__json_severity_namer(int i) { return clas_severity_name((clas_severity)i); }
const char *clas__json_regle_namer(int i) { return clas_regle_id((clas_regle)i); }
const char *clas__json_rounding_namer(int i) { return clas_rounding_name((clas_rounding)i); }
const char *clas__json_education_namer(int i)
{
    return clas_education_prioritaire_name((clas_education_prioritaire)i);
}
const char *clas__json_lien_namer(int i) { return clas_lien_name((clas_lien)i); }
const char *clas__json_bilan_precedent_namer(int i) { return clas_bilan_precedent_name((clas_bilan_precedent)i); }
const char *clas__json_code_namer(int i) { return clas_code_name((clas_code)i); }

/* ---- files ------------------------------------------------------------ */

int clas__json_read_file(const char *path, char **buf, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return clas__failm(CLAS_EIO, path, CLAS__MSG_FICHIER_INACCESSIBLE, CLAS__TEXT("detail", strerror(errno)));
    /* A regular file is measured first: one above the limit is refused
     * without reading a byte, and the buffer is allocated once. */
    struct stat sb;
    size_t cap = 65536;
    if (fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode)) {
        if ((uintmax_t)sb.st_size > CLAS_LIMIT_DOCUMENT_BYTES) {
            fclose(f);
            return clas__failm(CLAS_ELIMIT, path, CLAS__MSG_DOCUMENT_TROP_GRAND, CLAS__INT("octets", sb.st_size),
                               CLAS__INT("max", CLAS_LIMIT_DOCUMENT_BYTES));
        }
        cap = (size_t)sb.st_size + 1;
    }
    size_t n = 0;
    int st = CLAS_OK, saved = 0;
    char *data = malloc(cap);
    if (!data)
        st = clas__fail_nomem(path);
    while (st == CLAS_OK) {
        if (n + 1 == cap) {
            /* Full: at the end of a measured file, or a pipe, a device, a
             * file that grew. Look for one more byte before growing. */
            int c = getc(f);
            if (c == EOF) {
                if (ferror(f)) {
                    saved = errno;
                    st = clas__failm(CLAS_EIO, path, CLAS__MSG_FICHIER_ILLISIBLE, CLAS__TEXT("detail", strerror(saved)));
                }
                break;
            }
            if (c == '\0') {
                st = clas__failm(CLAS_EPARSE, path, CLAS__MSG_OCTET_NUL, CLAS__INT("position", n));
                break;
            }
            ungetc(c, f);
            if (n >= CLAS_LIMIT_DOCUMENT_BYTES) {
                st = clas__failm(CLAS_ELIMIT, path, CLAS__MSG_LECTURE_TROP_LONGUE,
                                 CLAS__INT("max", CLAS_LIMIT_DOCUMENT_BYTES));
                break;
            }
            size_t bigger = cap * 2 > CLAS_LIMIT_DOCUMENT_BYTES + 2 ? CLAS_LIMIT_DOCUMENT_BYTES + 2 : cap * 2;
            char *p = realloc(data, bigger);
            if (!p) {
                st = clas__fail_nomem(path);
                break;
            }
            data = p;
            cap = bigger;
        }
        size_t got = cap - n - 1 > 0 ? fread(data + n, 1, cap - n - 1, f) : 0;
        if (got == 0) {
            if (ferror(f)) {
                saved = errno;
                st = clas__failm(CLAS_EIO, path, CLAS__MSG_FICHIER_ILLISIBLE, CLAS__TEXT("detail", strerror(saved)));
            }
            break;
        }
        /* No JSON text holds a NUL byte: stop at the first (/dev/zero). */
        const char *nul = memchr(data + n, '\0', got);
        if (nul) {
            st = clas__failm(CLAS_EPARSE, path, CLAS__MSG_OCTET_NUL, CLAS__INT("position", nul - data));
            break;
        }
        n += got;
    }
    fclose(f);
    if (st != CLAS_OK) {
        free(data);
        return st;
    }
    data[n] = '\0';
    *buf = data;
    *len = n;
    return CLAS_OK;
}
