/* SPDX-License-Identifier: Apache-2.0 */
/* The catalogue (rules and constat codes: policy, stage, champ, sources),
 * the messages in French and English, and the human form of trace steps. */
#include "testutil.h"
#include "engine/engine.h"

#include <string.h>

static void test_codes_round_trip_and_belong_to_a_rule(void **state)
{
    (void)state;
    for (int i = 0; i < CLAS_CODE_COUNT; i++) {
        const char *name = clas_code_name((clas_code)i);
        assert_non_null(name);
        clas_code back;
        assert_clas_ok(clas_code_parse(&back, name));
        assert_int_equal(back, i);
        assert_true(clas_code_regle((clas_code)i) < CLAS_REGLE_COUNT);
    }
    clas_code c;
    assert_null(clas_code_name(CLAS_CODE_COUNT));
    assert_clas_status(clas_code_parse(&c, "GROUPE_TROP"), CLAS_EINVAL);
    assert_int_equal(clas_code_regle(CLAS_CODE_GROUPE_TROP_PETIT), CLAS_REGLE_GROUPE);
    assert_int_equal(clas_code_regle(CLAS_CODE_DEPOT_HORS_DELAI), CLAS_REGLE_DELAI);
}

/* Every rule states its own text; the four rules a cadre parameterises
 * most each cite a different one. */
static void test_rules_cite_their_own_text(void **state)
{
    (void)state;
    for (int r = 0; r < CLAS_REGLE_COUNT; r++) {
        const char *src = clas_regle_source((clas_regle)r);
        assert_non_null(src);
        assert_true(strlen(src) > 20);
        assert_non_null(clas_regle_source_url((clas_regle)r));
    }
    const clas_regle four[] = {CLAS_REGLE_GROUPE, CLAS_REGLE_ENCADREMENT, CLAS_REGLE_AXES, CLAS_REGLE_DELAI};
    for (size_t i = 0; i < 4; i++)
        for (size_t j = i + 1; j < 4; j++)
            assert_string_not_equal(clas_regle_source(four[i]), clas_regle_source(four[j]));
    assert_non_null(strstr(clas_regle_source(CLAS_REGLE_GROUPE), "8 à 12 enfants"));
    assert_non_null(strstr(clas_regle_source(CLAS_REGLE_ENCADREMENT), "2 intervenants"));
    assert_non_null(strstr(clas_regle_source(CLAS_REGLE_AXES), "cumulative"));
    assert_string_equal(clas_regle_source_url(CLAS_REGLE_GROUPE),
                        "https://www.caf.fr/partenaires/contrat-local-d-accompagnement-la-scolarite");
    assert_non_null(strstr(clas_regle_source(CLAS_REGLE_AIDE_DEVOIRS), "[D]"));
    assert_non_null(strstr(clas_regle_source(CLAS_REGLE_BUDGET), "[U]"));
    assert_null(clas_regle_source(CLAS_REGLE_COUNT));
    assert_string_equal(clas_regle_source_url(CLAS_REGLE_COUNT), "");
    /* A code cites its rule's text unless it has its own. */
    assert_string_equal(clas_code_source(CLAS_CODE_GROUPE_TROP_GRAND), clas_regle_source(CLAS_REGLE_GROUPE));
    assert_string_not_equal(clas_code_source(CLAS_CODE_BILAN_INDU), clas_regle_source(CLAS_REGLE_BILAN));
    assert_string_equal(clas_code_source_url(CLAS_CODE_ENCADREMENT_INSUFFISANT),
                        clas_regle_source_url(CLAS_REGLE_ENCADREMENT));
    assert_string_equal(clas_code_source(CLAS_CODE_COUNT), "");
}

