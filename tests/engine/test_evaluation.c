/* SPDX-License-Identifier: Apache-2.0 */
/* The evaluation object: lifecycle, reuse, flags, barème lookup and
 * carry-forward, the trace, and errors. */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

static void test_evaluation_outlives_its_dossier(void **state)
{
    clas_dossier *d = testutil_dossier_eligible(1000000);
    clas_evaluation *ev = NULL;
    assert_clas_ok(clas_evaluate(&ev, *state, NULL, d, 0));
    clas_dossier_free(d);
    assert_string_equal(clas_evaluation_get_collectif_id(ev, 0), "C1");
    assert_string_equal(clas_evaluation_get_dossier_id(ev), "D1");
    assert_string_equal(clas_evaluation_get_annee_scolaire(ev), "2025-2026");
    assert_int_equal(clas_evaluation_get_montant(ev, 0, CLAS_MONTANT_PS), 280070);
    assert_string_equal(clas_bareme_get_annee_scolaire(clas_evaluation_get_bareme(ev)), "2025-2026");
    assert_string_equal(clas_cadre_get_departement(clas_evaluation_get_cadre(ev)), "51");
    assert_ptr_equal(clas_evaluation_get_regles(ev), *state);
    clas_evaluation_free(ev);
}

/* The funding status reads the verdict and the committee's decision
 * together: only an eligible collectif is approved, pending or refused. */
static void test_decision_and_statut(void **state)
{
    clas_dossier *d = testutil_dossier_eligible(600000);
    clas_collectif *pending = testutil_add_collectif_eligible(d, "C2", 600000);
    clas_collectif *refused = testutil_add_collectif_eligible(d, "C3", 600000);
    clas_collectif *small = testutil_add_collectif_eligible(d, "C4", 600000);
    assert_clas_ok(clas_collectif_set_decision(pending, CLAS_DECISION_EN_ATTENTE, NULL));
    assert_clas_ok(clas_collectif_set_decision(refused, CLAS_DECISION_REFUSE, "hors priorités"));
    assert_clas_ok(clas_collectif_set_decision(small, CLAS_DECISION_REFUSE, NULL));
    assert_clas_ok(clas_collectif_set(small, CLAS_CHAMP_NB_ENFANTS, 5));
    clas_evaluation *ev = NULL;
    assert_clas_ok(clas_evaluate(&ev, *state, NULL, d, 0));
    static const clas_decision decisions[] = {CLAS_DECISION_AGREE, CLAS_DECISION_EN_ATTENTE, CLAS_DECISION_REFUSE,
                                              CLAS_DECISION_REFUSE};
    static const clas_statut statuts[] = {CLAS_STATUT_AGREE, CLAS_STATUT_EN_ATTENTE, CLAS_STATUT_REFUSE,
                                          CLAS_STATUT_INELIGIBLE};
    for (size_t i = 0; i < 4; i++) {
        assert_int_equal(clas_evaluation_get_collectif_decision(ev, i), decisions[i]);
        assert_int_equal(clas_evaluation_get_collectif_statut(ev, i), statuts[i]);
    }
    /* The refused collectif stays eligible, unfunded. */
    assert_int_equal(clas_evaluation_get_collectif_verdict(ev, 2), CLAS_VERDICT_ELIGIBLE);
    assert_int_equal(clas_evaluation_get_montant(ev, 2, CLAS_MONTANT_TOTAL), 0);
    /* The evaluation copied the decision: changing the dossier changes nothing. */
    assert_clas_ok(clas_collectif_set_decision(refused, CLAS_DECISION_AGREE, NULL));
    assert_int_equal(clas_evaluation_get_collectif_statut(ev, 2), CLAS_STATUT_REFUSE);
    assert_int_equal(clas_evaluation_get_collectif_decision(ev, 4), CLAS_DECISION_EN_ATTENTE);
    assert_int_equal(clas_evaluation_get_collectif_statut(ev, 4), CLAS_STATUT_INELIGIBLE);
    assert_int_equal(clas_evaluation_get_collectif_decision(NULL, 0), CLAS_DECISION_EN_ATTENTE);
    assert_int_equal(clas_evaluation_get_collectif_statut(NULL, 0), CLAS_STATUT_INELIGIBLE);
    clas_evaluation_free(ev);
    clas_dossier_free(d);
}

