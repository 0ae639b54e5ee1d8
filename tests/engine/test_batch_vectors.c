/* SPDX-License-Identifier: Apache-2.0 */
/* The batch API on every shared vector: each collectif of a vector's dossier,
 * turned into batch columns, gets the verdict, first blocking code, Ps,
 * bonuses and total of the one-by-one evaluation and of the vector's
 * expectations. Vectors outside the batch's scope (an evaluation error,
 * carry-forward, a dossier-level blocking constat) are skipped, and say so. */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "testutil.h"

#define MAX_COLLECTIFS 64

typedef struct columns {
    int64_t depenses[MAX_COLLECTIFS], autres[MAX_COLLECTIFS];
    int32_t enfants[MAX_COLLECTIFS], intervenants[MAX_COLLECTIFS];
    uint32_t niveaux[MAX_COLLECTIFS];
    uint8_t actions[MAX_COLLECTIFS * CLAS_AXE_COUNT], hors[MAX_COLLECTIFS];
    uint16_t flags[MAX_COLLECTIFS];
    uint8_t verdict[MAX_COLLECTIFS];
    int32_t code[MAX_COLLECTIFS];
    int64_t ps[MAX_COLLECTIFS], bonus[MAX_COLLECTIFS], total[MAX_COLLECTIFS];
} columns;

static uint16_t flags_of(const clas_collectif *c)
{
    static const uint16_t demande[CLAS_BONUS_COUNT] = {CLAS_BATCH_BONUS_ENFANTS_DEMANDE,
                                                       CLAS_BATCH_BONUS_PARENTS_DEMANDE};
    static const uint16_t accorde[CLAS_BONUS_COUNT] = {CLAS_BATCH_BONUS_ENFANTS_ACCORDE,
                                                       CLAS_BATCH_BONUS_PARENTS_ACCORDE};
    static const uint16_t sans_projet[CLAS_BONUS_COUNT] = {CLAS_BATCH_BONUS_ENFANTS_SANS_PROJET,
                                                           CLAS_BATCH_BONUS_PARENTS_SANS_PROJET};
    uint16_t f = 0;
    for (int b = 0; b < CLAS_BONUS_COUNT; b++) {
        int d = clas_collectif_get_bonus_demande(c, (clas_bonus)b), a = clas_collectif_get_bonus_accorde(c, (clas_bonus)b);
        f |= d ? demande[b] : 0;
        f |= a ? accorde[b] : 0;
        f |= (d || a) && !clas_collectif_get_bonus_projet(c, (clas_bonus)b)[0] ? sans_projet[b] : 0;
    }
    f |= clas_collectif_get_decision(c) == CLAS_DECISION_AGREE ? CLAS_BATCH_AGREE : 0;
    f |= clas_collectif_get_decision(c) == CLAS_DECISION_REFUSE ? CLAS_BATCH_REFUSE : 0;
    f |= clas_collectif_num_financements(c) > 0 ? CLAS_BATCH_FINANCEMENTS_DECLARES : 0;
    size_t enfants = 0, aide = 0;
    for (size_t i = 0; i < clas_collectif_num_actions(c); i++) {
        clas_action a = clas_collectif_get_action(c, i);
        enfants += clas_action_axe(a) == CLAS_AXE_ENFANTS;
        aide += a == CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE;
    }
    f |= enfants > 0 && aide == enfants ? CLAS_BATCH_AIDE_DEVOIRS_SEULE : 0;
    return f;
}

static void fill(columns *col, size_t i, const clas_collectif *c)
{
    col->depenses[i] = clas_collectif_get_depenses(c);
    col->autres[i] = 0;
    for (size_t k = 0; k < clas_collectif_num_financements(c); k++)
        col->autres[i] += clas_collectif_get_financement_montant(c, k);
    col->enfants[i] = (int32_t)clas_collectif_get(c, CLAS_CHAMP_NB_ENFANTS);
    col->intervenants[i] = (int32_t)(clas_collectif_get(c, CLAS_CHAMP_NB_INTERVENANTS_SALARIES) +
                                     clas_collectif_get(c, CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES));
    col->niveaux[i] = clas_collectif_get_niveaux(c);
    for (int a = 0; a < CLAS_AXE_COUNT; a++) {
        size_t n = clas_collectif_num_actions_axe(c, (clas_axe)a);
        col->actions[i * CLAS_AXE_COUNT + (size_t)a] = (uint8_t)(n > 255 ? 255 : n);
    }
    col->hors[i] = (uint8_t)clas_collectif_get(c, CLAS_CHAMP_HORS_TEMPS_SCOLAIRE);
    col->flags[i] = flags_of(c);
}

