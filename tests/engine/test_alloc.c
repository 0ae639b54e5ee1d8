/* SPDX-License-Identifier: Apache-2.0 */
/* Running an evaluation again, trace off, allocates nothing, whatever the
 * number of collectifs (issue: "evaluation with the trace off allocates
 * nothing per collectif"). The program is linked with --wrap=malloc,
 * --wrap=calloc and --wrap=realloc so that every allocation the library
 * makes is counted. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>

void *__real_malloc(size_t size);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t size);
void *__wrap_malloc(size_t size);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t size);

static size_t allocations;

void *__wrap_malloc(size_t size)
{
    allocations++;
    return __real_malloc(size);
}

void *__wrap_calloc(size_t n, size_t size)
{
    allocations++;
    return __real_calloc(n, size);
}

void *__wrap_realloc(void *p, size_t size)
{
    allocations++;
    return __real_realloc(p, size);
}

static clas_dossier *dossier_of(size_t collectifs)
{
    clas_dossier *d = testutil_dossier_eligible(1000000);
    for (size_t i = 1; i < collectifs; i++) {
        char id[16];
        snprintf(id, sizeof id, "C%zu", i + 1);
        clas_collectif *c = testutil_add_collectif_eligible(d, id, (clas_cents)(100000 * i));
        if (i % 3 == 0) /* some with blocking constats, some with bonuses */
            assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_NB_ENFANTS, 7));
        if (i % 4 == 0) {
            assert_clas_ok(clas_collectif_set_bonus_demande(c, CLAS_BONUS_ENFANTS, 1, "Sorties"));
            assert_clas_ok(clas_collectif_set_bonus_accorde(c, CLAS_BONUS_ENFANTS, 1));
        }
    }
    return d;
}

static void test_rerun_allocates_nothing(void **state)
{
    clas_dossier *big = dossier_of(200), *small = dossier_of(3);
    clas_evaluation *ev = NULL;
    allocations = 0;
    assert_clas_ok(clas_evaluation_new(&ev));
    assert_clas_ok(clas_evaluation_run(ev, *state, NULL, big, 0)); /* grows the buffers once */
    assert_true(allocations > 0); /* the counting works: a new evaluation allocates */

    allocations = 0;
    for (int i = 0; i < 10; i++) {
        assert_clas_ok(clas_evaluation_run(ev, *state, NULL, big, 0));
        assert_clas_ok(clas_evaluation_run(ev, *state, NULL, small, 0));
    }
    assert_int_equal(allocations, 0);
    assert_int_equal(clas_evaluation_num_collectifs(ev), 3);
    assert_int_equal(clas_evaluation_get_montant(ev, 0, CLAS_MONTANT_PS), 280070);

    /* The trace is recorded in the same reused buffers once they are large enough. */
    assert_clas_ok(clas_evaluation_run(ev, *state, NULL, big, CLAS_EVAL_TRACE));
    allocations = 0;
    assert_clas_ok(clas_evaluation_run(ev, *state, NULL, big, CLAS_EVAL_TRACE));
    assert_int_equal(allocations, 0);
    assert_true(clas_evaluation_num_etapes(ev, 199) > 10);

    clas_evaluation_free(ev);
    clas_dossier_free(big);
    clas_dossier_free(small);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rerun_allocates_nothing),
    };
    return cmocka_run_group_tests_name("alloc", tests, testutil_regles_setup, testutil_regles_teardown);
}
