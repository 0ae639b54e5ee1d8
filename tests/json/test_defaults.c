/* SPDX-License-Identifier: Apache-2.0 */
/* The built-in rule data: the values of domain.md §4 and the Marne note,
 * the same hash as data/ loaded from disk, and safe use from threads. */
#define _POSIX_C_SOURCE 200809L
#include "testutil.h"

#include <ctype.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void bareme_2025_2026(void **state)
{
    const clas_regles *r = *state;
    const clas_bareme *b = NULL;
    int provisional = -1;
    assert_clas_ok(clas_regles_find_bareme(&b, &provisional, r, "2025-2026", 0));
    assert_int_equal(provisional, 0);
    assert_int_equal(clas_bareme_get_taux(b), 330000);
    assert_int_equal(clas_bareme_get_prix_plafond(b), 848700);
    assert_int_equal(clas_bareme_get_ps_max(b), 280070);
    assert_int_equal(clas_bareme_get_bonus(b, CLAS_BONUS_ENFANTS), 32900);
    assert_int_equal(clas_bareme_get_bonus(b, CLAS_BONUS_PARENTS), 32900);
    assert_int_equal(clas_bareme_get_rounding(b), CLAS_ROUND_HALF_UP);
    assert_non_null(strstr(clas_bareme_get_source_titre(b), "Note de cadrage"));
    assert_non_null(strstr(clas_bareme_get_source_section(b), "§3"));
    /* The 2025 freeze is recorded; the rounding is marked unsettled. */
    bool freeze = false, arrondi_unsettled = false;
    for (size_t i = 0; i < clas_bareme_num_references(b); i++) {
        freeze |= strstr(clas_bareme_get_reference(b, i, CLAS_REFERENCE_NOTE), "PS Clas") != NULL;
        arrondi_unsettled |= strcmp(clas_bareme_get_reference(b, i, CLAS_REFERENCE_CHAMPS), "arrondi") == 0 &&
                             !*clas_bareme_get_reference(b, i, CLAS_REFERENCE_TITRE);
    }
    assert_true(freeze && arrondi_unsettled);
    /* 2004-2005 (ASH n° 2364): 30 % × 5 599 € = 1 679,70 €, published rounded to the euro. */
    assert_clas_ok(clas_regles_find_bareme(&b, NULL, r, "2004-2005", 0));
    assert_int_equal(clas_bareme_get_taux(b), 300000);
    assert_int_equal(clas_bareme_get_prix_plafond(b), 559900);
    assert_int_equal(clas_bareme_get_ps_max(b), 168000);
    assert_int_equal(clas_bareme_get_rounding(b), CLAS_ROUND_EURO_HALF_UP);
    clas_cents ps = 0;
    assert_clas_ok(clas_bareme_compute_ps(&ps, b, 1000000));
    assert_int_equal(ps, 168000);
    /* Only sourced years are shipped. */
    assert_clas_status(clas_regles_find_bareme(&b, NULL, r, "2027-2028", 0), CLAS_ENOBAREME);
}

static void cadres(void **state)
{
    const clas_regles *r = *state;
    const clas_cadre *c = NULL;
    assert_clas_ok(clas_regles_find_cadre(&c, r, "51", "2025-2026"));
    assert_string_equal(clas_cadre_get_departement(c), "51");
    assert_string_equal(clas_cadre_get_date(c, CLAS_DATE_LANCEMENT), "2025-05-26");
    assert_string_equal(clas_cadre_get_date(c, CLAS_DATE_LIMITE_DEPOT), "2025-08-18");
    assert_string_equal(clas_cadre_get_date(c, CLAS_DATE_COMITE), "2025-09");
    assert_int_equal(clas_cadre_get_seuil(c, CLAS_SEUIL_ENFANTS_MIN), 8);
    assert_int_equal(clas_cadre_get_seuil(c, CLAS_SEUIL_ENFANTS_MAX), 12);
    assert_int_equal(clas_cadre_get_seuil(c, CLAS_SEUIL_INTERVENANTS_MIN), 2);
    assert_int_equal(clas_cadre_get_seuil(c, CLAS_SEUIL_TAUX_ACOMPTE), 0);
    assert_int_equal(clas_cadre_get_severity(c, CLAS_REGLE_AIDE_DEVOIRS), CLAS_SEVERITY_OFF);
    assert_int_equal(clas_cadre_get_severity(c, CLAS_REGLE_GROUPE), CLAS_SEVERITY_BLOCKING);

    /* Another department falls back on the national cadre, without a calendar. */
    assert_clas_ok(clas_regles_find_cadre(&c, r, "08", "2025-2026"));
    assert_string_equal(clas_cadre_get_departement(c), "national");
    assert_null(clas_cadre_get_date(c, CLAS_DATE_LIMITE_DEPOT));
    assert_int_equal(clas_cadre_get_seuil(c, CLAS_SEUIL_ENFANTS_MIN), 8);
}

