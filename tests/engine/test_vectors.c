/* SPDX-License-Identifier: Apache-2.0 */
/* Runs the language-neutral test vectors of tests/vectors/ (format described
 * in tests/vectors/README.md): one cmocka test per file, named after it,
 * and one that every constat code is expected by some vector.
 * Every mismatch of a vector is listed before the test fails, so one run
 * shows everything that disagrees. */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "testutil.h"

/* Mismatches of one vector, accumulated then reported together. */
typedef struct report {
    char text[8192];
    size_t len;
    int count;
} report;

static void mismatch(report *r, const char *fmt, ...)
{
    va_list ap;
    r->count++;
    if (r->len >= sizeof r->text - 2)
        return;
    va_start(ap, fmt);
    int n = vsnprintf(r->text + r->len, sizeof r->text - r->len, fmt, ap);
    va_end(ap);
    if (n > 0)
        r->len += (size_t)n < sizeof r->text - r->len ? (size_t)n : sizeof r->text - r->len - 1;
    if (r->len < sizeof r->text - 1)
        r->text[r->len++] = '\n';
    r->text[r->len] = '\0';
}

static char *dump(const json_t *j)
{
    return json_dumps(j, JSON_COMPACT | JSON_ENSURE_ASCII);
}

/* Adds a clas-regles/1 document to the builder, replacing entries. */
static int add_regles_doc(clas_regles_builder *b, const json_t *doc, const char *origin)
{
    char *text = dump(doc);
    if (!text)
        return CLAS_ENOMEM;
    int st = clas_regles_builder_add_json(b, text, strlen(text), origin, CLAS_REGLES_REPLACE);
    free(text);
    return st;
}

