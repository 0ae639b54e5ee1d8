/* SPDX-License-Identifier: Apache-2.0 */
/* clas-dossier/1 and clas-campagne/1: parsing, defaults, and lossless,
 * byte-stable round trips. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_test_file(const char *name, size_t *len)
{
    char path[512];
    const char *dir = getenv("CLAS_TESTS_DIR");
    assert_non_null(dir);
    snprintf(path, sizeof path, "%s/data/%s", dir, name);
    char *text = testutil_read_file(path, len);
    assert_non_null(text);
    return text;
}

static clas_dossier *load_riche(void)
{
    size_t len;
    char *text = read_test_file("dossier_riche.json", &len);
    clas_dossier *d = NULL;
    assert_clas_ok(clas_dossier_from_json(&d, text, len, "dossier_riche.json"));
    free(text);
    return d;
}

static void parses_every_field(void **state)
{
    (void)state;
    clas_dossier *d = load_riche();
    assert_string_equal(clas_dossier_get_id(d), "D51-2025-001");
    assert_string_equal(clas_dossier_get_annee_scolaire(d), "2025-2026");
    assert_string_equal(clas_dossier_get_departement(d), "51");
    assert_string_equal(clas_dossier_get_date_depot(d), "2025-08-12");
    const clas_porteur *p = clas_dossier_get_porteur_const(d);
    assert_string_equal(clas_porteur_get_nom(p), "Centre social des Tilleuls — Épernay");
    assert_int_equal(clas_porteur_get_type(p), CLAS_PORTEUR_CENTRE_SOCIAL);
    assert_string_equal(clas_porteur_get_commune(p), "Épernay");
    assert_int_equal(clas_dossier_num_collectifs(d), 2);

    const clas_collectif *c = clas_dossier_get_collectif_const(d, 0);
    assert_string_equal(clas_collectif_get_id(c), "C1");
    assert_true(clas_collectif_has_niveau(c, CLAS_NIVEAU_CM1));
    assert_true(clas_collectif_has_niveau(c, CLAS_NIVEAU_CM2));
    assert_false(clas_collectif_has_niveau(c, CLAS_NIVEAU_CP));
    assert_int_equal(clas_collectif_get(c, CLAS_CHAMP_NB_ENFANTS), 10);
    assert_int_equal(clas_collectif_get(c, CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES), 2);
    assert_int_equal(clas_collectif_get(c, CLAS_CHAMP_MINUTES_PAR_SEANCE), 90);
    assert_int_equal(clas_collectif_get(c, CLAS_CHAMP_HORS_TEMPS_SCOLAIRE), 1);
    assert_int_equal(clas_collectif_get_depenses(c), 1000000);
    assert_int_equal(clas_collectif_num_financements(c), 2);
    assert_string_equal(clas_collectif_get_financement_libelle(c, 1), "Département");
    assert_int_equal(clas_collectif_get_financement_montant(c, 1), 25050);
    assert_int_equal(clas_collectif_num_actions(c), 5);
    assert_int_equal(clas_collectif_get_action(c, 1), CLAS_ACTION_ENFANTS_AUTRE);
    assert_string_equal(clas_collectif_get_action_texte(c, 1), "Atelier d'écriture « mots croisés »");
    assert_int_equal(clas_collectif_num_actions_axe(c, CLAS_AXE_ENFANTS), 2);
    assert_true(clas_collectif_get_bonus_demande(c, CLAS_BONUS_PARENTS));
    assert_string_equal(clas_collectif_get_bonus_projet(c, CLAS_BONUS_ENFANTS), "Sorties culturelles mensuelles");
    assert_int_equal(clas_collectif_get_decision(c), CLAS_DECISION_AGREE);
    assert_string_equal(clas_collectif_get_decision_motif(c), "Projet complet");
    assert_true(clas_collectif_get_bonus_accorde(c, CLAS_BONUS_ENFANTS));
    assert_true(clas_collectif_get_bonus_accorde(c, CLAS_BONUS_PARENTS));
    assert_int_equal(clas_collectif_get_acomptes_verses(c), 100000);
    assert_true(clas_collectif_has_bilan(c));
    assert_int_equal(clas_collectif_get_bilan(c, CLAS_BILAN_TAUX_PRESENCE), 875000);
    assert_int_equal(clas_collectif_get_bilan(c, CLAS_BILAN_DEPENSES_REELLES), 950025);
    assert_int_equal(clas_collectif_get_bilan(c, CLAS_BILAN_NB_PARENTS_TOUCHES), 12);

    c = clas_dossier_get_collectif_const(d, 1);
    assert_int_equal(clas_collectif_get(c, CLAS_CHAMP_HORS_TEMPS_SCOLAIRE), 0);
    assert_int_equal(clas_collectif_get_depenses(c), 600000);
    assert_int_equal(clas_collectif_get_decision(c), CLAS_DECISION_REFUSE);
    /* "bilan": {} records an empty bilan. */
    assert_true(clas_collectif_has_bilan(c));
    assert_int_equal(clas_collectif_get_bilan(c, CLAS_BILAN_NB_ENFANTS), 0);
    clas_dossier_free(d);
}

