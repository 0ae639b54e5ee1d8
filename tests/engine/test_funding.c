/* SPDX-License-Identifier: Apache-2.0 */
/* R-PS, R-BONUS, the advance and the settlement after the bilan: the worked
 * examples of domain.md §7 to the cent, rounding boundaries and overflow. */
#include "testutil.h"

#include <stdlib.h>

static clas_cents montant(const clas_evaluation *ev, clas_montant m) { return clas_evaluation_get_montant(ev, 0, m); }

static clas_evaluation *evaluate(const clas_regles *r, const clas_dossier *d)
{
    clas_evaluation *ev = NULL;
    assert_clas_ok(clas_evaluate(&ev, r, NULL, d, CLAS_EVAL_TRACE));
    return ev;
}

/* Case A: 10 000 € → 33 % of 8 487 € = 2 800,71 €, capped at the published 2 800,70 €. */
static void test_case_a(void **state)
{
    clas_dossier *d = testutil_dossier_eligible(1000000);
    clas_evaluation *ev = evaluate(*state, d);
    assert_int_equal(montant(ev, CLAS_MONTANT_BASE), 848700);
    assert_int_equal(montant(ev, CLAS_MONTANT_PS_CALCULEE), 280071);
    assert_int_equal(montant(ev, CLAS_MONTANT_PS), 280070);
    assert_int_equal(montant(ev, CLAS_MONTANT_TOTAL), 280070);
    assert_true(testutil_has_code(ev, 0, CLAS_CODE_PS_MAXIMUM_APPLIQUE));
    assert_true(testutil_has_code(ev, 0, CLAS_CODE_PS_PRIX_PLAFOND_APPLIQUE));
    clas_evaluation_free(ev);
    clas_dossier_free(d);
}

/* Case B: 6 000 € → 1 980,00 €, no cap. */
static void test_case_b(void **state)
{
    clas_dossier *d = testutil_dossier_eligible(600000);
    clas_evaluation *ev = evaluate(*state, d);
    assert_int_equal(montant(ev, CLAS_MONTANT_PS), 198000);
    assert_int_equal(montant(ev, CLAS_MONTANT_TOTAL), 198000);
    assert_false(testutil_has_code(ev, 0, CLAS_CODE_PS_MAXIMUM_APPLIQUE));
    assert_false(testutil_has_code(ev, 0, CLAS_CODE_PS_PRIX_PLAFOND_APPLIQUE));
    clas_evaluation_free(ev);
    clas_dossier_free(d);
}

/* Case C: 10 000 € with both bonuses granted → 2 800,70 + 329 + 329 = 3 458,70 €. */
static void test_case_c(void **state)
{
    clas_dossier *d = testutil_dossier_eligible(1000000);
    clas_collectif *c = clas_dossier_get_collectif(d, 0);
    assert_clas_ok(clas_collectif_set_bonus_demande(c, CLAS_BONUS_ENFANTS, 1, "Sorties culturelles"));
    assert_clas_ok(clas_collectif_set_bonus_demande(c, CLAS_BONUS_PARENTS, 1, "Soirées débats"));
    assert_clas_ok(clas_collectif_set_bonus_accorde(c, CLAS_BONUS_ENFANTS, 1));
    assert_clas_ok(clas_collectif_set_bonus_accorde(c, CLAS_BONUS_PARENTS, 1));
    clas_evaluation *ev = evaluate(*state, d);
    assert_int_equal(montant(ev, CLAS_MONTANT_PS), 280070);
    assert_int_equal(montant(ev, CLAS_MONTANT_BONUS_ENFANTS), 32900);
    assert_int_equal(montant(ev, CLAS_MONTANT_BONUS_PARENTS), 32900);
    assert_int_equal(montant(ev, CLAS_MONTANT_TOTAL), 345870);
    assert_false(testutil_has_code(ev, 0, CLAS_CODE_BONUS_SANS_PROJET));
    clas_evaluation_free(ev);
    clas_dossier_free(d);
}

/* Case D: 6 000 € but 7 children → 0 (R-GROUPE). */
static void test_case_d(void **state)
{
    clas_dossier *d = testutil_dossier_eligible(600000);
    assert_clas_ok(clas_collectif_set(clas_dossier_get_collectif(d, 0), CLAS_CHAMP_NB_ENFANTS, 7));
    clas_evaluation *ev = evaluate(*state, d);
    assert_int_equal(montant(ev, CLAS_MONTANT_PS), 0);
    assert_int_equal(montant(ev, CLAS_MONTANT_TOTAL), 0);
    /* The computed Ps is kept for information. */
    assert_int_equal(montant(ev, CLAS_MONTANT_PS_CALCULEE), 198000);
    assert_true(testutil_has_code(ev, 0, CLAS_CODE_GROUPE_TROP_PETIT));
    clas_evaluation_free(ev);
    clas_dossier_free(d);
}