static void test_evaluation_holds_the_rule_set(void **state)
{
    (void)state;
    clas_regles *r = NULL;
    clas_evaluation *ev = NULL;
    clas_dossier *d = testutil_dossier_eligible(600000);
    assert_clas_ok(clas_regles_new_default(&r));
    assert_clas_ok(clas_evaluate(&ev, r, NULL, d, CLAS_EVAL_TRACE));
    clas_regles_unref(r); /* the evaluation still holds a reference */
    const clas_bareme *b = clas_evaluation_get_bareme(ev);
    assert_int_equal(clas_bareme_get_ps_max(b), 280070);
    assert_true(strlen(clas_etape_get_source(clas_evaluation_get_etape(ev, 0, 0))) > 0);
    clas_evaluation_free(ev);
    clas_dossier_free(d);
}

static void test_reuse_gives_same_results(void **state)
{
    clas_dossier *big = testutil_dossier_eligible(1000000);
    for (int i = 0; i < 20; i++) {
        char id[16];
        snprintf(id, sizeof id, "X%d", i);
        testutil_add_collectif_eligible(big, id, 100000 * (i + 1));
    }
    clas_dossier *small = testutil_dossier_eligible(600000);
    clas_evaluation *ev = NULL;
    assert_clas_ok(clas_evaluation_new(&ev));
    for (int round = 0; round < 3; round++) {
        assert_clas_ok(clas_evaluation_run(ev, *state, NULL, big, CLAS_EVAL_TRACE));
        assert_int_equal(clas_evaluation_num_collectifs(ev), 21);
        assert_int_equal(clas_evaluation_get_montant(ev, 20, CLAS_MONTANT_PS), 280070);
        assert_int_equal(clas_evaluation_get_montant(ev, 1, CLAS_MONTANT_PS), 33000);
        assert_clas_ok(clas_evaluation_run(ev, *state, NULL, small, 0));
        assert_int_equal(clas_evaluation_num_collectifs(ev), 1);
        assert_int_equal(clas_evaluation_get_total(ev, CLAS_MONTANT_PS), 198000);
        assert_false(clas_evaluation_has_trace(ev));
        assert_int_equal(clas_evaluation_num_etapes(ev, 0), 0);
    }
    clas_evaluation_free(ev);
    clas_dossier_free(big);
    clas_dossier_free(small);
}

static void test_no_bareme_and_carry_forward(void **state)
{
    clas_dossier *d = NULL;
    clas_collectif *c = NULL;
    clas_evaluation *ev = NULL;
    assert_clas_ok(clas_dossier_new(&d, "2027-2028"));
    assert_clas_ok(clas_dossier_set_date_depot(d, "2027-06-01"));
    assert_clas_ok(clas_dossier_add_collectif(&c, d, "C1"));
    assert_clas_status(clas_evaluate(&ev, *state, NULL, d, 0), CLAS_ENOBAREME);
    assert_null(ev);
    assert_non_null(strstr(clas_error_last_message(), "2027-2028"));

    assert_clas_ok(clas_evaluate(&ev, *state, NULL, d, CLAS_CARRY_FORWARD));
    assert_true(clas_evaluation_is_provisional(ev));
    assert_true(testutil_has_code(ev, -1, CLAS_CODE_BAREME_PROVISOIRE));
    assert_string_equal(clas_bareme_get_annee_scolaire(clas_evaluation_get_bareme(ev)), "2025-2026");
    clas_evaluation_free(ev);
    clas_dossier_free(d);
}

