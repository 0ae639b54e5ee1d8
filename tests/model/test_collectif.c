/* SPDX-License-Identifier: Apache-2.0 */
/* The collectif: defaults, each range boundary, levels, funding lines,
 * actions, bonuses, decision and bilan; refusals leave it unchanged. */
#include "testutil.h"
#include "model/model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct fixture {
    clas_dossier *dossier;
    clas_collectif *c;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    if (!f || clas_dossier_new(&f->dossier, "2025-2026") != CLAS_OK ||
        clas_dossier_add_collectif(&f->c, f->dossier, "C1") != CLAS_OK) {
        free(f);
        return -1;
    }
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    clas_dossier_free(f->dossier);
    free(f);
    return 0;
}

static clas_collectif *coll(void **state) { return ((fixture *)*state)->c; }

static void test_defaults(void **state)
{
    clas_collectif *c = coll(state);
    assert_string_equal(clas_collectif_get_id(c), "C1");
    assert_string_equal(clas_collectif_get_nom(c), "");
    assert_int_equal(clas_collectif_get_niveaux(c), 0);
    for (int n = 0; n < CLAS_NIVEAU_COUNT; n++)
        assert_false(clas_collectif_has_niveau(c, (clas_niveau)n));
    for (int k = 0; k < CLAS_CHAMP_COUNT; k++)
        assert_int_equal(clas_collectif_get(c, (clas_champ)k), 0); /* out of school time: not declared */
    assert_int_equal(clas_collectif_get_depenses(c), 0);
    assert_int_equal(clas_collectif_num_financements(c), 0);
    assert_int_equal(clas_collectif_num_actions(c), 0);
    for (int a = 0; a < CLAS_AXE_COUNT; a++)
        assert_int_equal(clas_collectif_num_actions_axe(c, (clas_axe)a), 0);
    for (int b = 0; b < CLAS_BONUS_COUNT; b++) {
        assert_false(clas_collectif_get_bonus_demande(c, (clas_bonus)b));
        assert_false(clas_collectif_get_bonus_accorde(c, (clas_bonus)b));
        assert_string_equal(clas_collectif_get_bonus_projet(c, (clas_bonus)b), "");
    }
    assert_int_equal(clas_collectif_get_decision(c), CLAS_DECISION_EN_ATTENTE);
    assert_string_equal(clas_collectif_get_decision_motif(c), "");
    assert_int_equal(clas_collectif_get_acomptes_verses(c), 0);
    assert_false(clas_collectif_has_bilan(c));
    for (int k = 0; k < CLAS_BILAN_CHAMP_COUNT; k++)
        assert_int_equal(clas_collectif_get_bilan(c, (clas_bilan_champ)k), 0);
}

static void test_nom(void **state)
{
    clas_collectif *c = coll(state);
    assert_clas_ok(clas_collectif_set_nom(c, "Primaire — groupe du mardi"));
    assert_string_equal(clas_collectif_get_nom(c), "Primaire — groupe du mardi");
    assert_clas_status(clas_collectif_set_nom(c, "bad \xe2\x82"), CLAS_EUTF8);
    assert_clas_status(clas_collectif_set_nom(c, "\xf4\x90\x80\x80"), CLAS_EUTF8);
    assert_clas_status(clas_collectif_set_nom(c, NULL), CLAS_EINVAL);
    assert_clas_status(clas_collectif_set_nom(NULL, "x"), CLAS_EINVAL);
    assert_string_equal(clas_collectif_get_nom(c), "Primaire — groupe du mardi");
    assert_clas_ok(clas_collectif_set_nom(c, ""));
    assert_string_equal(clas_collectif_get_nom(c), "");
}

typedef struct range_case {
    clas_champ champ;
    int64_t max;
} range_case;

