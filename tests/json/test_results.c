/* SPDX-License-Identifier: Apache-2.0 */
/* clas-resultat/1 and clas-rapport/1: provenance, verdicts, constats,
 * exact amounts (domain.md §7) and the trace. Read back with jansson. */
#include "testutil.h"

#include <jansson.h>
#include <string.h>

static json_t *parse(const char *text)
{
    json_error_t err;
    json_t *doc = json_loads(text, 0, &err);
    if (!doc)
        fail_msg("output is not JSON: %s (line %d)", err.text, err.line);
    return doc;
}

/* The string at a dotted path of objects ("producteur.bareme.ps_max"). */
static const char *str_at(json_t *doc, const char *path)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", path);
    json_t *v = doc;
    for (char *part = strtok(buf, "."); part; part = strtok(NULL, "."))
        v = json_object_get(v, part);
    if (!json_is_string(v))
        fail_msg("%s is not a string", path);
    return json_string_value(v);
}

static json_t *evaluation_json(const clas_regles *r, clas_dossier *d, unsigned eval_flags, clas_evaluation **ev_out)
{
    clas_evaluation *ev = NULL;
    assert_clas_ok(clas_evaluate(&ev, r, NULL, d, eval_flags));
    char *text = NULL;
    assert_clas_ok(clas_evaluation_to_json(&text, ev, CLAS_JSON_PRETTY));
    assert_int_equal(text[strlen(text) - 1], '\n');
    json_t *doc = parse(text);
    clas_free(text);
    if (ev_out)
        *ev_out = ev;
    else
        clas_evaluation_free(ev);
    return doc;
}

static void case_a_amounts_and_provenance(void **state)
{
    const clas_regles *r = *state;
    clas_dossier *d = testutil_dossier_eligible(1000000);
    json_t *doc = evaluation_json(r, d, CLAS_EVAL_TRACE, NULL);

    assert_string_equal(str_at(doc, "format"), "clas-resultat/1");
    assert_string_equal(str_at(doc, "producteur.bibliotheque"), "libclas");
    assert_string_equal(str_at(doc, "producteur.version"), clas_version_string());
    assert_string_equal(str_at(doc, "producteur.regles_sha256"), clas_regles_hash(r));
    assert_string_equal(str_at(doc, "producteur.bareme.annee_scolaire"), "2025-2026");
    assert_string_equal(str_at(doc, "producteur.bareme.taux"), "0.33");
    assert_string_equal(str_at(doc, "producteur.bareme.prix_plafond"), "8487.00");
    assert_string_equal(str_at(doc, "producteur.bareme.ps_max"), "2800.70");
    assert_string_equal(str_at(doc, "producteur.bareme.bonus.enfants"), "329.00");
    assert_string_equal(str_at(doc, "producteur.bareme.arrondi"), "half_up");
    assert_non_null(strstr(str_at(doc, "producteur.bareme.source.titre"), "Marne"));
    assert_string_equal(str_at(doc, "producteur.cadre.departement"), "51");
    assert_string_equal(str_at(doc, "producteur.cadre.calendrier.limite_depot"), "2025-08-18");
    assert_string_equal(str_at(doc, "producteur.cadre.severities.R-GROUPE"), "blocking");
    assert_true(json_is_integer(json_object_get(json_object_get(json_object_get(json_object_get(doc, "producteur"),
                                                                                 "cadre"),
                                                                 "seuils"),
                                                 "enfants_min")));
    assert_string_equal(str_at(doc, "dossier"), "D1");
    assert_string_equal(str_at(doc, "annee_scolaire"), "2025-2026");
    assert_true(json_is_false(json_object_get(doc, "provisoire")));
    assert_string_equal(str_at(doc, "verdict"), "eligible");

    json_t *c = json_array_get(json_object_get(doc, "collectifs"), 0);
    assert_non_null(c);
    assert_string_equal(str_at(c, "id"), "C1");
    assert_string_equal(str_at(c, "verdict"), "eligible");
    assert_true(json_is_false(json_object_get(c, "bilan")));
    assert_string_equal(str_at(c, "montants.depenses"), "10000.00");
    assert_string_equal(str_at(c, "montants.base"), "8487.00");
    assert_string_equal(str_at(c, "montants.ps_calculee"), "2800.71");
    assert_string_equal(str_at(c, "montants.ps"), "2800.70");
    assert_string_equal(str_at(c, "montants.total"), "2800.70");
    assert_string_equal(str_at(c, "montants.bonus_enfants"), "0.00");
    assert_int_equal(json_object_size(json_object_get(c, "montants")), CLAS_MONTANT_COUNT);
    assert_string_equal(str_at(doc, "totaux.total"), "2800.70");
    assert_string_equal(str_at(doc, "totaux.ps"), "2800.70");

    /* The trace: the published maximum step shows 2800.71 capped at 2800.70. */
    json_t *trace = json_object_get(c, "trace");
    assert_true(json_is_array(trace));
    assert_true(json_array_size(trace) > 0);
    int found_cap = 0;
    size_t i;
    json_t *step;
    json_array_foreach(trace, i, step) {
        assert_non_null(json_string_value(json_object_get(step, "regle")));
        assert_non_null(json_string_value(json_object_get(step, "formule")));
        assert_true(strlen(str_at(step, "texte.fr")) > 0);
        assert_true(strlen(str_at(step, "texte.en")) > 0);
        json_t *out = json_object_get(step, "sortie");
        const char *unite = str_at(out, "unite");
        json_t *val = json_object_get(out, "valeur");
        if (strcmp(unite, "cents") == 0 || strcmp(unite, "taux") == 0 || strcmp(unite, "date") == 0)
            assert_true(json_is_string(val) || json_is_null(val));
        else if (strcmp(unite, "booleen") == 0)
            assert_true(json_is_boolean(val));
        else
            assert_true(json_is_integer(val));
        if (strcmp(unite, "cents") == 0 && strcmp(json_string_value(val), "2800.70") == 0) {
            json_t *in;
            size_t k;
            json_array_foreach(json_object_get(step, "entrees"), k, in)
                if (json_is_string(json_object_get(in, "valeur"))
                    && strcmp(json_string_value(json_object_get(in, "valeur")), "2800.71") == 0)
                    found_cap = 1;
        }
    }
    assert_true(found_cap);
    json_decref(doc);
    clas_dossier_free(d);
}

