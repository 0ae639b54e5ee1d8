/* SPDX-License-Identifier: Apache-2.0 */
/* Bad documents: every class of error gives its exact status and a
 * location "origin:line:column: $.path" pointing at the offending value. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Line 1 of the test documents; line 2 starts with COLLECTIF (28 chars),
 * so a member placed after it starts at column 29. */
#define HEAD "{\"format\": \"clas-dossier/1\", \"annee_scolaire\": \"2025-2026\",\n"
#define COLLECTIF "\"collectifs\": [{\"id\": \"C1\", "

static void expect_dossier_error(const char *json, size_t len, int code, const char *where, const char *in_message)
{
    clas_dossier *d = NULL;
    clas_error_clear();
    int st = clas_dossier_from_json(&d, json, len, "t.json");
    if (st != code)
        fail_msg("status %s, want %s (%s: %s)", clas_status_name(st), clas_status_name(code),
                 clas_error_last_location(), clas_error_last_message());
    assert_null(d);
    assert_int_equal(clas_error_last_code(), code);
    if (!strstr(clas_error_last_location(), where))
        fail_msg("location \"%s\" lacks \"%s\" (%s)", clas_error_last_location(), where, clas_error_last_message());
    if (in_message && !strstr(clas_error_last_message(), in_message))
        fail_msg("message \"%s\" lacks \"%s\"", clas_error_last_message(), in_message);
}

static void expect_error(const char *json, int code, const char *where, const char *in_message)
{
    expect_dossier_error(json, strlen(json), code, where, in_message);
}

static void money_as_number(void **state)
{
    (void)state;
    expect_error(HEAD COLLECTIF "\"depenses\": 1500}]}", CLAS_ESCHEMA, "t.json:2:41: $.collectifs[0].depenses",
                 "amount must be a string such as \"1500.00\", not a number");
    expect_error(HEAD COLLECTIF "\"depenses\": 1500.5}]}", CLAS_ESCHEMA, "t.json:2:41: $.collectifs[0].depenses",
                 "not a number");
}

static void money_three_decimals(void **state)
{
    (void)state;
    expect_error(HEAD COLLECTIF "\"depenses\": \"1500.005\"}]}", CLAS_ESCHEMA,
                 "t.json:2:41: $.collectifs[0].depenses", "more than two decimals");
}

static void money_negative_or_absurd(void **state)
{
    (void)state;
    expect_error(HEAD COLLECTIF "\"depenses\": \"-5.00\"}]}", CLAS_ERANGE, "t.json:2:41: $.collectifs[0].depenses",
                 "negative");
    expect_error(HEAD COLLECTIF "\"acomptes_verses\": \"99999999999.00\"}]}", CLAS_ERANGE,
                 "t.json:2:48: $.collectifs[0].acomptes_verses", NULL);
    expect_error(HEAD COLLECTIF "\"financements\": [{\"libelle\": \"Ville\", \"montant\": \"-1\"}]}]}", CLAS_ERANGE,
                 "t.json:2:78: $.collectifs[0].financements[0].montant", NULL);
    expect_error(HEAD COLLECTIF "\"depenses\": \"douze\"}]}", CLAS_ESCHEMA, "t.json:2:41: $.collectifs[0].depenses",
                 "not an amount");
}

static void unknown_member(void **state)
{
    (void)state;
    expect_error(HEAD COLLECTIF "\"nb_enfant\": 10}]}", CLAS_ESCHEMA, "t.json:2:42: $.collectifs[0].nb_enfant",
                 "unknown member \"nb_enfant\"");
    expect_error(HEAD "\"porteur\": {\"nom\": \"X\", \"siret\": \"1\"}}", CLAS_ESCHEMA, "t.json:2:34: $.porteur.siret",
                 "siret");
    expect_error(HEAD "\"couleur\": null}", CLAS_ESCHEMA, "t.json:2:12: $.couleur", NULL);
}

