/* SPDX-License-Identifier: Apache-2.0 */
/* The committee's exceptions per dossier: the model (set, replace, remove,
 * copy, compare, JSON round trip) and what the engine makes of them (the
 * lifted rule's constat stays, no longer blocking, with the reason in its
 * message and in the trace). */
#include "testutil.h"

#include <string.h>

static const char *const MOTIF = "Dossier remis en main propre, enregistré le lendemain";

static clas_dossier *late_dossier(void)
{
    clas_dossier *d = testutil_dossier_eligible(600000);
    assert_clas_ok(clas_dossier_set_date_depot(d, "2025-09-30"));
    return d;
}

static void test_model(void **state)
{
    (void)state;
    clas_dossier *d = late_dossier(), *copy = NULL;
    assert_false(clas_dossier_has_derogation(d, CLAS_REGLE_DELAI));
    assert_string_equal(clas_dossier_get_derogation_motif(d, CLAS_REGLE_DELAI), "");
    assert_clas_ok(clas_dossier_set_derogation(d, CLAS_REGLE_DELAI, "premier motif", NULL));
    assert_clas_ok(clas_dossier_set_derogation(d, CLAS_REGLE_DELAI, MOTIF, "2025-09-18"));
    assert_true(clas_dossier_has_derogation(d, CLAS_REGLE_DELAI));
    assert_string_equal(clas_dossier_get_derogation_motif(d, CLAS_REGLE_DELAI), MOTIF);
    assert_string_equal(clas_dossier_get_derogation_date(d, CLAS_REGLE_DELAI), "2025-09-18");
    /* refused: no reason, a bad date, a rule no cadre may switch off, NULL */
    assert_clas_status(clas_dossier_set_derogation(d, CLAS_REGLE_DELAI, "", NULL), CLAS_EINVAL);
    assert_clas_status(clas_dossier_set_derogation(d, CLAS_REGLE_DELAI, MOTIF, "18/09/2025"), CLAS_EINVAL);
    for (int r = 0; r < CLAS_REGLE_COUNT; r++)
        if (!clas_regle_can_switch_off((clas_regle)r))
            assert_clas_status(clas_dossier_set_derogation(d, (clas_regle)r, MOTIF, NULL), CLAS_EINVAL);
    assert_clas_status(clas_dossier_set_derogation(d, CLAS_REGLE_COUNT, MOTIF, NULL), CLAS_EINVAL);
    assert_clas_status(clas_dossier_set_derogation(NULL, CLAS_REGLE_DELAI, MOTIF, NULL), CLAS_EINVAL);
    /* a failed call leaves the exception as it was */
    assert_string_equal(clas_dossier_get_derogation_motif(d, CLAS_REGLE_DELAI), MOTIF);

    assert_clas_ok(clas_dossier_copy(&copy, d));
    assert_true(clas_dossier_equal(d, copy));
    assert_string_equal(clas_dossier_get_derogation_motif(copy, CLAS_REGLE_DELAI), MOTIF);
    assert_clas_ok(clas_dossier_remove_derogation(copy, CLAS_REGLE_DELAI));
    assert_false(clas_dossier_has_derogation(copy, CLAS_REGLE_DELAI));
    assert_false(clas_dossier_equal(d, copy));
    assert_clas_ok(clas_dossier_remove_derogation(copy, CLAS_REGLE_DELAI));
    assert_false(clas_dossier_has_derogation(NULL, CLAS_REGLE_DELAI));
    clas_dossier_free(copy);
    clas_dossier_free(d);
}

