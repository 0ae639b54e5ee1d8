/* SPDX-License-Identifier: Apache-2.0 */
/* Barèmes: setters, validation and the Ps of R-PS (domain.md §4, §7). */
#include "testutil.h"

#include <string.h>

/* The 2025-2026 barème of the Marne note (§3). */
static int setup_2025(void **state)
{
    clas_bareme *b = NULL;
    if (clas_bareme_new(&b, "2025-2026") != CLAS_OK)
        return -1;
    clas_bareme_set_taux(b, 330000);
    clas_bareme_set_prix_plafond(b, 848700);
    clas_bareme_set_ps_max(b, 280070);
    clas_bareme_set_bonus(b, CLAS_BONUS_ENFANTS, 32900);
    clas_bareme_set_bonus(b, CLAS_BONUS_PARENTS, 32900);
    clas_bareme_set_source(b, "CAF de la Marne, Note de cadrage départemental Clas 2025-2026", "§3", NULL);
    *state = b;
    return 0;
}

static int teardown(void **state)
{
    clas_bareme_free(*state);
    return 0;
}

static void test_new_and_defaults(void **state)
{
    (void)state;
    clas_bareme *b = NULL;
    assert_clas_ok(clas_bareme_new(&b, "2030-2031"));
    assert_string_equal(clas_bareme_get_annee_scolaire(b), "2030-2031");
    assert_int_equal(clas_bareme_get_taux(b), 0);
    assert_int_equal(clas_bareme_get_prix_plafond(b), 0);
    assert_int_equal(clas_bareme_get_ps_max(b), 0);
    assert_int_equal(clas_bareme_get_bonus(b, CLAS_BONUS_PARENTS), 0);
    assert_int_equal(clas_bareme_get_rounding(b), CLAS_ROUND_HALF_UP);
    assert_string_equal(clas_bareme_get_source_titre(b), "");
    assert_string_equal(clas_bareme_get_source_url(b), "");
    clas_bareme_free(b);

    clas_bareme *none = NULL;
    assert_clas_status(clas_bareme_new(&none, "2025-2027"), CLAS_EINVAL);
    assert_clas_status(clas_bareme_new(&none, "2025"), CLAS_EINVAL);
    assert_clas_status(clas_bareme_new(&none, NULL), CLAS_EINVAL);
    assert_clas_status(clas_bareme_new(NULL, "2025-2026"), CLAS_EINVAL);
    assert_null(none);
    clas_bareme_free(NULL);
}

static void test_setters_refuse_bad_values(void **state)
{
    clas_bareme *b = *state;
    assert_clas_status(clas_bareme_set_taux(b, -1), CLAS_ERANGE);
    assert_clas_status(clas_bareme_set_taux(b, CLAS_TAUX_UN + 1), CLAS_ERANGE);
    assert_clas_status(clas_bareme_set_prix_plafond(b, -1), CLAS_ERANGE);
    assert_clas_status(clas_bareme_set_prix_plafond(b, CLAS_CENTS_MAX + 1), CLAS_ERANGE);
    assert_clas_status(clas_bareme_set_ps_max(b, -5), CLAS_ERANGE);
    assert_clas_status(clas_bareme_set_bonus(b, CLAS_BONUS_ENFANTS, -1), CLAS_ERANGE);
    assert_clas_status(clas_bareme_set_bonus(b, CLAS_BONUS_COUNT, 1), CLAS_EINVAL);
    assert_clas_status(clas_bareme_set_rounding(b, (clas_rounding)99), CLAS_EINVAL);
    assert_clas_status(clas_bareme_set_source(b, "ok", "\xff", NULL), CLAS_EUTF8);
    assert_clas_status(clas_bareme_set_taux(NULL, 1), CLAS_EINVAL);
    /* Nothing changed. */
    assert_int_equal(clas_bareme_get_taux(b), 330000);
    assert_int_equal(clas_bareme_get_prix_plafond(b), 848700);
    assert_int_equal(clas_bareme_get_ps_max(b), 280070);
    assert_int_equal(clas_bareme_get_bonus(b, CLAS_BONUS_ENFANTS), 32900);
    assert_int_equal(clas_bareme_get_bonus(b, CLAS_BONUS_COUNT), 0);
    assert_int_equal(clas_bareme_get_rounding(b), CLAS_ROUND_HALF_UP);
    assert_string_equal(clas_bareme_get_source_section(b), "§3");
    assert_int_equal(clas_bareme_get_taux(NULL), 0);
}

static clas_cents ps(const clas_bareme *b, clas_cents depenses)
{
    clas_cents out = -1;
    assert_clas_ok(clas_bareme_compute_ps(&out, b, depenses));
    return out;
}

