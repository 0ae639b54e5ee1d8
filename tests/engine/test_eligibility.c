/* SPDX-License-Identifier: Apache-2.0 */
/* Every eligibility rule of domain.md §3, holding and violated. */
#include "testutil.h"

#include <stdlib.h>

typedef struct fixture {
    clas_regles *regles;
    clas_dossier *dossier;
    clas_collectif *c;
    clas_evaluation *ev;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    if (!f || clas_regles_new_default(&f->regles) != CLAS_OK || clas_evaluation_new(&f->ev) != CLAS_OK)
        return -1;
    f->dossier = testutil_dossier_eligible(1000000);
    f->c = clas_dossier_get_collectif(f->dossier, 0);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    clas_evaluation_free(f->ev);
    clas_dossier_free(f->dossier);
    clas_regles_unref(f->regles);
    free(f);
    return 0;
}

/* Evaluates under the rule set's cadre (or @p cadre) and returns the evaluation. */
static const clas_evaluation *run(fixture *f, const clas_cadre *cadre)
{
    assert_clas_ok(clas_evaluation_run(f->ev, f->regles, cadre, f->dossier, 0));
    return f->ev;
}

static void assert_only_code(const clas_evaluation *ev, clas_code code, clas_severity severity)
{
    int found = 0;
    for (size_t i = 0; i < clas_evaluation_num_constats(ev); i++) {
        const clas_constat *k = clas_evaluation_get_constat(ev, i);
        if (clas_constat_get_code(k) == code) {
            found = 1;
            assert_int_equal(clas_constat_get_severity(k), severity);
        } else {
            /* Besides the expected finding, an approved collectif only gets info constats. */
            assert_int_equal(clas_constat_get_severity(k), CLAS_SEVERITY_INFO);
        }
    }
    assert_true(found);
}

static void assert_eligible(const clas_evaluation *ev)
{
    assert_int_equal(clas_evaluation_get_verdict(ev), CLAS_VERDICT_ELIGIBLE);
    assert_int_equal(clas_evaluation_get_collectif_verdict(ev, 0), CLAS_VERDICT_ELIGIBLE);
    for (size_t i = 0; i < clas_evaluation_num_constats(ev); i++)
        assert_int_equal(clas_constat_get_severity(clas_evaluation_get_constat(ev, i)), CLAS_SEVERITY_INFO);
}

static void assert_blocked(const clas_evaluation *ev, clas_code code)
{
    assert_int_equal(clas_evaluation_get_verdict(ev), CLAS_VERDICT_INELIGIBLE);
    assert_int_equal(clas_evaluation_get_collectif_verdict(ev, 0), CLAS_VERDICT_INELIGIBLE);
    assert_true(testutil_has_code(ev, -2, code));
    assert_int_equal(clas_evaluation_get_montant(ev, 0, CLAS_MONTANT_PS), 0);
    assert_int_equal(clas_evaluation_get_montant(ev, 0, CLAS_MONTANT_TOTAL), 0);
}

static void test_reference_collectif_is_eligible(void **state)
{
    fixture *f = *state;
    assert_eligible(run(f, NULL));
    assert_int_equal(clas_evaluation_get_montant(f->ev, 0, CLAS_MONTANT_PS), 280070);
}

static void test_public(void **state)
{
    fixture *f = *state;
    assert_clas_ok(clas_collectif_set_niveaux(f->c, (1u << CLAS_NIVEAU_CP) | (1u << CLAS_NIVEAU_TERMINALE)));
    assert_eligible(run(f, NULL));

    assert_clas_ok(clas_collectif_set_niveaux(f->c, 0));
    assert_blocked(run(f, NULL), CLAS_CODE_PUBLIC_AUCUN_NIVEAU);

    assert_clas_ok(clas_collectif_set_niveaux(f->c, (1u << CLAS_NIVEAU_GS) | (1u << CLAS_NIVEAU_CP)));
    const clas_evaluation *ev = run(f, NULL);
    assert_blocked(ev, CLAS_CODE_PUBLIC_NIVEAU_HORS_CHAMP);
    const clas_constat *k = clas_evaluation_get_collectif_constat(ev, 0, 0);
    assert_int_equal(clas_constat_get_code(k), CLAS_CODE_PUBLIC_NIVEAU_HORS_CHAMP);
    assert_int_equal(clas_constat_get_valeur(k), 1 << CLAS_NIVEAU_GS);
    assert_string_equal(clas_constat_get_champ(k), "niveaux");

    assert_clas_ok(clas_collectif_set_niveaux(f->c, 1u << CLAS_NIVEAU_SUPERIEUR));
    assert_blocked(run(f, NULL), CLAS_CODE_PUBLIC_NIVEAU_HORS_CHAMP);
}