static void test_cap_boundaries(void **state)
{
    /* 33 % × 8 486,97 € = 2 800,7001 → 2 800,70: the cap does not bite;
     * 8 486,99 € → 2 800,7067 → 2 800,71 → capped. */
    static const struct {
        clas_cents depenses, ps_calculee, ps;
    } cases[] = {{848697, 280070, 280070}, {848699, 280071, 280070}, {848700, 280071, 280070},
                 {848800, 280071, 280070}, {100, 33, 33}, {1, 0, 0}, {2, 1, 1}, {0, 0, 0}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        clas_dossier *d = testutil_dossier_eligible(cases[i].depenses);
        clas_evaluation *ev = evaluate(*state, d);
        assert_int_equal(montant(ev, CLAS_MONTANT_PS_CALCULEE), cases[i].ps_calculee);
        assert_int_equal(montant(ev, CLAS_MONTANT_PS), cases[i].ps);
        clas_evaluation_free(ev);
        clas_dossier_free(d);
    }
}

/* A user barème with a rate of 50 % makes every odd cent a half-cent case. */
static clas_regles *regles_with_rounding(clas_rounding rounding)
{
    clas_bareme *b = NULL;
    clas_regles_builder *builder = NULL;
    clas_regles *r = NULL;
    assert_clas_ok(clas_bareme_new(&b, "2025-2026"));
    assert_clas_ok(clas_bareme_set_taux(b, 500000));
    assert_clas_ok(clas_bareme_set_prix_plafond(b, 1000000));
    assert_clas_ok(clas_bareme_set_ps_max(b, 500000));
    assert_clas_ok(clas_bareme_set_rounding(b, rounding));
    assert_clas_ok(clas_bareme_set_source(b, "Barème d'essai", NULL, NULL));
    assert_clas_ok(clas_regles_builder_new(&builder));
    assert_clas_ok(clas_regles_builder_add_defaults(builder, 0));
    assert_clas_ok(clas_regles_builder_add_bareme(builder, b, CLAS_REGLES_REPLACE));
    assert_clas_ok(clas_regles_builder_build(&r, builder));
    clas_regles_builder_free(builder);
    clas_bareme_free(b);
    return r;
}

static void test_rounding_modes(void **state)
{
    (void)state;
    static const struct {
        clas_rounding rounding;
        clas_cents depenses, ps;
    } cases[] = {
        {CLAS_ROUND_HALF_UP, 1, 1},       {CLAS_ROUND_HALF_UP, 3, 2},       {CLAS_ROUND_HALF_EVEN, 1, 0},
        {CLAS_ROUND_HALF_EVEN, 3, 2},     {CLAS_ROUND_HALF_EVEN, 5, 2},     {CLAS_ROUND_DOWN, 3, 1},
        {CLAS_ROUND_UP, 3, 2},            {CLAS_ROUND_UP, 2, 1},            {CLAS_ROUND_EURO_HALF_UP, 10100, 5100},
        {CLAS_ROUND_EURO_HALF_UP, 9900, 5000}, {CLAS_ROUND_EURO_HALF_UP, 9898, 4900},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        clas_regles *r = regles_with_rounding(cases[i].rounding);
        clas_dossier *d = testutil_dossier_eligible(cases[i].depenses);
        clas_evaluation *ev = evaluate(r, d);
        if (montant(ev, CLAS_MONTANT_PS) != cases[i].ps)
            fail_msg("rounding %s, depenses %lld: got %lld, want %lld", clas_rounding_name(cases[i].rounding),
                     (long long)cases[i].depenses, (long long)montant(ev, CLAS_MONTANT_PS), (long long)cases[i].ps);
        clas_evaluation_free(ev);
        clas_dossier_free(d);
        clas_regles_unref(r);
    }
}

