/* SPDX-License-Identifier: Apache-2.0 */
/* Rule sets: builder, immutability, reference counting, lookups, hash. */
#include "testutil.h"

#include <pthread.h>
#include <string.h>

static clas_bareme *make_bareme(const char *annee, clas_cents ps_max)
{
    clas_bareme *b = NULL;
    assert_clas_ok(clas_bareme_new(&b, annee));
    assert_clas_ok(clas_bareme_set_taux(b, 330000));
    assert_clas_ok(clas_bareme_set_prix_plafond(b, 848700));
    assert_clas_ok(clas_bareme_set_ps_max(b, ps_max));
    assert_clas_ok(clas_bareme_set_bonus(b, CLAS_BONUS_ENFANTS, 32900));
    assert_clas_ok(clas_bareme_set_bonus(b, CLAS_BONUS_PARENTS, 32900));
    return b;
}

static void add_bareme(clas_regles_builder *rb, const char *annee, clas_cents ps_max, unsigned flags, int want)
{
    clas_bareme *b = make_bareme(annee, ps_max);
    assert_clas_status(clas_regles_builder_add_bareme(rb, b, flags), want);
    clas_bareme_free(b);
}

static clas_regles *build(const clas_regles_builder *rb)
{
    clas_regles *r = NULL;
    assert_clas_ok(clas_regles_builder_build(&r, rb));
    assert_non_null(r);
    return r;
}

static void test_builder_duplicates(void **state)
{
    (void)state;
    clas_regles_builder *rb = NULL;
    assert_clas_ok(clas_regles_builder_new(&rb));
    add_bareme(rb, "2025-2026", 280070, 0, CLAS_OK);
    clas_error_clear();
    add_bareme(rb, "2025-2026", 250000, 0, CLAS_EEXISTS);
    assert_non_null(strstr(clas_error_last_message(), "2025-2026"));
    add_bareme(rb, "2025-2026", 250000, CLAS_REGLES_REPLACE, CLAS_OK);
    add_bareme(rb, "2024-2025", 280070, 0, CLAS_OK);
    add_bareme(rb, "2025-2026", 290000, CLAS_REGLES_REPLACE, CLAS_ERULES); /* invalid: validated first */
    add_bareme(rb, "2023-2024", 280070, 4u, CLAS_EINVAL);                 /* unknown flag */

    clas_cadre *c = NULL;
    assert_clas_ok(clas_cadre_new(&c, "51", "2025-2026"));
    assert_clas_ok(clas_regles_builder_add_cadre(rb, c, 0));
    assert_clas_status(clas_regles_builder_add_cadre(rb, c, 0), CLAS_EEXISTS);
    assert_clas_ok(clas_cadre_set_seuil(c, CLAS_SEUIL_ENFANTS_MIN, 6));
    assert_clas_ok(clas_regles_builder_add_cadre(rb, c, CLAS_REGLES_REPLACE));
    assert_clas_ok(clas_cadre_set_seuil(c, CLAS_SEUIL_ENFANTS_MIN, 20)); /* min > max */
    assert_clas_status(clas_regles_builder_add_cadre(rb, c, CLAS_REGLES_REPLACE), CLAS_ERULES);
    clas_cadre_free(c);
    assert_clas_ok(clas_cadre_new(&c, "51", "2024-2025")); /* other year: other key */
    assert_clas_ok(clas_regles_builder_add_cadre(rb, c, 0));
    clas_cadre_free(c);

    clas_regles *r = build(rb);
    assert_int_equal(clas_regles_num_baremes(r), 2);
    /* Sorted by school year, the replacement kept. */
    assert_string_equal(clas_bareme_get_annee_scolaire(clas_regles_get_bareme(r, 0)), "2024-2025");
    assert_string_equal(clas_bareme_get_annee_scolaire(clas_regles_get_bareme(r, 1)), "2025-2026");
    assert_int_equal(clas_bareme_get_ps_max(clas_regles_get_bareme(r, 1)), 250000);
    assert_null(clas_regles_get_bareme(r, 2));
    assert_int_equal(clas_regles_num_cadres(r), 2);
    const clas_cadre *found = NULL;
    assert_clas_ok(clas_regles_find_cadre(&found, r, "51", "2025-2026"));
    assert_int_equal(clas_cadre_get_seuil(found, CLAS_SEUIL_ENFANTS_MIN), 6);
    assert_null(clas_regles_get_cadre(r, 2));
    clas_regles_unref(r);
    clas_regles_builder_free(rb);

    assert_clas_status(clas_regles_builder_new(NULL), CLAS_EINVAL);
    assert_clas_status(clas_regles_builder_add_bareme(NULL, NULL, 0), CLAS_EINVAL);
    assert_clas_status(clas_regles_builder_build(NULL, NULL), CLAS_EINVAL);
    clas_regles_builder_free(NULL);
}

