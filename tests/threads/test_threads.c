/* SPDX-License-Identifier: Apache-2.0 */
/* Rule sets are immutable once built and shared by threads: 8 threads
 * evaluate every vector's dossier, report the example campaign and write
 * both as JSON, on one shared built-in rule set and one built from JSON
 * documents, and every result must equal the single-threaded reference
 * byte for byte. Other threads take and drop references to the same rule
 * sets meanwhile, and each thread's last error stays its own. Run by the
 * threads suite, and under ThreadSanitizer by the tsan suite (tsan.py).
 *
 * CLAS_THREADS_ROUNDS sets the rounds per thread (default 10, 2 under
 * valgrind). */
#define _POSIX_C_SOURCE 200809L

#include "testutil.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define THREADS 8
#define REF_THREADS 8
#define REFS_PER_THREAD 100000

#define MAX_INPUTS 256

typedef struct reference {
    clas_dossier *dossiers[MAX_INPUTS];
    size_t num_dossiers;
    clas_campagne *campagne;
    clas_regles *regles[2];            /* built-in, built from JSON */
    char *evaluations[2][MAX_INPUTS];  /* clas-resultat/1 text, NULL if refused */
    int statuses[2][MAX_INPUTS];
    char *rapports[2];
    size_t rounds;
} reference;

static char *evaluate_to_json(int *status, const clas_regles *regles, const clas_dossier *d)
{
    clas_evaluation *ev = NULL;
    char *json = NULL;
    *status = clas_evaluate(&ev, regles, NULL, d, CLAS_CARRY_FORWARD | CLAS_EVAL_TRACE);
    if (*status == CLAS_OK && clas_evaluation_to_json(&json, ev, 0) != CLAS_OK)
        json = NULL;
    clas_evaluation_free(ev);
    return json;
}

static char *report_to_json(const clas_regles *regles, const clas_campagne *c)
{
    clas_rapport *r = NULL;
    char *json = NULL;
    if (clas_rapport_new(&r, regles, c, CLAS_CARRY_FORWARD) == CLAS_OK)
        clas_rapport_to_json(&json, r, c, 0);
    clas_rapport_free(r);
    return json;
}

static void add_vector(json_t *vector, const char *name, void *data)
{
    (void)name;
    reference *ref = data;
    json_t *d = json_object_get(vector, "dossier");
    if (!json_is_object(d) || ref->num_dossiers == MAX_INPUTS)
        return;
    char *text = json_dumps(d, 0);
    clas_dossier *dossier = NULL;
    if (text && clas_dossier_from_json(&dossier, text, strlen(text), name) == CLAS_OK)
        ref->dossiers[ref->num_dossiers++] = dossier;
    free(text);
}

/* A second rule set from JSON: data/ with one barème changed, so that it
 * differs from the built-in one. */
static clas_regles *regles_from_json(void)
{
    static const char extra[] =
        "{\"format\":\"clas-regles/1\",\"baremes\":[{\"annee_scolaire\":\"2025-2026\",\"taux\":\"0.4\","
        "\"prix_plafond\":\"9000.00\",\"ps_max\":\"3600.00\",\"bonus\":{\"enfants\":\"300.00\",\"parents\":\"300.00\"},"
        "\"arrondi\":\"half_even\",\"source\":{\"titre\":\"Barème d'essai des tests de threads\"}}]}";
    char path[1024];
    const char *data_dir = getenv("CLAS_DATA_DIR");
    clas_regles_builder *b = NULL;
    clas_regles *r = NULL;
    assert_non_null(data_dir);
    assert_clas_ok(clas_regles_builder_new(&b));
    snprintf(path, sizeof path, "%s/baremes.json", data_dir);
    assert_clas_ok(clas_regles_builder_add_json_file(b, path, 0));
    snprintf(path, sizeof path, "%s/cadres.json", data_dir);
    assert_clas_ok(clas_regles_builder_add_json_file(b, path, 0));
    assert_clas_ok(clas_regles_builder_add_json(b, extra, sizeof extra - 1, "extra", CLAS_REGLES_REPLACE));
    assert_clas_ok(clas_regles_builder_build(&r, b));
    clas_regles_builder_free(b);
    return r;
}

static int setup(void **state)
{
    reference *ref = calloc(1, sizeof *ref);
    assert_non_null(ref);
    const char *rounds = getenv("CLAS_THREADS_ROUNDS");
    ref->rounds = rounds ? strtoul(rounds, NULL, 10) : getenv("CLAS_UNDER_VALGRIND") ? 2 : 10;
    assert_clas_ok(clas_regles_new_default(&ref->regles[0]));
    ref->regles[1] = regles_from_json();
    assert_string_not_equal(clas_regles_hash(ref->regles[0]), clas_regles_hash(ref->regles[1]));
    testutil_for_each_vector(add_vector, ref);
    assert_true(ref->num_dossiers > 10);

    char path[1024];
    size_t len;
    snprintf(path, sizeof path, "%s/../examples/campagne-marne-2025-2026.json", getenv("CLAS_TESTS_DIR"));
    char *text = testutil_read_file(path, &len);
    assert_clas_ok(clas_campagne_from_json(&ref->campagne, text, len, path));
    free(text);

    /* the single-threaded reference */
    for (int r = 0; r < 2; r++) {
        for (size_t i = 0; i < ref->num_dossiers; i++)
            ref->evaluations[r][i] = evaluate_to_json(&ref->statuses[r][i], ref->regles[r], ref->dossiers[i]);
        ref->rapports[r] = report_to_json(ref->regles[r], ref->campagne);
        assert_non_null(ref->rapports[r]);
    }
    assert_string_not_equal(ref->rapports[0], ref->rapports[1]);
    *state = ref;
    return 0;
}