/* One row per code: stage, policy and champ, consistent with the rules. */
static void test_code_policy(void **state)
{
    (void)state;
    for (int i = 0; i < CLAS_CODE_COUNT; i++) {
        const clas_code_row *row = clas__code_row((clas_code)i);
        assert_true(row->stage == CLAS_STAGE_ELIGIBILITE || row->stage == CLAS_STAGE_FINANCEMENT);
        assert_true(strlen(row->champ) > 0);
        assert_non_null(row->fr);
        assert_non_null(row->en);
        /* A rule can be silenced iff every one of its codes can. */
        if (!row->may_switch_off)
            assert_false(clas_regle_can_switch_off(row->regle));
    }
    assert_false(clas_regle_can_switch_off(CLAS_REGLE_PS));
    assert_false(clas_regle_can_switch_off(CLAS_REGLE_BAREME));
    assert_false(clas_regle_can_switch_off(CLAS_REGLE_AGREMENT));
    assert_false(clas_regle_can_switch_off(CLAS_REGLE_BILAN));
    assert_true(clas_regle_can_switch_off(CLAS_REGLE_GROUPE));
    assert_true(clas_regle_can_switch_off(CLAS_REGLE_AIDE_DEVOIRS));
    assert_false(clas_regle_can_switch_off(CLAS_REGLE_COUNT));
    assert_int_equal(clas__code_row(CLAS_CODE_GROUPE_TROP_PETIT)->stage, CLAS_STAGE_ELIGIBILITE);
    assert_int_equal(clas__code_row(CLAS_CODE_DEPOT_HORS_DELAI)->stage, CLAS_STAGE_ELIGIBILITE);
    assert_int_equal(clas__code_row(CLAS_CODE_BUDGET_SURFINANCEMENT)->stage, CLAS_STAGE_FINANCEMENT);
    assert_int_equal(clas__code_row(CLAS_CODE_AGREMENT_REFUSE)->stage, CLAS_STAGE_FINANCEMENT);
    assert_true(clas__code_row(CLAS_CODE_PS_MAXIMUM_APPLIQUE)->inform_only);
    assert_true(clas__code_row(CLAS_CODE_AGREMENT_EN_ATTENTE)->inform_only);
    assert_true(clas__code_row(CLAS_CODE_DEPOT_DELAI_NON_VERIFIE)->inform_only);
    assert_false(clas__code_row(CLAS_CODE_AGREMENT_REFUSE)->inform_only);
    assert_true(clas__code_row(CLAS_CODE_DEPOT_DELAI_NON_VERIFIE)->may_switch_off);
    assert_false(clas__code_row(CLAS_CODE_BILAN_SOLDE)->may_switch_off);
    assert_string_equal(clas__code_row(CLAS_CODE_GROUPE_TROP_PETIT)->champ, "nb_enfants");
    assert_string_equal(clas__code_row(CLAS_CODE_BONUS_SANS_PROJET)->champ, "bonus");
    /* The national severities are the catalogue's. */
    assert_int_equal(clas_regle_default_severity(CLAS_REGLE_GROUPE), CLAS_SEVERITY_BLOCKING);
    assert_int_equal(clas_regle_default_severity(CLAS_REGLE_AIDE_DEVOIRS), CLAS_SEVERITY_OFF);
    assert_int_equal(clas_regle_default_severity(CLAS_REGLE_BUDGET), CLAS_SEVERITY_WARNING);
    assert_int_equal(clas_regle_default_severity(CLAS_REGLE_COUNT), CLAS_SEVERITY_OFF);
    clas_cadre *cadre = NULL;
    assert_clas_ok(clas_cadre_new(&cadre, "51", "2025-2026"));
    for (int r = 0; r < CLAS_REGLE_COUNT; r++)
        assert_int_equal(clas_cadre_get_severity(cadre, (clas_regle)r), clas_regle_default_severity((clas_regle)r));
    assert_clas_status(clas_cadre_set_severity(cadre, CLAS_REGLE_BILAN, CLAS_SEVERITY_OFF), CLAS_EINVAL);
    assert_clas_ok(clas_cadre_set_severity(cadre, CLAS_REGLE_BILAN, CLAS_SEVERITY_BLOCKING));
    assert_clas_ok(clas_cadre_set_severity(cadre, CLAS_REGLE_DELAI, CLAS_SEVERITY_OFF));
    clas_cadre_free(cadre);
}

static clas_evaluation *evaluate_small_group(const clas_regles *r, int64_t enfants)
{
    clas_dossier *d = testutil_dossier_eligible(1000000);
    clas_evaluation *ev = NULL;
    assert_clas_ok(clas_collectif_set(clas_dossier_get_collectif(d, 0), CLAS_CHAMP_NB_ENFANTS, enfants));
    assert_clas_ok(clas_dossier_set_date_depot(d, "2025-08-22"));
    assert_clas_ok(clas_evaluate(&ev, r, NULL, d, CLAS_EVAL_TRACE));
    clas_dossier_free(d);
    return ev;
}

