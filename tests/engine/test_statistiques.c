/* SPDX-License-Identifier: Apache-2.0 */
/* The department's statistics over a small campaign whose figures can be
 * counted by hand, and their clas-statistiques/1 document. */
#include "testutil.h"

#include <jansson.h>
#include <string.h>

static clas_dossier *dossier_for(const char *id, const char *porteur, clas_porteur_type type)
{
    clas_dossier *d = testutil_dossier_eligible(1000000); /* case A: Ps 2 800,70 */
    assert_clas_ok(clas_dossier_set_id(d, id));
    assert_clas_ok(clas_porteur_set_id(clas_dossier_get_porteur(d), porteur));
    assert_clas_ok(clas_porteur_set_type(clas_dossier_get_porteur(d), type));
    return d;
}

/* D1 (P1, centre social): C1 agreed, advanced 3 000,00 then settled on a
 * bilan; C2 agreed in 6e-3e with a children bonus granted and a parents
 * bonus requested. D2 (P2, CCAS): 7 children, ineligible, refused.
 * D3 (P1 again): C1 pending, across two cycles. */
static clas_campagne *campaign(void)
{
    clas_campagne *cp = NULL;
    assert_clas_ok(clas_campagne_new(&cp, "51", "2025-2026"));
    clas_dossier *a = dossier_for("D1", "P1", CLAS_PORTEUR_CENTRE_SOCIAL);
    clas_collectif *c1 = clas_dossier_get_collectif(a, 0);
    assert_clas_ok(clas_collectif_set_acomptes_verses(c1, 300000));
    assert_clas_ok(clas_collectif_set_bilan(c1, CLAS_BILAN_NB_ENFANTS, 10));
    assert_clas_ok(clas_collectif_set_bilan(c1, CLAS_BILAN_DEPENSES_REELLES, 1000000));
    assert_clas_ok(clas_collectif_set_bilan(c1, CLAS_BILAN_FINANCEMENTS_REELS, 100000));
    clas_collectif *c2 = testutil_add_collectif_eligible(a, "C2", 600000);
    assert_clas_ok(clas_collectif_set_niveaux(c2, 1u << CLAS_NIVEAU_6E | 1u << CLAS_NIVEAU_5E));
    assert_clas_ok(clas_collectif_set_bonus_demande(c2, CLAS_BONUS_ENFANTS, 1, "Sorties"));
    assert_clas_ok(clas_collectif_set_bonus_accorde(c2, CLAS_BONUS_ENFANTS, 1));
    assert_clas_ok(clas_collectif_set_bonus_demande(c2, CLAS_BONUS_PARENTS, 1, "Café des parents"));
    clas_dossier *b = dossier_for("D2", "P2", CLAS_PORTEUR_CCAS);
    assert_clas_ok(clas_collectif_set(clas_dossier_get_collectif(b, 0), CLAS_CHAMP_NB_ENFANTS, 7));
    assert_clas_ok(clas_collectif_set_decision(clas_dossier_get_collectif(b, 0), CLAS_DECISION_REFUSE, "Groupe"));
    clas_dossier *c = dossier_for("D3", "P1", CLAS_PORTEUR_CENTRE_SOCIAL);
    assert_clas_ok(clas_collectif_add_niveau(clas_dossier_get_collectif(c, 0), CLAS_NIVEAU_6E));
    assert_clas_ok(clas_collectif_set_decision(clas_dossier_get_collectif(c, 0), CLAS_DECISION_EN_ATTENTE, NULL));
    assert_clas_ok(clas_campagne_add_dossier(NULL, cp, a));
    assert_clas_ok(clas_campagne_add_dossier(NULL, cp, b));
    assert_clas_ok(clas_campagne_add_dossier(NULL, cp, c));
    clas_dossier_free(a);
    clas_dossier_free(b);
    clas_dossier_free(c);
    return cp;
}