static void test_champ_ranges(void **state)
{
    clas_collectif *c = coll(state);
    static const range_case cases[] = {
        {CLAS_CHAMP_NB_ENFANTS, 100000},
        {CLAS_CHAMP_NB_INTERVENANTS_SALARIES, 100000},
        {CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, 100000},
        {CLAS_CHAMP_SEANCES_PAR_SEMAINE, 50},
        {CLAS_CHAMP_MINUTES_PAR_SEANCE, 1440},
        {CLAS_CHAMP_NB_SEMAINES, 53},
        {CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1},
        {CLAS_CHAMP_QPV, 1},
        {CLAS_CHAMP_EDUCATION_PRIORITAIRE, CLAS_EDUCATION_PRIORITAIRE_REP_PLUS},
        {CLAS_CHAMP_ZONE_RURALE, 1},
    };
    assert_int_equal(sizeof cases / sizeof cases[0], CLAS_CHAMP_COUNT);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        clas_champ k = cases[i].champ;
        assert_clas_ok(clas_collectif_set(c, k, 0));
        assert_int_equal(clas_collectif_get(c, k), 0);
        assert_clas_ok(clas_collectif_set(c, k, cases[i].max));
        assert_int_equal(clas_collectif_get(c, k), cases[i].max);
        assert_clas_status(clas_collectif_set(c, k, cases[i].max + 1), CLAS_ERANGE);
        assert_int_equal(clas_collectif_get(c, k), cases[i].max);
        char want[128];
        snprintf(want, sizeof want, "collectif C1: %s", clas_champ_name(k));
        assert_string_equal(clas_error_last_location(), want);
        assert_string_not_equal(clas_error_last_message(), "");
        assert_clas_status(clas_collectif_set(c, k, -1), CLAS_ERANGE);
        assert_clas_status(clas_collectif_set(c, k, INT64_MIN), CLAS_ERANGE);
        assert_clas_status(clas_collectif_set(c, k, INT64_MAX), CLAS_ERANGE);
        assert_int_equal(clas_collectif_get(c, k), cases[i].max);
    }
    assert_clas_status(clas_collectif_set(c, CLAS_CHAMP_COUNT, 1), CLAS_EINVAL);
    assert_clas_status(clas_collectif_set(c, (clas_champ)-1, 1), CLAS_EINVAL);
    assert_clas_status(clas_collectif_set(NULL, CLAS_CHAMP_NB_ENFANTS, 1), CLAS_EINVAL);
    assert_int_equal(clas_collectif_get(c, CLAS_CHAMP_COUNT), 0);
}

static void test_amounts(void **state)
{
    clas_collectif *c = coll(state);
    assert_clas_ok(clas_collectif_set_depenses(c, 0));
    assert_clas_ok(clas_collectif_set_depenses(c, CLAS_CENTS_MAX));
    assert_int_equal(clas_collectif_get_depenses(c), CLAS_CENTS_MAX);
    assert_clas_status(clas_collectif_set_depenses(c, CLAS_CENTS_MAX + 1), CLAS_ERANGE);
    assert_string_equal(clas_error_last_location(), "collectif C1: depenses");
    assert_clas_status(clas_collectif_set_depenses(c, -1), CLAS_ERANGE);
    assert_int_equal(clas_collectif_get_depenses(c), CLAS_CENTS_MAX);
    assert_clas_ok(clas_collectif_set_depenses(c, 1000070));
    assert_int_equal(clas_collectif_get_depenses(c), 1000070);
    assert_clas_status(clas_collectif_set_depenses(NULL, 1), CLAS_EINVAL);

    assert_clas_ok(clas_collectif_set_acomptes_verses(c, 0));
    assert_clas_ok(clas_collectif_set_acomptes_verses(c, CLAS_CENTS_MAX));
    assert_clas_status(clas_collectif_set_acomptes_verses(c, CLAS_CENTS_MAX + 1), CLAS_ERANGE);
    assert_clas_status(clas_collectif_set_acomptes_verses(c, -1), CLAS_ERANGE);
    assert_int_equal(clas_collectif_get_acomptes_verses(c), CLAS_CENTS_MAX);
    assert_clas_ok(clas_collectif_set_acomptes_verses(c, 280070));
    assert_int_equal(clas_collectif_get_acomptes_verses(c), 280070);
    assert_clas_status(clas_collectif_set_acomptes_verses(NULL, 1), CLAS_EINVAL);
}