static void defaults_of_optional_members(void **state)
{
    (void)state;
    const char *doc = "{\"format\": \"clas-dossier/1\", \"annee_scolaire\": \"2025-2026\","
                      " \"collectifs\": [{\"id\": \"C1\"}]}";
    clas_dossier *d = NULL;
    assert_clas_ok(clas_dossier_from_json(&d, doc, strlen(doc), NULL));
    assert_string_equal(clas_dossier_get_id(d), "");
    assert_null(clas_dossier_get_date_depot(d));
    assert_int_equal(clas_porteur_get_type(clas_dossier_get_porteur_const(d)), CLAS_PORTEUR_AUTRE);
    const clas_collectif *c = clas_dossier_get_collectif_const(d, 0);
    assert_int_equal(clas_collectif_get(c, CLAS_CHAMP_HORS_TEMPS_SCOLAIRE), 0);
    assert_int_equal(clas_collectif_get_depenses(c), 0);
    assert_int_equal(clas_collectif_get_decision(c), CLAS_DECISION_EN_ATTENTE);
    assert_false(clas_collectif_has_bilan(c));
    assert_int_equal(clas_collectif_get_niveaux(c), 0);

    /* Every member is written, defaults included. */
    char *out = NULL;
    assert_clas_ok(clas_dossier_to_json(&out, d, 0));
    assert_non_null(strstr(out, "\"date_depot\":null"));
    assert_non_null(strstr(out, "\"hors_temps_scolaire\":false"));
    assert_non_null(strstr(out, "\"depenses\":\"0.00\""));
    assert_non_null(strstr(out, "\"agrement\":\"en_attente\""));
    assert_non_null(strstr(out, "\"bilan\":null"));
    assert_non_null(strstr(out, "\"type\":\"autre\""));
    assert_null(strchr(out, '\n'));
    clas_free(out);
    clas_dossier_free(d);
}

/* load → save → load is equal, and the second save is byte-identical. */
static void assert_round_trip(const clas_dossier *d, unsigned flags)
{
    char *first = NULL, *second = NULL;
    clas_dossier *again = NULL;
    assert_clas_ok(clas_dossier_to_json(&first, d, flags));
    assert_clas_ok(clas_dossier_from_json(&again, first, strlen(first), "first"));
    assert_int_equal(clas_dossier_equal(d, again), 1);
    assert_clas_ok(clas_dossier_to_json(&second, again, flags));
    assert_string_equal(first, second);
    if (flags & CLAS_JSON_PRETTY)
        assert_int_equal(first[strlen(first) - 1], '\n');
    clas_free(first);
    clas_free(second);
    clas_dossier_free(again);
}

