/* SPDX-License-Identifier: Apache-2.0 */
/* Cadres: national defaults, calendar, thresholds, severities, validation. */
#include "testutil.h"

#include <string.h>

static int setup_marne(void **state)
{
    clas_cadre *c = NULL;
    if (clas_cadre_new(&c, "51", "2025-2026") != CLAS_OK)
        return -1;
    *state = c;
    return 0;
}

static int teardown(void **state)
{
    clas_cadre_free(*state);
    return 0;
}

static void test_national_defaults(void **state)
{
    clas_cadre *c = *state;
    assert_string_equal(clas_cadre_get_departement(c), "51");
    assert_string_equal(clas_cadre_get_annee_scolaire(c), "2025-2026");
    assert_string_equal(clas_cadre_get_nom(c), "");
    assert_int_equal(clas_cadre_get_seuil(c, CLAS_SEUIL_ENFANTS_MIN), 8);
    assert_int_equal(clas_cadre_get_seuil(c, CLAS_SEUIL_ENFANTS_MAX), 12);
    assert_int_equal(clas_cadre_get_seuil(c, CLAS_SEUIL_INTERVENANTS_MIN), 2);
    assert_int_equal(clas_cadre_get_seuil(c, CLAS_SEUIL_ACTIONS_PARENTS_MIN), 1);
    assert_int_equal(clas_cadre_get_seuil(c, CLAS_SEUIL_ACTIONS_PAR_AXE_MIN), 1);
    assert_int_equal(clas_cadre_get_seuil(c, CLAS_SEUIL_TAUX_ACOMPTE), 0);
    assert_int_equal(clas_cadre_get_seuil(c, CLAS_SEUIL_COUNT), 0);
    static const clas_severity want[CLAS_REGLE_COUNT] = {
        CLAS_SEVERITY_BLOCKING, CLAS_SEVERITY_BLOCKING, CLAS_SEVERITY_BLOCKING, CLAS_SEVERITY_BLOCKING,
        CLAS_SEVERITY_BLOCKING, CLAS_SEVERITY_BLOCKING, CLAS_SEVERITY_BLOCKING, CLAS_SEVERITY_OFF,
        CLAS_SEVERITY_WARNING, CLAS_SEVERITY_INFO, CLAS_SEVERITY_WARNING, CLAS_SEVERITY_WARNING,
        CLAS_SEVERITY_WARNING, CLAS_SEVERITY_WARNING,
        CLAS_SEVERITY_WARNING, CLAS_SEVERITY_OFF, /* R-FREQUENCE, R-COMPOSITION */
        CLAS_SEVERITY_WARNING,                    /* R-BILAN-PRECEDENT */
    };
    for (int r = 0; r < CLAS_REGLE_COUNT; r++)
        assert_int_equal(clas_cadre_get_severity(c, (clas_regle)r), want[r]);
    for (int k = 0; k < CLAS_DATE_KIND_COUNT; k++)
        assert_null(clas_cadre_get_date(c, (clas_date_kind)k));
    assert_clas_ok(clas_cadre_validate(c));
}

static void test_new_refuses(void **state)
{
    (void)state;
    clas_cadre *c = NULL;
    assert_clas_status(clas_cadre_new(&c, "5", "2025-2026"), CLAS_EINVAL);
    assert_clas_status(clas_cadre_new(&c, "Marne", "2025-2026"), CLAS_EINVAL);
    assert_clas_status(clas_cadre_new(&c, NULL, "2025-2026"), CLAS_EINVAL);
    assert_clas_status(clas_cadre_new(&c, "51", "2025-2025"), CLAS_EINVAL);
    assert_clas_status(clas_cadre_new(NULL, "51", "2025-2026"), CLAS_EINVAL);
    assert_null(c);
    assert_clas_ok(clas_cadre_new(&c, "national", "2025-2026"));
    assert_string_equal(clas_cadre_get_departement(c), "national");
    clas_cadre_free(c);
    assert_clas_ok(clas_cadre_new(&c, "2A", "2025-2026"));
    clas_cadre_free(c);
    assert_clas_ok(clas_cadre_new(&c, "971", "2025-2026"));
    clas_cadre_free(c);
    clas_cadre_free(NULL);
}