static void test_failed_run_leaves_evaluation_empty(void **state)
{
    clas_dossier *ok = testutil_dossier_eligible(600000);
    clas_dossier *bad = NULL;
    clas_evaluation *ev = NULL;
    assert_clas_ok(clas_dossier_new(&bad, "2030-2031"));
    assert_clas_ok(clas_evaluate(&ev, *state, NULL, ok, 0));
    assert_clas_status(clas_evaluation_run(ev, *state, NULL, bad, 0), CLAS_ENOBAREME);
    assert_int_equal(clas_evaluation_num_collectifs(ev), 0);
    assert_int_equal(clas_evaluation_num_constats(ev), 0);
    assert_null(clas_evaluation_get_bareme(ev));
    assert_null(clas_evaluation_get_collectif_id(ev, 0));
    clas_evaluation_free(ev);
    clas_dossier_free(ok);
    clas_dossier_free(bad);
}

static void test_bad_arguments(void **state)
{
    clas_dossier *d = testutil_dossier_eligible(600000);
    clas_evaluation *ev = NULL;
    assert_clas_status(clas_evaluate(NULL, *state, NULL, d, 0), CLAS_EINVAL);
    assert_clas_status(clas_evaluate(&ev, NULL, NULL, d, 0), CLAS_EINVAL);
    assert_clas_status(clas_evaluate(&ev, *state, NULL, NULL, 0), CLAS_EINVAL);
    assert_clas_status(clas_evaluate(&ev, *state, NULL, d, 0x80), CLAS_EINVAL);
    assert_clas_status(clas_evaluation_new(NULL), CLAS_EINVAL);
    clas_evaluation_free(NULL);
    /* Accessors on NULL or out of range never crash. */
    assert_int_equal(clas_evaluation_num_collectifs(NULL), 0);
    assert_null(clas_evaluation_get_constat(NULL, 0));
    assert_int_equal(clas_evaluation_get_montant(NULL, 0, CLAS_MONTANT_PS), 0);
    assert_null(clas_evaluation_get_etape(NULL, 0, 0));
    assert_int_equal(clas_constat_get_code(NULL), CLAS_CODE_COUNT);
    assert_int_equal(clas_etape_num_entrees(NULL), 0);
    size_t idx = 0;
    assert_clas_ok(clas_evaluate(&ev, *state, NULL, d, 0));
    assert_clas_status(clas_evaluation_find_collectif(&idx, ev, "nope"), CLAS_ENOTFOUND);
    assert_clas_ok(clas_evaluation_find_collectif(&idx, ev, "C1"));
    assert_int_equal(idx, 0);
    assert_int_equal(clas_evaluation_get_montant(ev, 0, CLAS_MONTANT_COUNT), 0);
    assert_int_equal(clas_evaluation_get_montant(ev, 5, CLAS_MONTANT_PS), 0);
    clas_evaluation_free(ev);
    clas_dossier_free(d);
}

static const clas_etape *find_step(const clas_evaluation *ev, const char *operation)
{
    for (size_t j = 0; j < clas_evaluation_num_etapes(ev, 0); j++) {
        const clas_etape *e = clas_evaluation_get_etape(ev, 0, j);
        if (strcmp(clas_etape_get_operation(e), operation) == 0)
            return e;
    }
    fail_msg("no trace step \"%s\"", operation);
    return NULL;
}