static void test_bonus_requested_not_granted(void **state)
{
    clas_dossier *d = testutil_dossier_eligible(600000);
    clas_collectif *c = clas_dossier_get_collectif(d, 0);
    assert_clas_ok(clas_collectif_set_bonus_demande(c, CLAS_BONUS_PARENTS, 1, "Espace de parole"));
    clas_evaluation *ev = evaluate(*state, d);
    assert_int_equal(montant(ev, CLAS_MONTANT_BONUS_PARENTS_DEMANDE), 32900);
    assert_int_equal(montant(ev, CLAS_MONTANT_BONUS_PARENTS), 0);
    assert_int_equal(montant(ev, CLAS_MONTANT_TOTAL), 198000);
    clas_evaluation_free(ev);
    clas_dossier_free(d);
}

static void test_bonus_needs_approval_and_project(void **state)
{
    clas_dossier *d = testutil_dossier_eligible(600000);
    clas_collectif *c = clas_dossier_get_collectif(d, 0);
    assert_clas_ok(clas_collectif_set_bonus_accorde(c, CLAS_BONUS_ENFANTS, 1));
    clas_evaluation *ev = evaluate(*state, d);
    /* Granted without request nor project: paid (the committee decides), but flagged. */
    assert_int_equal(montant(ev, CLAS_MONTANT_BONUS_ENFANTS), 32900);
    assert_true(testutil_has_code(ev, 0, CLAS_CODE_BONUS_NON_DEMANDE));
    assert_true(testutil_has_code(ev, 0, CLAS_CODE_BONUS_SANS_PROJET));
    clas_evaluation_free(ev);

    /* a refusal that keeps a bonus contradicts itself: refused by the model */
    assert_clas_status(clas_collectif_set_decision(c, CLAS_DECISION_REFUSE, "Projet hors champ"), CLAS_EINVAL);
    assert_clas_ok(clas_collectif_set_bonus_accorde(c, CLAS_BONUS_ENFANTS, 0));
    assert_clas_ok(clas_collectif_set_decision(c, CLAS_DECISION_REFUSE, "Projet hors champ"));
    assert_clas_status(clas_collectif_set_bonus_accorde(c, CLAS_BONUS_ENFANTS, 1), CLAS_EINVAL);
    ev = evaluate(*state, d);
    assert_int_equal(montant(ev, CLAS_MONTANT_BONUS_ENFANTS), 0);
    assert_int_equal(montant(ev, CLAS_MONTANT_PS), 0);
    assert_int_equal(montant(ev, CLAS_MONTANT_TOTAL), 0);
    assert_false(testutil_has_code(ev, 0, CLAS_CODE_BONUS_SANS_AGREMENT));
    assert_true(testutil_has_code(ev, 0, CLAS_CODE_AGREMENT_REFUSE));
    clas_evaluation_free(ev);

    /* Pending: the Ps is a forecast, no bonus is counted yet. */
    assert_clas_ok(clas_collectif_set_decision(c, CLAS_DECISION_EN_ATTENTE, NULL));
    ev = evaluate(*state, d);
    assert_int_equal(montant(ev, CLAS_MONTANT_PS), 198000);
    assert_int_equal(montant(ev, CLAS_MONTANT_BONUS_ENFANTS), 0);
    assert_true(testutil_has_code(ev, 0, CLAS_CODE_AGREMENT_EN_ATTENTE));
    clas_evaluation_free(ev);
    clas_dossier_free(d);
}