static int teardown(void **state)
{
    reference *ref = *state;
    for (int r = 0; r < 2; r++) {
        for (size_t i = 0; i < ref->num_dossiers; i++)
            clas_free(ref->evaluations[r][i]);
        clas_free(ref->rapports[r]);
        clas_regles_unref(ref->regles[r]);
    }
    for (size_t i = 0; i < ref->num_dossiers; i++)
        clas_dossier_free(ref->dossiers[i]);
    clas_campagne_free(ref->campagne);
    free(ref);
    return 0;
}

typedef struct worker {
    const reference *ref;
    int number;
    size_t mismatches, evaluations, reports;
    char first_mismatch[160];
} worker;

static void mismatch(worker *w, const char *what, size_t i)
{
    if (w->mismatches++ == 0)
        snprintf(w->first_mismatch, sizeof w->first_mismatch, "thread %d: %s %zu differs from the reference",
                 w->number, what, i);
}

/* A refusal on this thread: its last error names this thread's origin. */
static void check_own_error(worker *w)
{
    char origin[32];
    clas_dossier *d = NULL;
    snprintf(origin, sizeof origin, "thread-%d.json", w->number);
    if (clas_dossier_from_json(&d, "{\"x\":1}", 7, origin) != CLAS_ESCHEMA ||
        strncmp(clas_error_last_location(), origin, strlen(origin)) != 0)
        mismatch(w, "last error of a refusal", 0);
}

static void *evaluate_all(void *arg)
{
    worker *w = arg;
    const reference *ref = w->ref;
    for (size_t round = 0; round < ref->rounds; round++) {
        /* the two rule sets alternate and threads start at different places */
        int r = (int)((round + (size_t)w->number) % 2);
        for (size_t k = 0; k < ref->num_dossiers; k++) {
            size_t i = (k + (size_t)w->number * 7) % ref->num_dossiers;
            int status;
            char *json = evaluate_to_json(&status, ref->regles[r], ref->dossiers[i]);
            if (status != ref->statuses[r][i] || (json == NULL) != (ref->evaluations[r][i] == NULL) ||
                (json && strcmp(json, ref->evaluations[r][i]) != 0))
                mismatch(w, "evaluation", i);
            clas_free(json);
            w->evaluations++;
        }
        char *json = report_to_json(ref->regles[r], ref->campagne);
        if (!json || strcmp(json, ref->rapports[r]) != 0)
            mismatch(w, "report", (size_t)r);
        clas_free(json);
        w->reports++;
        check_own_error(w);
    }
    return NULL;
}

static void *ref_unref(void *arg)
{
    clas_regles *regles = arg;
    for (int i = 0; i < REFS_PER_THREAD; i++) {
        clas_regles *mine = clas_regles_ref(regles);
        if (mine != regles)
            return (void *)1;
        clas_regles_unref(mine);
    }
    return NULL;
}

static void shared_rule_sets_from_many_threads(void **state)
{
    reference *ref = *state;
    pthread_t evaluators[THREADS], refs[REF_THREADS];
    worker workers[THREADS];
    /* each reference thread works on a reference of its own, dropped at
     * the end: the count must come back to the fixture's */
    clas_regles *held[REF_THREADS];
    for (int t = 0; t < REF_THREADS; t++) {
        held[t] = clas_regles_ref(ref->regles[t % 2]);
        assert_int_equal(pthread_create(&refs[t], NULL, ref_unref, held[t]), 0);
    }
    for (int t = 0; t < THREADS; t++) {
        workers[t] = (worker){.ref = ref, .number = t};
        assert_int_equal(pthread_create(&evaluators[t], NULL, evaluate_all, &workers[t]), 0);
    }
    size_t evaluations = 0, reports = 0;
    for (int t = 0; t < THREADS; t++) {
        assert_int_equal(pthread_join(evaluators[t], NULL), 0);
        if (workers[t].mismatches)
            fail_msg("%s (%zu mismatches)", workers[t].first_mismatch, workers[t].mismatches);
        evaluations += workers[t].evaluations;
        reports += workers[t].reports;
    }
    for (int t = 0; t < REF_THREADS; t++) {
        void *failed = NULL;
        assert_int_equal(pthread_join(refs[t], &failed), 0);
        assert_null(failed);
        clas_regles_unref(held[t]);
    }
    assert_int_equal(evaluations, THREADS * ref->rounds * ref->num_dossiers);
    assert_int_equal(reports, THREADS * ref->rounds);
    print_message("# %zu evaluations and %zu reports on %d threads, all equal to the reference\n", evaluations,
                  reports, THREADS);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(shared_rule_sets_from_many_threads, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