static void test_calendar(void **state)
{
    clas_cadre *c = *state;
    assert_clas_ok(clas_cadre_set_date(c, CLAS_DATE_LANCEMENT, "2025-05-26"));
    assert_clas_ok(clas_cadre_set_date(c, CLAS_DATE_LIMITE_DEPOT, "2025-08-18"));
    assert_clas_ok(clas_cadre_set_date(c, CLAS_DATE_COMITE, "2025-09"));
    assert_string_equal(clas_cadre_get_date(c, CLAS_DATE_COMITE), "2025-09");
    assert_clas_ok(clas_cadre_validate(c));
    /* Only the committee may be a month. */
    assert_clas_status(clas_cadre_set_date(c, CLAS_DATE_LIMITE_DEPOT, "2025-08"), CLAS_EINVAL);
    assert_clas_status(clas_cadre_set_date(c, CLAS_DATE_LIMITE_DEPOT, "2025-02-29"), CLAS_EINVAL);
    assert_clas_status(clas_cadre_set_date(c, CLAS_DATE_KIND_COUNT, "2025-08-18"), CLAS_EINVAL);
    assert_string_equal(clas_cadre_get_date(c, CLAS_DATE_LIMITE_DEPOT), "2025-08-18");
    assert_clas_ok(clas_cadre_set_date(c, CLAS_DATE_LANCEMENT, "2024-02-29"));
    assert_clas_ok(clas_cadre_set_date(c, CLAS_DATE_LANCEMENT, NULL));
    assert_null(clas_cadre_get_date(c, CLAS_DATE_LANCEMENT));
    assert_null(clas_cadre_get_date(c, CLAS_DATE_KIND_COUNT));

    /* Out of order. */
    assert_clas_ok(clas_cadre_set_date(c, CLAS_DATE_LANCEMENT, "2025-08-19"));
    clas_error_clear();
    assert_clas_status(clas_cadre_validate(c), CLAS_ERULES);
    assert_non_null(strstr(clas_error_last_message(), "limite_depot"));
    assert_clas_ok(clas_cadre_set_date(c, CLAS_DATE_LANCEMENT, "2025-08-18")); /* same day is fine */
    assert_clas_ok(clas_cadre_validate(c));
    assert_clas_ok(clas_cadre_set_date(c, CLAS_DATE_COMITE, "2025-07"));
    assert_clas_status(clas_cadre_validate(c), CLAS_ERULES);
    assert_clas_ok(clas_cadre_set_date(c, CLAS_DATE_COMITE, "2025-08"));
    assert_clas_ok(clas_cadre_validate(c));
}

static void test_seuils(void **state)
{
    clas_cadre *c = *state;
    assert_clas_ok(clas_cadre_set_seuil(c, CLAS_SEUIL_ENFANTS_MIN, 6));
    assert_int_equal(clas_cadre_get_seuil(c, CLAS_SEUIL_ENFANTS_MIN), 6);
    assert_clas_ok(clas_cadre_set_seuil(c, CLAS_SEUIL_TAUX_ACOMPTE, 500000));
    assert_int_equal(clas_cadre_get_seuil(c, CLAS_SEUIL_TAUX_ACOMPTE), 500000);
    assert_clas_status(clas_cadre_set_seuil(c, CLAS_SEUIL_TAUX_ACOMPTE, CLAS_TAUX_UN + 1), CLAS_ERANGE);
    assert_clas_status(clas_cadre_set_seuil(c, CLAS_SEUIL_INTERVENANTS_MIN, -1), CLAS_ERANGE);
    assert_clas_status(clas_cadre_set_seuil(c, CLAS_SEUIL_COUNT, 1), CLAS_EINVAL);
    assert_int_equal(clas_cadre_get_seuil(c, CLAS_SEUIL_INTERVENANTS_MIN), 2);

    assert_clas_ok(clas_cadre_set_seuil(c, CLAS_SEUIL_ENFANTS_MIN, 13));
    clas_error_clear();
    assert_clas_status(clas_cadre_validate(c), CLAS_ERULES);
    assert_non_null(strstr(clas_error_last_message(), "enfants_min 13 is above enfants_max 12"));
    assert_non_null(strstr(clas_error_last_location(), "enfants_min"));
}