static void test_compute_ps(void **state)
{
    clas_bareme *b = *state;
    assert_clas_ok(clas_bareme_validate(b));
    assert_int_equal(ps(b, 1000000), 280070); /* case A: 2 800,71 capped at 2 800,70 */
    assert_int_equal(ps(b, 600000), 198000);  /* case B */
    assert_int_equal(ps(b, 848700), 280070);
    assert_int_equal(ps(b, 848697), 280070);  /* 2 800,7001 → 2 800,70 */
    assert_int_equal(ps(b, 0), 0);
    assert_int_equal(ps(b, 1), 0);            /* 0.33 cent */
    assert_int_equal(ps(b, 2), 1);            /* 0.66 cent */
    assert_int_equal(ps(b, 50), 17);          /* 16.5 cents, half up */
    assert_int_equal(ps(b, CLAS_CENTS_MAX), 280070);
    assert_clas_ok(clas_bareme_set_rounding(b, CLAS_ROUND_HALF_EVEN));
    assert_int_equal(ps(b, 50), 16);
    assert_clas_ok(clas_bareme_set_rounding(b, CLAS_ROUND_DOWN));
    assert_int_equal(ps(b, 2), 0);
    assert_clas_ok(clas_bareme_set_rounding(b, CLAS_ROUND_UP));
    assert_int_equal(ps(b, 1), 1);
    assert_clas_ok(clas_bareme_set_rounding(b, CLAS_ROUND_EURO_HALF_UP));
    assert_int_equal(ps(b, 600000), 198000);
    assert_int_equal(ps(b, 100000), 33000);
    assert_int_equal(ps(b, 150), 0);          /* 0,495 € → 0 € */
    assert_int_equal(ps(b, 152), 100);        /* 0,5016 € → 1 € */
    assert_clas_ok(clas_bareme_set_rounding(b, CLAS_ROUND_HALF_UP));

    clas_cents out = 42;
    clas_error_clear();
    assert_clas_status(clas_bareme_compute_ps(&out, b, -1), CLAS_ERANGE);
    assert_int_equal(clas_error_last_code(), CLAS_ERANGE);
    assert_clas_status(clas_bareme_compute_ps(&out, b, CLAS_CENTS_MAX + 1), CLAS_ERANGE);
    assert_clas_status(clas_bareme_compute_ps(&out, NULL, 1), CLAS_EINVAL);
    assert_clas_status(clas_bareme_compute_ps(NULL, b, 1), CLAS_EINVAL);
    assert_int_equal(out, 42);
}

static void test_validate(void **state)
{
    clas_bareme *b = *state;
    assert_clas_ok(clas_bareme_validate(b));
    /* Rounding to the cent: the maximum may exceed 2 800,71 € by less than a cent. */
    assert_clas_ok(clas_bareme_set_ps_max(b, 280071));
    assert_clas_ok(clas_bareme_validate(b));
    assert_clas_ok(clas_bareme_set_ps_max(b, 280072));
    clas_error_clear();
    assert_clas_status(clas_bareme_validate(b), CLAS_ERULES);
    assert_string_equal(clas_error_last_message(),
                        "barème 2025-2026: ps_max €2,800.72 exceeds taux × prix_plafond (2800.71) by one cent or more "
                        "(the barème rounds to the cent)");
    assert_string_equal(clas_error_last_location(), "barème 2025-2026: ps_max");
    /* Rounding to the euro: by less than a euro. */
    assert_clas_ok(clas_bareme_set_rounding(b, CLAS_ROUND_EURO_HALF_UP));
    assert_clas_ok(clas_bareme_validate(b));
    assert_clas_ok(clas_bareme_set_ps_max(b, 280170));
    assert_clas_ok(clas_bareme_validate(b));
    assert_clas_ok(clas_bareme_set_ps_max(b, 280171));
    assert_clas_status(clas_bareme_validate(b), CLAS_ERULES);
    assert_string_equal(clas_error_last_message(),
                        "barème 2025-2026: ps_max €2,801.71 exceeds taux × prix_plafond (2800.71) by one euro or more "
                        "(the barème rounds to the euro)");
    /* Sub-cent products: 30 % × 5 599,01 € = 1 679,703 €. */
    assert_clas_ok(clas_bareme_set_taux(b, 300000));
    assert_clas_ok(clas_bareme_set_prix_plafond(b, 559901));
    assert_clas_ok(clas_bareme_set_ps_max(b, 168071));
    assert_clas_status(clas_bareme_validate(b), CLAS_ERULES);
    assert_non_null(strstr(clas_error_last_message(), "(1679.703)"));
    assert_clas_ok(clas_bareme_set_ps_max(b, 168070));
    assert_clas_ok(clas_bareme_validate(b));
    assert_clas_ok(clas_bareme_set_rounding(b, CLAS_ROUND_HALF_UP));
    assert_clas_ok(clas_bareme_set_ps_max(b, 167971));
    assert_clas_ok(clas_bareme_validate(b));
    assert_clas_ok(clas_bareme_set_ps_max(b, 167972));
    assert_clas_status(clas_bareme_validate(b), CLAS_ERULES);
    assert_clas_ok(clas_bareme_set_taux(b, 330000));
    assert_clas_ok(clas_bareme_set_prix_plafond(b, 848700));
    assert_clas_ok(clas_bareme_set_ps_max(b, 280070));

    assert_clas_ok(clas_bareme_set_prix_plafond(b, 0));
    assert_clas_status(clas_bareme_validate(b), CLAS_ERULES);
    assert_non_null(strstr(clas_error_last_message(), "prix_plafond"));
    assert_non_null(strstr(clas_error_last_message(), "2025-2026"));
    assert_clas_ok(clas_bareme_set_prix_plafond(b, 848700));
    assert_clas_ok(clas_bareme_validate(b));
    assert_clas_status(clas_bareme_validate(NULL), CLAS_EINVAL);
}

