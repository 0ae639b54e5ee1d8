/* SPDX-License-Identifier: Apache-2.0 */
/* clas-regles/1: loading rule data, overriding years, refusing impossible
 * values with a message naming origin, year and field. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SOURCE "\"source\": {\"titre\": \"Test\", \"section\": \"\", \"url\": \"\"}"

/* One barème per line, so line 2 is the first entry. */
static char *regles_with_bareme(const char *annee, const char *taux, const char *plafond, const char *ps_max,
                                const char *extra)
{
    char *s = malloc(1024);
    assert_non_null(s);
    snprintf(s, 1024,
             "{\"format\": \"clas-regles/1\", \"baremes\": [\n"
             "{\"annee_scolaire\": \"%s\", \"taux\": %s, \"prix_plafond\": %s, \"ps_max\": %s, "
             "\"bonus\": {\"enfants\": \"100.00\", \"parents\": \"200.00\"}%s}\n"
             "], \"cadres\": []}",
             annee, taux, plafond, ps_max, extra);
    return s;
}

static void expect_rules_error(const char *json, int code, const char *where, const char *in_message)
{
    clas_regles_builder *b = NULL;
    assert_clas_ok(clas_regles_builder_new(&b));
    int st = clas_regles_builder_add_json(b, json, strlen(json), "r.json", 0);
    if (st != code)
        fail_msg("status %s, want %s (%s: %s)", clas_status_name(st), clas_status_name(code),
                 clas_error_last_location(), clas_error_last_message());
    if (!strstr(clas_error_last_location(), where))
        fail_msg("location \"%s\" lacks \"%s\" (%s)", clas_error_last_location(), where, clas_error_last_message());
    if (in_message && !strstr(clas_error_last_message(), in_message))
        fail_msg("message \"%s\" lacks \"%s\"", clas_error_last_message(), in_message);
    /* Nothing was added. */
    clas_regles *r = NULL;
    assert_clas_ok(clas_regles_builder_build(&r, b));
    assert_int_equal(clas_regles_num_baremes(r), 0);
    clas_regles_unref(r);
    clas_regles_builder_free(b);
}

static void parses_a_bareme(void **state)
{
    (void)state;
    char *doc = regles_with_bareme("2030-2031", "\"0.3\"", "\"9000.00\"", "\"2700.00\"", ", \"arrondi\": \"euro_half_up\", " SOURCE);
    clas_regles_builder *b = NULL;
    clas_regles *r = NULL;
    assert_clas_ok(clas_regles_builder_new(&b));
    assert_clas_ok(clas_regles_builder_add_json(b, doc, strlen(doc), NULL, 0));
    assert_clas_ok(clas_regles_builder_build(&r, b));
    const clas_bareme *bar = NULL;
    assert_clas_ok(clas_regles_find_bareme(&bar, NULL, r, "2030-2031", 0));
    assert_int_equal(clas_bareme_get_taux(bar), 300000);
    assert_int_equal(clas_bareme_get_prix_plafond(bar), 900000);
    assert_int_equal(clas_bareme_get_ps_max(bar), 270000);
    assert_int_equal(clas_bareme_get_bonus(bar, CLAS_BONUS_PARENTS), 20000);
    assert_int_equal(clas_bareme_get_rounding(bar), CLAS_ROUND_EURO_HALF_UP);
    assert_string_equal(clas_bareme_get_source_titre(bar), "Test");
    clas_regles_unref(r);
    clas_regles_builder_free(b);
    free(doc);
}

static void default_data_round_trips(void **state)
{
    clas_regles *r = *state;
    char *text = NULL;
    assert_clas_ok(clas_regles_to_json(&text, r, CLAS_JSON_PRETTY));
    assert_non_null(strstr(text, "\"format\": \"clas-regles/1\""));
    assert_non_null(strstr(text, "\"ps_max\": \"2800.70\""));
    assert_non_null(strstr(text, "\"taux\": \"0.33\""));
    assert_non_null(strstr(text, "\"departement\": \"national\""));
    assert_non_null(strstr(text, "\"lancement\": null"));
    clas_regles_builder *b = NULL;
    clas_regles *again = NULL;
    assert_clas_ok(clas_regles_builder_new(&b));
    assert_clas_ok(clas_regles_builder_add_json(b, text, strlen(text), "written", 0));
    assert_clas_ok(clas_regles_builder_build(&again, b));
    assert_string_equal(clas_regles_hash(again), clas_regles_hash(r));
    char *text2 = NULL;
    assert_clas_ok(clas_regles_to_json(&text2, again, CLAS_JSON_PRETTY));
    assert_string_equal(text, text2);
    clas_free(text);
    clas_free(text2);
    clas_regles_unref(again);
    clas_regles_builder_free(b);
}