static void test_severities(void **state)
{
    clas_cadre *c = *state;
    assert_clas_ok(clas_cadre_set_severity(c, CLAS_REGLE_AIDE_DEVOIRS, CLAS_SEVERITY_WARNING));
    assert_int_equal(clas_cadre_get_severity(c, CLAS_REGLE_AIDE_DEVOIRS), CLAS_SEVERITY_WARNING);
    assert_clas_ok(clas_cadre_set_severity(c, CLAS_REGLE_GROUPE, CLAS_SEVERITY_OFF));
    assert_clas_ok(clas_cadre_set_severity(c, CLAS_REGLE_PS, CLAS_SEVERITY_WARNING));
    static const clas_regle always_on[] = {CLAS_REGLE_PS, CLAS_REGLE_BAREME, CLAS_REGLE_AGREMENT, CLAS_REGLE_BILAN};
    for (size_t i = 0; i < 4; i++) {
        clas_severity before = clas_cadre_get_severity(c, always_on[i]);
        assert_clas_status(clas_cadre_set_severity(c, always_on[i], CLAS_SEVERITY_OFF), CLAS_EINVAL);
        assert_int_equal(clas_cadre_get_severity(c, always_on[i]), before);
    }
    assert_non_null(strstr(clas_error_last_message(), "R-BILAN"));
    assert_clas_status(clas_cadre_set_severity(c, CLAS_REGLE_COUNT, CLAS_SEVERITY_INFO), CLAS_EINVAL);
    assert_clas_status(clas_cadre_set_severity(c, CLAS_REGLE_GROUPE, (clas_severity)9), CLAS_EINVAL);
    assert_clas_status(clas_cadre_set_severity(NULL, CLAS_REGLE_GROUPE, CLAS_SEVERITY_INFO), CLAS_EINVAL);
    assert_int_equal(clas_cadre_get_severity(c, CLAS_REGLE_GROUPE), CLAS_SEVERITY_OFF);
    assert_clas_ok(clas_cadre_validate(c));
}

static void test_text_and_copy(void **state)
{
    clas_cadre *c = *state;
    assert_clas_ok(clas_cadre_set_nom(c, "Note de cadrage départemental Clas Marne 2025-2026"));
    assert_clas_status(clas_cadre_set_nom(c, "bad \xc3"), CLAS_EUTF8);
    assert_string_equal(clas_cadre_get_nom(c), "Note de cadrage départemental Clas Marne 2025-2026");
    assert_clas_ok(clas_cadre_set_source(c, "CAF de la Marne", "Page de garde", "https://example.org/"));
    assert_clas_status(clas_cadre_set_source(c, "x", NULL, "\xff"), CLAS_EUTF8);
    assert_string_equal(clas_cadre_get_source_titre(c), "CAF de la Marne");
    assert_string_equal(clas_cadre_get_source_url(c), "https://example.org/");
    assert_clas_ok(clas_cadre_set_date(c, CLAS_DATE_LIMITE_DEPOT, "2025-08-18"));
    assert_clas_ok(clas_cadre_set_seuil(c, CLAS_SEUIL_ENFANTS_MAX, 14));

    clas_cadre *d = NULL;
    assert_clas_ok(clas_cadre_copy(&d, c));
    assert_clas_ok(clas_cadre_set_nom(c, NULL));
    assert_clas_ok(clas_cadre_set_source(c, NULL, NULL, NULL));
    assert_clas_ok(clas_cadre_set_seuil(c, CLAS_SEUIL_ENFANTS_MAX, 12));
    assert_string_equal(clas_cadre_get_nom(c), "");
    assert_string_equal(clas_cadre_get_nom(d), "Note de cadrage départemental Clas Marne 2025-2026");
    assert_string_equal(clas_cadre_get_source_section(d), "Page de garde");
    assert_string_equal(clas_cadre_get_date(d, CLAS_DATE_LIMITE_DEPOT), "2025-08-18");
    assert_int_equal(clas_cadre_get_seuil(d, CLAS_SEUIL_ENFANTS_MAX), 14);
    assert_string_equal(clas_cadre_get_departement(d), "51");
    clas_cadre_free(d);
    assert_clas_status(clas_cadre_copy(&d, NULL), CLAS_EINVAL);
    assert_clas_status(clas_cadre_validate(NULL), CLAS_EINVAL);
}