static void wrong_types(void **state)
{
    (void)state;
    expect_error(HEAD COLLECTIF "\"nb_enfants\": \"10\"}]}", CLAS_ESCHEMA, "t.json:2:43: $.collectifs[0].nb_enfants",
                 "must be an integer, not a string");
    expect_error(HEAD COLLECTIF "\"nb_enfants\": 10.5}]}", CLAS_ESCHEMA, "t.json:2:43: $.collectifs[0].nb_enfants",
                 "integer");
    expect_error(HEAD COLLECTIF "\"hors_temps_scolaire\": 1}]}", CLAS_ESCHEMA,
                 "t.json:2:52: $.collectifs[0].hors_temps_scolaire", "boolean");
    expect_error(HEAD "\"collectifs\": {}}", CLAS_ESCHEMA, "t.json:2:15: $.collectifs", "array");
    expect_error("[1, 2]", CLAS_ESCHEMA, "t.json:1:1: $", "object");
}

static void unknown_names(void **state)
{
    (void)state;
    expect_error(HEAD COLLECTIF "\"niveaux\": [\"CM1\", \"CM3\"]}]}", CLAS_ESCHEMA,
                 "t.json:2:48: $.collectifs[0].niveaux[1]", "unknown level \"CM3\" (allowed: PS, MS, GS, CP");
    expect_error(HEAD COLLECTIF "\"actions\": [{\"action\": \"enfants.sport\"}]}]}", CLAS_ESCHEMA,
                 "t.json:2:52: $.collectifs[0].actions[0].action", "enfants.appui_methodologie");
    expect_error(HEAD "\"porteur\": {\"type\": \"entreprise\"}}", CLAS_ESCHEMA, "t.json:2:21: $.porteur.type",
                 "unknown porteur type \"entreprise\"");
    expect_error(HEAD COLLECTIF "\"decision\": {\"agrement\": \"oui\"}}]}", CLAS_ESCHEMA,
                 "t.json:2:54: $.collectifs[0].decision.agrement", "en_attente");
    expect_error(HEAD COLLECTIF "\"bonus\": {\"culture\": {\"demande\": true}}}]}", CLAS_ESCHEMA,
                 "t.json:2:50: $.collectifs[0].bonus.culture", "enfants, parents");
}

static void invalid_utf8(void **state)
{
    (void)state;
    /* "Cré" with a lone continuation byte instead of "é" at column 23. */
    const char doc[] = HEAD "\"porteur\": {\"nom\": \"Cr\x80\"}}";
    expect_dossier_error(doc, sizeof doc - 1, CLAS_EUTF8, "t.json:2:23:", "UTF-8");
    const char overlong[] = HEAD "\"id\": \"\xC0\xAF\"}";
    expect_dossier_error(overlong, sizeof overlong - 1, CLAS_EUTF8, "t.json:2:8:", NULL);
    /* Accents before the error count as one column each. */
    expect_error(HEAD "\"porteur\": {\"nom\": \"éàü\", \"type\": 3}}", CLAS_ESCHEMA, "t.json:2:35: $.porteur.type",
                 NULL);
}

static void truncated_or_malformed(void **state)
{
    (void)state;
    expect_error(HEAD COLLECTIF "\"depenses\": \"10.00\"", CLAS_EPARSE, "t.json:2:", NULL);
    expect_error("{\"format\": \"clas-dossier/1\",,}", CLAS_EPARSE, "t.json:1:", NULL);
    expect_error("{\"format\": 'x'}", CLAS_EPARSE, "t.json:1:12", NULL);
    expect_error(HEAD "\"id\": \"a\", \"id\": \"b\"}", CLAS_ESCHEMA, "t.json:2:", "duplicate");
}

static void empty_document(void **state)
{
    (void)state;
    expect_dossier_error("", 0, CLAS_EPARSE, "t.json:1:1: $", "empty document");
    expect_error("  \n\t ", CLAS_EPARSE, "t.json:2:", "empty document");
}