static void test_figures(void **state)
{
    clas_campagne *cp = campaign();
    clas_rapport *r = NULL;
    clas_statistiques *s = NULL;
    assert_clas_ok(clas_rapport_new(&r, *state, cp, 0));
    assert_clas_ok(clas_statistiques_new(&s, r, cp));
    const clas_evaluation *d1 = clas_rapport_get_evaluation(r, 0);
    clas_cents reel = clas_evaluation_get_montant(d1, 0, CLAS_MONTANT_DROIT_REEL);
    static const struct {
        clas_statistique stat;
        int64_t value;
    } want[] = {
        {CLAS_STAT_PORTEURS, 2}, {CLAS_STAT_PORTEURS_CENTRE_SOCIAL, 1}, {CLAS_STAT_PORTEURS_CCAS, 1},
        {CLAS_STAT_PORTEURS_AUTRE, 0}, {CLAS_STAT_COLLECTIFS, 4}, {CLAS_STAT_COLLECTIFS_ELIGIBLES, 3},
        {CLAS_STAT_COLLECTIFS_AGREES, 2}, {CLAS_STAT_COLLECTIFS_REFUSES, 1}, {CLAS_STAT_COLLECTIFS_EN_ATTENTE, 1},
        {CLAS_STAT_TAUX_AGREMENT, 500000}, {CLAS_STAT_ENFANTS, 20}, {CLAS_STAT_ENFANTS_PRIMAIRE, 10},
        {CLAS_STAT_ENFANTS_COLLEGE, 10}, {CLAS_STAT_ENFANTS_LYCEE, 0}, {CLAS_STAT_ENFANTS_PLUSIEURS_CYCLES, 0},
        {CLAS_STAT_MONTANT_ACCORDE, 280070 + 198000 + 32900}, {CLAS_STAT_MONTANT_ACCORDE_PS, 280070 + 198000},
        {CLAS_STAT_BONUS_ENFANTS_DEMANDES, 1}, {CLAS_STAT_BONUS_ENFANTS_ACCORDES, 1},
        {CLAS_STAT_BONUS_ENFANTS_MONTANT, 32900}, {CLAS_STAT_BONUS_PARENTS_DEMANDES, 1},
        {CLAS_STAT_BONUS_PARENTS_ACCORDES, 0}, {CLAS_STAT_BONUS_PARENTS_MONTANT, 0},
        {CLAS_STAT_ACOMPTES_VERSES, 300000}, {CLAS_STAT_BILANS, 1}, {CLAS_STAT_SOLDES, 0},
    };
    for (size_t k = 0; k < sizeof want / sizeof want[0]; k++) {
        print_message("# %s\n", clas_statistique_name(want[k].stat));
        assert_int_equal(clas_statistiques_get(s, want[k].stat), want[k].value);
    }
    /* requested: three Ps (D2's 7 children are ineligible but asked for one) and both bonuses */
    assert_int_equal(clas_statistiques_get(s, CLAS_STAT_MONTANT_DEMANDE),
                     280070 + 198000 + 280070 + 280070 + 32900 + 32900);
    assert_true(reel > 0 && reel < 300000);
    assert_int_equal(clas_statistiques_get(s, CLAS_STAT_DROIT_REEL), reel);
    assert_int_equal(clas_statistiques_get(s, CLAS_STAT_INDUS), 300000 - reel);
    assert_string_equal(clas_statistiques_get_departement(s), "51");
    assert_string_equal(clas_statistiques_get_annee_scolaire(s), "2025-2026");
    assert_int_equal(clas_statistiques_get(s, CLAS_STAT_COUNT), 0);
    assert_int_equal(clas_statistiques_get(NULL, CLAS_STAT_PORTEURS), 0);
    clas_statistiques_free(s);
    clas_rapport_free(r);
    clas_campagne_free(cp);
}