static void override_needs_replace(void **state)
{
    (void)state;
    char *doc = regles_with_bareme("2025-2026", "\"0.33\"", "\"8487.00\"", "\"2500.00\"", ", " SOURCE);
    clas_regles_builder *b = NULL;
    assert_clas_ok(clas_regles_builder_new(&b));
    assert_clas_ok(clas_regles_builder_add_defaults(b, 0));

    assert_clas_status(clas_regles_builder_add_json(b, doc, strlen(doc), "override.json", 0), CLAS_EEXISTS);
    assert_non_null(strstr(clas_error_last_location(), "override.json:2:20: $.baremes[0].annee_scolaire"));
    assert_non_null(strstr(clas_error_last_message(), "2025-2026"));
    clas_regles *r = NULL;
    const clas_bareme *bar = NULL;
    assert_clas_ok(clas_regles_builder_build(&r, b));
    assert_clas_ok(clas_regles_find_bareme(&bar, NULL, r, "2025-2026", 0));
    assert_int_equal(clas_bareme_get_ps_max(bar), 280070); /* unchanged */
    clas_regles_unref(r);

    assert_clas_ok(clas_regles_builder_add_json(b, doc, strlen(doc), "override.json", CLAS_REGLES_REPLACE));
    assert_clas_ok(clas_regles_builder_build(&r, b));
    assert_int_equal(clas_regles_num_baremes(r), 2); /* 2004-2005 and 2025-2026 */
    assert_clas_ok(clas_regles_find_bareme(&bar, NULL, r, "2025-2026", 0));
    assert_int_equal(clas_bareme_get_ps_max(bar), 250000);
    assert_string_equal(clas_bareme_get_source_titre(bar), "Test");
    clas_regles_unref(r);
    clas_regles_builder_free(b);
    free(doc);
}