static void test_niveaux(void **state)
{
    clas_collectif *c = coll(state);
    assert_clas_ok(clas_collectif_add_niveau(c, CLAS_NIVEAU_CM1));
    assert_clas_ok(clas_collectif_add_niveau(c, CLAS_NIVEAU_CM1));
    assert_clas_ok(clas_collectif_add_niveau(c, CLAS_NIVEAU_SUPERIEUR));
    assert_clas_ok(clas_collectif_add_niveau(c, CLAS_NIVEAU_PS));
    assert_true(clas_collectif_has_niveau(c, CLAS_NIVEAU_CM1));
    assert_false(clas_collectif_has_niveau(c, CLAS_NIVEAU_CM2));
    assert_int_equal(clas_collectif_get_niveaux(c),
                     (1u << CLAS_NIVEAU_CM1) | (1u << CLAS_NIVEAU_SUPERIEUR) | (1u << CLAS_NIVEAU_PS));
    assert_clas_ok(clas_collectif_remove_niveau(c, CLAS_NIVEAU_SUPERIEUR));
    assert_clas_ok(clas_collectif_remove_niveau(c, CLAS_NIVEAU_SUPERIEUR));
    assert_false(clas_collectif_has_niveau(c, CLAS_NIVEAU_SUPERIEUR));
    assert_int_equal(clas_collectif_get_niveaux(c), (1u << CLAS_NIVEAU_CM1) | (1u << CLAS_NIVEAU_PS));

    assert_clas_status(clas_collectif_add_niveau(c, CLAS_NIVEAU_COUNT), CLAS_EINVAL);
    assert_clas_status(clas_collectif_add_niveau(c, (clas_niveau)-1), CLAS_EINVAL);
    assert_clas_status(clas_collectif_remove_niveau(c, CLAS_NIVEAU_COUNT), CLAS_EINVAL);
    assert_false(clas_collectif_has_niveau(c, CLAS_NIVEAU_COUNT));
    assert_clas_status(clas_collectif_add_niveau(NULL, CLAS_NIVEAU_CP), CLAS_EINVAL);
    assert_clas_status(clas_collectif_remove_niveau(NULL, CLAS_NIVEAU_CP), CLAS_EINVAL);

    const uint32_t all = (1u << CLAS_NIVEAU_COUNT) - 1;
    assert_clas_ok(clas_collectif_set_niveaux(c, all));
    assert_int_equal(clas_collectif_get_niveaux(c), all);
    assert_clas_status(clas_collectif_set_niveaux(c, 1u << CLAS_NIVEAU_COUNT), CLAS_EINVAL);
    assert_clas_status(clas_collectif_set_niveaux(c, UINT32_MAX), CLAS_EINVAL);
    assert_int_equal(clas_collectif_get_niveaux(c), all);
    assert_clas_ok(clas_collectif_set_niveaux(c, 0));
    assert_int_equal(clas_collectif_get_niveaux(c), 0);
    assert_clas_status(clas_collectif_set_niveaux(NULL, 0), CLAS_EINVAL);
}

static void test_financements(void **state)
{
    clas_collectif *c = coll(state);
    assert_clas_ok(clas_collectif_add_financement(c, "Ville de Reims", 150000));
    assert_clas_ok(clas_collectif_add_financement(c, "Département", 0));
    assert_clas_ok(clas_collectif_add_financement(c, "État", CLAS_CENTS_MAX));
    assert_int_equal(clas_collectif_num_financements(c), 3);

    assert_clas_status(clas_collectif_add_financement(c, "Trop", CLAS_CENTS_MAX + 1), CLAS_ERANGE);
    assert_clas_status(clas_collectif_add_financement(c, "Négatif", -1), CLAS_ERANGE);
    assert_clas_status(clas_collectif_add_financement(c, "bad \xff", 1), CLAS_EUTF8);
    assert_clas_status(clas_collectif_add_financement(c, NULL, 1), CLAS_EINVAL);
    assert_clas_status(clas_collectif_add_financement(NULL, "x", 1), CLAS_EINVAL);
    assert_int_equal(clas_collectif_num_financements(c), 3);

    assert_string_equal(clas_collectif_get_financement_libelle(c, 0), "Ville de Reims");
    assert_int_equal(clas_collectif_get_financement_montant(c, 0), 150000);
    assert_string_equal(clas_collectif_get_financement_libelle(c, 1), "Département");
    assert_int_equal(clas_collectif_get_financement_montant(c, 1), 0);
    assert_string_equal(clas_collectif_get_financement_libelle(c, 2), "État");
    assert_int_equal(clas_collectif_get_financement_montant(c, 2), CLAS_CENTS_MAX);
    assert_null(clas_collectif_get_financement_libelle(c, 3));
    assert_int_equal(clas_collectif_get_financement_montant(c, 3), 0);

    for (int i = 0; i < 100; i++)
        assert_clas_ok(clas_collectif_add_financement(c, "CAF", i));
    assert_int_equal(clas_collectif_num_financements(c), 103);
    assert_int_equal(clas_collectif_get_financement_montant(c, 102), 99);
}

