/* SPDX-License-Identifier: Apache-2.0 */
/* The committee report over a campaign: per-dossier evaluations and the
 * department totals. */
#include "testutil.h"

#include <string.h>

static clas_dossier *dossier_for(const char *id, const char *porteur, clas_cents depenses)
{
    clas_dossier *d = testutil_dossier_eligible(depenses);
    assert_clas_ok(clas_dossier_set_id(d, id));
    assert_clas_ok(clas_porteur_set_id(clas_dossier_get_porteur(d), porteur));
    return d;
}

static void test_campaign_totals(void **state)
{
    clas_campagne *cp = NULL;
    assert_clas_ok(clas_campagne_new(&cp, "51", "2025-2026"));

    clas_dossier *a = dossier_for("D1", "P1", 1000000);           /* case A: 2 800,70 */
    clas_collectif *c = testutil_add_collectif_eligible(a, "C2", 600000); /* case B: 1 980,00 */
    assert_clas_ok(clas_collectif_set_bonus_demande(c, CLAS_BONUS_ENFANTS, 1, "Sorties"));
    assert_clas_ok(clas_collectif_set_bonus_accorde(c, CLAS_BONUS_ENFANTS, 1));
    assert_clas_ok(clas_collectif_set_bonus_demande(c, CLAS_BONUS_PARENTS, 1, "Café des parents"));
    clas_dossier *b = dossier_for("D2", "P2", 600000);
    assert_clas_ok(clas_collectif_set(clas_dossier_get_collectif(b, 0), CLAS_CHAMP_NB_ENFANTS, 7)); /* case D */
    clas_dossier *late = dossier_for("D3", "P1", 600000);
    assert_clas_ok(clas_dossier_set_date_depot(late, "2025-09-01"));
    assert_clas_ok(clas_campagne_add_dossier(NULL, cp, a));
    assert_clas_ok(clas_campagne_add_dossier(NULL, cp, b));
    assert_clas_ok(clas_campagne_add_dossier(NULL, cp, late));

    clas_rapport *r = NULL;
    assert_clas_ok(clas_rapport_new(&r, *state, cp, 0));
    assert_int_equal(clas_rapport_num_evaluations(r), 3);
    assert_int_equal(clas_rapport_get_total(r, CLAS_TOTAL_DOSSIERS), 3);
    assert_int_equal(clas_rapport_get_total(r, CLAS_TOTAL_PORTEURS), 2);
    assert_int_equal(clas_rapport_get_total(r, CLAS_TOTAL_PORTEURS_FINANCES), 1);
    assert_int_equal(clas_rapport_get_total(r, CLAS_TOTAL_COLLECTIFS), 4);
    assert_int_equal(clas_rapport_get_total(r, CLAS_TOTAL_COLLECTIFS_ELIGIBLES), 2);
    assert_int_equal(clas_rapport_get_total(r, CLAS_TOTAL_ENFANTS), 20);
    assert_int_equal(clas_rapport_get_total(r, CLAS_TOTAL_PS), 280070 + 198000);
    assert_int_equal(clas_rapport_get_total(r, CLAS_TOTAL_BONUS_ENFANTS), 32900);
    assert_int_equal(clas_rapport_get_total(r, CLAS_TOTAL_BONUS_PARENTS), 0);
    assert_int_equal(clas_rapport_get_total(r, CLAS_TOTAL_BONUS_DEMANDES), 65800);
    assert_int_equal(clas_rapport_get_total(r, CLAS_TOTAL_MONTANT), 280070 + 198000 + 32900);
    assert_int_equal(clas_evaluation_get_verdict(clas_rapport_get_evaluation(r, 2)), CLAS_VERDICT_INELIGIBLE);
    assert_null(clas_rapport_get_evaluation(r, 3));
    assert_int_equal(clas_rapport_get_total(r, CLAS_TOTAL_COUNT), 0);

    clas_rapport_free(r);
    clas_campagne_free(cp);
    clas_dossier_free(a);
    clas_dossier_free(b);
    clas_dossier_free(late);
}

static void test_report_error_names_the_dossier(void **state)
{
    clas_campagne *cp = NULL;
    clas_dossier *d = NULL;
    clas_rapport *r = NULL;
    assert_clas_ok(clas_campagne_new(&cp, "51", "2027-2028"));
    assert_clas_ok(clas_dossier_new(&d, "2027-2028"));
    assert_clas_ok(clas_dossier_set_id(d, "D-futur"));
    assert_clas_ok(clas_campagne_add_dossier(NULL, cp, d));
    assert_clas_status(clas_rapport_new(&r, *state, cp, 0), CLAS_ENOBAREME);
    assert_null(r);
    assert_non_null(strstr(clas_error_last_location(), "D-futur"));
    assert_non_null(strstr(clas_error_last_message(), "2027-2028"));
    assert_clas_ok(clas_rapport_new(&r, *state, cp, CLAS_CARRY_FORWARD));
    assert_true(clas_evaluation_is_provisional(clas_rapport_get_evaluation(r, 0)));
    clas_rapport_free(r);
    clas_campagne_free(cp);
    clas_dossier_free(d);
    clas_rapport_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_campaign_totals),
        cmocka_unit_test(test_report_error_names_the_dossier),
    };
    return cmocka_run_group_tests_name("rapport", tests, testutil_regles_setup, testutil_regles_teardown);
}