static const char *str_member(const json_t *obj, const char *key)
{
    const json_t *v = json_object_get(obj, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static int bool_member(const json_t *obj, const char *key)
{
    return json_is_true(json_object_get(obj, key));
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Sorts and dedups a list of names in place; returns the new count. */
static size_t unique_names(const char **names, size_t n)
{
    if (n == 0)
        return 0;
    qsort(names, n, sizeof *names, cmp_str);
    size_t k = 1;
    for (size_t i = 1; i < n; i++)
        if (strcmp(names[i], names[k - 1]) != 0)
            names[k++] = names[i];
    return k;
}

/* Compares the set of code names @p got with the JSON array @p want. */
static void compare_codes(report *r, const char *where, const char **got, size_t ngot, const json_t *want)
{
    size_t nwant = json_array_size(want);
    const char **w = calloc(nwant + 1, sizeof *w);
    char gotbuf[1024] = "", wantbuf[1024] = "";
    if (!w) {
        mismatch(r, "%s: out of memory", where);
        return;
    }
    for (size_t i = 0; i < nwant; i++) {
        const char *s = json_string_value(json_array_get(want, i));
        w[i] = s ? s : "?";
    }
    nwant = unique_names(w, nwant);
    ngot = unique_names(got, ngot);
    int same = nwant == ngot;
    for (size_t i = 0; same && i < ngot; i++)
        same = strcmp(got[i], w[i]) == 0;
    if (!same) {
        for (size_t i = 0; i < ngot; i++) {
            strncat(gotbuf, i ? " " : "", sizeof gotbuf - strlen(gotbuf) - 1);
            strncat(gotbuf, got[i], sizeof gotbuf - strlen(gotbuf) - 1);
        }
        for (size_t i = 0; i < nwant; i++) {
            strncat(wantbuf, i ? " " : "", sizeof wantbuf - strlen(wantbuf) - 1);
            strncat(wantbuf, w[i], sizeof wantbuf - strlen(wantbuf) - 1);
        }
        mismatch(r, "%s: codes: expected [%s], got [%s]", where, wantbuf, gotbuf);
    }
    free(w);
}

/* Compares each listed amount; @p collectif < 0 means the dossier totals. */
static void compare_montants(report *r, const char *where, const clas_evaluation *ev, long collectif,
                             const json_t *want)
{
    const char *name;
    const json_t *value;
    json_object_foreach((json_t *)want, name, value) {
        clas_montant m;
        clas_cents expected, got;
        char gbuf[32], wbuf[32];
        if (clas_montant_parse(&m, name) != CLAS_OK) {
            mismatch(r, "%s: unknown amount name \"%s\"", where, name);
            continue;
        }
        if (!json_is_string(value) || clas_cents_parse(&expected, json_string_value(value)) != CLAS_OK) {
            mismatch(r, "%s: %s: expected value is not a money string", where, name);
            continue;
        }
        got = collectif < 0 ? clas_evaluation_get_total(ev, m)
                            : clas_evaluation_get_montant(ev, (size_t)collectif, m);
        if (got != expected) {
            clas_cents_format(gbuf, sizeof gbuf, got);
            clas_cents_format(wbuf, sizeof wbuf, expected);
            mismatch(r, "%s: montants.%s: expected %s, got %s", where, name, wbuf, gbuf);
        }
    }
}

static void compare_collectif(report *r, const clas_evaluation *ev, size_t i, const json_t *want)
{
    char where[128];
    const char *id = clas_evaluation_get_collectif_id(ev, i);
    const char *want_id = str_member(want, "id");
    snprintf(where, sizeof where, "collectifs[%zu] (%s)", i, id ? id : "?");
    if (!id || !want_id || strcmp(id, want_id) != 0)
        mismatch(r, "%s: id: expected %s", where, want_id ? want_id : "?");

    const char *verdict = clas_verdict_name(clas_evaluation_get_collectif_verdict(ev, i));
    const char *want_verdict = str_member(want, "verdict");
    if (want_verdict && (!verdict || strcmp(verdict, want_verdict) != 0))
        mismatch(r, "%s: verdict: expected %s, got %s", where, want_verdict, verdict ? verdict : "(null)");

    const char *decision = clas_decision_name(clas_evaluation_get_collectif_decision(ev, i));
    const char *want_decision = str_member(want, "decision");
    if (want_decision && (!decision || strcmp(decision, want_decision) != 0))
        mismatch(r, "%s: decision: expected %s, got %s", where, want_decision, decision ? decision : "(null)");
    const char *statut = clas_statut_name(clas_evaluation_get_collectif_statut(ev, i));
    const char *want_statut = str_member(want, "statut");
    if (want_statut && (!statut || strcmp(statut, want_statut) != 0))
        mismatch(r, "%s: statut: expected %s, got %s", where, want_statut, statut ? statut : "(null)");

    const json_t *codes = json_object_get(want, "codes");
    if (codes) {
        size_t n = clas_evaluation_num_collectif_constats(ev, i);
        const char **got = calloc(n + 1, sizeof *got);
        if (!got) {
            mismatch(r, "%s: out of memory", where);
            return;
        }
        for (size_t j = 0; j < n; j++) {
            const char *name = clas_code_name(clas_constat_get_code(clas_evaluation_get_collectif_constat(ev, i, j)));
            got[j] = name ? name : "(invalid code)";
        }
        compare_codes(r, where, got, n, codes);
        free(got);
    }
    const json_t *montants = json_object_get(want, "montants");
    if (montants)
        compare_montants(r, where, ev, (long)i, montants);
}

static void compare_evaluation(report *r, const clas_evaluation *ev, const json_t *want, int trace)
{
    const char *verdict = clas_verdict_name(clas_evaluation_get_verdict(ev));
    const char *want_verdict = str_member(want, "verdict");
    if (want_verdict && (!verdict || strcmp(verdict, want_verdict) != 0))
        mismatch(r, "dossier: verdict: expected %s, got %s", want_verdict, verdict ? verdict : "(null)");

    const json_t *prov = json_object_get(want, "provisoire");
    if (json_is_boolean(prov) && json_is_true(prov) != (clas_evaluation_is_provisional(ev) != 0))
        mismatch(r, "dossier: provisoire: expected %s, got %s", json_is_true(prov) ? "true" : "false",
                 clas_evaluation_is_provisional(ev) ? "true" : "false");

    if (trace && !clas_evaluation_has_trace(ev))
        mismatch(r, "dossier: trace requested but not recorded");
    for (size_t i = 0; trace && i < clas_evaluation_num_collectifs(ev); i++)
        if (clas_evaluation_num_etapes(ev, i) == 0)
            mismatch(r, "collectifs[%zu]: trace requested but has no step", i);

    const json_t *dcodes = json_object_get(want, "constats_dossier");
    if (dcodes) {
        size_t n = clas_evaluation_num_constats(ev), k = 0;
        const char **got = calloc(n + 1, sizeof *got);
        if (!got) {
            mismatch(r, "dossier: out of memory");
            return;
        }
        for (size_t j = 0; j < n; j++) {
            const clas_constat *c = clas_evaluation_get_constat(ev, j);
            if (clas_constat_get_collectif_index(c) < 0) {
                const char *name = clas_code_name(clas_constat_get_code(c));
                got[k++] = name ? name : "(invalid code)";
            }
        }
        compare_codes(r, "dossier", got, k, dcodes);
        free(got);
    }

    /* The cadre's consequences: each constat carries its code's (or none),
     * and its message quotes it after the fact. */
    const json_t *consequences = json_object_get(want, "consequences");
    for (size_t j = 0; consequences && j < clas_evaluation_num_constats(ev); j++) {
        const clas_constat *c = clas_evaluation_get_constat(ev, j);
        const char *code = clas_code_name(clas_constat_get_code(c));
        const json_t *w = json_object_get(consequences, code);
        const char *expected = json_is_string(w) ? json_string_value(w) : "";
        const char *got = clas_constat_get_consequence(c, CLAS_CONSEQUENCE_TEXTE);
        if (strcmp(got, expected) != 0)
            mismatch(r, "constat %s: consequence: expected \"%s\", got \"%s\"", code, expected, got);
        char message[2048];
        clas_constat_format_message(message, sizeof message, c, CLAS_LANG_FR);
        if (*expected && !strstr(message, expected))
            mismatch(r, "constat %s: message \"%s\" does not quote the consequence", code, message);
    }

    const json_t *cols = json_object_get(want, "collectifs");
    if (cols) {
        size_t n = clas_evaluation_num_collectifs(ev);
        if (n != json_array_size(cols))
            mismatch(r, "dossier: expected %zu collectifs, got %zu", json_array_size(cols), n);
        for (size_t i = 0; i < n && i < json_array_size(cols); i++)
            compare_collectif(r, ev, i, json_array_get(cols, i));
    }
    const json_t *totaux = json_object_get(want, "totaux");
    if (totaux)
        compare_montants(r, "totaux", ev, -1, totaux);
}

/* The status and message id of a failure, against the expected ones
 * (an empty or absent message id is not compared). */
static void compare_failure(report *r, const char *what, int st, const json_t *want)
{
    const char *statut = str_member(want, "statut"), *id = str_member(want, "message_id");
    if (st == CLAS_OK) {
        mismatch(r, "%s: expected %s, got CLAS_OK", what, statut ? statut : "?");
        return;
    }
    if (!statut || strcmp(clas_status_name(st), statut) != 0)
        mismatch(r, "%s: expected %s, got %s: %s", what, statut ? statut : "?", clas_status_name(st),
                 clas_error_last_message());
    else if (id && *id && strcmp(clas_error_last_id(), id) != 0)
        mismatch(r, "%s: message id: expected %s, got %s (%s)", what, id, clas_error_last_id(),
                 clas_error_last_message());
}

/* Builds the dossier through the API as a program would: the document
 * without its decisions and exceptions, then each collectif's decision
 * before its bonuses (the reverse of the JSON reader's order, so that both
 * setters' checks are exercised), then the exceptions. Returns the first
 * failure's status. */
static int build_dossier(const json_t *doc, const char *origin)
{
    json_t *bare = json_deep_copy(doc);
    if (!bare)
        return CLAS_ENOMEM;
    json_object_del(bare, "derogations");
    size_t i;
    json_t *c;
    json_array_foreach(json_object_get(bare, "collectifs"), i, c)
        json_object_del(c, "decision");
    char *text = dump(bare);
    json_decref(bare);
    if (!text)
        return CLAS_ENOMEM;
    clas_dossier *d = NULL;
    int st = clas_dossier_from_json(&d, text, strlen(text), origin);
    free(text);
    json_array_foreach(json_object_get(doc, "collectifs"), i, c) {
        const json_t *dec = json_object_get(c, "decision");
        if (st != CLAS_OK || !json_is_object(dec))
            continue;
        clas_collectif *col = clas_dossier_get_collectif(d, i);
        clas_decision decision = CLAS_DECISION_EN_ATTENTE;
        const char *agrement = str_member(dec, "agrement"), *motif = str_member(dec, "motif");
        if (agrement)
            st = clas_decision_parse(&decision, agrement);
        if (st == CLAS_OK)
            st = clas_collectif_set_decision(col, decision, motif && *motif ? motif : NULL);
        size_t k;
        const json_t *b;
        json_array_foreach(json_object_get(dec, "bonus_accordes"), k, b) {
            clas_bonus bonus;
            if (st == CLAS_OK)
                st = clas_bonus_parse(&bonus, json_string_value(b));
            if (st == CLAS_OK)
                st = clas_collectif_set_bonus_accorde(col, bonus, 1);
        }
    }
    json_array_foreach(json_object_get(doc, "derogations"), i, c) {
        clas_regle regle;
        if (st == CLAS_OK)
            st = clas_regle_parse(&regle, str_member(c, "regle"));
        if (st == CLAS_OK)
            st = clas_dossier_set_derogation(d, regle, str_member(c, "motif"), str_member(c, "date"));
    }
    clas_dossier_free(d);
    return st;
}

/* Frees what one vector used and fails its test with every mismatch
 * recorded in @p r, if any. */
static void finish_vector(const report *r, const char *path, clas_dossier *dossier, clas_regles *regles, json_t *vec)
{
    clas_dossier_free(dossier);
    clas_regles_unref(regles);
    json_decref(vec);
    if (r->count > 0) {
        print_error("%s: %d mismatch(es):\n%s", path, r->count, r->text);
        fail_msg("%s: %d mismatch(es)", path, r->count);
    }
}

static void run_vector(void **state)
{
    const char *path = *state;
    json_error_t jerr;
    json_t *vec = json_load_file(path, 0, &jerr);
    if (!vec)
        fail_msg("%s:%d:%d: %s", path, jerr.line, jerr.column, jerr.text);
    assert_string_equal(str_member(vec, "format"), "clas-vecteur/1");

    const json_t *attendu = json_object_get(vec, "attendu");
    const json_t *options = json_object_get(vec, "options");
    const json_t *regles_doc = json_object_get(vec, "regles");
    const json_t *cadre_obj = json_object_get(vec, "cadre");
    const char *want_error = str_member(attendu, "erreur");
    int trace = bool_member(options, "trace");
    unsigned flags = (trace ? CLAS_EVAL_TRACE : 0u) | (bool_member(options, "carry_forward") ? CLAS_CARRY_FORWARD : 0u);

    /* Rule set: the built-in data, then the vector's own rule data over it. */
    clas_regles_builder *builder = NULL;
    clas_regles *regles = NULL;
    assert_clas_ok(clas_regles_builder_new(&builder));
    assert_clas_ok(clas_regles_builder_add_defaults(builder, 0));
    int load = CLAS_OK;
    if (json_is_object(regles_doc))
        load = add_regles_doc(builder, regles_doc, "regles");
    if (load == CLAS_OK && json_is_object(cadre_obj)) {
        json_t *wrap = json_pack("{s:s, s:[], s:[O]}", "format", "clas-regles/1", "baremes", "cadres", cadre_obj);
        assert_non_null(wrap);
        load = add_regles_doc(builder, wrap, "cadre");
        json_decref(wrap);
    }
    /* A rule document the library refuses (a barème beyond its rounding)
     * is the expected error of the vector. */
    if (load != CLAS_OK) {
        int expected = want_error && strcmp(clas_status_name(load), want_error) == 0;
        clas_regles_builder_free(builder);
        json_decref(vec);
        if (!expected)
            fail_msg("%s: rule data refused: %s: %s", path, clas_status_name(load), clas_error_last_message());
        return;
    }
    assert_clas_ok(clas_regles_builder_build(&regles, builder));
    clas_regles_builder_free(builder);

    const clas_cadre *cadre = NULL;
    if (json_is_object(cadre_obj))
        assert_clas_ok(clas_regles_find_cadre(&cadre, regles, str_member(cadre_obj, "departement"),
                                              str_member(cadre_obj, "annee_scolaire")));

    report r = {.len = 0, .count = 0};
    r.text[0] = '\0';
    clas_dossier *dossier = NULL;
    char *text = dump(json_object_get(vec, "dossier"));
    assert_non_null(text);
    int st = clas_dossier_from_json(&dossier, text, strlen(text), path);
    free(text);
    /* A dossier the library refuses when it is loaded, and when built
     * through the API if the vector says how: nothing else is compared. */
    const json_t *load_error = json_object_get(attendu, "erreur_chargement");
    if (json_is_object(load_error)) {
        compare_failure(&r, "erreur_chargement", st, load_error);
        const json_t *built = json_object_get(load_error, "construction");
        if (json_is_object(built))
            compare_failure(&r, "erreur_chargement.construction", build_dossier(json_object_get(vec, "dossier"), path),
                            built);
        finish_vector(&r, path, dossier, regles, vec);
        return;
    }
    assert_clas_ok(st);

    clas_evaluation *ev = NULL;
    assert_clas_ok(clas_evaluation_new(&ev));
    st = clas_evaluation_run(ev, regles, cadre, dossier, flags);

    if (want_error) {
        if (strcmp(clas_status_name(st), want_error) != 0)
            mismatch(&r, "erreur: expected %s, got %s", want_error, clas_status_name(st));
    } else if (st != CLAS_OK) {
        mismatch(&r, "evaluation failed: %s: %s (%s)", clas_status_name(st), clas_error_last_message(),
                 clas_error_last_location());
    } else {
        compare_evaluation(&r, ev, attendu, trace);
    }

    clas_evaluation_free(ev);
    finish_vector(&r, path, dossier, regles, vec);
}

static int is_vector(const struct dirent *e)
{
    size_t n = strlen(e->d_name);
    return n > 5 && e->d_name[0] != '.' && strcmp(e->d_name + n - 5, ".json") == 0;
}

/* The audit of tests/vectors/README.md, enforced: every constat code is
 * expected by at least one vector (a new code comes with its vectors). */
static const char *vectors_dir;

static void add_expected_codes(json_t *seen, const json_t *codes)
{
    size_t i;
    const json_t *c;
    json_array_foreach(codes, i, c)
        if (json_is_string(c))
            json_object_set_new(seen, json_string_value(c), json_true());
}

static void every_code_has_a_vector(void **state)
{
    (void)state;
    struct dirent **entries = NULL;
    int n = scandir(vectors_dir, &entries, is_vector, alphasort);
    assert_true(n > 0);
    json_t *seen = json_object();
    for (int i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", vectors_dir, entries[i]->d_name);
        json_t *vec = json_load_file(path, 0, NULL);
        assert_non_null(vec);
        const json_t *attendu = json_object_get(vec, "attendu");
        add_expected_codes(seen, json_object_get(attendu, "constats_dossier"));
        size_t k;
        const json_t *col;
        json_array_foreach(json_object_get(attendu, "collectifs"), k, col)
            add_expected_codes(seen, json_object_get(col, "codes"));
        json_decref(vec);
        free(entries[i]);
    }
    free(entries);
    int missing = 0;
    for (int code = 0; code < CLAS_CODE_COUNT; code++)
        if (!json_object_get(seen, clas_code_name((clas_code)code))) {
            print_error("no vector expects %s\n", clas_code_name((clas_code)code));
            missing++;
        }
    json_decref(seen);
    assert_int_equal(missing, 0);
}

int main(void)
{
    const char *dir = getenv("CLAS_VECTORS_DIR");
    struct dirent **entries = NULL;
    if (!dir) {
        fprintf(stderr, "CLAS_VECTORS_DIR is not set\n");
        return 1;
    }
    int n = scandir(dir, &entries, is_vector, alphasort);
    if (n <= 0) {
        fprintf(stderr, "%s: no *.json test vector\n", dir);
        return 1;
    }
    vectors_dir = dir;
    struct CMUnitTest *tests = calloc((size_t)n + 1, sizeof *tests);
    char **paths = calloc((size_t)n, sizeof *paths);
    if (!tests || !paths)
        return 1;
    for (int i = 0; i < n; i++) {
        size_t len = strlen(dir) + strlen(entries[i]->d_name) + 2;
        paths[i] = malloc(len);
        if (!paths[i])
            return 1;
        snprintf(paths[i], len, "%s/%s", dir, entries[i]->d_name);
        tests[i].name = entries[i]->d_name;
        tests[i].test_func = run_vector;
        tests[i].initial_state = paths[i];
    }
    tests[n].name = "every_code_has_a_vector";
    tests[n].test_func = every_code_has_a_vector;
    int failed = _cmocka_run_group_tests("vectors", tests, (size_t)n + 1, NULL, NULL);
    for (int i = 0; i < n; i++) {
        free(paths[i]);
        free(entries[i]);
    }
    free(paths);
    free(tests);
    free(entries);
    return failed;
}