static void case_c_bonuses_and_no_trace(void **state)
{
    const clas_regles *r = *state;
    clas_dossier *d = testutil_dossier_eligible(1000000);
    clas_collectif *c = clas_dossier_get_collectif(d, 0);
    assert_clas_ok(clas_collectif_set_bonus_demande(c, CLAS_BONUS_ENFANTS, 1, "Sorties culturelles"));
    assert_clas_ok(clas_collectif_set_bonus_demande(c, CLAS_BONUS_PARENTS, 1, "Soirées débats"));
    assert_clas_ok(clas_collectif_set_bonus_accorde(c, CLAS_BONUS_ENFANTS, 1));
    assert_clas_ok(clas_collectif_set_bonus_accorde(c, CLAS_BONUS_PARENTS, 1));
    json_t *doc = evaluation_json(r, d, 0, NULL);
    json_t *cj = json_array_get(json_object_get(doc, "collectifs"), 0);
    assert_string_equal(str_at(cj, "montants.ps"), "2800.70");
    assert_string_equal(str_at(cj, "montants.bonus_enfants"), "329.00");
    assert_string_equal(str_at(cj, "montants.bonus_parents"), "329.00");
    assert_string_equal(str_at(cj, "montants.total"), "3458.70");
    assert_string_equal(str_at(doc, "totaux.total"), "3458.70");
    assert_null(json_object_get(cj, "trace"));
    json_decref(doc);
    clas_dossier_free(d);
}

static void case_d_constat(void **state)
{
    const clas_regles *r = *state;
    clas_dossier *d = testutil_dossier_eligible(600000);
    assert_clas_ok(clas_collectif_set(clas_dossier_get_collectif(d, 0), CLAS_CHAMP_NB_ENFANTS, 7));
    clas_evaluation *ev = NULL;
    json_t *doc = evaluation_json(r, d, 0, &ev);
    assert_string_equal(str_at(doc, "verdict"), "ineligible");
    json_t *cj = json_array_get(json_object_get(doc, "collectifs"), 0);
    assert_string_equal(str_at(cj, "verdict"), "ineligible");
    assert_string_equal(str_at(cj, "montants.total"), "0.00");

    json_t *constats = json_object_get(doc, "constats");
    assert_int_equal(json_array_size(constats), clas_evaluation_num_constats(ev));
    int found = 0;
    size_t i;
    json_t *k;
    json_array_foreach(constats, i, k) {
        const clas_constat *ck = clas_evaluation_get_constat(ev, i);
        assert_string_equal(str_at(k, "code"), clas_code_name(clas_constat_get_code(ck)));
        assert_true(strlen(str_at(k, "message.fr")) > 0);
        assert_true(strlen(str_at(k, "message.en")) > 0);
        assert_true(strlen(str_at(k, "source")) > 0);
        if (clas_constat_get_collectif_index(ck) < 0)
            assert_true(json_is_null(json_object_get(k, "collectif")));
        if (strcmp(str_at(k, "code"), "GROUPE_TROP_PETIT") != 0)
            continue;
        found = 1;
        assert_string_equal(str_at(k, "severity"), "blocking");
        assert_string_equal(str_at(k, "regle"), "R-GROUPE");
        assert_string_equal(str_at(k, "collectif"), "C1");
        assert_string_equal(str_at(k, "champ"), "nb_enfants");
        assert_int_equal(json_integer_value(json_object_get(k, "valeur")), 7);
        assert_int_equal(json_integer_value(json_object_get(k, "limite")), 8);
        char fr[512];
        clas_constat_format_message(fr, sizeof fr, ck, CLAS_LANG_FR);
        assert_string_equal(str_at(k, "message.fr"), fr);
    }
    assert_true(found);
    json_decref(doc);
    clas_evaluation_free(ev);
    clas_dossier_free(d);
}