static void impossible_values(void **state)
{
    (void)state;
    char *doc;
    doc = regles_with_bareme("2025-2026", "\"1.5\"", "\"8487.00\"", "\"2800.70\"", ", " SOURCE);
    expect_rules_error(doc, CLAS_ERULES, "r.json:2:41: $.baremes[0].taux", "barème 2025-2026: rate \"1.5\" is above 1");
    free(doc);
    /* 33 % × 8487.00 = 2800.71: up to 2800.72 is accepted, 2800.73 is not. */
    doc = regles_with_bareme("2025-2026", "\"0.33\"", "\"8487.00\"", "\"2800.73\"", ", " SOURCE);
    expect_rules_error(doc, CLAS_ERULES, "r.json:2:86: $.baremes[0].ps_max", "barème 2025-2026: ps_max");
    free(doc);
    doc = regles_with_bareme("2025-2026", "\"0.33\"", "\"-1.00\"", "\"0\"", ", " SOURCE);
    expect_rules_error(doc, CLAS_ERANGE, "r.json:2:65: $.baremes[0].prix_plafond", "negative");
    free(doc);
    doc = regles_with_bareme("2025-2026", "0.33", "\"8487.00\"", "\"2800.70\"", ", " SOURCE);
    expect_rules_error(doc, CLAS_ESCHEMA, "$.baremes[0].taux", "not a number");
    free(doc);
    doc = regles_with_bareme("2025-2026", "\"0.33\"", "8487", "\"2800.70\"", ", " SOURCE);
    expect_rules_error(doc, CLAS_ESCHEMA, "$.baremes[0].prix_plafond", "\"1500.00\"");
    free(doc);
    doc = regles_with_bareme("2025-2026", "\"0.33\"", "\"8487.00\"", "\"2800.70\"", "");
    expect_rules_error(doc, CLAS_ERULES, "r.json:2:1: $.baremes[0]", "source");
    free(doc);
    doc = regles_with_bareme("2025-2026", "\"0.33\"", "\"8487.00\"", "\"2800.70\"",
                             ", \"source\": {\"titre\": \"\"}");
    expect_rules_error(doc, CLAS_ERULES, "$.baremes[0].source.titre", "titre");
    free(doc);
    doc = regles_with_bareme("2025-2026", "\"0.33\"", "\"8487.00\"", "\"2800.70\"", ", \"arrondi\": \"bankers\", " SOURCE);
    expect_rules_error(doc, CLAS_ESCHEMA, "$.baremes[0].arrondi", "half_even");
    free(doc);
    doc = regles_with_bareme("2025-2026", "\"0.33\"", "\"8487.00\"", "\"2800.70\"", ", \"plafond\": 1, " SOURCE);
    expect_rules_error(doc, CLAS_ESCHEMA, "$.baremes[0].plafond", "unknown member");
    free(doc);
    doc = regles_with_bareme("2025", "\"0.33\"", "\"8487.00\"", "\"2800.70\"", ", " SOURCE);
    expect_rules_error(doc, CLAS_ESCHEMA, "r.json:2:20: $.baremes[0].annee_scolaire", NULL);
    free(doc);

    const char *dup = "{\"format\": \"clas-regles/1\", \"baremes\": [\n"
                      "{\"annee_scolaire\": \"2025-2026\", \"taux\": \"0.33\", \"prix_plafond\": \"8487.00\", "
                      "\"ps_max\": \"2800.70\", " SOURCE "},\n"
                      "{\"annee_scolaire\": \"2025-2026\", \"taux\": \"0.33\", \"prix_plafond\": \"8487.00\", "
                      "\"ps_max\": \"2800.70\", " SOURCE "}\n]}";
    expect_rules_error(dup, CLAS_ERULES, "r.json:3:20: $.baremes[1].annee_scolaire", "2025-2026");
    expect_rules_error("{\"format\": \"clas-regles/2\"}", CLAS_ESCHEMA, "r.json:1:12: $.format", "clas-regles/1");
    expect_rules_error("{\"baremes\": []}", CLAS_ESCHEMA, "r.json:1:1: $", "format");
}

#define CADRE_HEAD "{\"format\": \"clas-regles/1\", \"cadres\": [\n"

static void impossible_cadres(void **state)
{
    (void)state;
    expect_rules_error(CADRE_HEAD "{\"departement\": \"51\", \"annee_scolaire\": \"2025-2026\", "
                                  "\"seuils\": {\"enfants_min\": 13}, " SOURCE "}]}",
                       CLAS_ERULES, "r.json:2:1: $.cadres[0]", "cadre 51 2025-2026");
    expect_rules_error(CADRE_HEAD "{\"departement\": \"51\", \"annee_scolaire\": \"2025-2026\", "
                                  "\"severities\": {\"R-GROUP\": \"off\"}, " SOURCE "}]}",
                       CLAS_ESCHEMA, "$.cadres[0].severities.R-GROUP", "R-GROUPE");
    expect_rules_error(CADRE_HEAD "{\"departement\": \"51\", \"annee_scolaire\": \"2025-2026\", "
                                  "\"severities\": {\"R-GROUPE\": \"fatal\"}, " SOURCE "}]}",
                       CLAS_ESCHEMA, "$.cadres[0].severities.R-GROUPE", "blocking");
    expect_rules_error(CADRE_HEAD "{\"departement\": \"51\", \"annee_scolaire\": \"2025-2026\", "
                                  "\"severities\": {\"R-PS\": \"off\"}, " SOURCE "}]}",
                       CLAS_ERULES, "$.cadres[0].severities.R-PS", NULL);
    expect_rules_error(CADRE_HEAD "{\"departement\": \"51\", \"annee_scolaire\": \"2025-2026\", "
                                  "\"calendrier\": {\"limite_depot\": \"2025-18-08\"}, " SOURCE "}]}",
                       CLAS_ESCHEMA, "$.cadres[0].calendrier.limite_depot", NULL);
    expect_rules_error(CADRE_HEAD "{\"departement\": \"51\", \"annee_scolaire\": \"2025-2026\", "
                                  "\"seuils\": {\"taux_acompte\": \"1.01\"}, " SOURCE "}]}",
                       CLAS_ERANGE, "$.cadres[0].seuils.taux_acompte", NULL);
    expect_rules_error(CADRE_HEAD "{\"departement\": \"51\", \"annee_scolaire\": \"2025-2026\"}]}", CLAS_ERULES,
                       "r.json:2:1: $.cadres[0]", "source");
    expect_rules_error(CADRE_HEAD "{\"departement\": \"51\", \"annee_scolaire\": \"2025-2026\", " SOURCE "},\n"
                                  "{\"departement\": \"51\", \"annee_scolaire\": \"2025-2026\", " SOURCE "}]}",
                       CLAS_ERULES, "r.json:3:", "cadre 51 2025-2026");
}