static void test_json_round_trip(void **state)
{
    (void)state;
    clas_dossier *d = late_dossier(), *back = NULL;
    char *text = NULL;
    assert_clas_ok(clas_dossier_to_json(&text, d, 0));
    assert_null(strstr(text, "derogations")); /* none: not written */
    clas_free(text);
    assert_clas_ok(clas_dossier_set_derogation(d, CLAS_REGLE_DELAI, MOTIF, "2025-09-18"));
    assert_clas_ok(clas_dossier_to_json(&text, d, 0));
    assert_non_null(strstr(text, "\"derogations\":[{\"regle\":\"R-DELAI\""));
    assert_clas_ok(clas_dossier_from_json(&back, text, strlen(text), "test"));
    assert_true(clas_dossier_equal(d, back));
    clas_dossier_free(back);
    clas_free(text);
    static const char *const bad[] = {
        "[{\"regle\":\"R-DELAI\"}]",                                     /* no reason */
        "[{\"motif\":\"m\"}]",                                           /* no rule */
        "[{\"regle\":\"R-PS\",\"motif\":\"m\"}]",                         /* a rule no cadre switches off */
        "[{\"regle\":\"R-DELAI\",\"motif\":\"m\",\"date\":\"hier\"}]",    /* a bad date */
        "[{\"regle\":\"R-DELAI\",\"motif\":\"m\"},{\"regle\":\"R-DELAI\",\"motif\":\"n\"}]", /* twice */
        "[{\"regle\":\"R-DELAI\",\"motif\":\"m\",\"par\":\"x\"}]",        /* unknown member */
    };
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        char doc[512];
        snprintf(doc, sizeof doc,
                 "{\"format\":\"clas-dossier/1\",\"annee_scolaire\":\"2025-2026\",\"derogations\":%s,"
                 "\"collectifs\":[]}", bad[k]);
        assert_true(clas_dossier_from_json(&back, doc, strlen(doc), "test") != CLAS_OK);
        assert_non_null(strstr(clas_error_last_location(), "derogations"));
    }
    clas_dossier_free(d);
}

static void test_engine(void **state)
{
    clas_dossier *d = late_dossier();
    clas_evaluation *ev = NULL;
    assert_clas_ok(clas_evaluate(&ev, *state, NULL, d, CLAS_EVAL_TRACE));
    assert_int_equal(clas_evaluation_get_verdict(ev), CLAS_VERDICT_INELIGIBLE);
    clas_evaluation_free(ev);

    assert_clas_ok(clas_dossier_set_derogation(d, CLAS_REGLE_DELAI, MOTIF, "2025-09-18"));
    assert_clas_ok(clas_evaluate(&ev, *state, NULL, d, CLAS_EVAL_TRACE));
    clas_dossier_free(d); /* the evaluation keeps its own copy */
    assert_int_equal(clas_evaluation_get_verdict(ev), CLAS_VERDICT_ELIGIBLE);
    assert_int_equal(clas_evaluation_get_montant(ev, 0, CLAS_MONTANT_PS), 198000);
    assert_true(testutil_has_code(ev, -1, CLAS_CODE_DEPOT_HORS_DELAI));
    const clas_constat *c = clas_evaluation_get_constat(ev, 0);
    assert_int_equal(clas_constat_get_code(c), CLAS_CODE_DEPOT_HORS_DELAI);
    assert_int_equal(clas_constat_get_severity(c), CLAS_SEVERITY_WARNING);
    assert_string_equal(clas_constat_get_derogation(c), MOTIF);
    assert_string_equal(clas_evaluation_get_derogation_motif(ev, CLAS_REGLE_DELAI), MOTIF);
    assert_string_equal(clas_evaluation_get_derogation_date(ev, CLAS_REGLE_DELAI), "2025-09-18");
    assert_string_equal(clas_evaluation_get_derogation_motif(ev, CLAS_REGLE_GROUPE), "");
    char msg[512];
    clas_constat_format_message(msg, sizeof msg, c, CLAS_LANG_FR);
    assert_non_null(strstr(msg, "dérogation du comité du 2025-09-18 : Dossier remis en main propre"));
    clas_constat_format_message(msg, sizeof msg, c, CLAS_LANG_EN);
    assert_non_null(strstr(msg, "committee exception of 2025-09-18: Dossier remis"));
    int found = 0;
    for (size_t j = 0; j < clas_evaluation_num_etapes(ev, 0); j++) {
        const clas_etape *e = clas_evaluation_get_etape(ev, 0, j);
        if (strcmp(clas_etape_get_operation(e), "derogation") == 0) {
            found = 1;
            assert_int_equal(clas_etape_get_regle(e), CLAS_REGLE_DELAI);
            assert_string_equal(clas_etape_get_source(e), "Décision du comité");
            assert_string_equal(clas_etape_get_source_valeurs(e), MOTIF);
            assert_int_equal(clas_etape_get_sortie_valeur(e), 0);
        }
    }
    assert_true(found);
    char *json = NULL;
    assert_clas_ok(clas_evaluation_to_json(&json, ev, 0));
    assert_non_null(strstr(json, "\"derogation\":{\"motif\":\"Dossier remis"));
    clas_free(json);
    clas_evaluation_free(ev);
    assert_string_equal(clas_constat_get_derogation(NULL), "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_model),
        cmocka_unit_test(test_json_round_trip),
        cmocka_unit_test(test_engine),
    };
    return cmocka_run_group_tests_name("derogation", tests, testutil_regles_setup, testutil_regles_teardown);
}