static char *nested(int depth)
{
    /* {"format": ..., "x": [[[...]]]} with depth - 1 arrays inside the root. */
    size_t n = 200 + 2 * (size_t)depth;
    char *s = malloc(n);
    assert_non_null(s);
    int k = snprintf(s, n, "{\"format\": \"clas-dossier/1\", \"annee_scolaire\": \"2025-2026\", \"x\": ");
    for (int i = 1; i < depth; i++)
        s[k++] = '[';
    for (int i = 1; i < depth; i++)
        s[k++] = ']';
    s[k++] = '}';
    s[k] = '\0';
    return s;
}

static void too_deep(void **state)
{
    (void)state;
    char *ok64 = nested(64);
    /* 64 levels parse; the unknown member is then a schema error. */
    expect_error(ok64, CLAS_ESCHEMA, "$.x", "unknown member");
    free(ok64);
    char *deep = nested(65);
    /* the 65th bracket: root '{' is level 1, the arrays start at column 66 */
    expect_error(deep, CLAS_EPARSE, "t.json:1:129:", "deeper than 64");
    free(deep);
}

static void integers_out_of_range(void **state)
{
    (void)state;
    expect_error(HEAD COLLECTIF "\"nb_enfants\": 100001}]}", CLAS_ERANGE, "t.json:2:43: $.collectifs[0].nb_enfants",
                 NULL);
    expect_error(HEAD COLLECTIF "\"minutes_par_seance\": 2000}]}", CLAS_ERANGE,
                 "t.json:2:51: $.collectifs[0].minutes_par_seance", NULL);
    expect_error(HEAD COLLECTIF "\"intervenants\": {\"salaries\": -1}}]}", CLAS_ERANGE,
                 "t.json:2:58: $.collectifs[0].intervenants.salaries", NULL);
    /* beyond int64: jansson reports it while parsing, at the number */
    expect_error(HEAD COLLECTIF "\"nb_enfants\": 123456789012345678901234567890}]}", CLAS_ERANGE, "t.json:2:", NULL);
    expect_error(HEAD COLLECTIF "\"bilan\": {\"taux_presence\": \"1.5\"}}]}", CLAS_ERANGE,
                 "t.json:2:56: $.collectifs[0].bilan.taux_presence", NULL);
}

static void wrong_or_missing_format(void **state)
{
    (void)state;
    expect_error("{\"format\": \"clas-dossier/2\", \"annee_scolaire\": \"2025-2026\"}", CLAS_ESCHEMA,
                 "t.json:1:12: $.format", "clas-dossier/1");
    expect_error("{\"annee_scolaire\": \"2025-2026\"}", CLAS_ESCHEMA, "t.json:1:1: $", "format");
    expect_error("{\"format\": \"clas-regles/1\", \"annee_scolaire\": \"2025-2026\"}", CLAS_ESCHEMA, "$.format", NULL);

    /* Inside a campaign the dossier's format is optional, a wrong one is not. */
    const char *camp = "{\"format\": \"clas-campagne/1\", \"departement\": \"51\", \"annee_scolaire\": \"2025-2026\",\n"
                       "\"dossiers\": [{\"id\": \"D1\", \"annee_scolaire\": \"2025-2026\"}]}";
    clas_campagne *c = NULL;
    assert_clas_ok(clas_campagne_from_json(&c, camp, strlen(camp), NULL));
    assert_int_equal(clas_campagne_num_dossiers(c), 1);
    clas_campagne_free(c);
    const char *bad = "{\"format\": \"clas-campagne/1\", \"departement\": \"51\", \"annee_scolaire\": \"2025-2026\",\n"
                      "\"dossiers\": [{\"format\": \"x\", \"annee_scolaire\": \"2025-2026\"}]}";
    c = NULL;
    assert_clas_status(clas_campagne_from_json(&c, bad, strlen(bad), NULL), CLAS_ESCHEMA);
    assert_null(c);
    assert_non_null(strstr(clas_error_last_location(), "<string>:2:25: $.dossiers[0].format"));
}