static void test_actions(void **state)
{
    clas_collectif *c = coll(state);
    assert_clas_ok(clas_collectif_add_action(c, CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE, NULL));
    assert_clas_ok(clas_collectif_add_action(c, CLAS_ACTION_ENFANTS_ENTRAIDE, "en binômes"));
    assert_clas_ok(clas_collectif_add_action(c, CLAS_ACTION_PARENTS_CONVIVIALITE, ""));
    assert_clas_ok(clas_collectif_add_action(c, CLAS_ACTION_TERRITOIRE_AUTRE, "Partenariat avec la médiathèque"));
    assert_int_equal(clas_collectif_num_actions(c), 4);
    assert_int_equal(clas_collectif_num_actions_axe(c, CLAS_AXE_ENFANTS), 2);
    assert_int_equal(clas_collectif_num_actions_axe(c, CLAS_AXE_PARENTS), 1);
    assert_int_equal(clas_collectif_num_actions_axe(c, CLAS_AXE_ECOLE), 0);
    assert_int_equal(clas_collectif_num_actions_axe(c, CLAS_AXE_TERRITOIRE), 1);
    assert_int_equal(clas_collectif_num_actions_axe(c, CLAS_AXE_COUNT), 0);

    assert_int_equal(clas_collectif_get_action(c, 0), CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE);
    assert_string_equal(clas_collectif_get_action_texte(c, 0), "");
    assert_string_equal(clas_collectif_get_action_texte(c, 1), "en binômes");
    assert_string_equal(clas_collectif_get_action_texte(c, 2), "");
    assert_int_equal(clas_collectif_get_action(c, 3), CLAS_ACTION_TERRITOIRE_AUTRE);
    assert_string_equal(clas_collectif_get_action_texte(c, 3), "Partenariat avec la médiathèque");
    assert_int_equal(clas_collectif_get_action(c, 4), CLAS_ACTION_COUNT);
    assert_null(clas_collectif_get_action_texte(c, 4));

    /* "autre" needs a text; unknown actions and bad text are refused. */
    static const clas_action autres[] = {CLAS_ACTION_ENFANTS_AUTRE, CLAS_ACTION_PARENTS_AUTRE,
                                         CLAS_ACTION_ECOLE_AUTRE, CLAS_ACTION_TERRITOIRE_AUTRE};
    for (size_t i = 0; i < 4; i++) {
        assert_clas_status(clas_collectif_add_action(c, autres[i], NULL), CLAS_EINVAL);
        assert_clas_status(clas_collectif_add_action(c, autres[i], ""), CLAS_EINVAL);
    }
    assert_string_equal(clas_error_last_location(), "collectif C1: actions");
    assert_clas_status(clas_collectif_add_action(c, CLAS_ACTION_COUNT, NULL), CLAS_EINVAL);
    assert_clas_status(clas_collectif_add_action(c, (clas_action)-1, "x"), CLAS_EINVAL);
    assert_clas_status(clas_collectif_add_action(c, CLAS_ACTION_ECOLE_AUTRE, "\xc0\x80"), CLAS_EUTF8);
    assert_clas_status(clas_collectif_add_action(NULL, CLAS_ACTION_ECOLE_DIAGNOSTIC_PARTAGE, NULL), CLAS_EINVAL);
    assert_int_equal(clas_collectif_num_actions(c), 4);
    assert_int_equal(clas_collectif_num_actions_axe(c, CLAS_AXE_ECOLE), 0);
    assert_int_equal(clas_collectif_num_actions_axe(c, CLAS_AXE_TERRITOIRE), 1);

    /* Every catalogue action lands on its own axis. */
    for (int a = 0; a < CLAS_ACTION_COUNT; a++)
        assert_clas_ok(clas_collectif_add_action(c, (clas_action)a, "texte"));
    assert_int_equal(clas_collectif_num_actions(c), 4 + CLAS_ACTION_COUNT);
    assert_int_equal(clas_collectif_num_actions_axe(c, CLAS_AXE_ENFANTS), 2 + 6);
    assert_int_equal(clas_collectif_num_actions_axe(c, CLAS_AXE_PARENTS), 1 + 6);
    assert_int_equal(clas_collectif_num_actions_axe(c, CLAS_AXE_ECOLE), 0 + 4);
    assert_int_equal(clas_collectif_num_actions_axe(c, CLAS_AXE_TERRITOIRE), 1 + 4);
}