static void hash_matches_data_files(void **state)
{
    const clas_regles *r = *state;
    const char *hash = clas_regles_hash(r);
    assert_int_equal(strlen(hash), 64);
    for (size_t i = 0; i < 64; i++)
        assert_true(isxdigit((unsigned char)hash[i]) && !isupper((unsigned char)hash[i]));

    const char *dir = getenv("CLAS_DATA_DIR");
    assert_non_null(dir);
    char path[512];
    clas_regles_builder *b = NULL;
    clas_regles *from_files = NULL;
    assert_clas_ok(clas_regles_builder_new(&b));
    snprintf(path, sizeof path, "%s/baremes.json", dir);
    assert_clas_ok(clas_regles_builder_add_json_file(b, path, 0));
    snprintf(path, sizeof path, "%s/cadres.json", dir);
    assert_clas_ok(clas_regles_builder_add_json_file(b, path, 0));
    assert_clas_ok(clas_regles_builder_build(&from_files, b));
    assert_string_equal(clas_regles_hash(from_files), hash);
    clas_regles_unref(from_files);
    clas_regles_builder_free(b);
}

static void adding_twice(void **state)
{
    (void)state;
    clas_regles_builder *b = NULL;
    assert_clas_ok(clas_regles_builder_new(&b));
    assert_clas_ok(clas_regles_builder_add_defaults(b, 0));
    assert_clas_status(clas_regles_builder_add_defaults(b, 0), CLAS_EEXISTS);
    assert_non_null(strstr(clas_error_last_location(), "data/baremes.json (built in)"));
    assert_clas_ok(clas_regles_builder_add_defaults(b, CLAS_REGLES_REPLACE));
    clas_regles *r = NULL;
    assert_clas_ok(clas_regles_builder_build(&r, b));
    assert_int_equal(clas_regles_num_baremes(r), 2);
    assert_string_equal(clas_regles_hash(r), clas_regles_hash(*state));
    clas_regles_unref(r);
    clas_regles_builder_free(b);
    assert_clas_status(clas_regles_builder_add_defaults(NULL, 0), CLAS_EINVAL);
    assert_clas_status(clas_regles_new_default(NULL), CLAS_EINVAL);
}

#define THREADS 4

static void *build_default(void *arg)
{
    char *hash = arg;
    for (int i = 0; i < 20; i++) {
        clas_regles *r = NULL;
        if (clas_regles_new_default(&r) != CLAS_OK)
            return NULL;
        snprintf(hash, 65, "%s", clas_regles_hash(r));
        clas_regles_unref(r);
    }
    return hash;
}

static void thread_safe(void **state)
{
    pthread_t threads[THREADS];
    char hashes[THREADS][65];
    for (int i = 0; i < THREADS; i++)
        assert_int_equal(pthread_create(&threads[i], NULL, build_default, hashes[i]), 0);
    for (int i = 0; i < THREADS; i++) {
        void *res = NULL;
        assert_int_equal(pthread_join(threads[i], &res), 0);
        assert_non_null(res);
        assert_string_equal(hashes[i], clas_regles_hash(*state));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bareme_2025_2026),
        cmocka_unit_test(cadres),
        cmocka_unit_test(hash_matches_data_files),
        cmocka_unit_test(adding_twice),
        cmocka_unit_test(thread_safe),
    };
    return cmocka_run_group_tests_name("defaults", tests, testutil_regles_setup, testutil_regles_teardown);
}