static void rich_round_trip(void **state)
{
    (void)state;
    clas_dossier *d = load_riche();
    assert_round_trip(d, 0);
    assert_round_trip(d, CLAS_JSON_PRETTY);
    char *out = NULL;
    assert_clas_ok(clas_dossier_to_json(&out, d, CLAS_JSON_PRETTY));
    /* UTF-8 is written as is, money as exact strings, rates as fractions. */
    assert_non_null(strstr(out, "\"commune\": \"Épernay\""));
    assert_non_null(strstr(out, "\"montant\": \"250.50\""));
    assert_non_null(strstr(out, "\"taux_presence\": \"0.875\""));
    assert_non_null(strstr(out, "\n  \"format\": \"clas-dossier/1\",\n"));
    clas_free(out);
    clas_dossier_free(d);
}

static void api_built_round_trip(void **state)
{
    (void)state;
    clas_dossier *d = testutil_dossier_eligible(1000000);
    clas_collectif *c = testutil_add_collectif_eligible(d, "Č2 ünïcode", 654321);
    assert_clas_ok(clas_collectif_add_action(c, CLAS_ACTION_PARENTS_AUTRE, "Café des parents"));
    assert_clas_ok(clas_collectif_set_bonus_demande(c, CLAS_BONUS_ENFANTS, 1, "Théâtre"));
    assert_clas_ok(clas_collectif_set_bonus_accorde(c, CLAS_BONUS_ENFANTS, 1));
    assert_clas_ok(clas_collectif_set_bilan(c, CLAS_BILAN_FINANCEMENTS_REELS, 12345));
    assert_clas_ok(clas_collectif_set_bilan(c, CLAS_BILAN_TAUX_PRESENCE, 1000000));
    assert_round_trip(d, 0);
    assert_round_trip(d, CLAS_JSON_PRETTY);
    clas_dossier_free(d);
}

static void writer_arguments(void **state)
{
    (void)state;
    char *out = NULL;
    assert_clas_status(clas_dossier_to_json(&out, NULL, 0), CLAS_EINVAL);
    assert_clas_status(clas_dossier_to_json(NULL, NULL, 0), CLAS_EINVAL);
    assert_null(out);
    clas_free(NULL);
}

static const char campagne_doc[] =
    "{\"format\": \"clas-campagne/1\", \"departement\": \"51\", \"annee_scolaire\": \"2025-2026\",\n"
    " \"nom\": \"Appel à projets Clas Marne 2025-2026\",\n"
    " \"cadre\": {\"departement\": \"51\", \"annee_scolaire\": \"2025-2026\", \"nom\": \"Cadre local\",\n"
    "           \"calendrier\": {\"lancement\": \"2025-05-26\", \"limite_depot\": \"2025-08-18\", \"comite\": \"2025-09\"},\n"
    "           \"seuils\": {\"enfants_min\": 6, \"taux_acompte\": \"0.5\"},\n"
    "           \"severites\": {\"R-AIDE-DEVOIRS\": \"warning\"}},\n"
    " \"dossiers\": [\n"
    "   {\"id\": \"D1\", \"annee_scolaire\": \"2025-2026\", \"porteur\": {\"id\": \"P1\", \"nom\": \"Asso\"},\n"
    "    \"collectifs\": [{\"id\": \"C1\", \"depenses\": \"6000.00\"}]},\n"
    "   {\"format\": \"clas-dossier/1\", \"id\": \"D2\", \"annee_scolaire\": \"2025-2026\"}\n"
    " ]}\n";