static void test_hors_temps(void **state)
{
    fixture *f = *state;
    assert_clas_ok(clas_collectif_set(f->c, CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 0));
    assert_blocked(run(f, NULL), CLAS_CODE_HORS_TEMPS_NON);

    /* Not declared at all is not out of school time either. */
    clas_collectif *c = NULL;
    assert_clas_ok(clas_dossier_add_collectif(&c, f->dossier, "C2"));
    assert_int_equal(clas_collectif_get(c, CLAS_CHAMP_HORS_TEMPS_SCOLAIRE), 0);
    const clas_evaluation *ev = run(f, NULL);
    assert_true(testutil_has_code(ev, 1, CLAS_CODE_HORS_TEMPS_NON));
    assert_int_equal(clas_evaluation_get_collectif_verdict(ev, 1), CLAS_VERDICT_INELIGIBLE);
}

static void test_axes_each_missing(void **state)
{
    fixture *f = *state;
    static const clas_code codes[CLAS_AXE_COUNT] = {CLAS_CODE_AXE_ENFANTS_ABSENT, CLAS_CODE_AXE_PARENTS_ABSENT,
                                                    CLAS_CODE_AXE_ECOLE_ABSENT, CLAS_CODE_AXE_TERRITOIRE_ABSENT};
    for (int axe = 0; axe < CLAS_AXE_COUNT; axe++) {
        clas_dossier *d = NULL;
        clas_collectif *c = NULL;
        assert_clas_ok(clas_dossier_new(&d, "2025-2026"));
        assert_clas_ok(clas_dossier_set_departement(d, "51"));
        assert_clas_ok(clas_dossier_set_date_depot(d, "2025-06-30"));
        assert_clas_ok(clas_dossier_add_collectif(&c, d, "C1"));
        assert_clas_ok(clas_collectif_add_niveau(c, CLAS_NIVEAU_6E));
        assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_NB_ENFANTS, 9));
        assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, 2));
        assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1));
        assert_clas_ok(clas_collectif_set_depenses(c, 500000));
        assert_clas_ok(clas_collectif_add_financement(c, "Commune", 0));
        assert_clas_ok(clas_collectif_set_decision(c, CLAS_DECISION_AGREE, NULL));
        static const clas_action one_per_axe[CLAS_AXE_COUNT] = {
            CLAS_ACTION_ENFANTS_ENTRAIDE, CLAS_ACTION_PARENTS_CODES_ECOLE, CLAS_ACTION_ECOLE_DIAGNOSTIC_PARTAGE,
            CLAS_ACTION_TERRITOIRE_REAAP};
        for (int a = 0; a < CLAS_AXE_COUNT; a++)
            if (a != axe)
                assert_clas_ok(clas_collectif_add_action(c, one_per_axe[a], NULL));
        clas_evaluation *ev = NULL;
        assert_clas_ok(clas_evaluate(&ev, f->regles, NULL, d, 0));
        assert_blocked(ev, codes[axe]);
        for (int other = 0; other < CLAS_AXE_COUNT; other++)
            if (other != axe)
                assert_false(testutil_has_code(ev, 0, codes[other]));
        /* A missing parents axis is one constat: R-AXES', not R-SOCLE-PARENTS' as well. */
        assert_false(testutil_has_code(ev, 0, CLAS_CODE_SOCLE_PARENTS_INSUFFISANT));
        clas_evaluation_free(ev);
        clas_dossier_free(d);
    }
}

static void test_socle_parents_threshold_from_cadre(void **state)
{
    fixture *f = *state;
    clas_cadre *cadre = NULL;
    assert_clas_ok(clas_cadre_new(&cadre, "51", "2025-2026"));
    assert_clas_ok(clas_cadre_set_seuil(cadre, CLAS_SEUIL_ACTIONS_PARENTS_MIN, 2));
    const clas_evaluation *ev = run(f, cadre);
    assert_blocked(ev, CLAS_CODE_SOCLE_PARENTS_INSUFFISANT);
    assert_false(testutil_has_code(ev, 0, CLAS_CODE_AXE_PARENTS_ABSENT));
    assert_clas_ok(clas_collectif_add_action(f->c, CLAS_ACTION_PARENTS_CODES_ECOLE, NULL));
    assert_eligible(run(f, cadre));
    clas_cadre_free(cadre);
}

