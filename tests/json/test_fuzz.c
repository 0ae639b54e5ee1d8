/* SPDX-License-Identifier: Apache-2.0 */
/* Bad input never crashes: real documents (the example campaign, every
 * vector's dossier and rule data, data/, tests/data/) are mutated at random
 * by a seeded, deterministic generator and fed to the three JSON readers.
 * Each call must succeed or fail with a negative status and a message;
 * whatever is accepted must save, reload equal and evaluate. A few inputs
 * that once went wrong are kept below as fixed cases.
 *
 * CLAS_FUZZ_ITERATIONS overrides the number of mutated documents (20 000,
 * or 300 under valgrind); CLAS_FUZZ_SEED the generator's seed. */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "testutil.h"

/* ---- the generator ---------------------------------------------------- */

static uint64_t rng_state;

static uint64_t rng_next(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    rng_state = x;
    return x;
}

/* Uniform enough in 0..n-1 for n > 0. */
static size_t rng_below(size_t n)
{
    return n ? (size_t)(rng_next() % n) : 0;
}

/* ---- a growable byte buffer ------------------------------------------- */

typedef struct buf {
    char *p;
    size_t len, cap;
} buf;

/* Mutated documents stay below this size (long strings, duplicated spans). */
#define FUZZ_MAX_LEN (1u << 20)

static void buf_reserve(buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1)
        cap *= 2;
    b->p = realloc(b->p, cap);
    assert_non_null(b->p);
    b->cap = cap;
}

static void buf_set(buf *b, const char *s, size_t n)
{
    b->len = 0;
    buf_reserve(b, n);
    memcpy(b->p, s, n);
    b->len = n;
    b->p[n] = '\0';
}

/* Replaces b[at, at+del) with s[0, n). */
static void buf_splice(buf *b, size_t at, size_t del, const char *s, size_t n)
{
    if (at > b->len)
        at = b->len;
    if (del > b->len - at)
        del = b->len - at;
    if (b->len - del + n > FUZZ_MAX_LEN)
        return;
    buf_reserve(b, n);
    memmove(b->p + at + n, b->p + at + del, b->len - at - del);
    if (n)
        memcpy(b->p + at, s, n);
    b->len = b->len - del + n;
    b->p[b->len] = '\0';
}

/* ---- the mutations ---------------------------------------------------- */

/* Index of the n-th (mod count) occurrence of a byte satisfying @p pred,
 * starting the search at a random place; b->len if there is none. */
static size_t find_from_random(const buf *b, int (*pred)(const buf *, size_t))
{
    if (b->len == 0)
        return 0;
    size_t start = rng_below(b->len);
    for (size_t k = 0; k < b->len; k++) {
        size_t i = (start + k) % b->len;
        if (pred(b, i))
            return i;
    }
    return b->len;
}

static int is_digit_at(const buf *b, size_t i)
{
    return b->p[i] >= '0' && b->p[i] <= '9';
}

static int is_quote_at(const buf *b, size_t i)
{
    return b->p[i] == '"' && (i == 0 || b->p[i - 1] != '\\');
}

static int is_colon_at(const buf *b, size_t i)
{
    return b->p[i] == ':';
}