static void test_bonus(void **state)
{
    clas_collectif *c = coll(state);
    assert_clas_ok(clas_collectif_set_bonus_demande(c, CLAS_BONUS_ENFANTS, 1, "Sorties culturelles mensuelles"));
    assert_true(clas_collectif_get_bonus_demande(c, CLAS_BONUS_ENFANTS));
    assert_false(clas_collectif_get_bonus_demande(c, CLAS_BONUS_PARENTS));
    assert_string_equal(clas_collectif_get_bonus_projet(c, CLAS_BONUS_ENFANTS), "Sorties culturelles mensuelles");
    assert_string_equal(clas_collectif_get_bonus_projet(c, CLAS_BONUS_PARENTS), "");

    assert_clas_status(clas_collectif_set_bonus_demande(c, CLAS_BONUS_ENFANTS, 0, "\xff"), CLAS_EUTF8);
    assert_true(clas_collectif_get_bonus_demande(c, CLAS_BONUS_ENFANTS));
    assert_string_equal(clas_collectif_get_bonus_projet(c, CLAS_BONUS_ENFANTS), "Sorties culturelles mensuelles");
    assert_clas_status(clas_collectif_set_bonus_demande(c, CLAS_BONUS_COUNT, 1, NULL), CLAS_EINVAL);
    assert_clas_status(clas_collectif_set_bonus_demande(c, (clas_bonus)-1, 1, NULL), CLAS_EINVAL);
    assert_clas_status(clas_collectif_set_bonus_demande(NULL, CLAS_BONUS_ENFANTS, 1, NULL), CLAS_EINVAL);

    assert_clas_ok(clas_collectif_set_bonus_demande(c, CLAS_BONUS_ENFANTS, 0, NULL));
    assert_false(clas_collectif_get_bonus_demande(c, CLAS_BONUS_ENFANTS));
    assert_string_equal(clas_collectif_get_bonus_projet(c, CLAS_BONUS_ENFANTS), "");
    assert_clas_ok(clas_collectif_set_bonus_demande(c, CLAS_BONUS_PARENTS, 1, ""));
    assert_true(clas_collectif_get_bonus_demande(c, CLAS_BONUS_PARENTS));
    assert_string_equal(clas_collectif_get_bonus_projet(c, CLAS_BONUS_PARENTS), "");

    assert_clas_ok(clas_collectif_set_bonus_accorde(c, CLAS_BONUS_PARENTS, 1));
    assert_true(clas_collectif_get_bonus_accorde(c, CLAS_BONUS_PARENTS));
    assert_false(clas_collectif_get_bonus_accorde(c, CLAS_BONUS_ENFANTS));
    assert_clas_ok(clas_collectif_set_bonus_accorde(c, CLAS_BONUS_PARENTS, 0));
    assert_false(clas_collectif_get_bonus_accorde(c, CLAS_BONUS_PARENTS));
    assert_clas_status(clas_collectif_set_bonus_accorde(c, CLAS_BONUS_COUNT, 1), CLAS_EINVAL);
    assert_clas_status(clas_collectif_set_bonus_accorde(NULL, CLAS_BONUS_PARENTS, 1), CLAS_EINVAL);
    assert_false(clas_collectif_get_bonus_accorde(c, CLAS_BONUS_COUNT));
    assert_false(clas_collectif_get_bonus_demande(c, CLAS_BONUS_COUNT));
    assert_string_equal(clas_collectif_get_bonus_projet(c, CLAS_BONUS_COUNT), "");
}