static void test_groupe_bounds(void **state)
{
    fixture *f = *state;
    static const struct {
        int64_t n;
        int ok;
        clas_code code;
    } cases[] = {{7, 0, CLAS_CODE_GROUPE_TROP_PETIT}, {8, 1, 0}, {12, 1, 0}, {13, 0, CLAS_CODE_GROUPE_TROP_GRAND}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_clas_ok(clas_collectif_set(f->c, CLAS_CHAMP_NB_ENFANTS, cases[i].n));
        const clas_evaluation *ev = run(f, NULL);
        if (cases[i].ok) {
            assert_eligible(ev);
            continue;
        }
        assert_blocked(ev, cases[i].code);
        const clas_constat *k = clas_evaluation_get_collectif_constat(ev, 0, 0);
        assert_int_equal(clas_constat_get_valeur(k), cases[i].n);
        assert_int_equal(clas_constat_get_limite(k), cases[i].n < 8 ? 8 : 12);
        assert_int_equal(clas_constat_get_regle(k), CLAS_REGLE_GROUPE);
        assert_string_equal(clas_constat_get_collectif_id(k), "C1");
    }
}

static void test_encadrement(void **state)
{
    fixture *f = *state;
    assert_clas_ok(clas_collectif_set(f->c, CLAS_CHAMP_NB_INTERVENANTS_SALARIES, 0));
    assert_blocked(run(f, NULL), CLAS_CODE_ENCADREMENT_INSUFFISANT);
    assert_clas_ok(clas_collectif_set(f->c, CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, 2));
    assert_eligible(run(f, NULL));
}

static void test_delai(void **state)
{
    fixture *f = *state;
    assert_clas_ok(clas_dossier_set_date_depot(f->dossier, "2025-08-18"));
    assert_eligible(run(f, NULL));

    assert_clas_ok(clas_dossier_set_date_depot(f->dossier, "2025-08-19"));
    const clas_evaluation *ev = run(f, NULL);
    assert_blocked(ev, CLAS_CODE_DEPOT_HORS_DELAI);
    const clas_constat *k = clas_evaluation_get_constat(ev, 0);
    assert_int_equal(clas_constat_get_collectif_index(k), -1);
    assert_string_equal(clas_constat_get_collectif_id(k), "");
    assert_int_equal(clas_constat_get_valeur(k), 20250819);
    assert_int_equal(clas_constat_get_limite(k), 20250818);
    assert_int_equal(clas_evaluation_num_collectif_constats(ev, 0) + 1, clas_evaluation_num_constats(ev));

    assert_clas_ok(clas_dossier_set_date_depot(f->dossier, NULL));
    assert_blocked(run(f, NULL), CLAS_CODE_DEPOT_DATE_ABSENTE);
}

static void test_delai_without_deadline_in_cadre(void **state)
{
    fixture *f = *state;
    clas_cadre *cadre = NULL;
    assert_clas_ok(clas_cadre_new(&cadre, "national", "2025-2026"));
    assert_clas_ok(clas_dossier_set_date_depot(f->dossier, "2025-12-31"));
    /* Nothing is late without a deadline, and the evaluation says it did not check. */
    const clas_evaluation *ev = run(f, cadre);
    assert_eligible(ev);
    assert_true(testutil_has_code(ev, -1, CLAS_CODE_DEPOT_DELAI_NON_VERIFIE));
    assert_false(testutil_has_code(ev, -2, CLAS_CODE_DEPOT_HORS_DELAI));
    assert_clas_ok(clas_dossier_set_date_depot(f->dossier, NULL));
    assert_eligible(run(f, cadre));
    clas_cadre_free(cadre);
}

static void test_dossier_sans_collectif(void **state)
{
    fixture *f = *state;
    clas_dossier *d = NULL;
    clas_evaluation *ev = NULL;
    assert_clas_ok(clas_dossier_new(&d, "2025-2026"));
    assert_clas_ok(clas_dossier_set_date_depot(d, "2025-06-01"));
    assert_clas_ok(clas_evaluate(&ev, f->regles, NULL, d, 0));
    assert_int_equal(clas_evaluation_get_verdict(ev), CLAS_VERDICT_INELIGIBLE);
    assert_true(testutil_has_code(ev, -1, CLAS_CODE_DOSSIER_SANS_COLLECTIF));
    clas_evaluation_free(ev);
    clas_dossier_free(d);
}