static int32_t first_blocking(const clas_evaluation *ev, size_t i)
{
    for (size_t j = 0; j < clas_evaluation_num_collectif_constats(ev, i); j++) {
        const clas_constat *k = clas_evaluation_get_collectif_constat(ev, i, j);
        if (clas_constat_get_severity(k) == CLAS_SEVERITY_BLOCKING)
            return (int32_t)clas_constat_get_code(k);
    }
    return CLAS_BATCH_NO_CODE;
}

static int add_doc(clas_regles_builder *b, json_t *doc, const char *origin)
{
    char *text = json_dumps(doc, JSON_COMPACT);
    int st = text ? clas_regles_builder_add_json(b, text, strlen(text), origin, CLAS_REGLES_REPLACE) : CLAS_ENOMEM;
    free(text);
    return st;
}

/* Runs one vector; returns 1 if it was in the batch's scope, 0 if skipped. */
static int run_vector(json_t *v, const char *name)
{
    json_t *attendu = json_object_get(v, "attendu");
    json_t *options = json_object_get(v, "options");
    if (!json_is_null(json_object_get(attendu, "erreur")) || json_is_object(json_object_get(attendu, "erreur_chargement")) ||
        json_is_true(json_object_get(options, "carry_forward")))
        return 0;

    clas_regles_builder *builder = NULL;
    clas_regles *regles = NULL;
    assert_clas_ok(clas_regles_builder_new(&builder));
    assert_clas_ok(clas_regles_builder_add_defaults(builder, 0));
    if (json_is_object(json_object_get(v, "regles")))
        assert_clas_ok(add_doc(builder, json_object_get(v, "regles"), name));
    json_t *cadre_doc = json_object_get(v, "cadre");
    if (json_is_object(cadre_doc)) {
        json_t *doc = json_pack("{s:s, s:[], s:[O]}", "format", "clas-regles/1", "baremes", "cadres", cadre_doc);
        assert_clas_ok(add_doc(builder, doc, name));
        json_decref(doc);
    }
    assert_clas_ok(clas_regles_builder_build(&regles, builder));

    char *text = json_dumps(json_object_get(v, "dossier"), JSON_COMPACT);
    clas_dossier *d = NULL;
    assert_clas_ok(clas_dossier_from_json(&d, text, strlen(text), name));
    free(text);
    const clas_cadre *cadre = NULL;
    const clas_bareme *bareme = NULL;
    const char *dept = json_is_object(cadre_doc) ? json_string_value(json_object_get(cadre_doc, "departement"))
                                                 : clas_dossier_get_departement(d);
    assert_clas_ok(clas_regles_find_cadre(&cadre, regles, dept, clas_dossier_get_annee_scolaire(d)));
    assert_clas_ok(clas_regles_find_bareme(&bareme, NULL, regles, clas_dossier_get_annee_scolaire(d), 0));

    clas_evaluation *ev = NULL;
    assert_clas_ok(clas_evaluate(&ev, regles, cadre, d, 0));
    int in_scope = 1;
    for (size_t i = 0; i < clas_evaluation_num_constats(ev); i++) {
        const clas_constat *k = clas_evaluation_get_constat(ev, i);
        if (clas_constat_get_collectif_index(k) < 0 && clas_constat_get_severity(k) == CLAS_SEVERITY_BLOCKING)
            in_scope = 0; /* dossier-level rules are outside the batch */
        /* So are the rules it has no column for (frequency, cycles, kinds of parents actions). */
        clas_regle regle = clas_constat_get_regle(k);
        if (clas_constat_get_severity(k) == CLAS_SEVERITY_BLOCKING &&
            (regle == CLAS_REGLE_FREQUENCE || regle == CLAS_REGLE_COMPOSITION ||
             clas_constat_get_code(k) == CLAS_CODE_SOCLE_PARENTS_INSUFFISANT ||
             clas_constat_get_code(k) == CLAS_CODE_SOCLE_PARENTS_ACTION_MANQUANTE))
            in_scope = 0;
    }
    /* The consequence options are not applied by the batch. */
    if (clas_cadre_get_seuil(cadre, CLAS_SEUIL_SURFINANCEMENT_ECRETE) != 0)
        in_scope = 0;
    size_t n = clas_dossier_num_collectifs(d);
    assert_true(n <= MAX_COLLECTIFS);
    if (in_scope && n > 0) {
        columns *col = calloc(1, sizeof *col);
        assert_non_null(col);
        for (size_t i = 0; i < n; i++)
            fill(col, i, clas_dossier_get_collectif_const(d, i));
        clas_batch_entrees in = CLAS_BATCH_ENTREES_INIT;
        in.n = n;
        in.depenses = col->depenses;
        in.autres_financements = col->autres;
        in.nb_enfants = col->enfants;
        in.nb_intervenants = col->intervenants;
        in.niveaux = col->niveaux;
        in.actions = col->actions;
        in.hors_temps = col->hors;
        in.flags = col->flags;
        clas_batch_sorties out = CLAS_BATCH_SORTIES_INIT;
        out.verdict = col->verdict;
        out.code = col->code;
        out.ps = col->ps;
        out.bonus = col->bonus;
        out.total = col->total;
        assert_clas_ok(clas_batch_evaluate(&out, bareme, cadre, &in));

        json_t *expected = json_object_get(attendu, "collectifs");
        for (size_t i = 0; i < n; i++) {
            if (col->verdict[i] != clas_evaluation_get_collectif_verdict(ev, i) ||
                col->code[i] != first_blocking(ev, i) ||
                col->ps[i] != clas_evaluation_get_montant(ev, i, CLAS_MONTANT_PS) ||
                col->bonus[i] != clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_ENFANTS) +
                                     clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_PARENTS) ||
                col->total[i] != clas_evaluation_get_montant(ev, i, CLAS_MONTANT_TOTAL))
                fail_msg("%s, collectif %zu: batch differs from the evaluation", name, i);
            /* And from what the vector says, where it says it. */
            json_t *want = json_array_get(expected, i);
            const char *verdict = json_string_value(json_object_get(want, "verdict"));
            if (verdict)
                assert_string_equal(clas_verdict_name((clas_verdict)col->verdict[i]), verdict);
            const char *ps = json_string_value(json_object_get(json_object_get(want, "montants"), "ps"));
            clas_cents cents = 0;
            if (ps) {
                assert_clas_ok(clas_cents_parse(&cents, ps));
                assert_int_equal(col->ps[i], cents);
            }
            const char *total = json_string_value(json_object_get(json_object_get(want, "montants"), "total"));
            if (total) {
                assert_clas_ok(clas_cents_parse(&cents, total));
                assert_int_equal(col->total[i], cents);
            }
        }
        free(col);
    }
    clas_evaluation_free(ev);
    clas_dossier_free(d);
    clas_regles_unref(regles);
    clas_regles_builder_free(builder);
    return in_scope && n > 0;
}

typedef struct tally {
    int ran, skipped;
} tally;

static void count_vector(json_t *vector, const char *name, void *data)
{
    tally *t = data;
    if (run_vector(vector, name))
        t->ran++;
    else
        t->skipped++;
}

static void test_every_vector(void **state)
{
    (void)state;
    tally t = {0, 0};
    testutil_for_each_vector(count_vector, &t);
    print_message("# batch on %d vectors, %d outside its scope\n", t.ran, t.skipped);
    assert_true(t.ran >= 50);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_vector),
    };
    return cmocka_run_group_tests_name("batch_vectors", tests, NULL, NULL);
}