static void test_decision(void **state)
{
    clas_collectif *c = coll(state);
    assert_clas_ok(clas_collectif_set_decision(c, CLAS_DECISION_REFUSE, "Hors temps scolaire non respecté"));
    assert_int_equal(clas_collectif_get_decision(c), CLAS_DECISION_REFUSE);
    assert_string_equal(clas_collectif_get_decision_motif(c), "Hors temps scolaire non respecté");
    assert_clas_status(clas_collectif_set_decision(c, (clas_decision)3, NULL), CLAS_EINVAL);
    assert_clas_status(clas_collectif_set_decision(c, (clas_decision)-1, NULL), CLAS_EINVAL);
    assert_clas_status(clas_collectif_set_decision(c, CLAS_DECISION_AGREE, "\xed\xbf\xbf"), CLAS_EUTF8);
    assert_clas_status(clas_collectif_set_decision(NULL, CLAS_DECISION_AGREE, NULL), CLAS_EINVAL);
    assert_int_equal(clas_collectif_get_decision(c), CLAS_DECISION_REFUSE);
    assert_string_equal(clas_collectif_get_decision_motif(c), "Hors temps scolaire non respecté");
    assert_clas_ok(clas_collectif_set_decision(c, CLAS_DECISION_AGREE, NULL));
    assert_int_equal(clas_collectif_get_decision(c), CLAS_DECISION_AGREE);
    assert_string_equal(clas_collectif_get_decision_motif(c), "");
    assert_clas_ok(clas_collectif_set_decision(c, CLAS_DECISION_EN_ATTENTE, ""));
    assert_int_equal(clas_collectif_get_decision(c), CLAS_DECISION_EN_ATTENTE);
}

static void test_bilan(void **state)
{
    clas_collectif *c = coll(state);
    /* A refused value does not create a bilan. */
    assert_clas_status(clas_collectif_set_bilan(c, CLAS_BILAN_NB_ENFANTS, -1), CLAS_ERANGE);
    assert_false(clas_collectif_has_bilan(c));

    for (int k = 0; k < CLAS_BILAN_CHAMP_COUNT; k++) {
        clas_bilan_champ champ = (clas_bilan_champ)k;
        int64_t max = 1000000;
        if (champ == CLAS_BILAN_DEPENSES_REELLES || champ == CLAS_BILAN_FINANCEMENTS_REELS)
            max = CLAS_CENTS_MAX;
        else if (champ == CLAS_BILAN_TAUX_PRESENCE)
            max = CLAS_TAUX_UN;
        assert_clas_ok(clas_collectif_set_bilan(c, champ, 0));
        assert_true(clas_collectif_has_bilan(c));
        assert_clas_ok(clas_collectif_set_bilan(c, champ, max));
        assert_int_equal(clas_collectif_get_bilan(c, champ), max);
        assert_clas_status(clas_collectif_set_bilan(c, champ, max + 1), CLAS_ERANGE);
        assert_non_null(strstr(clas_error_last_location(), "collectif C1: "));
        assert_clas_status(clas_collectif_set_bilan(c, champ, -1), CLAS_ERANGE);
        assert_int_equal(clas_collectif_get_bilan(c, champ), max);
    }
    assert_clas_status(clas_collectif_set_bilan(c, CLAS_BILAN_CHAMP_COUNT, 1), CLAS_EINVAL);
    assert_clas_status(clas_collectif_set_bilan(NULL, CLAS_BILAN_NB_ENFANTS, 1), CLAS_EINVAL);
    assert_int_equal(clas_collectif_get_bilan(c, CLAS_BILAN_CHAMP_COUNT), 0);

    assert_clas_ok(clas_collectif_set_bilan(c, CLAS_BILAN_TAUX_PRESENCE, 875000));
    assert_int_equal(clas_collectif_get_bilan(c, CLAS_BILAN_TAUX_PRESENCE), 875000);
    clas_collectif_clear_bilan(c);
    assert_false(clas_collectif_has_bilan(c));
    for (int k = 0; k < CLAS_BILAN_CHAMP_COUNT; k++)
        assert_int_equal(clas_collectif_get_bilan(c, (clas_bilan_champ)k), 0);
    /* After clearing, a new bilan starts from zeros. */
    assert_clas_ok(clas_collectif_set_bilan(c, CLAS_BILAN_NB_SEANCES, 60));
    assert_true(clas_collectif_has_bilan(c));
    assert_int_equal(clas_collectif_get_bilan(c, CLAS_BILAN_NB_SEANCES), 60);
    assert_int_equal(clas_collectif_get_bilan(c, CLAS_BILAN_TAUX_PRESENCE), 0);
    clas_collectif_clear_bilan(NULL);
}