static void test_aide_devoirs_off_nationally_enabled_by_cadre(void **state)
{
    fixture *f = *state;
    clas_dossier *d = NULL;
    clas_collectif *c = NULL;
    assert_clas_ok(clas_dossier_new(&d, "2025-2026"));
    assert_clas_ok(clas_dossier_set_date_depot(d, "2025-06-01"));
    assert_clas_ok(clas_dossier_add_collectif(&c, d, "devoirs"));
    assert_clas_ok(clas_collectif_add_niveau(c, CLAS_NIVEAU_CE2));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_NB_ENFANTS, 10));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_NB_INTERVENANTS_SALARIES, 2));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_SEANCES_PAR_SEMAINE, 2));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_MINUTES_PAR_SEANCE, 90));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_NB_SEMAINES, 30));
    assert_clas_ok(clas_collectif_set_depenses(c, 300000));
    assert_clas_ok(clas_collectif_add_financement(c, "Commune", 50000));
    assert_clas_ok(clas_collectif_set_decision(c, CLAS_DECISION_AGREE, NULL));
    assert_clas_ok(clas_collectif_add_action(c, CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE, NULL));
    assert_clas_ok(clas_collectif_add_action(c, CLAS_ACTION_PARENTS_INFORMATION_INSCRIPTION, NULL));
    assert_clas_ok(clas_collectif_add_action(c, CLAS_ACTION_ECOLE_AUTRE, "Rencontre trimestrielle"));
    assert_clas_ok(clas_collectif_add_action(c, CLAS_ACTION_TERRITOIRE_REAAP, NULL));

    clas_evaluation *ev = NULL;
    assert_clas_ok(clas_evaluate(&ev, f->regles, NULL, d, 0));
    assert_false(testutil_has_code(ev, -2, CLAS_CODE_AIDE_DEVOIRS_SEULE));
    clas_evaluation_free(ev);

    clas_cadre *cadre = NULL;
    assert_clas_ok(clas_cadre_new(&cadre, "44", "2025-2026"));
    assert_clas_ok(clas_cadre_set_severity(cadre, CLAS_REGLE_AIDE_DEVOIRS, CLAS_SEVERITY_WARNING));
    assert_clas_ok(clas_evaluate(&ev, f->regles, cadre, d, 0));
    assert_only_code(ev, CLAS_CODE_AIDE_DEVOIRS_SEULE, CLAS_SEVERITY_WARNING);
    assert_int_equal(clas_evaluation_get_verdict(ev), CLAS_VERDICT_ELIGIBLE);
    clas_evaluation_free(ev);

    /* A second enfants action makes it more than homework help. */
    assert_clas_ok(clas_collectif_add_action(c, CLAS_ACTION_ENFANTS_RESSOURCES_LOCALES, NULL));
    assert_clas_ok(clas_evaluate(&ev, f->regles, cadre, d, 0));
    assert_false(testutil_has_code(ev, -2, CLAS_CODE_AIDE_DEVOIRS_SEULE));
    clas_evaluation_free(ev);
    clas_cadre_free(cadre);
    clas_dossier_free(d);
}

static void test_budget_warnings(void **state)
{
    fixture *f = *state;
    assert_clas_ok(clas_collectif_set_depenses(f->c, 0));
    const clas_evaluation *ev = run(f, NULL);
    assert_true(testutil_has_code(ev, 0, CLAS_CODE_BUDGET_DEPENSES_NULLES));
    assert_int_equal(clas_evaluation_get_collectif_verdict(ev, 0), CLAS_VERDICT_ELIGIBLE);
    assert_int_equal(clas_evaluation_get_montant(ev, 0, CLAS_MONTANT_PS), 0);

    clas_dossier *d = NULL;
    clas_collectif *c = NULL;
    assert_clas_ok(clas_dossier_copy(&d, f->dossier));
    assert_clas_ok(clas_dossier_add_collectif(&c, d, "sans-financement"));
    clas_evaluation *ev2 = NULL;
    assert_clas_ok(clas_evaluate(&ev2, f->regles, NULL, d, 0));
    assert_true(testutil_has_code(ev2, 1, CLAS_CODE_BUDGET_FINANCEMENTS_NON_DECLARES));
    clas_evaluation_free(ev2);
    clas_dossier_free(d);
}