/* A cadre written with the old spelling "severites" reads as with
 * "severities"; giving both is an error at the old member. Written, it
 * has the new spelling. */
static void old_spelling_of_severities(void **state)
{
    (void)state;
    static const char *const docs[] = {
        CADRE_HEAD "{\"departement\": \"51\", \"annee_scolaire\": \"2025-2026\", "
                   "\"severites\": {\"R-AIDE-DEVOIRS\": \"off\"}, " SOURCE "}]}",
        CADRE_HEAD "{\"departement\": \"51\", \"annee_scolaire\": \"2025-2026\", "
                   "\"severities\": {\"R-AIDE-DEVOIRS\": \"off\"}, " SOURCE "}]}",
    };
    for (size_t i = 0; i < 2; i++) {
        clas_regles_builder *b = NULL;
        clas_regles *r = NULL;
        assert_clas_ok(clas_regles_builder_new(&b));
        assert_clas_ok(clas_regles_builder_add_json(b, docs[i], strlen(docs[i]), "r.json", 0));
        assert_clas_ok(clas_regles_builder_build(&r, b));
        const clas_cadre *c = NULL;
        assert_clas_ok(clas_regles_find_cadre(&c, r, "51", "2025-2026"));
        assert_int_equal(clas_cadre_get_severity(c, CLAS_REGLE_AIDE_DEVOIRS), CLAS_SEVERITY_OFF);
        char *out = NULL;
        assert_clas_ok(clas_regles_to_json(&out, r, 0));
        assert_non_null(strstr(out, "\"severities\""));
        assert_null(strstr(out, "\"severites\""));
        clas_free(out);
        clas_regles_unref(r);
        clas_regles_builder_free(b);
    }
    expect_rules_error(CADRE_HEAD "{\"departement\": \"51\", \"annee_scolaire\": \"2025-2026\", "
                                  "\"severities\": {}, \"severites\": {}, " SOURCE "}]}",
                       CLAS_ESCHEMA, "$.cadres[0].severites", "both \"severities\" and its old spelling");
    assert_string_equal(clas_error_last_id(), "deux_orthographes");
}

static void files_and_arguments(void **state)
{
    (void)state;
    clas_regles_builder *b = NULL;
    assert_clas_ok(clas_regles_builder_new(&b));
    assert_clas_status(clas_regles_builder_add_json_file(b, "/nonexistent/regles.json", 0), CLAS_EIO);
    assert_clas_status(clas_regles_builder_add_json(NULL, "{}", 2, NULL, 0), CLAS_EINVAL);
    assert_clas_status(clas_regles_builder_add_json(b, NULL, 0, NULL, 0), CLAS_EINVAL);
    char *out = NULL;
    assert_clas_status(clas_regles_to_json(&out, NULL, 0), CLAS_EINVAL);
    clas_regles_builder_free(b);
}

/* A cadre's required parents actions and consequences: read, counted in
 * the hash, written back; refused without a source or with a bad name. */