static void rapport(void **state)
{
    const clas_regles *r = *state;
    clas_campagne *camp = NULL;
    assert_clas_ok(clas_campagne_new(&camp, "51", "2025-2026"));
    assert_clas_ok(clas_campagne_set_nom(camp, "Appel à projets Clas Marne 2025-2026"));
    clas_dossier *a = testutil_dossier_eligible(1000000); /* case A */
    clas_dossier *b = testutil_dossier_eligible(600000);  /* case B */
    assert_clas_ok(clas_dossier_set_id(b, "D2"));
    assert_clas_ok(clas_porteur_set_id(clas_dossier_get_porteur(b), "P2"));
    assert_clas_ok(clas_porteur_set_nom(clas_dossier_get_porteur(b), "Mairie de Châlons"));
    assert_clas_ok(clas_porteur_set_type(clas_dossier_get_porteur(b), CLAS_PORTEUR_SERVICE_MUNICIPAL));
    assert_clas_ok(clas_campagne_add_dossier(NULL, camp, a));
    assert_clas_ok(clas_campagne_add_dossier(NULL, camp, b));
    clas_rapport *rap = NULL;
    assert_clas_ok(clas_rapport_new(&rap, r, camp, 0));
    char *text = NULL;
    assert_clas_ok(clas_rapport_to_json(&text, rap, camp, 0));
    assert_null(strchr(text, '\n'));
    json_t *doc = parse(text);
    clas_free(text);

    assert_string_equal(str_at(doc, "format"), "clas-rapport/1");
    assert_string_equal(str_at(doc, "producteur.regles_sha256"), clas_regles_hash(r));
    assert_string_equal(str_at(doc, "departement"), "51");
    assert_string_equal(str_at(doc, "nom"), "Appel à projets Clas Marne 2025-2026");
    json_t *ds = json_object_get(doc, "dossiers");
    assert_int_equal(json_array_size(ds), 2);
    json_t *d2 = json_array_get(ds, 1);
    assert_string_equal(str_at(d2, "dossier"), "D2");
    assert_string_equal(str_at(d2, "porteur.id"), "P2");
    assert_string_equal(str_at(d2, "porteur.nom"), "Mairie de Châlons");
    assert_string_equal(str_at(d2, "porteur.type"), "service_municipal");
    assert_null(json_object_get(d2, "format"));
    assert_null(json_object_get(d2, "producteur"));
    assert_string_equal(str_at(d2, "totaux.ps"), "1980.00");
    assert_string_equal(str_at(json_array_get(ds, 0), "totaux.ps"), "2800.70");

    json_t *t = json_object_get(doc, "totaux");
    assert_int_equal(json_object_size(t), CLAS_TOTAL_COUNT);
    assert_int_equal(json_integer_value(json_object_get(t, "dossiers")), 2);
    assert_int_equal(json_integer_value(json_object_get(t, "porteurs")), 2);
    assert_int_equal(json_integer_value(json_object_get(t, "collectifs_eligibles")), 2);
    assert_int_equal(json_integer_value(json_object_get(t, "enfants")), 20);
    assert_string_equal(str_at(t, "ps"), "4780.70");
    assert_string_equal(str_at(t, "montant"), "4780.70");

    assert_clas_status(clas_rapport_to_json(&text, rap, NULL, 0), CLAS_EINVAL);
    json_decref(doc);
    clas_rapport_free(rap);
    clas_dossier_free(a);
    clas_dossier_free(b);
    clas_campagne_free(camp);
}

static void arguments(void **state)
{
    (void)state;
    char *text = NULL;
    assert_clas_status(clas_evaluation_to_json(&text, NULL, 0), CLAS_EINVAL);
    assert_clas_status(clas_evaluation_to_json(NULL, NULL, 0), CLAS_EINVAL);
    assert_null(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(case_a_amounts_and_provenance),
        cmocka_unit_test(case_c_bonuses_and_no_trace),
        cmocka_unit_test(case_d_constat),
        cmocka_unit_test(rapport),
        cmocka_unit_test(arguments),
    };
    return cmocka_run_group_tests_name("json_results", tests, testutil_regles_setup, testutil_regles_teardown);
}