static void test_budget_surfinancement_and_blocking_cadre(void **state)
{
    fixture *f = *state;
    /* 6 000 € of expenses, Ps 1 980 €, and 4 500 € from elsewhere: 6 480 € > 6 000 €. */
    assert_clas_ok(clas_collectif_set_depenses(f->c, 600000));
    assert_clas_ok(clas_collectif_add_financement(f->c, "Département", 350000));
    const clas_evaluation *ev = run(f, NULL);
    assert_only_code(ev, CLAS_CODE_BUDGET_SURFINANCEMENT, CLAS_SEVERITY_WARNING);
    assert_int_equal(clas_evaluation_get_montant(ev, 0, CLAS_MONTANT_PS), 198000);

    /* A cadre that makes R-BUDGET blocking withdraws the funding. */
    clas_cadre *cadre = NULL;
    assert_clas_ok(clas_cadre_new(&cadre, "51", "2025-2026"));
    assert_clas_ok(clas_cadre_set_date(cadre, CLAS_DATE_LIMITE_DEPOT, "2025-08-18"));
    assert_clas_ok(clas_cadre_set_severity(cadre, CLAS_REGLE_BUDGET, CLAS_SEVERITY_BLOCKING));
    assert_blocked(run(f, cadre), CLAS_CODE_BUDGET_SURFINANCEMENT);
    clas_cadre_free(cadre);
}

static void test_rule_turned_off_by_cadre(void **state)
{
    fixture *f = *state;
    clas_cadre *cadre = NULL;
    assert_clas_ok(clas_cadre_new(&cadre, "51", "2025-2026"));
    assert_clas_ok(clas_cadre_set_severity(cadre, CLAS_REGLE_GROUPE, CLAS_SEVERITY_OFF));
    assert_clas_ok(clas_collectif_set(f->c, CLAS_CHAMP_NB_ENFANTS, 5));
    assert_eligible(run(f, cadre));
    assert_clas_ok(clas_cadre_set_severity(cadre, CLAS_REGLE_GROUPE, CLAS_SEVERITY_WARNING));
    const clas_evaluation *ev = run(f, cadre);
    assert_only_code(ev, CLAS_CODE_GROUPE_TROP_PETIT, CLAS_SEVERITY_WARNING);
    assert_int_equal(clas_evaluation_get_collectif_verdict(ev, 0), CLAS_VERDICT_ELIGIBLE);
    clas_cadre_free(cadre);
}

static void test_partial_dossier(void **state)
{
    fixture *f = *state;
    clas_collectif *c2 = testutil_add_collectif_eligible(f->dossier, "C2", 600000);
    assert_clas_ok(clas_collectif_set(c2, CLAS_CHAMP_NB_ENFANTS, 7));
    const clas_evaluation *ev = run(f, NULL);
    assert_int_equal(clas_evaluation_get_verdict(ev), CLAS_VERDICT_PARTIEL);
    assert_int_equal(clas_evaluation_get_collectif_verdict(ev, 0), CLAS_VERDICT_ELIGIBLE);
    assert_int_equal(clas_evaluation_get_collectif_verdict(ev, 1), CLAS_VERDICT_INELIGIBLE);
    assert_int_equal(clas_evaluation_get_total(ev, CLAS_MONTANT_PS), 280070);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_reference_collectif_is_eligible, setup, teardown),
        cmocka_unit_test_setup_teardown(test_public, setup, teardown),
        cmocka_unit_test_setup_teardown(test_hors_temps, setup, teardown),
        cmocka_unit_test_setup_teardown(test_axes_each_missing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_socle_parents_threshold_from_cadre, setup, teardown),
        cmocka_unit_test_setup_teardown(test_groupe_bounds, setup, teardown),
        cmocka_unit_test_setup_teardown(test_encadrement, setup, teardown),
        cmocka_unit_test_setup_teardown(test_delai, setup, teardown),
        cmocka_unit_test_setup_teardown(test_delai_without_deadline_in_cadre, setup, teardown),
        cmocka_unit_test_setup_teardown(test_dossier_sans_collectif, setup, teardown),
        cmocka_unit_test_setup_teardown(test_aide_devoirs_off_nationally_enabled_by_cadre, setup, teardown),
        cmocka_unit_test_setup_teardown(test_budget_warnings, setup, teardown),
        cmocka_unit_test_setup_teardown(test_budget_surfinancement_and_blocking_cadre, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rule_turned_off_by_cadre, setup, teardown),
        cmocka_unit_test_setup_teardown(test_partial_dossier, setup, teardown),
    };
    return cmocka_run_group_tests_name("eligibility", tests, NULL, NULL);
}