static const clas_constat *find(const clas_evaluation *ev, clas_code code)
{
    for (size_t i = 0; i < clas_evaluation_num_constats(ev); i++)
        if (clas_constat_get_code(clas_evaluation_get_constat(ev, i)) == code)
            return clas_evaluation_get_constat(ev, i);
    fail_msg("no constat %s", clas_code_name(code));
    return NULL;
}

static void test_messages_carry_the_values(void **state)
{
    clas_evaluation *ev = evaluate_small_group(*state, 7);
    char buf[512];
    const clas_constat *k = find(ev, CLAS_CODE_GROUPE_TROP_PETIT);
    assert_true(clas_constat_format_message(buf, sizeof buf, k, CLAS_LANG_FR) > 0);
    assert_string_equal(buf, "Collectif de 7 enfant(s) : le minimum est de 8.");
    clas_constat_format_message(buf, sizeof buf, k, CLAS_LANG_EN);
    assert_string_equal(buf, "Collectif of 7 child(ren): the minimum is 8.");

    k = find(ev, CLAS_CODE_DEPOT_HORS_DELAI);
    clas_constat_format_message(buf, sizeof buf, k, CLAS_LANG_FR);
    assert_string_equal(buf, "Dossier déposé le 2025-08-22, après la date limite du 2025-08-18.");
    /* the rule's text is the deadline's; no consequence unless the cadre gives one */
    assert_non_null(strstr(clas_constat_get_source(k), "Date limite de dépôt"));
    assert_null(strstr(clas_constat_get_source(k), "instruit"));
    assert_string_equal(clas_constat_get_source(k), clas_regle_source(CLAS_REGLE_DELAI));
    assert_string_equal(clas_constat_get_consequence(k, CLAS_CONSEQUENCE_TEXTE), "");
    clas_evaluation_free(ev);
}

static const clas_etape *step_of(const clas_evaluation *ev, clas_regle regle)
{
    for (size_t j = 0; j < clas_evaluation_num_etapes(ev, 0); j++)
        if (clas_etape_get_regle(clas_evaluation_get_etape(ev, 0, j)) == regle)
            return clas_evaluation_get_etape(ev, 0, j);
    fail_msg("no step of %s", clas_regle_id(regle));
    return NULL;
}

/* A step cites its rule's text, and apart the reference of the cadre or
 * barème field it read (the main source when no reference covers it). */
static void test_steps_cite_rule_and_values(void **state)
{
    clas_evaluation *ev = evaluate_small_group(*state, 7);
    const clas_etape *groupe = step_of(ev, CLAS_REGLE_GROUPE), *delai = step_of(ev, CLAS_REGLE_DELAI);
    assert_string_equal(clas_etape_get_source(groupe), clas_regle_source(CLAS_REGLE_GROUPE));
    assert_non_null(strstr(clas_etape_get_source_valeurs(groupe), "Marne"));
    assert_non_null(strstr(clas_etape_get_source_valeurs(groupe), "§3"));
    assert_non_null(strstr(clas_etape_get_source_valeurs(delai), "Page de garde"));
    assert_string_not_equal(clas_etape_get_source_valeurs(groupe), clas_etape_get_source_valeurs(delai));
    assert_string_equal(clas_etape_get_source(delai), clas_regle_source(CLAS_REGLE_DELAI));
    /* No parameter: no values source. */
    assert_string_equal(clas_etape_get_source_valeurs(step_of(ev, CLAS_REGLE_PUBLIC)), "");
    assert_string_equal(clas_etape_get_source_valeurs(NULL), "");
    clas_evaluation_free(ev);
}