static void test_immutable_copies(void **state)
{
    (void)state;
    clas_regles_builder *rb = NULL;
    assert_clas_ok(clas_regles_builder_new(&rb));
    clas_bareme *b = make_bareme("2025-2026", 280070);
    assert_clas_ok(clas_regles_builder_add_bareme(rb, b, 0));
    /* The builder keeps a copy: later changes to the caller's barème do not reach it. */
    assert_clas_ok(clas_bareme_set_ps_max(b, 100));
    clas_regles *r1 = build(rb);
    assert_int_equal(clas_bareme_get_ps_max(clas_regles_get_bareme(r1, 0)), 280070);
    char hash1[65];
    strcpy(hash1, clas_regles_hash(r1));

    /* Changing the builder after build() leaves the built set alone. */
    assert_clas_ok(clas_regles_builder_add_bareme(rb, b, CLAS_REGLES_REPLACE));
    add_bareme(rb, "2026-2027", 280070, 0, CLAS_OK);
    clas_regles *r2 = build(rb);
    assert_int_equal(clas_regles_num_baremes(r1), 1);
    assert_int_equal(clas_bareme_get_ps_max(clas_regles_get_bareme(r1, 0)), 280070);
    assert_string_equal(clas_regles_hash(r1), hash1);
    assert_int_equal(clas_regles_num_baremes(r2), 2);
    assert_int_equal(clas_bareme_get_ps_max(clas_regles_get_bareme(r2, 0)), 100);
    assert_string_not_equal(clas_regles_hash(r2), hash1);

    /* The builder stays usable and may be freed before the rule sets. */
    clas_bareme_free(b);
    clas_regles_builder_free(rb);
    assert_int_equal(clas_bareme_get_ps_max(clas_regles_get_bareme(r1, 0)), 280070);
    clas_regles_unref(r1);
    clas_regles_unref(r2);
}

static void *use_and_drop(void *arg)
{
    clas_regles *r = arg;
    for (int i = 0; i < 1000; i++) {
        clas_regles *mine = clas_regles_ref(r);
        const clas_bareme *b = NULL;
        if (clas_regles_find_bareme(&b, NULL, mine, "2025-2026", 0) != CLAS_OK)
            return (void *)1;
        clas_regles_unref(mine);
    }
    clas_regles_unref(r); /* the reference handed to this thread */
    return NULL;
}

static void test_refcount(void **state)
{
    (void)state;
    clas_regles_builder *rb = NULL;
    assert_clas_ok(clas_regles_builder_new(&rb));
    add_bareme(rb, "2025-2026", 280070, 0, CLAS_OK);
    clas_regles *r = build(rb);
    clas_regles_builder_free(rb);
    assert_ptr_equal(clas_regles_ref(r), r);
    clas_regles_unref(r);
    assert_null(clas_regles_ref(NULL));
    clas_regles_unref(NULL);

    pthread_t threads[4];
    for (int i = 0; i < 4; i++)
        assert_int_equal(pthread_create(&threads[i], NULL, use_and_drop, clas_regles_ref(r)), 0);
    for (int i = 0; i < 4; i++) {
        void *ret = (void *)2;
        assert_int_equal(pthread_join(threads[i], &ret), 0);
        assert_null(ret);
    }
    /* Still alive: the caller's reference remains (a sanitizer or valgrind
     * run reports any early free or leak). */
    assert_int_equal(clas_regles_num_baremes(r), 1);
    clas_regles_unref(r);
}