static void test_references(void **state)
{
    clas_bareme *b = *state;
    assert_int_equal(clas_bareme_num_references(b), 0);
    assert_clas_ok(clas_bareme_add_reference(b, "taux ps_max", "Note", "§3", "https://example.org", "33 %"));
    assert_clas_ok(clas_bareme_add_reference(b, "arrondi", NULL, NULL, NULL, "no text gives it"));
    assert_int_equal(clas_bareme_num_references(b), 2);
    assert_string_equal(clas_bareme_get_reference(b, 0, CLAS_REFERENCE_CHAMPS), "taux ps_max");
    assert_string_equal(clas_bareme_get_reference(b, 0, CLAS_REFERENCE_URL), "https://example.org");
    assert_string_equal(clas_bareme_get_reference(b, 1, CLAS_REFERENCE_TITRE), "");
    assert_string_equal(clas_bareme_get_reference(b, 1, CLAS_REFERENCE_NOTE), "no text gives it");
    assert_string_equal(clas_bareme_get_reference(b, 2, CLAS_REFERENCE_CHAMPS), "");
    assert_string_equal(clas_bareme_get_reference(b, 0, CLAS_REFERENCE_PART_COUNT), "");
    /* Refused: no field, a malformed list, an unsettled value without a note. */
    assert_clas_status(clas_bareme_add_reference(b, "", "Note", NULL, NULL, NULL), CLAS_EINVAL);
    assert_clas_status(clas_bareme_add_reference(b, "taux  ps_max", "Note", NULL, NULL, NULL), CLAS_EINVAL);
    assert_clas_status(clas_bareme_add_reference(b, "Taux", "Note", NULL, NULL, NULL), CLAS_EINVAL);
    assert_clas_status(clas_bareme_add_reference(b, "arrondi", "", NULL, NULL, ""), CLAS_EINVAL);
    assert_clas_status(clas_bareme_add_reference(b, "taux", "\xff", NULL, NULL, NULL), CLAS_EUTF8);
    assert_clas_status(clas_bareme_add_reference(NULL, "taux", "Note", NULL, NULL, NULL), CLAS_EINVAL);
    assert_int_equal(clas_bareme_num_references(b), 2);
    for (int i = 2; i < CLAS_REFERENCES_MAX; i++)
        assert_clas_ok(clas_bareme_add_reference(b, "taux", "Note", NULL, NULL, NULL));
    assert_clas_status(clas_bareme_add_reference(b, "taux", "Note", NULL, NULL, NULL), CLAS_ERANGE);
    clas_bareme *copy = NULL;
    assert_clas_ok(clas_bareme_copy(&copy, b));
    assert_int_equal(clas_bareme_num_references(copy), CLAS_REFERENCES_MAX);
    assert_string_equal(clas_bareme_get_reference(copy, 1, CLAS_REFERENCE_NOTE), "no text gives it");
    clas_bareme_free(copy);
    assert_int_equal(clas_bareme_num_references(NULL), 0);
    assert_string_equal(clas_bareme_get_reference(NULL, 0, CLAS_REFERENCE_TITRE), "");
}

static void test_copy(void **state)
{
    clas_bareme *b = *state;
    clas_bareme *c = NULL;
    assert_clas_ok(clas_bareme_copy(&c, b));
    assert_clas_ok(clas_bareme_set_taux(b, 100000));
    assert_clas_ok(clas_bareme_set_source(b, "autre", NULL, NULL));
    assert_int_equal(clas_bareme_get_taux(c), 330000);
    assert_string_equal(clas_bareme_get_source_titre(c), "CAF de la Marne, Note de cadrage départemental Clas 2025-2026");
    assert_string_equal(clas_bareme_get_source_section(c), "§3");
    assert_string_equal(clas_bareme_get_source_section(b), "");
    assert_string_equal(clas_bareme_get_annee_scolaire(c), "2025-2026");
    clas_bareme_free(c);
    assert_clas_status(clas_bareme_copy(&c, NULL), CLAS_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_new_and_defaults),
        cmocka_unit_test_setup_teardown(test_setters_refuse_bad_values, setup_2025, teardown),
        cmocka_unit_test_setup_teardown(test_compute_ps, setup_2025, teardown),
        cmocka_unit_test_setup_teardown(test_validate, setup_2025, teardown),
        cmocka_unit_test_setup_teardown(test_copy, setup_2025, teardown),
        cmocka_unit_test_setup_teardown(test_references, setup_2025, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