static void test_money_in_messages(void **state)
{
    clas_evaluation *ev = evaluate_small_group(*state, 10);
    char buf[512];
    /* Late: no funding, so the cap constats are absent; use a fresh on-time dossier. */
    clas_evaluation_free(ev);
    clas_dossier *d = testutil_dossier_eligible(1000000);
    assert_clas_ok(clas_evaluate(&ev, *state, NULL, d, 0));
    clas_constat_format_message(buf, sizeof buf, find(ev, CLAS_CODE_PS_MAXIMUM_APPLIQUE), CLAS_LANG_FR);
    assert_string_equal(buf, "Ps calculée de 2 800,71 € ramenée au montant maximal publié de 2 800,70 €.");
    clas_constat_format_message(buf, sizeof buf, find(ev, CLAS_CODE_PS_MAXIMUM_APPLIQUE), CLAS_LANG_EN);
    assert_string_equal(buf, "Computed Ps of €2,800.71 reduced to the published maximum of €2,800.70.");
    clas_evaluation_free(ev);
    clas_dossier_free(d);
}

static void test_truncation_reports_needed_length(void **state)
{
    clas_evaluation *ev = evaluate_small_group(*state, 7);
    const clas_constat *k = find(ev, CLAS_CODE_GROUPE_TROP_PETIT);
    char full[256], small[10];
    int need = clas_constat_format_message(full, sizeof full, k, CLAS_LANG_FR);
    assert_int_equal(clas_constat_format_message(small, sizeof small, k, CLAS_LANG_FR), need);
    assert_int_equal(strlen(small), sizeof small - 1);
    assert_memory_equal(small, full, sizeof small - 1);
    assert_int_equal(clas_constat_format_message(NULL, 0, k, CLAS_LANG_FR), need);
    assert_clas_status(clas_constat_format_message(full, sizeof full, NULL, CLAS_LANG_FR), CLAS_EINVAL);
    clas_evaluation_free(ev);
}

static void test_every_code_has_a_message_in_both_languages(void **state)
{
    (void)state;
    /* A constat of each code, made directly (the layout is private). */
    for (int i = 0; i < CLAS_CODE_COUNT; i++) {
        clas_constat k = {NULL, (clas_code)i, CLAS_SEVERITY_WARNING, -1, "bonus.enfants", 12, 8};
        char fr[512], en[512];
        assert_true(clas_constat_format_message(fr, sizeof fr, &k, CLAS_LANG_FR) > 20);
        assert_true(clas_constat_format_message(en, sizeof en, &k, CLAS_LANG_EN) > 20);
        assert_string_not_equal(fr, en);
        assert_null(strchr(fr, '%'));
        assert_null(strchr(en, '%'));
    }
}

static void test_etape_format(void **state)
{
    clas_dossier *d = testutil_dossier_eligible(1000000);
    clas_evaluation *ev = NULL;
    assert_clas_ok(clas_evaluate(&ev, *state, NULL, d, CLAS_EVAL_TRACE));
    char buf[512];
    for (size_t j = 0; j < clas_evaluation_num_etapes(ev, 0); j++) {
        const clas_etape *e = clas_evaluation_get_etape(ev, 0, j);
        if (strcmp(clas_etape_get_operation(e), "ps_calculee") != 0)
            continue;
        clas_etape_format(buf, sizeof buf, e, CLAS_LANG_FR);
        assert_string_equal(buf, "[R-PS] ps_calculee = arrondi(taux x base), une seule fois ; avec base = 8 487,00 €, "
                                 "taux = 33 % => ps_calculee = 2 800,71 €");
        clas_etape_format(buf, sizeof buf, e, CLAS_LANG_EN);
        assert_string_equal(buf, "[R-PS] ps_calculee = arrondi(taux x base), une seule fois; with base = €8,487.00, "
                                 "taux = 33% => ps_calculee = €2,800.71");
    }
    clas_evaluation_free(ev);
    clas_dossier_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_codes_round_trip_and_belong_to_a_rule),
        cmocka_unit_test(test_rules_cite_their_own_text),
        cmocka_unit_test(test_code_policy),
        cmocka_unit_test(test_steps_cite_rule_and_values),
        cmocka_unit_test(test_messages_carry_the_values),
        cmocka_unit_test(test_money_in_messages),
        cmocka_unit_test(test_truncation_reports_needed_length),
        cmocka_unit_test(test_every_code_has_a_message_in_both_languages),
        cmocka_unit_test(test_etape_format),
    };
    return cmocka_run_group_tests_name("messages", tests, testutil_regles_setup, testutil_regles_teardown);
}