static void test_actions_parents_requises(void **state)
{
    clas_cadre *c = *state;
    for (int a = 0; a < CLAS_ACTION_COUNT; a++)
        assert_int_equal(clas_cadre_get_action_parents_requise(c, (clas_action)a), 0);
    assert_clas_ok(clas_cadre_set_action_parents_requise(c, CLAS_ACTION_PARENTS_CODES_ECOLE, 1));
    assert_int_equal(clas_cadre_get_action_parents_requise(c, CLAS_ACTION_PARENTS_CODES_ECOLE), 1);
    /* only the parents axis, and the cadre is unchanged on refusal */
    assert_clas_status(clas_cadre_set_action_parents_requise(c, CLAS_ACTION_ENFANTS_ENTRAIDE, 1), CLAS_EINVAL);
    assert_clas_status(clas_cadre_set_action_parents_requise(c, CLAS_ACTION_COUNT, 1), CLAS_EINVAL);
    assert_clas_status(clas_cadre_set_action_parents_requise(NULL, CLAS_ACTION_PARENTS_CONVIVIALITE, 1), CLAS_EINVAL);
    assert_int_equal(clas_cadre_get_action_parents_requise(c, CLAS_ACTION_ENFANTS_ENTRAIDE), 0);
    clas_cadre *copy = NULL;
    assert_clas_ok(clas_cadre_copy(&copy, c));
    assert_int_equal(clas_cadre_get_action_parents_requise(copy, CLAS_ACTION_PARENTS_CODES_ECOLE), 1);
    clas_cadre_free(copy);
    assert_clas_ok(clas_cadre_set_action_parents_requise(c, CLAS_ACTION_PARENTS_CODES_ECOLE, 0));
    assert_int_equal(clas_cadre_get_action_parents_requise(c, CLAS_ACTION_PARENTS_CODES_ECOLE), 0);
    assert_int_equal(clas_cadre_get_action_parents_requise(NULL, CLAS_ACTION_PARENTS_CODES_ECOLE), 0);
}

