/* SPDX-License-Identifier: Apache-2.0 */
/* The campagne: validation, copies of dossiers, school year and id checks,
 * the optional cadre, ownership. */
#include "testutil.h"
#include "model/model.h"

#include <stdio.h>
#include <string.h>

static clas_campagne *new_campagne(void)
{
    clas_campagne *c = NULL;
    assert_clas_ok(clas_campagne_new(&c, "51", "2025-2026"));
    assert_non_null(c);
    return c;
}

static void test_new(void **state)
{
    (void)state;
    clas_campagne *c = new_campagne();
    assert_string_equal(clas_campagne_get_departement(c), "51");
    assert_string_equal(clas_campagne_get_annee_scolaire(c), "2025-2026");
    assert_string_equal(clas_campagne_get_nom(c), "");
    assert_null(clas_campagne_get_cadre(c));
    assert_int_equal(clas_campagne_num_dossiers(c), 0);
    assert_null(clas_campagne_get_dossier(c, 0));
    assert_null(clas_campagne_get_dossier_const(c, 0));
    clas_campagne_free(c);

    clas_campagne *x = NULL;
    assert_clas_ok(clas_campagne_new(&x, "2A", "2026-2027"));
    assert_string_equal(clas_campagne_get_departement(x), "2A");
    clas_campagne_free(x);
    x = NULL;
    assert_clas_ok(clas_campagne_new(&x, "971", "2025-2026"));
    clas_campagne_free(x);

    x = NULL;
    assert_clas_status(clas_campagne_new(&x, "Marne", "2025-2026"), CLAS_EINVAL);
    assert_clas_status(clas_campagne_new(&x, "5", "2025-2026"), CLAS_EINVAL);
    assert_clas_status(clas_campagne_new(&x, "", "2025-2026"), CLAS_EINVAL);
    assert_clas_status(clas_campagne_new(&x, "51", "2025-2025"), CLAS_EINVAL);
    assert_clas_status(clas_campagne_new(&x, "51", "25-26"), CLAS_EINVAL);
    assert_clas_status(clas_campagne_new(&x, NULL, "2025-2026"), CLAS_EINVAL);
    assert_clas_status(clas_campagne_new(&x, "51", NULL), CLAS_EINVAL);
    assert_clas_status(clas_campagne_new(NULL, "51", "2025-2026"), CLAS_EINVAL);
    assert_null(x);
}

static void test_nom(void **state)
{
    (void)state;
    clas_campagne *c = new_campagne();
    assert_clas_ok(clas_campagne_set_nom(c, "Appel à projets Clas Marne 2025-2026"));
    assert_string_equal(clas_campagne_get_nom(c), "Appel à projets Clas Marne 2025-2026");
    assert_clas_status(clas_campagne_set_nom(c, "Appel \xe0 projets"), CLAS_EUTF8);
    assert_clas_status(clas_campagne_set_nom(c, NULL), CLAS_EINVAL);
    assert_clas_status(clas_campagne_set_nom(NULL, "x"), CLAS_EINVAL);
    assert_string_equal(clas_campagne_get_nom(c), "Appel à projets Clas Marne 2025-2026");
    assert_clas_ok(clas_campagne_set_nom(c, ""));
    assert_string_equal(clas_campagne_get_nom(c), "");
    clas_campagne_free(c);
}

