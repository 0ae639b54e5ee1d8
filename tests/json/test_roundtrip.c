/* SPDX-License-Identifier: Apache-2.0 */
/* Nothing is lost through JSON: every dossier of the shared vectors, the
 * example campaign and the rule data, loaded and saved, then loaded again,
 * is equal to the original, and saving is byte-stable. */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "testutil.h"

static char *path_join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    assert_non_null(p);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* load → save → load: equal; save again: byte-identical. */
static void assert_dossier_round_trip(const char *json, const char *origin)
{
    clas_dossier *a = NULL, *b = NULL;
    char *first = NULL, *second = NULL;
    assert_clas_ok(clas_dossier_from_json(&a, json, strlen(json), origin));
    assert_clas_ok(clas_dossier_to_json(&first, a, CLAS_JSON_PRETTY));
    assert_clas_ok(clas_dossier_from_json(&b, first, strlen(first), origin));
    if (!clas_dossier_equal(a, b))
        fail_msg("%s: dossier differs after a JSON round trip", origin);
    assert_clas_ok(clas_dossier_to_json(&second, b, CLAS_JSON_PRETTY));
    assert_string_equal(first, second);
    clas_free(first);
    clas_free(second);
    clas_dossier_free(a);
    clas_dossier_free(b);
}

static void round_trip_vector(json_t *vector, const char *name, void *data)
{
    (void)data;
    char *dossier = json_dumps(json_object_get(vector, "dossier"), JSON_COMPACT);
    assert_non_null(dossier);
    assert_dossier_round_trip(dossier, name);
    free(dossier);
}

static void test_every_vector_dossier(void **state)
{
    (void)state;
    assert_true(testutil_for_each_vector(round_trip_vector, NULL) >= 60);
}

static void test_example_campaign(void **state)
{
    (void)state;
    char *path = path_join(getenv("CLAS_TESTS_DIR"), "../examples/campagne-marne-2025-2026.json");
    clas_campagne *a = NULL, *b = NULL;
    char *first = NULL, *second = NULL;
    assert_clas_ok(clas_campagne_from_json_file(&a, path));
    assert_int_equal(clas_campagne_num_dossiers(a), 19);
    assert_clas_ok(clas_campagne_to_json(&first, a, CLAS_JSON_PRETTY));
    assert_clas_ok(clas_campagne_from_json(&b, first, strlen(first), path));
    assert_int_equal(clas_campagne_num_dossiers(a), clas_campagne_num_dossiers(b));
    size_t collectifs = 0;
    for (size_t i = 0; i < clas_campagne_num_dossiers(a); i++) {
        assert_true(clas_dossier_equal(clas_campagne_get_dossier_const(a, i), clas_campagne_get_dossier_const(b, i)));
        collectifs += clas_dossier_num_collectifs(clas_campagne_get_dossier_const(a, i));
    }
    assert_int_equal(collectifs, 86);
    assert_clas_ok(clas_campagne_to_json(&second, b, CLAS_JSON_PRETTY));
    assert_string_equal(first, second);

    clas_free(first);
    clas_free(second);
    clas_campagne_free(a);
    clas_campagne_free(b);
    free(path);
}

static void test_rule_data(void **state)
{
    (void)state;
    clas_regles *a = NULL, *b = NULL;
    clas_regles_builder *builder = NULL;
    char *first = NULL, *second = NULL;
    assert_clas_ok(clas_regles_new_default(&a));
    assert_clas_ok(clas_regles_to_json(&first, a, CLAS_JSON_PRETTY));
    assert_clas_ok(clas_regles_builder_new(&builder));
    assert_clas_ok(clas_regles_builder_add_json(builder, first, strlen(first), "saved rules", 0));
    assert_clas_ok(clas_regles_builder_build(&b, builder));
    assert_string_equal(clas_regles_hash(a), clas_regles_hash(b));
    assert_clas_ok(clas_regles_to_json(&second, b, CLAS_JSON_PRETTY));
    assert_string_equal(first, second);
    clas_free(first);
    clas_free(second);
    clas_regles_builder_free(builder);
    clas_regles_unref(a);
    clas_regles_unref(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_vector_dossier),
        cmocka_unit_test(test_example_campaign),
        cmocka_unit_test(test_rule_data),
    };
    return cmocka_run_group_tests_name("roundtrip", tests, NULL, NULL);
}