static void test_names_units_labels(void **state)
{
    (void)state;
    for (int k = 0; k < CLAS_STAT_COUNT; k++) {
        assert_non_null(clas_statistique_name((clas_statistique)k));
        assert_non_null(clas_label(CLAS_LABEL_STATISTIQUE, k, CLAS_LANG_FR));
        assert_non_null(clas_label(CLAS_LABEL_STATISTIQUE, k, CLAS_LANG_EN));
    }
    assert_int_equal(clas_label_count(CLAS_LABEL_STATISTIQUE), CLAS_STAT_COUNT);
    assert_string_equal(clas_statistique_name(CLAS_STAT_PORTEURS_CCAS), "porteurs.ccas");
    assert_null(clas_statistique_name(CLAS_STAT_COUNT));
    assert_int_equal(clas_statistique_unite(CLAS_STAT_TAUX_AGREMENT), CLAS_UNITE_TAUX);
    assert_int_equal(clas_statistique_unite(CLAS_STAT_INDUS), CLAS_UNITE_CENTS);
    assert_int_equal(clas_statistique_unite(CLAS_STAT_BILANS), CLAS_UNITE_NOMBRE);
    assert_string_equal(clas_label(CLAS_LABEL_STATISTIQUE, CLAS_STAT_SOLDES, CLAS_LANG_FR), "Soldes à verser");
}

static void test_report_of_another_campaign(void **state)
{
    clas_campagne *cp = campaign(), *other = NULL;
    clas_rapport *r = NULL;
    clas_statistiques *s = NULL;
    assert_clas_ok(clas_campagne_new(&other, "51", "2025-2026"));
    assert_clas_ok(clas_rapport_new(&r, *state, cp, 0));
    assert_clas_status(clas_statistiques_new(&s, r, other), CLAS_EINVAL);
    assert_null(s);
    assert_clas_status(clas_statistiques_new(&s, NULL, cp), CLAS_EINVAL);
    clas_statistiques_free(NULL);
    clas_rapport_free(r);
    clas_campagne_free(cp);
    clas_campagne_free(other);
}

static void test_json(void **state)
{
    clas_campagne *cp = campaign();
    clas_rapport *r = NULL;
    clas_statistiques *s = NULL;
    char *text = NULL;
    assert_clas_ok(clas_rapport_new(&r, *state, cp, 0));
    assert_clas_ok(clas_statistiques_new(&s, r, cp));
    assert_clas_ok(clas_statistiques_to_json(&text, s, s, CLAS_JSON_PRETTY));
    json_t *doc = json_loads(text, 0, NULL);
    assert_non_null(doc);
    assert_string_equal(json_string_value(json_object_get(doc, "format")), "clas-statistiques/1");
    json_t *fig = json_object_get(doc, "statistiques");
    assert_int_equal(json_object_size(fig), CLAS_STAT_COUNT);
    assert_int_equal(json_integer_value(json_object_get(fig, "collectifs")), 4);
    assert_string_equal(json_string_value(json_object_get(fig, "taux_agrement")), "0.5");
    assert_string_equal(json_string_value(json_object_get(fig, "bonus_enfants_accordes.montant")), "329.00");
    assert_true(json_equal(fig, json_object_get(json_object_get(doc, "precedente"), "statistiques")));
    json_decref(doc);
    clas_free(text);
    assert_clas_ok(clas_statistiques_to_json(&text, s, NULL, 0));
    assert_null(strstr(text, "precedente"));
    clas_free(text);
    assert_clas_status(clas_statistiques_to_json(&text, NULL, NULL, 0), CLAS_EINVAL);
    clas_statistiques_free(s);
    clas_rapport_free(r);
    clas_campagne_free(cp);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_figures),
        cmocka_unit_test(test_names_units_labels),
        cmocka_unit_test(test_report_of_another_campaign),
        cmocka_unit_test(test_json),
    };
    return cmocka_run_group_tests_name("statistiques", tests, testutil_regles_setup, testutil_regles_teardown);
}