static void test_add_dossier_copies(void **state)
{
    (void)state;
    clas_campagne *c = new_campagne();
    clas_dossier *d = testutil_dossier_eligible(1000000);
    clas_dossier *held = NULL;
    assert_clas_ok(clas_campagne_add_dossier(&held, c, d));
    assert_non_null(held);
    assert_ptr_not_equal(held, d);
    assert_true(clas_dossier_equal(held, d));
    assert_int_equal(clas_campagne_num_dossiers(c), 1);
    assert_ptr_equal(clas_campagne_get_dossier(c, 0), held);
    assert_ptr_equal(clas_campagne_get_dossier_const(c, 0), held);
    assert_null(clas_campagne_get_dossier(c, 1));

    /* Changing the caller's dossier does not touch the campaign's copy. */
    assert_clas_ok(clas_collectif_set_depenses(clas_dossier_get_collectif(d, 0), 5));
    assert_int_equal(clas_collectif_get_depenses(clas_dossier_get_collectif(held, 0)), 1000000);
    assert_false(clas_dossier_equal(held, d));

    /* Same id again: refused, nothing added. */
    assert_clas_status(clas_campagne_add_dossier(NULL, c, d), CLAS_EEXISTS);
    assert_non_null(strstr(clas_error_last_message(), "D1"));
    assert_int_equal(clas_campagne_num_dossiers(c), 1);

    /* Dossiers without an id never clash. */
    clas_dossier *anon = NULL;
    assert_clas_ok(clas_dossier_new(&anon, "2025-2026"));
    assert_clas_ok(clas_campagne_add_dossier(NULL, c, anon));
    assert_clas_ok(clas_campagne_add_dossier(NULL, c, anon));
    assert_int_equal(clas_campagne_num_dossiers(c), 3);
    assert_string_equal(clas_dossier_get_id(clas_campagne_get_dossier(c, 2)), "");

    /* The caller's dossiers can go first: the campaign holds copies. */
    clas_dossier_free(d);
    clas_dossier_free(anon);
    assert_string_equal(clas_dossier_get_id(held), "D1");
    assert_int_equal(clas_dossier_num_collectifs(held), 1);

    assert_clas_status(clas_campagne_add_dossier(NULL, NULL, held), CLAS_EINVAL);
    assert_clas_status(clas_campagne_add_dossier(NULL, c, NULL), CLAS_EINVAL);
    clas_campagne_free(c);
}

static void test_year_mismatch(void **state)
{
    (void)state;
    clas_campagne *c = new_campagne();
    clas_dossier *d = NULL, *out = NULL;
    assert_clas_ok(clas_dossier_new(&d, "2024-2025"));
    assert_clas_ok(clas_dossier_set_id(d, "D-old"));
    assert_clas_status(clas_campagne_add_dossier(&out, c, d), CLAS_EINVAL);
    assert_null(out);
    assert_int_equal(clas_campagne_num_dossiers(c), 0);
    assert_non_null(strstr(clas_error_last_message(), "2024-2025"));
    assert_non_null(strstr(clas_error_last_message(), "2025-2026"));
    clas_dossier_free(d);
    clas_campagne_free(c);
}

static void test_many_dossiers(void **state)
{
    (void)state;
    clas_campagne *c = new_campagne();
    clas_dossier *held[50];
    for (int i = 0; i < 50; i++) {
        clas_dossier *d = NULL;
        char id[16];
        snprintf(id, sizeof id, "D%02d", i);
        assert_clas_ok(clas_dossier_new(&d, "2025-2026"));
        assert_clas_ok(clas_dossier_set_id(d, id));
        assert_clas_ok(clas_campagne_add_dossier(&held[i], c, d));
        clas_dossier_free(d);
    }
    assert_int_equal(clas_campagne_num_dossiers(c), 50);
    for (int i = 0; i < 50; i++) {
        char id[16];
        snprintf(id, sizeof id, "D%02d", i);
        assert_ptr_equal(clas_campagne_get_dossier(c, (size_t)i), held[i]);
        assert_string_equal(clas_dossier_get_id(held[i]), id);
    }
    clas_campagne_free(c);
}

/* CLAS_LIMIT_DOSSIERS: the campaign that holds ten million dossiers
 * refuses one more, through the public function and the readers' path,
 * with the limit in words. Ten million real dossiers would take 2.7 GB, so
 * the campaign is filled with one dossier adopted again and again (its
 * campaign link undone between adoptions: the check under test counts
 * dossiers, it does not look at them), and emptied before it is freed. */