static void test_trace_explains_case_a(void **state)
{
    clas_dossier *d = testutil_dossier_eligible(1000000);
    clas_evaluation *ev = NULL;
    assert_clas_ok(clas_evaluate(&ev, *state, NULL, d, CLAS_EVAL_TRACE));
    assert_true(clas_evaluation_has_trace(ev));

    const clas_etape *base = find_step(ev, "base");
    assert_int_equal(clas_etape_get_regle(base), CLAS_REGLE_PS);
    assert_int_equal(clas_etape_num_entrees(base), 2);
    assert_string_equal(clas_etape_get_entree_nom(base, 0), "depenses");
    assert_int_equal(clas_etape_get_entree_valeur(base, 0), 1000000);
    assert_int_equal(clas_etape_get_entree_valeur(base, 1), 848700);
    assert_int_equal(clas_etape_get_entree_unite(base, 1), CLAS_UNITE_CENTS);
    assert_int_equal(clas_etape_get_sortie_valeur(base), 848700);
    assert_non_null(strstr(clas_etape_get_source(base), "Marne"));

    const clas_etape *calc = find_step(ev, "ps_calculee");
    assert_int_equal(clas_etape_get_entree_valeur(calc, 1), 330000);
    assert_int_equal(clas_etape_get_entree_unite(calc, 1), CLAS_UNITE_TAUX);
    assert_int_equal(clas_etape_get_sortie_valeur(calc), 280071);

    const clas_etape *ps = find_step(ev, "ps");
    assert_int_equal(clas_etape_get_entree_valeur(ps, 1), 280070);
    assert_int_equal(clas_etape_get_sortie_valeur(ps), 280070);
    assert_string_equal(clas_etape_get_sortie_nom(ps), "ps");

    const clas_etape *groupe = find_step(ev, "groupe");
    assert_int_equal(clas_etape_get_regle(groupe), CLAS_REGLE_GROUPE);
    assert_int_equal(clas_etape_get_entree_valeur(groupe, 1), 8);
    assert_int_equal(clas_etape_get_entree_valeur(groupe, 2), 12);
    assert_int_equal(clas_etape_get_sortie_unite(groupe), CLAS_UNITE_BOOLEEN);
    assert_int_equal(clas_etape_get_sortie_valeur(groupe), 1);

    const clas_etape *delai = find_step(ev, "delai");
    assert_int_equal(clas_etape_get_entree_valeur(delai, 0), 20250801);
    assert_int_equal(clas_etape_get_entree_valeur(delai, 1), 20250818);

    assert_int_equal(clas_etape_get_sortie_valeur(find_step(ev, "total")), 280070);
    assert_null(clas_evaluation_get_etape(ev, 0, clas_evaluation_num_etapes(ev, 0)));
    clas_evaluation_free(ev);
    clas_dossier_free(d);
}

static void test_cadre_override_is_copied(void **state)
{
    clas_dossier *d = testutil_dossier_eligible(600000);
    clas_cadre *cadre = NULL;
    clas_evaluation *ev = NULL;
    assert_clas_ok(clas_cadre_new(&cadre, "51", "2025-2026"));
    assert_clas_ok(clas_cadre_set_nom(cadre, "Cadre d'essai"));
    assert_clas_ok(clas_cadre_set_seuil(cadre, CLAS_SEUIL_ENFANTS_MAX, 9));
    assert_clas_ok(clas_evaluate(&ev, *state, cadre, d, 0));
    clas_cadre_free(cadre);
    assert_string_equal(clas_cadre_get_nom(clas_evaluation_get_cadre(ev)), "Cadre d'essai");
    assert_true(testutil_has_code(ev, 0, CLAS_CODE_GROUPE_TROP_GRAND));
    clas_evaluation_free(ev);
    clas_dossier_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_evaluation_outlives_its_dossier),
        cmocka_unit_test(test_evaluation_holds_the_rule_set),
        cmocka_unit_test(test_decision_and_statut),
        cmocka_unit_test(test_reuse_gives_same_results),
        cmocka_unit_test(test_no_bareme_and_carry_forward),
        cmocka_unit_test(test_failed_run_leaves_evaluation_empty),
        cmocka_unit_test(test_bad_arguments),
        cmocka_unit_test(test_trace_explains_case_a),
        cmocka_unit_test(test_cadre_override_is_copied),
    };
    return cmocka_run_group_tests_name("evaluation", tests, testutil_regles_setup, testutil_regles_teardown);
}