static void campagne_parse_and_round_trip(void **state)
{
    (void)state;
    clas_campagne *camp = NULL;
    assert_clas_ok(clas_campagne_from_json(&camp, campagne_doc, strlen(campagne_doc), "campagne.json"));
    assert_string_equal(clas_campagne_get_departement(camp), "51");
    assert_string_equal(clas_campagne_get_nom(camp), "Appel à projets Clas Marne 2025-2026");
    const clas_cadre *cadre = clas_campagne_get_cadre(camp);
    assert_non_null(cadre);
    assert_int_equal(clas_cadre_get_seuil(cadre, CLAS_SEUIL_ENFANTS_MIN), 6);
    assert_int_equal(clas_cadre_get_seuil(cadre, CLAS_SEUIL_ENFANTS_MAX), 12);
    assert_int_equal(clas_cadre_get_seuil(cadre, CLAS_SEUIL_TAUX_ACOMPTE), 500000);
    assert_int_equal(clas_cadre_get_severity(cadre, CLAS_REGLE_AIDE_DEVOIRS), CLAS_SEVERITY_WARNING);
    assert_string_equal(clas_cadre_get_date(cadre, CLAS_DATE_COMITE), "2025-09");
    assert_int_equal(clas_campagne_num_dossiers(camp), 2);
    const clas_dossier *d = clas_campagne_get_dossier_const(camp, 0);
    assert_string_equal(clas_porteur_get_nom(clas_dossier_get_porteur_const(d)), "Asso");
    assert_int_equal(clas_collectif_get_depenses(clas_dossier_get_collectif_const(d, 0)), 600000);

    char *first = NULL, *second = NULL;
    clas_campagne *again = NULL;
    assert_clas_ok(clas_campagne_to_json(&first, camp, CLAS_JSON_PRETTY));
    assert_clas_ok(clas_campagne_from_json(&again, first, strlen(first), NULL));
    assert_clas_ok(clas_campagne_to_json(&second, again, CLAS_JSON_PRETTY));
    assert_string_equal(first, second);
    assert_int_equal(clas_campagne_num_dossiers(again), 2);
    for (size_t i = 0; i < 2; i++)
        assert_int_equal(clas_dossier_equal(clas_campagne_get_dossier_const(camp, i),
                                            clas_campagne_get_dossier_const(again, i)),
                         1);
    assert_int_equal(clas_cadre_get_seuil(clas_campagne_get_cadre(again), CLAS_SEUIL_TAUX_ACOMPTE), 500000);
    clas_free(first);
    clas_free(second);
    clas_campagne_free(again);
    clas_campagne_free(camp);
}

static void campagne_errors(void **state)
{
    (void)state;
    clas_campagne *camp = NULL;
    const char *other_year = "{\"format\": \"clas-campagne/1\", \"departement\": \"51\", \"annee_scolaire\": \"2025-2026\","
                             " \"dossiers\": [{\"id\": \"D1\", \"annee_scolaire\": \"2024-2025\"}]}";
    assert_clas_status(clas_campagne_from_json(&camp, other_year, strlen(other_year), "c.json"), CLAS_ESCHEMA);
    assert_null(camp);
    assert_non_null(strstr(clas_error_last_location(), "c.json:1:127: $.dossiers[0].annee_scolaire"));
    const char *dup = "{\"format\": \"clas-campagne/1\", \"departement\": \"51\", \"annee_scolaire\": \"2025-2026\","
                      " \"dossiers\": [{\"id\": \"D1\", \"annee_scolaire\": \"2025-2026\"},"
                      " {\"id\": \"D1\", \"annee_scolaire\": \"2025-2026\"}]}";
    assert_clas_status(clas_campagne_from_json(&camp, dup, strlen(dup), "c.json"), CLAS_ESCHEMA);
    assert_non_null(strstr(clas_error_last_location(), "$.dossiers[1].id"));
    const char *bad_dept = "{\"format\": \"clas-campagne/1\", \"departement\": \"Marne\", \"annee_scolaire\": \"2025-2026\"}";
    assert_clas_status(clas_campagne_from_json(&camp, bad_dept, strlen(bad_dept), "c.json"), CLAS_ESCHEMA);
    assert_non_null(strstr(clas_error_last_location(), "c.json:1:46: $.departement"));
    assert_null(camp);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parses_every_field),
        cmocka_unit_test(defaults_of_optional_members),
        cmocka_unit_test(rich_round_trip),
        cmocka_unit_test(api_built_round_trip),
        cmocka_unit_test(writer_arguments),
        cmocka_unit_test(campagne_parse_and_round_trip),
        cmocka_unit_test(campagne_errors),
    };
    return cmocka_run_group_tests_name("json_dossier", tests, NULL, NULL);
}