static void test_dossier_limit(void **state)
{
    (void)state;
    clas_campagne *c = new_campagne();
    clas_dossier *d = NULL, *other = NULL;
    assert_clas_ok(clas_dossier_new(&d, "2025-2026"));
    assert_clas_ok(clas_dossier_new(&other, "2025-2026"));
    assert_clas_ok(clas_dossier_set_id(other, "D-one-more"));
    for (long i = 0; i < CLAS_LIMIT_DOSSIERS; i++) {
        d->campagne = NULL;
        if (clas__campagne_adopt_dossier(c, d) != CLAS_OK)
            fail_msg("dossier %ld refused: %s", i, clas_error_last_message());
    }
    assert_int_equal(clas_campagne_num_dossiers(c), CLAS_LIMIT_DOSSIERS);
    assert_clas_status(clas_campagne_add_dossier(NULL, c, other), CLAS_ELIMIT);
    assert_non_null(strstr(clas_error_last_message(), "at most 10000000 dossiers (CLAS_LIMIT_DOSSIERS)"));
    assert_clas_status(clas__campagne_adopt_dossier(c, other), CLAS_ELIMIT);
    assert_int_equal(clas_campagne_num_dossiers(c), CLAS_LIMIT_DOSSIERS);
    assert_null(other->campagne);
    c->num_dossiers = 0; /* every slot holds d: free it once, below */
    clas_campagne_free(c);
    d->campagne = NULL;
    clas_dossier_free(d);
    clas_dossier_free(other);
}

static void test_cadre(void **state)
{
    (void)state;
    clas_campagne *c = new_campagne();
    clas_cadre *marne = NULL, *national = NULL, *ardennes = NULL, *old = NULL;
    assert_clas_ok(clas_cadre_new(&marne, "51", "2025-2026"));
    assert_clas_ok(clas_cadre_set_nom(marne, "Note de cadrage Clas Marne"));
    assert_clas_ok(clas_cadre_new(&national, "national", "2025-2026"));
    assert_clas_ok(clas_cadre_new(&ardennes, "08", "2025-2026"));
    assert_clas_ok(clas_cadre_new(&old, "51", "2024-2025"));

    assert_clas_ok(clas_campagne_set_cadre(c, marne));
    const clas_cadre *held = clas_campagne_get_cadre(c);
    assert_non_null(held);
    assert_ptr_not_equal(held, marne);
    assert_string_equal(clas_cadre_get_departement(held), "51");
    assert_string_equal(clas_cadre_get_nom(held), "Note de cadrage Clas Marne");

    assert_clas_status(clas_campagne_set_cadre(c, ardennes), CLAS_EINVAL);
    assert_non_null(strstr(clas_error_last_message(), "08"));
    assert_clas_status(clas_campagne_set_cadre(c, old), CLAS_EINVAL);
    assert_non_null(strstr(clas_error_last_message(), "2024-2025"));
    assert_clas_status(clas_campagne_set_cadre(NULL, marne), CLAS_EINVAL);
    assert_ptr_equal(clas_campagne_get_cadre(c), held);

    /* The campaign keeps its copy after the caller frees the original. */
    clas_cadre_free(marne);
    assert_string_equal(clas_cadre_get_nom(clas_campagne_get_cadre(c)), "Note de cadrage Clas Marne");

    assert_clas_ok(clas_campagne_set_cadre(c, national));
    assert_string_equal(clas_cadre_get_departement(clas_campagne_get_cadre(c)), "national");
    assert_clas_ok(clas_campagne_set_cadre(c, NULL));
    assert_null(clas_campagne_get_cadre(c));
    assert_clas_ok(clas_campagne_set_cadre(c, NULL));

    assert_clas_ok(clas_campagne_set_cadre(c, national));
    clas_campagne_free(c);
    clas_cadre_free(national);
    clas_cadre_free(ardennes);
    clas_cadre_free(old);
}

static void test_null(void **state)
{
    (void)state;
    clas_campagne_free(NULL);
    assert_string_equal(clas_campagne_get_departement(NULL), "");
    assert_string_equal(clas_campagne_get_annee_scolaire(NULL), "");
    assert_string_equal(clas_campagne_get_nom(NULL), "");
    assert_null(clas_campagne_get_cadre(NULL));
    assert_int_equal(clas_campagne_num_dossiers(NULL), 0);
    assert_null(clas_campagne_get_dossier(NULL, 0));
    assert_null(clas_campagne_get_dossier_const(NULL, 0));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_new),
        cmocka_unit_test(test_nom),
        cmocka_unit_test(test_add_dossier_copies),
        cmocka_unit_test(test_year_mismatch),
        cmocka_unit_test(test_many_dossiers),
        cmocka_unit_test(test_dossier_limit),
        cmocka_unit_test(test_cadre),
        cmocka_unit_test(test_null),
    };
    return cmocka_run_group_tests_name("campagne", tests, NULL, NULL);
}