static void test_find_bareme(void **state)
{
    (void)state;
    clas_regles_builder *rb = NULL;
    assert_clas_ok(clas_regles_builder_new(&rb));
    add_bareme(rb, "2025-2026", 280070, 0, CLAS_OK);
    add_bareme(rb, "2022-2023", 250000, 0, CLAS_OK);
    clas_regles *r = build(rb);
    clas_regles_builder_free(rb);

    const clas_bareme *b = NULL;
    int provisional = 7;
    assert_clas_ok(clas_regles_find_bareme(&b, &provisional, r, "2025-2026", 0));
    assert_string_equal(clas_bareme_get_annee_scolaire(b), "2025-2026");
    assert_int_equal(provisional, 0);
    assert_clas_ok(clas_regles_find_bareme(&b, &provisional, r, "2025-2026", CLAS_CARRY_FORWARD));
    assert_int_equal(provisional, 0);

    b = NULL;
    clas_error_clear();
    assert_clas_status(clas_regles_find_bareme(&b, &provisional, r, "2027-2028", 0), CLAS_ENOBAREME);
    assert_string_equal(clas_error_last_message(), "no barème for 2027-2028");
    assert_null(b);

    /* Carried forward: the latest year before the requested one. */
    assert_clas_ok(clas_regles_find_bareme(&b, &provisional, r, "2027-2028", CLAS_CARRY_FORWARD));
    assert_string_equal(clas_bareme_get_annee_scolaire(b), "2025-2026");
    assert_int_equal(provisional, 1);
    assert_clas_ok(clas_regles_find_bareme(&b, &provisional, r, "2024-2025", CLAS_CARRY_FORWARD));
    assert_string_equal(clas_bareme_get_annee_scolaire(b), "2022-2023");
    assert_int_equal(provisional, 1);
    /* Before every known year: the last known one. */
    assert_clas_ok(clas_regles_find_bareme(&b, NULL, r, "2010-2011", CLAS_CARRY_FORWARD));
    assert_string_equal(clas_bareme_get_annee_scolaire(b), "2025-2026");

    assert_clas_status(clas_regles_find_bareme(&b, NULL, r, "2025", 0), CLAS_EINVAL);
    assert_clas_status(clas_regles_find_bareme(&b, NULL, r, NULL, 0), CLAS_EINVAL);
    assert_clas_status(clas_regles_find_bareme(&b, NULL, NULL, "2025-2026", 0), CLAS_EINVAL);
    assert_clas_status(clas_regles_find_bareme(NULL, NULL, r, "2025-2026", 0), CLAS_EINVAL);
    clas_regles_unref(r);

    /* An empty rule set has nothing to carry forward. */
    assert_clas_ok(clas_regles_builder_new(&rb));
    r = build(rb);
    clas_regles_builder_free(rb);
    assert_clas_status(clas_regles_find_bareme(&b, NULL, r, "2025-2026", CLAS_CARRY_FORWARD), CLAS_ENOBAREME);
    assert_int_equal(clas_regles_num_baremes(r), 0);
    assert_int_equal(strlen(clas_regles_hash(r)), 64);
    clas_regles_unref(r);
}