/* A key: a quote that follows '{' or ',' (skipping blanks). */
static int is_key_at(const buf *b, size_t i)
{
    if (b->p[i] != '"')
        return 0;
    while (i > 0) {
        char c = b->p[--i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r')
            continue;
        return c == '{' || c == ',';
    }
    return 0;
}

/* End of the JSON string starting at b[i] == '"' (after the closing quote). */
static size_t string_end(const buf *b, size_t i)
{
    for (i++; i < b->len; i++) {
        if (b->p[i] == '\\')
            i++;
        else if (b->p[i] == '"')
            return i + 1;
    }
    return b->len;
}

/* End of the value starting at b[i] (blanks skipped by the caller). */
static size_t value_end(const buf *b, size_t i)
{
    if (i >= b->len)
        return b->len;
    if (b->p[i] == '"')
        return string_end(b, i);
    if (b->p[i] == '{' || b->p[i] == '[') {
        int depth = 0;
        while (i < b->len) {
            char c = b->p[i];
            if (c == '"') {
                i = string_end(b, i);
                continue;
            }
            if (c == '{' || c == '[')
                depth++;
            else if ((c == '}' || c == ']') && --depth == 0)
                return i + 1;
            i++;
        }
        return b->len;
    }
    while (i < b->len && !strchr(",}] \t\r\n", b->p[i]))
        i++;
    return i;
}

static size_t skip_blanks(const buf *b, size_t i)
{
    while (i < b->len && strchr(" \t\r\n", b->p[i]))
        i++;
    return i;
}

static const char *const odd_values[] = {
    "null", "true", "false", "0", "-1", "1.5", "\"\"", "\"x\"", "[]", "{}", "[null]", "{\"\":0}",
    "\"-1.00\"", "\"0.001\"", "\"1e3\"", "\" 1.00\"", "\"1,00\"", "\"+1\"", "\"NaN\"", "\".5\"", "\"5.\"",
    "\"99999999999999999999.99\"", "\"1000000000.00\"", "\"1000000000.01\"", "\"999999999.99\"",
    "\"2025-02-29\"", "\"2024-02-29\"", "\"2025-13-01\"", "\"0000-00-00\"", "\"2025-2025\"", "\"2024-2026\"",
    "\"9999-10000\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\u00e9\"", "\"\\/\"",
    "1e999", "-1e999", "1e-999", "-0", "0.0", "9223372036854775807", "9223372036854775808",
    "-9223372036854775808", "-9223372036854775809", "18446744073709551616",
    "123456789012345678901234567890", "2147483648", "-2147483649", "4294967296", "1.0e2",
};

static const char *const bad_utf8[] = {
    "\xC0\x80", "\xC1\xBF", "\xFF", "\xFE", "\x80", "\xBF\xBF", "\xE2\x82", "\xED\xA0\x80", "\xED\xBF\xBF",
    "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xF8\x88\x80\x80\x80", "\xE0\x80\xAF", "\xF0\x80\x80\xAF", "\xC3",
};

/* Random spans for the span mutations: a start and a length up to 64. */
static void random_span(const buf *b, size_t *at, size_t *n)
{
    *at = rng_below(b->len + 1);
    *n = rng_below(65);
    if (*n > b->len - *at)
        *n = b->len - *at;
}

static void mutate_once(buf *b)
{
    size_t at, n, i;
    char tmp[256];
    switch (rng_below(18)) {
    case 0: /* flip a bit */
        if (b->len)
            b->p[rng_below(b->len)] ^= (char)(1u << rng_below(8));
        break;
    case 1: { /* insert random bytes, mostly JSON punctuation */
        static const char punct[] = "{}[]\":,\\ 0-.eEtfn\n";
        size_t k = 1 + rng_below(4);
        for (i = 0; i < k; i++)
            tmp[i] = rng_below(2) ? punct[rng_below(sizeof punct - 1)] : (char)rng_below(256);
        buf_splice(b, rng_below(b->len + 1), 0, tmp, k);
        break;
    }
    case 2: /* delete a span */
        random_span(b, &at, &n);
        buf_splice(b, at, n, NULL, 0);
        break;
    case 3: /* truncate */
        b->len = rng_below(b->len + 1);
        b->p[b->len] = '\0';
        break;
    case 4: { /* duplicate a span somewhere */
        random_span(b, &at, &n);
        memcpy(tmp, b->p + at, n);
        buf_splice(b, rng_below(b->len + 1), 0, tmp, n);
        break;
    }
    case 5: { /* swap two spans of equal length */
        random_span(b, &at, &n);
        size_t other = rng_below(b->len - n + 1);
        if (other + n <= at || at + n <= other) {
            memcpy(tmp, b->p + at, n);
            memmove(b->p + at, b->p + other, n);
            memcpy(b->p + other, tmp, n);
        }
        break;
    }
    case 6: /* replace a digit by a digit or a run of nines */
        i = find_from_random(b, is_digit_at);
        if (i < b->len) {
            if (rng_below(4) == 0)
                buf_splice(b, i, 1, "99999999999999999999", 1 + rng_below(20));
            else
                b->p[i] = (char)('0' + rng_below(10));
        }
        break;
    case 7: { /* invalid UTF-8, mostly inside a string */
        const char *s = bad_utf8[rng_below(sizeof bad_utf8 / sizeof *bad_utf8)];
        i = find_from_random(b, is_quote_at);
        buf_splice(b, i < b->len && rng_below(4) ? i + 1 : rng_below(b->len + 1), 0, s, strlen(s));
        break;
    }
    case 8: { /* deep nesting in place of a value */
        i = find_from_random(b, is_colon_at);
        if (i >= b->len)
            break;
        size_t start = skip_blanks(b, i + 1), end = value_end(b, start);
        size_t depth = rng_below(2) ? 1 + rng_below(80) : 1 + rng_below(5000);
        int objects = (int)rng_below(2);
        buf nest = {0};
        const char *open = objects ? "{\"a\":" : "[";
        for (size_t k = 0; k < depth; k++)
            buf_splice(&nest, nest.len, 0, open, strlen(open));
        buf_splice(&nest, nest.len, 0, "1", 1);
        for (size_t k = 0; k < depth; k++)
            buf_splice(&nest, nest.len, 0, objects ? "}" : "]", 1);
        buf_splice(b, start, end - start, nest.p, nest.len);
        free(nest.p);
        break;
    }
    case 9: /* a value of another type, or an odd one */
    case 10: {
        i = find_from_random(b, is_colon_at);
        if (i >= b->len)
            break;
        size_t start = skip_blanks(b, i + 1), end = value_end(b, start);
        const char *v = odd_values[rng_below(sizeof odd_values / sizeof *odd_values)];
        buf_splice(b, start, end - start, v, strlen(v));
        break;
    }
    case 11: { /* a huge number */
        i = find_from_random(b, is_digit_at);
        if (i >= b->len)
            break;
        size_t k = 1 + rng_below(400);
        buf big = {0};
        buf_reserve(&big, k + 8);
        for (size_t j = 0; j < k; j++)
            big.p[j] = (char)('1' + rng_below(9));
        big.len = k;
        if (rng_below(2)) {
            char exponent[16];
            int e = snprintf(exponent, sizeof exponent, "e%d", (int)rng_below(700));
            buf_splice(&big, big.len, 0, exponent, (size_t)e);
        }
        buf_splice(b, i, value_end(b, i) - i, big.p, big.len);
        free(big.p);
        break;
    }
    case 12: { /* a very long string (or one just over a limit) */
        i = find_from_random(b, is_quote_at);
        if (i >= b->len)
            break;
        size_t end = string_end(b, i);
        static const size_t lengths[] = {63, 64, 65, 4095, 4096, 4097, 20000, 100000};
        size_t k = rng_below(2) ? lengths[rng_below(8)] : rng_below(300);
        buf s = {0};
        buf_reserve(&s, k + 2);
        s.p[0] = '"';
        for (size_t j = 0; j < k; j++)
            s.p[j + 1] = rng_below(8) ? (char)('a' + rng_below(26)) : "\xc3\xa9"[j % 2];
        if (k && s.p[k] == '\xc3')
            s.p[k] = 'z';
        s.p[k + 1] = '"';
        s.len = k + 2;
        buf_splice(b, i, end - i, s.p, s.len);
        free(s.p);
        break;
    }
    case 13: { /* escape a character of a key or string: "\u0069d" for "id" */
        i = find_from_random(b, is_quote_at);
        if (i + 1 >= b->len)
            break;
        unsigned char c = (unsigned char)b->p[i + 1];
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\')
            break;
        snprintf(tmp, sizeof tmp, "\\u%04x", c);
        buf_splice(b, i + 1, 1, tmp, 6);
        break;
    }
    case 14: { /* duplicate a member */
        i = find_from_random(b, is_key_at);
        if (i >= b->len)
            break;
        size_t colon = skip_blanks(b, string_end(b, i));
        if (colon >= b->len || b->p[colon] != ':')
            break;
        size_t end = value_end(b, skip_blanks(b, colon + 1));
        buf member = {0};
        buf_set(&member, b->p + i, end - i);
        buf_splice(&member, member.len, 0, ",", 1);
        buf_splice(b, i, 0, member.p, member.len);
        free(member.p);
        break;
    }
    case 15: /* remove a member (with the comma that follows it) */
        i = find_from_random(b, is_key_at);
        if (i < b->len) {
            size_t end = value_end(b, skip_blanks(b, skip_blanks(b, string_end(b, i)) + 1));
            end = skip_blanks(b, end);
            if (end < b->len && b->p[end] == ',')
                end++;
            buf_splice(b, i, end - i, NULL, 0);
        }
        break;
    case 16: { /* add an unknown member */
        i = find_from_random(b, is_key_at);
        static const char *const extra[] = {"\"zz\":1,", "\"\":null,", "\"id\":\"X\",", "\"format\":\"clas-dossier/1\",",
                                            "\"format\":\"clas-campagne/1\",", "\"format\":\"clas-regles/1\","};
        const char *s = extra[rng_below(sizeof extra / sizeof *extra)];
        if (i < b->len)
            buf_splice(b, i, 0, s, strlen(s));
        break;
    }
    default: { /* copy a value over another one (type confusion with real data) */
        size_t a = find_from_random(b, is_colon_at), c = find_from_random(b, is_colon_at);
        if (a >= b->len || c >= b->len)
            break;
        size_t as = skip_blanks(b, a + 1), ae = value_end(b, as);
        size_t cs = skip_blanks(b, c + 1), ce = value_end(b, cs);
        if (ae - as > 8192)
            break;
        buf v = {0};
        buf_set(&v, b->p + as, ae - as);
        buf_splice(b, cs, ce - cs, v.p, v.len);
        free(v.p);
        break;
    }
    }
}

/* ---- the seeds -------------------------------------------------------- */

typedef struct corpus {
    char **text;
    size_t count, cap;
} corpus;

static void corpus_add(corpus *c, char *text)
{
    assert_non_null(text);
    if (c->count == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 64;
        c->text = realloc(c->text, c->cap * sizeof *c->text);
        assert_non_null(c->text);
    }
    c->text[c->count++] = text;
}

static void corpus_add_file(corpus *c, const char *dir, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    char *text = testutil_read_file(path, NULL);
    if (!text)
        fail_msg("cannot read %s", path);
    corpus_add(c, text);
}

static int is_json_name(const char *name)
{
    size_t n = strlen(name);
    return n > 5 && strcmp(name + n - 5, ".json") == 0;
}

static void corpus_add_vector(json_t *v, const char *name, void *data)
{
    corpus *c = data;
    corpus_add(c, json_dumps(json_object_get(v, "dossier"), rng_below(2) ? JSON_INDENT(2) : JSON_COMPACT));
    /* Rule data a vector expects refused (a barème beyond its rounding) is
     * no seed: every seed is accepted as it is. */
    json_t *regles = json_object_get(v, "regles");
    json_t *erreur = json_object_get(json_object_get(v, "attendu"), "erreur");
    if (json_is_object(regles) && !json_is_string(erreur))
        corpus_add(c, json_dumps(regles, JSON_COMPACT));
    /* A one-dossier campaign with the vector's cadre: small campaigns
     * are accepted far more often after a mutation than the example. */
    json_t *dossier = json_object_get(v, "dossier"), *cadre = json_object_get(v, "cadre");
    json_t *campagne = json_pack("{s:s, s:O, s:O, s:s, s:O, s:[O]}", "format", "clas-campagne/1", "departement",
                                 json_object_get(dossier, "departement"), "annee_scolaire",
                                 json_object_get(dossier, "annee_scolaire"), "nom", name, "cadre",
                                 cadre ? cadre : json_null(), "dossiers", dossier);
    assert_non_null(campagne);
    corpus_add(c, json_dumps(campagne, JSON_COMPACT));
    json_decref(campagne);
}

static void corpus_load(corpus *c)
{
    const char *tests = getenv("CLAS_TESTS_DIR"), *data = getenv("CLAS_DATA_DIR"),
               *vectors = getenv("CLAS_VECTORS_DIR");
    assert_non_null(tests);
    assert_non_null(data);
    assert_non_null(vectors);
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/../examples", tests);
    corpus_add_file(c, dir, "campagne-marne-2025-2026.json");
    corpus_add_file(c, data, "baremes.json");
    corpus_add_file(c, data, "cadres.json");
    snprintf(dir, sizeof dir, "%s/data", tests);
    DIR *d = opendir(dir);
    assert_non_null(d);
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (is_json_name(e->d_name))
            corpus_add_file(c, dir, e->d_name);
    closedir(d);

    /* Each vector's dossier, and its rule data when it has some. */
    assert_true(testutil_for_each_vector(corpus_add_vector, c) >= 60);
}

static void corpus_free(corpus *c)
{
    for (size_t i = 0; i < c->count; i++)
        free(c->text[i]);
    free(c->text);
}

/* ---- the checks ------------------------------------------------------- */

typedef struct fuzz_stats {
    size_t dossiers, campagnes, regles; /* documents accepted */
} fuzz_stats;

/* The statuses the readers document (clas/json.h). */
static const int reader_statuses[] = {CLAS_EPARSE, CLAS_ESCHEMA, CLAS_EUTF8, CLAS_ERANGE, CLAS_ENOMEM, 0};
static const int campagne_statuses[] = {CLAS_EPARSE, CLAS_ESCHEMA, CLAS_EUTF8, CLAS_ERANGE, CLAS_ENOMEM, CLAS_ERULES, 0};
static const int regles_statuses[] = {CLAS_EPARSE, CLAS_ESCHEMA, CLAS_ERULES, CLAS_EEXISTS, CLAS_ERANGE,
                                      CLAS_EUTF8,  CLAS_ENOMEM,  CLAS_EINVAL, 0};

static int status_in(int st, const int *allowed)
{
    for (; *allowed; allowed++)
        if (st == *allowed)
            return 1;
    return 0;
}

/* A failure must be one of the documented statuses (any negative one when
 * @p allowed is NULL), be the last error, and come with a message. */
static void check_failure(int st, const char *what, const int *allowed, const buf *doc)
{
    if (st >= 0 || (allowed && !status_in(st, allowed)) || clas_error_last_code() != st ||
        clas_error_last_message() == NULL || clas_error_last_message()[0] == '\0')
        fail_msg("%s: status %s (%d), last error %d \"%s\", input of %zu bytes:\n%.*s", what,
                 clas_status_name(st), st, clas_error_last_code(), clas_error_last_message(), doc->len,
                 (int)(doc->len < 2000 ? doc->len : 2000), doc->p);
}

static void check_evaluation(const clas_regles *regles, const clas_dossier *d)
{
    clas_evaluation *ev = NULL;
    int st = clas_evaluate(&ev, regles, NULL, d, CLAS_CARRY_FORWARD | CLAS_EVAL_TRACE);
    if (st == CLAS_OK) {
        char *out = NULL;
        assert_clas_ok(clas_evaluation_to_json(&out, ev, 0));
        assert_non_null(out);
        clas_free(out);
    } else {
        assert_true(st < 0);
        assert_true(clas_error_last_message()[0] != '\0');
        assert_null(ev);
    }
    clas_evaluation_free(ev);
}

static void check_dossier(const clas_regles *regles, const buf *doc, fuzz_stats *stats)
{
    clas_dossier *a = NULL, *b = NULL;
    int st = clas_dossier_from_json(&a, doc->p, doc->len, "fuzz.json");
    if (st != CLAS_OK) {
        check_failure(st, "clas_dossier_from_json", reader_statuses, doc);
        assert_null(a);
        return;
    }
    stats->dossiers++;
    char *first = NULL, *second = NULL;
    assert_clas_ok(clas_dossier_to_json(&first, a, 0));
    st = clas_dossier_from_json(&b, first, strlen(first), "saved.json");
    if (st != CLAS_OK)
        fail_msg("accepted dossier does not reload (%s: %s):\n%s\nsaved as:\n%s", clas_status_name(st),
                 clas_error_last_message(), doc->p, first);
    if (!clas_dossier_equal(a, b))
        fail_msg("dossier differs after saving:\n%s", doc->p);
    assert_clas_ok(clas_dossier_to_json(&second, b, 0));
    assert_string_equal(first, second);
    check_evaluation(regles, a);
    clas_free(first);
    clas_free(second);
    clas_dossier_free(a);
    clas_dossier_free(b);
}

static void check_campagne(const clas_regles *regles, const buf *doc, fuzz_stats *stats)
{
    clas_campagne *a = NULL, *b = NULL;
    int st = clas_campagne_from_json(&a, doc->p, doc->len, "fuzz.json");
    if (st != CLAS_OK) {
        check_failure(st, "clas_campagne_from_json", campagne_statuses, doc);
        assert_null(a);
        return;
    }
    stats->campagnes++;
    char *first = NULL, *second = NULL;
    assert_clas_ok(clas_campagne_to_json(&first, a, 0));
    st = clas_campagne_from_json(&b, first, strlen(first), "saved.json");
    if (st != CLAS_OK)
        fail_msg("accepted campaign does not reload (%s: %s)", clas_status_name(st), clas_error_last_message());
    assert_int_equal(clas_campagne_num_dossiers(a), clas_campagne_num_dossiers(b));
    for (size_t i = 0; i < clas_campagne_num_dossiers(a); i++)
        assert_true(clas_dossier_equal(clas_campagne_get_dossier_const(a, i), clas_campagne_get_dossier_const(b, i)));
    assert_clas_ok(clas_campagne_to_json(&second, b, 0));
    assert_string_equal(first, second);

    clas_rapport *r = NULL;
    st = clas_rapport_new(&r, regles, a, CLAS_CARRY_FORWARD | CLAS_EVAL_TRACE);
    if (st == CLAS_OK) {
        char *out = NULL;
        assert_clas_ok(clas_rapport_to_json(&out, r, a, 0));
        clas_free(out);
    } else {
        check_failure(st, "clas_rapport_new", NULL, doc);
    }
    clas_rapport_free(r);
    clas_free(first);
    clas_free(second);
    clas_campagne_free(a);
    clas_campagne_free(b);
}

/* Rule data: add to an empty builder; when accepted and buildable, the
 * rule set saves and reloads to the same text and evaluates a dossier. */
static void check_regles(const clas_dossier *probe, const buf *doc, fuzz_stats *stats)
{
    clas_regles_builder *builder = NULL, *again = NULL;
    assert_clas_ok(clas_regles_builder_new(&builder));
    int st = clas_regles_builder_add_json(builder, doc->p, doc->len, "fuzz.json", 0);
    if (st != CLAS_OK) {
        check_failure(st, "clas_regles_builder_add_json", regles_statuses, doc);
        clas_regles_builder_free(builder);
        return;
    }
    stats->regles++;
    clas_regles *a = NULL, *b = NULL;
    st = clas_regles_builder_build(&a, builder);
    if (st != CLAS_OK) {
        check_failure(st, "clas_regles_builder_build", NULL, doc);
        clas_regles_builder_free(builder);
        return;
    }
    char *first = NULL, *second = NULL;
    assert_clas_ok(clas_regles_to_json(&first, a, 0));
    assert_clas_ok(clas_regles_builder_new(&again));
    st = clas_regles_builder_add_json(again, first, strlen(first), "saved.json", 0);
    if (st != CLAS_OK)
        fail_msg("accepted rule data does not reload (%s: %s):\n%s\nsaved as:\n%s", clas_status_name(st),
                 clas_error_last_message(), doc->p, first);
    assert_clas_ok(clas_regles_builder_build(&b, again));
    assert_clas_ok(clas_regles_to_json(&second, b, 0));
    assert_string_equal(first, second);
    assert_string_equal(clas_regles_hash(a), clas_regles_hash(b));
    check_evaluation(a, probe);
    clas_free(first);
    clas_free(second);
    clas_regles_unref(a);
    clas_regles_unref(b);
    clas_regles_builder_free(builder);
    clas_regles_builder_free(again);
}

static void check_all(const clas_regles *regles, const clas_dossier *probe, const buf *doc, fuzz_stats *stats)
{
    check_dossier(regles, doc, stats);
    check_campagne(regles, doc, stats);
    check_regles(probe, doc, stats);
}

/* ---- the tests -------------------------------------------------------- */

static size_t env_size(const char *name, size_t fallback)
{
    const char *v = getenv(name);
    return v && *v ? (size_t)strtoull(v, NULL, 10) : fallback;
}

static void test_mutations(void **state)
{
    const clas_regles *regles = *state;
    rng_state = env_size("CLAS_FUZZ_SEED", 0x2025202651ULL);
    if (rng_state == 0)
        rng_state = 1;
    size_t iterations = env_size("CLAS_FUZZ_ITERATIONS", getenv("CLAS_UNDER_VALGRIND") ? 300 : 20000);

    corpus seeds = {0};
    corpus_load(&seeds);
    clas_dossier *probe = testutil_dossier_eligible(1000000);
    fuzz_stats stats = {0};
    buf doc = {0};

    /* Every seed as it is first: each is accepted by one reader, except
     * tests/data/dossier_erreur.json, which is meant to be rejected. */
    for (size_t i = 0; i < seeds.count; i++) {
        buf_set(&doc, seeds.text[i], strlen(seeds.text[i]));
        check_all(regles, probe, &doc, &stats);
    }
    assert_int_equal(stats.dossiers + stats.campagnes + stats.regles, seeds.count - 1);

    for (size_t it = 0; it < iterations; it++) {
        const char *seed = seeds.text[rng_below(seeds.count)];
        buf_set(&doc, seed, strlen(seed));
        size_t k = 1 + rng_below(rng_below(4) == 0 ? 8 : 3);
        for (size_t m = 0; m < k; m++)
            mutate_once(&doc);
        check_all(regles, probe, &doc, &stats);
    }
    print_message("# %zu mutated documents (seed %s): accepted %zu dossiers, %zu campaigns, %zu rule sets\n",
                  iterations, getenv("CLAS_FUZZ_SEED") ? getenv("CLAS_FUZZ_SEED") : "default", stats.dossiers,
                  stats.campagnes, stats.regles);

    free(doc.p);
    clas_dossier_free(probe);
    corpus_free(&seeds);
}

/* Found by the mutations: a campaign whose cadre has its calendar out of
 * order is CLAS_ERULES, and the message names the cadre once. */
static void test_campaign_cadre_out_of_order(void **state)
{
    (void)state;
    static const char doc[] =
        "{\"format\":\"clas-campagne/1\",\"departement\":\"51\",\"annee_scolaire\":\"2025-2026\",\"nom\":\"x\","
        "\"cadre\":{\"departement\":\"51\",\"annee_scolaire\":\"2025-2026\",\"nom\":\"Cadre\","
        "\"calendrier\":{\"lancement\":\"3025-05-26\",\"limite_depot\":\"2025-08-18\",\"comite\":\"2025-09\"}},"
        "\"dossiers\":[]}";
    clas_campagne *c = NULL;
    assert_clas_status(clas_campagne_from_json(&c, doc, strlen(doc), "c.json"), CLAS_ERULES);
    assert_null(c);
    const char *msg = clas_error_last_message();
    assert_non_null(strstr(msg, "limite_depot 2025-08-18 is before lancement 3025-05-26"));
    if (strstr(msg, "2025-2026: cadre"))
        fail_msg("the cadre is named twice: %s", msg);
}

/* Found by the mutations: an integer too big for JSON numbers in rule data
 * is CLAS_ERANGE (now documented for clas_regles_builder_add_json()). */
static void test_rule_data_huge_integer(void **state)
{
    (void)state;
    static const char doc[] = "{\"format\":\"clas-regles/1\",\"baremes\":[],\"cadres\":18446744073709551616}";
    clas_regles_builder *b = NULL;
    assert_clas_ok(clas_regles_builder_new(&b));
    assert_clas_status(clas_regles_builder_add_json(b, doc, strlen(doc), "r.json", 0), CLAS_ERANGE);
    assert_true(clas_error_last_message()[0] != '\0');
    clas_regles_builder_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_campaign_cadre_out_of_order),
        cmocka_unit_test(test_rule_data_huge_integer),
        cmocka_unit_test(test_mutations),
    };
    return cmocka_run_group_tests_name("fuzz_json", tests, testutil_regles_setup, testutil_regles_teardown);
}