static void test_copy_into_and_destroy(void **state)
{
    clas_collectif *c = coll(state);
    assert_clas_ok(clas_collectif_set_nom(c, "Groupe"));
    assert_clas_ok(clas_collectif_add_financement(c, "Ville", 100));
    assert_clas_ok(clas_collectif_add_action(c, CLAS_ACTION_ECOLE_AUTRE, "Cahier de liaison"));
    assert_clas_ok(clas_collectif_set_bonus_demande(c, CLAS_BONUS_PARENTS, 1, "Café des parents"));
    assert_clas_ok(clas_collectif_set_decision(c, CLAS_DECISION_AGREE, "ok"));
    assert_clas_ok(clas_collectif_set_bilan(c, CLAS_BILAN_NB_FAMILLES, 8));

    clas_collectif *copy = calloc(1, sizeof *copy);
    assert_non_null(copy);
    assert_clas_ok(clas__collectif_copy_into(copy, c));
    assert_string_equal(clas_collectif_get_id(copy), "C1");
    assert_string_equal(clas_collectif_get_nom(copy), "Groupe");
    assert_ptr_not_equal(clas_collectif_get_nom(copy), clas_collectif_get_nom(c));
    assert_string_equal(clas_collectif_get_financement_libelle(copy, 0), "Ville");
    assert_string_equal(clas_collectif_get_action_texte(copy, 0), "Cahier de liaison");
    assert_int_equal(clas_collectif_num_actions_axe(copy, CLAS_AXE_ECOLE), 1);
    assert_string_equal(clas_collectif_get_bonus_projet(copy, CLAS_BONUS_PARENTS), "Café des parents");
    assert_string_equal(clas_collectif_get_decision_motif(copy), "ok");
    assert_int_equal(clas_collectif_get_bilan(copy, CLAS_BILAN_NB_FAMILLES), 8);
    /* The copy grows on its own. */
    assert_clas_ok(clas_collectif_add_financement(copy, "CAF", 200));
    assert_int_equal(clas_collectif_num_financements(copy), 2);
    assert_int_equal(clas_collectif_num_financements(c), 1);
    clas__collectif_destroy(copy);
    clas__collectif_destroy(NULL);
    assert_clas_status(clas__collectif_copy_into(NULL, c), CLAS_EINVAL);
}

static void test_null_getters(void **state)
{
    (void)state;
    assert_string_equal(clas_collectif_get_id(NULL), "");
    assert_string_equal(clas_collectif_get_nom(NULL), "");
    assert_false(clas_collectif_has_niveau(NULL, CLAS_NIVEAU_CP));
    assert_int_equal(clas_collectif_get_niveaux(NULL), 0);
    assert_int_equal(clas_collectif_get(NULL, CLAS_CHAMP_NB_ENFANTS), 0);
    assert_int_equal(clas_collectif_get_depenses(NULL), 0);
    assert_int_equal(clas_collectif_num_financements(NULL), 0);
    assert_null(clas_collectif_get_financement_libelle(NULL, 0));
    assert_int_equal(clas_collectif_get_financement_montant(NULL, 0), 0);
    assert_int_equal(clas_collectif_num_actions(NULL), 0);
    assert_int_equal(clas_collectif_get_action(NULL, 0), CLAS_ACTION_COUNT);
    assert_null(clas_collectif_get_action_texte(NULL, 0));
    assert_int_equal(clas_collectif_num_actions_axe(NULL, CLAS_AXE_ENFANTS), 0);
    assert_false(clas_collectif_get_bonus_demande(NULL, CLAS_BONUS_ENFANTS));
    assert_string_equal(clas_collectif_get_bonus_projet(NULL, CLAS_BONUS_ENFANTS), "");
    assert_int_equal(clas_collectif_get_decision(NULL), CLAS_DECISION_EN_ATTENTE);
    assert_string_equal(clas_collectif_get_decision_motif(NULL), "");
    assert_false(clas_collectif_get_bonus_accorde(NULL, CLAS_BONUS_ENFANTS));
    assert_int_equal(clas_collectif_get_acomptes_verses(NULL), 0);
    assert_int_equal(clas_collectif_get_bilan(NULL, CLAS_BILAN_NB_ENFANTS), 0);
    assert_false(clas_collectif_has_bilan(NULL));
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_defaults), T(test_nom), T(test_champ_ranges), T(test_amounts), T(test_niveaux),
        T(test_financements), T(test_actions), T(test_bonus), T(test_decision), T(test_bilan),
        T(test_copy_into_and_destroy), cmocka_unit_test(test_null_getters),
    };
    return cmocka_run_group_tests_name("collectif", tests, NULL, NULL);
}