static void test_consequences(void **state)
{
    clas_cadre *c = *state;
    assert_int_equal(clas_cadre_num_consequences(c), 0);
    assert_string_equal(clas_cadre_get_consequence(c, CLAS_CODE_DEPOT_HORS_DELAI, CLAS_CONSEQUENCE_TEXTE), "");
    /* a consequence names its text */
    assert_clas_status(clas_cadre_set_consequence(c, CLAS_CODE_DEPOT_HORS_DELAI, "Non instruit.", "", NULL, NULL),
                       CLAS_EINVAL);
    assert_clas_status(clas_cadre_set_consequence(c, CLAS_CODE_COUNT, "x", "t", NULL, NULL), CLAS_EINVAL);
    assert_clas_status(clas_cadre_set_consequence(c, CLAS_CODE_DEPOT_HORS_DELAI, "\xff", "t", NULL, NULL),
                       CLAS_EUTF8);
    assert_int_equal(clas_cadre_num_consequences(c), 0);
    assert_clas_ok(clas_cadre_set_consequence(c, CLAS_CODE_DEPOT_HORS_DELAI, "Le dossier n'est pas instruit.",
                                              "Guide du Gard", "page de garde", "https://example.org/gard"));
    assert_clas_ok(clas_cadre_set_consequence(c, CLAS_CODE_DOSSIER_SANS_COLLECTIF, "Incomplet.", "Guide", NULL, NULL));
    assert_int_equal(clas_cadre_num_consequences(c), 2);
    assert_int_equal(clas_cadre_get_consequence_code(c, 0), CLAS_CODE_DEPOT_HORS_DELAI);
    assert_int_equal(clas_cadre_get_consequence_code(c, 2), CLAS_CODE_COUNT);
    assert_string_equal(clas_cadre_get_consequence(c, CLAS_CODE_DEPOT_HORS_DELAI, CLAS_CONSEQUENCE_SECTION),
                        "page de garde");
    assert_string_equal(clas_cadre_get_consequence(c, CLAS_CODE_DOSSIER_SANS_COLLECTIF, CLAS_CONSEQUENCE_URL), "");
    /* replaced in place, copied with the cadre, removed by an empty text */
    assert_clas_ok(clas_cadre_set_consequence(c, CLAS_CODE_DEPOT_HORS_DELAI, "Rejeté.", "Guide du Gard", NULL, NULL));
    assert_int_equal(clas_cadre_num_consequences(c), 2);
    assert_string_equal(clas_cadre_get_consequence(c, CLAS_CODE_DEPOT_HORS_DELAI, CLAS_CONSEQUENCE_TEXTE), "Rejeté.");
    clas_cadre *copy = NULL;
    assert_clas_ok(clas_cadre_copy(&copy, c));
    assert_string_equal(clas_cadre_get_consequence(copy, CLAS_CODE_DOSSIER_SANS_COLLECTIF, CLAS_CONSEQUENCE_TITRE),
                        "Guide");
    clas_cadre_free(copy);
    assert_clas_ok(clas_cadre_set_consequence(c, CLAS_CODE_DEPOT_HORS_DELAI, NULL, NULL, NULL, NULL));
    assert_int_equal(clas_cadre_num_consequences(c), 1);
    assert_int_equal(clas_cadre_get_consequence_code(c, 0), CLAS_CODE_DOSSIER_SANS_COLLECTIF);
    assert_string_equal(clas_cadre_get_consequence(c, CLAS_CODE_DEPOT_HORS_DELAI, CLAS_CONSEQUENCE_TEXTE), "");
    assert_string_equal(clas_cadre_get_consequence(NULL, CLAS_CODE_DEPOT_HORS_DELAI, CLAS_CONSEQUENCE_TEXTE), "");
    assert_string_equal(clas_cadre_get_consequence(c, CLAS_CODE_DOSSIER_SANS_COLLECTIF, CLAS_CONSEQUENCE_PART_COUNT),
                        "");
    assert_int_equal(clas_cadre_num_consequences(NULL), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_national_defaults, setup_marne, teardown),
        cmocka_unit_test(test_new_refuses),
        cmocka_unit_test_setup_teardown(test_calendar, setup_marne, teardown),
        cmocka_unit_test_setup_teardown(test_seuils, setup_marne, teardown),
        cmocka_unit_test_setup_teardown(test_severities, setup_marne, teardown),
        cmocka_unit_test_setup_teardown(test_text_and_copy, setup_marne, teardown),
        cmocka_unit_test_setup_teardown(test_actions_parents_requises, setup_marne, teardown),
        cmocka_unit_test_setup_teardown(test_consequences, setup_marne, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