static void test_bilan_solde_and_indu(void **state)
{
    clas_dossier *d = testutil_dossier_eligible(600000);
    clas_collectif *c = clas_dossier_get_collectif(d, 0);
    assert_clas_ok(clas_collectif_set_bonus_demande(c, CLAS_BONUS_ENFANTS, 1, "Sorties"));
    assert_clas_ok(clas_collectif_set_bonus_accorde(c, CLAS_BONUS_ENFANTS, 1));
    assert_clas_ok(clas_collectif_set_acomptes_verses(c, 150000));
    assert_clas_ok(clas_collectif_set_bilan(c, CLAS_BILAN_NB_ENFANTS, 10));
    assert_clas_ok(clas_collectif_set_bilan(c, CLAS_BILAN_DEPENSES_REELLES, 700000));
    clas_evaluation *ev = evaluate(*state, d);
    assert_true(clas_evaluation_has_bilan(ev, 0));
    /* 33 % × 7 000 € = 2 310 €, + 329 € bonus = 2 639 €; 1 500 € paid → 1 139 € to pay. */
    assert_int_equal(montant(ev, CLAS_MONTANT_PS_REELLE), 231000);
    assert_int_equal(montant(ev, CLAS_MONTANT_DROIT_REEL), 263900);
    assert_int_equal(montant(ev, CLAS_MONTANT_ACOMPTES_VERSES), 150000);
    assert_int_equal(montant(ev, CLAS_MONTANT_REGULARISATION), 113900);
    assert_true(testutil_has_code(ev, 0, CLAS_CODE_BILAN_SOLDE));
    clas_evaluation_free(ev);

    /* Fewer actual expenses and 6 children: 33 % × 2 000 € + 329 € = 989 € < 1 500 € paid. */
    assert_clas_ok(clas_collectif_set_bilan(c, CLAS_BILAN_DEPENSES_REELLES, 200000));
    assert_clas_ok(clas_collectif_set_bilan(c, CLAS_BILAN_NB_ENFANTS, 6));
    ev = evaluate(*state, d);
    assert_int_equal(montant(ev, CLAS_MONTANT_DROIT_REEL), 98900);
    assert_int_equal(montant(ev, CLAS_MONTANT_REGULARISATION), -51100);
    assert_true(testutil_has_code(ev, 0, CLAS_CODE_BILAN_INDU));
    assert_true(testutil_has_code(ev, 0, CLAS_CODE_BILAN_GROUPE_HORS_NORME));
    clas_evaluation_free(ev);
    clas_dossier_free(d);
}

static void test_acompte_from_cadre(void **state)
{
    clas_dossier *d = testutil_dossier_eligible(600000);
    clas_cadre *cadre = NULL;
    clas_evaluation *ev = NULL;
    assert_clas_ok(clas_cadre_new(&cadre, "51", "2025-2026"));
    assert_clas_ok(clas_cadre_set_seuil(cadre, CLAS_SEUIL_TAUX_ACOMPTE, 700000));
    assert_clas_ok(clas_evaluate(&ev, *state, cadre, d, 0));
    assert_int_equal(montant(ev, CLAS_MONTANT_ACOMPTE), 138600); /* 70 % of 1 980 € */
    clas_evaluation_free(ev);
    clas_cadre_free(cadre);
    clas_dossier_free(d);
}

static void test_dossier_totals_at_the_largest_amounts(void **state)
{
    clas_dossier *d = testutil_dossier_eligible(1000000);
    testutil_add_collectif_eligible(d, "C2", 600000);
    clas_collectif *c3 = testutil_add_collectif_eligible(d, "C3", CLAS_CENTS_MAX);
    assert_clas_ok(clas_collectif_add_financement(c3, "Fonds", CLAS_CENTS_MAX));
    clas_evaluation *ev = evaluate(*state, d);
    assert_int_equal(clas_evaluation_get_total(ev, CLAS_MONTANT_PS), 280070 + 198000 + 280070);
    assert_int_equal(clas_evaluation_get_total(ev, CLAS_MONTANT_DEPENSES), 1000000 + 600000 + CLAS_CENTS_MAX);
    clas_evaluation_free(ev);
    clas_dossier_free(d);
}

static void test_bareme_compute_ps_rejects_bad_amounts(void **state)
{
    const clas_bareme *b = NULL;
    clas_cents ps = 0;
    assert_clas_ok(clas_regles_find_bareme(&b, NULL, *state, "2025-2026", 0));
    assert_clas_status(clas_bareme_compute_ps(&ps, b, -1), CLAS_ERANGE);
    assert_clas_status(clas_bareme_compute_ps(&ps, b, CLAS_CENTS_MAX + 1), CLAS_ERANGE);
    assert_clas_ok(clas_bareme_compute_ps(&ps, b, 1000000));
    assert_int_equal(ps, 280070);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_case_a),
        cmocka_unit_test(test_case_b),
        cmocka_unit_test(test_case_c),
        cmocka_unit_test(test_case_d),
        cmocka_unit_test(test_cap_boundaries),
        cmocka_unit_test(test_rounding_modes),
        cmocka_unit_test(test_bonus_requested_not_granted),
        cmocka_unit_test(test_bonus_needs_approval_and_project),
        cmocka_unit_test(test_bilan_solde_and_indu),
        cmocka_unit_test(test_acompte_from_cadre),
        cmocka_unit_test(test_dossier_totals_at_the_largest_amounts),
        cmocka_unit_test(test_bareme_compute_ps_rejects_bad_amounts),
    };
    return cmocka_run_group_tests_name("funding", tests, testutil_regles_setup, testutil_regles_teardown);
}