static void semantic_errors(void **state)
{
    (void)state;
    expect_error(HEAD COLLECTIF "\"actions\": [{\"action\": \"territoire.autre\"}]}]}", CLAS_ESCHEMA,
                 "t.json:2:52: $.collectifs[0].actions[0].action", NULL);
    expect_error(HEAD "\"collectifs\": [{\"id\": \"C1\"}, {\"id\": \"C1\"}]}", CLAS_ESCHEMA,
                 "t.json:2:37: $.collectifs[1].id", NULL);
    expect_error(HEAD COLLECTIF "\"nom\": \"x\"}, {\"nom\": \"sans id\"}]}", CLAS_ESCHEMA,
                 "t.json:2:42: $.collectifs[1]", "\"id\"");
    expect_error("{\"format\": \"clas-dossier/1\", \"annee_scolaire\": \"2025-2027\"}", CLAS_ESCHEMA,
                 "t.json:1:48: $.annee_scolaire", NULL);
    expect_error(HEAD "\"date_depot\": \"2025-02-30\"}", CLAS_ESCHEMA, "t.json:2:15: $.date_depot", NULL);
    expect_error("{\"format\": \"clas-dossier/1\"}", CLAS_ESCHEMA, "t.json:1:1: $", "annee_scolaire");
}

static void escaped_keys_are_located(void **state)
{
    (void)state;
    /* "n\u006fm" is "nom": the locator decodes escapes in keys. */
    expect_error(HEAD "\"porteur\": {\"x\\\"y\": 1, \"n\\u006fm\": 5}}", CLAS_ESCHEMA,
                 "t.json:2:", NULL);
    expect_error(HEAD "\"porteur\": {\"id\": \"a\\\"}b\", \"n\\u006fm\": 5}}", CLAS_ESCHEMA,
                 "t.json:2:40: $.porteur.nom", "string");
}

static void origin_and_files(void **state)
{
    (void)state;
    clas_dossier *d = NULL;
    const char *doc = "{}";
    assert_clas_status(clas_dossier_from_json(&d, doc, 2, NULL), CLAS_ESCHEMA);
    assert_non_null(strstr(clas_error_last_location(), "<string>:1:1: $"));
    assert_clas_status(clas_dossier_from_json_file(&d, "/nonexistent/dossier.json"), CLAS_EIO);
    assert_non_null(strstr(clas_error_last_location(), "/nonexistent/dossier.json"));
    assert_clas_status(clas_dossier_from_json(NULL, doc, 2, NULL), CLAS_EINVAL);
    assert_clas_status(clas_dossier_from_json(&d, NULL, 0, NULL), CLAS_EINVAL);
    assert_null(d);

    /* A file's name is the origin. */
    char path[512];
    const char *dir = getenv("CLAS_TESTS_DIR");
    assert_non_null(dir);
    snprintf(path, sizeof path, "%s/data/dossier_erreur.json", dir);
    assert_clas_status(clas_dossier_from_json_file(&d, path), CLAS_ESCHEMA);
    assert_non_null(strstr(clas_error_last_location(), "dossier_erreur.json:8:19: $.collectifs[0].depenses"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(money_as_number),
        cmocka_unit_test(money_three_decimals),
        cmocka_unit_test(money_negative_or_absurd),
        cmocka_unit_test(unknown_member),
        cmocka_unit_test(wrong_types),
        cmocka_unit_test(unknown_names),
        cmocka_unit_test(invalid_utf8),
        cmocka_unit_test(truncated_or_malformed),
        cmocka_unit_test(empty_document),
        cmocka_unit_test(too_deep),
        cmocka_unit_test(integers_out_of_range),
        cmocka_unit_test(wrong_or_missing_format),
        cmocka_unit_test(semantic_errors),
        cmocka_unit_test(escaped_keys_are_located),
        cmocka_unit_test(origin_and_files),
    };
    return cmocka_run_group_tests_name("json_errors", tests, NULL, NULL);
}