static void test_find_cadre(void **state)
{
    (void)state;
    clas_regles_builder *rb = NULL;
    assert_clas_ok(clas_regles_builder_new(&rb));
    clas_cadre *c = NULL;
    assert_clas_ok(clas_cadre_new(&c, "national", "2025-2026"));
    assert_clas_ok(clas_cadre_set_seuil(c, CLAS_SEUIL_ENFANTS_MAX, 13));
    assert_clas_ok(clas_regles_builder_add_cadre(rb, c, 0));
    clas_cadre_free(c);
    assert_clas_ok(clas_cadre_new(&c, "51", "2025-2026"));
    assert_clas_ok(clas_cadre_set_date(c, CLAS_DATE_LIMITE_DEPOT, "2025-08-18"));
    assert_clas_ok(clas_regles_builder_add_cadre(rb, c, 0));
    clas_cadre_free(c);
    clas_regles *r = build(rb);
    clas_regles_builder_free(rb);

    const clas_cadre *found = NULL;
    assert_clas_ok(clas_regles_find_cadre(&found, r, "51", "2025-2026"));
    assert_string_equal(clas_cadre_get_departement(found), "51");
    assert_string_equal(clas_cadre_get_date(found, CLAS_DATE_LIMITE_DEPOT), "2025-08-18");
    /* Another department: the national cadre of the year. */
    assert_clas_ok(clas_regles_find_cadre(&found, r, "08", "2025-2026"));
    assert_string_equal(clas_cadre_get_departement(found), "national");
    assert_int_equal(clas_cadre_get_seuil(found, CLAS_SEUIL_ENFANTS_MAX), 13);
    assert_clas_ok(clas_regles_find_cadre(&found, r, NULL, "2025-2026"));
    assert_string_equal(clas_cadre_get_departement(found), "national");
    /* Another year: the national defaults. */
    assert_clas_ok(clas_regles_find_cadre(&found, r, "51", "2030-2031"));
    assert_non_null(found);
    assert_string_equal(clas_cadre_get_departement(found), "national");
    assert_string_equal(clas_cadre_get_annee_scolaire(found), "");
    assert_int_equal(clas_cadre_get_seuil(found, CLAS_SEUIL_ENFANTS_MAX), 12);
    assert_int_equal(clas_cadre_get_severity(found, CLAS_REGLE_GROUPE), CLAS_SEVERITY_BLOCKING);
    assert_clas_status(clas_regles_find_cadre(NULL, r, "51", "2025-2026"), CLAS_EINVAL);
    assert_clas_status(clas_regles_find_cadre(&found, NULL, "51", "2025-2026"), CLAS_EINVAL);
    clas_regles_unref(r);
}

static void test_hash(void **state)
{
    (void)state;
    /* The same content in any order gives the same hash; any field change
     * changes it. */
    clas_regles_builder *a = NULL, *b = NULL;
    assert_clas_ok(clas_regles_builder_new(&a));
    assert_clas_ok(clas_regles_builder_new(&b));
    add_bareme(a, "2024-2025", 280070, 0, CLAS_OK);
    add_bareme(a, "2025-2026", 280070, 0, CLAS_OK);
    add_bareme(b, "2025-2026", 280070, 0, CLAS_OK);
    add_bareme(b, "2024-2025", 280070, 0, CLAS_OK);
    clas_regles *ra = build(a), *rb = build(b);
    const char *h = clas_regles_hash(ra);
    assert_int_equal(strlen(h), 64);
    for (size_t i = 0; i < 64; i++)
        assert_non_null(strchr("0123456789abcdef", h[i]));
    assert_string_equal(clas_regles_hash(ra), clas_regles_hash(rb));

    clas_bareme *x = make_bareme("2025-2026", 280070);
    assert_clas_ok(clas_bareme_set_source(x, "titre", NULL, NULL));
    assert_clas_ok(clas_regles_builder_add_bareme(b, x, CLAS_REGLES_REPLACE));
    clas_bareme_free(x);
    clas_regles *rc = build(b);
    assert_string_not_equal(clas_regles_hash(ra), clas_regles_hash(rc));

    clas_cadre *c = NULL;
    assert_clas_ok(clas_cadre_new(&c, "51", "2025-2026"));
    assert_clas_ok(clas_regles_builder_add_cadre(a, c, 0));
    clas_regles *rd = build(a);
    assert_clas_ok(clas_cadre_set_severity(c, CLAS_REGLE_AIDE_DEVOIRS, CLAS_SEVERITY_WARNING));
    assert_clas_ok(clas_regles_builder_add_cadre(a, c, CLAS_REGLES_REPLACE));
    clas_regles *re = build(a);
    clas_cadre_free(c);
    assert_string_not_equal(clas_regles_hash(ra), clas_regles_hash(rd));
    assert_string_not_equal(clas_regles_hash(rd), clas_regles_hash(re));
    assert_string_equal(clas_regles_hash(NULL), "");

    clas_regles_unref(ra);
    clas_regles_unref(rb);
    clas_regles_unref(rc);
    clas_regles_unref(rd);
    clas_regles_unref(re);
    clas_regles_builder_free(a);
    clas_regles_builder_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_builder_duplicates),
        cmocka_unit_test(test_immutable_copies),
        cmocka_unit_test(test_refcount),
        cmocka_unit_test(test_find_bareme),
        cmocka_unit_test(test_find_cadre),
        cmocka_unit_test(test_hash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