static void cadre_consequences_and_required_kinds(void **state)
{
    (void)state;
    const char *doc =
        "{\"format\": \"clas-regles/1\", \"cadres\": [{\"departement\": \"30\", \"annee_scolaire\": \"2025-2026\", "
        "\"actions_parents_requises\": [\"parents.codes_ecole\"], "
        "\"consequences\": {\"DEPOT_HORS_DELAI\": {\"texte\": \"Le dossier ne sera pas instruit.\", "
        "\"source\": {\"titre\": \"Guide du Gard\", \"section\": \"page de garde\", \"url\": \"\"}}}, " SOURCE "}]}";
    clas_regles_builder *b = NULL;
    clas_regles *r = NULL, *again = NULL;
    assert_clas_ok(clas_regles_builder_new(&b));
    assert_clas_ok(clas_regles_builder_add_json(b, doc, strlen(doc), "r.json", 0));
    assert_clas_ok(clas_regles_builder_build(&r, b));
    const clas_cadre *c = NULL;
    assert_clas_ok(clas_regles_find_cadre(&c, r, "30", "2025-2026"));
    assert_int_equal(clas_cadre_get_action_parents_requise(c, CLAS_ACTION_PARENTS_CODES_ECOLE), 1);
    assert_string_equal(clas_cadre_get_consequence(c, CLAS_CODE_DEPOT_HORS_DELAI, CLAS_CONSEQUENCE_TEXTE),
                        "Le dossier ne sera pas instruit.");
    assert_string_equal(clas_cadre_get_consequence(c, CLAS_CODE_DEPOT_HORS_DELAI, CLAS_CONSEQUENCE_SECTION),
                        "page de garde");
    char *written = NULL;
    assert_clas_ok(clas_regles_to_json(&written, r, 0));
    assert_non_null(strstr(written, "\"actions_parents_requises\":[\"parents.codes_ecole\"]"));
    assert_non_null(strstr(written, "\"consequences\":{\"DEPOT_HORS_DELAI\":{\"texte\":"));
    clas_regles_builder *b2 = NULL;
    assert_clas_ok(clas_regles_builder_new(&b2));
    assert_clas_ok(clas_regles_builder_add_json(b2, written, strlen(written), "saved", 0));
    assert_clas_ok(clas_regles_builder_build(&again, b2));
    assert_string_equal(clas_regles_hash(r), clas_regles_hash(again));
    /* the consequence is part of the content: changing it changes the hash */
    clas_cadre *changed = NULL;
    clas_regles *other = NULL;
    assert_clas_ok(clas_cadre_copy(&changed, c));
    assert_clas_ok(clas_cadre_set_consequence(changed, CLAS_CODE_DEPOT_HORS_DELAI, "Autre.", "Guide", NULL, NULL));
    assert_clas_ok(clas_regles_builder_add_cadre(b2, changed, CLAS_REGLES_REPLACE));
    assert_clas_ok(clas_regles_builder_build(&other, b2));
    assert_string_not_equal(clas_regles_hash(r), clas_regles_hash(other));
    clas_cadre_free(changed);
    clas_regles_unref(other);
    clas_free(written);
    clas_regles_unref(again);
    clas_regles_unref(r);
    clas_regles_builder_free(b2);
    clas_regles_builder_free(b);

    expect_rules_error("{\"format\": \"clas-regles/1\", \"cadres\": [{\"departement\": \"30\", "
                       "\"annee_scolaire\": \"2025-2026\", \"consequences\": {\"DEPOT_HORS_DELAI\": "
                       "{\"texte\": \"Non instruit.\"}}, " SOURCE "}]}",
                       CLAS_ERULES, "consequences.DEPOT_HORS_DELAI", "source");
    expect_rules_error("{\"format\": \"clas-regles/1\", \"cadres\": [{\"departement\": \"30\", "
                       "\"annee_scolaire\": \"2025-2026\", \"consequences\": {\"PAS_UN_CODE\": "
                       "{\"texte\": \"x\", " SOURCE "}}, " SOURCE "}]}",
                       CLAS_ESCHEMA, "consequences.PAS_UN_CODE", "constat code");
    expect_rules_error("{\"format\": \"clas-regles/1\", \"cadres\": [{\"departement\": \"30\", "
                       "\"annee_scolaire\": \"2025-2026\", \"actions_parents_requises\": [\"enfants.entraide\"], "
                       SOURCE "}]}",
                       CLAS_ERULES, "actions_parents_requises[0]", "parents axis");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parses_a_bareme),
        cmocka_unit_test(default_data_round_trips),
        cmocka_unit_test(override_needs_replace),
        cmocka_unit_test(impossible_values),
        cmocka_unit_test(impossible_cadres),
        cmocka_unit_test(old_spelling_of_severities),
        cmocka_unit_test(files_and_arguments),
        cmocka_unit_test(cadre_consequences_and_required_kinds),
    };
    return cmocka_run_group_tests_name("json_regles", tests, testutil_regles_setup, testutil_regles_teardown);
}
