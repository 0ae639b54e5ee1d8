/* SPDX-License-Identifier: Apache-2.0 */
/* Every enumeration name round-trips through its parser; unknown names
 * are refused. */
#include "testutil.h"

#include <string.h>

/* Checks name(i) for 0..count-1, the round trip, NULL beyond the range and
 * CLAS_EINVAL for unknown text. */
#define CHECK_ENUM(type, name_fn, parse_fn, count) \
    do { \
        for (int i_ = 0; i_ < (int)(count); i_++) { \
            const char *n_ = name_fn((type)i_); \
            assert_non_null(n_); \
            type v_ = (type)-1; \
            assert_clas_ok(parse_fn(&v_, n_)); \
            assert_int_equal((int)v_, i_); \
            for (int j_ = 0; j_ < i_; j_++) \
                assert_string_not_equal(n_, name_fn((type)j_)); \
        } \
        assert_null(name_fn((type)(count))); \
        assert_null(name_fn((type)-1)); \
        type w_ = (type)0; \
        assert_clas_status(parse_fn(&w_, "no-such-name"), CLAS_EINVAL); \
        assert_int_equal((int)w_, 0); \
        assert_clas_status(parse_fn(&w_, ""), CLAS_EINVAL); \
        assert_clas_status(parse_fn(&w_, NULL), CLAS_EINVAL); \
        assert_clas_status(parse_fn(NULL, name_fn((type)0)), CLAS_EINVAL); \
    } while (0)

/* Names only (no parser). */
#define CHECK_NAMES(type, name_fn, count) \
    do { \
        for (int i_ = 0; i_ < (int)(count); i_++) \
            assert_non_null(name_fn((type)i_)); \
        assert_null(name_fn((type)(count))); \
        assert_null(name_fn((type)-1)); \
    } while (0)

static void test_round_trips(void **state)
{
    (void)state;
    CHECK_ENUM(clas_niveau, clas_niveau_name, clas_niveau_parse, CLAS_NIVEAU_COUNT);
    CHECK_ENUM(clas_axe, clas_axe_name, clas_axe_parse, CLAS_AXE_COUNT);
    CHECK_ENUM(clas_action, clas_action_name, clas_action_parse, CLAS_ACTION_COUNT);
    CHECK_ENUM(clas_porteur_type, clas_porteur_type_name, clas_porteur_type_parse, CLAS_PORTEUR_TYPE_COUNT);
    CHECK_ENUM(clas_bonus, clas_bonus_name, clas_bonus_parse, CLAS_BONUS_COUNT);
    CHECK_ENUM(clas_severity, clas_severity_name, clas_severity_parse, CLAS_SEVERITY_OFF + 1);
    CHECK_ENUM(clas_regle, clas_regle_id, clas_regle_parse, CLAS_REGLE_COUNT);
    CHECK_ENUM(clas_rounding, clas_rounding_name, clas_rounding_parse, CLAS_ROUND_EURO_HALF_UP + 1);
    CHECK_ENUM(clas_seuil, clas_seuil_name, clas_seuil_parse, CLAS_SEUIL_COUNT);
    CHECK_ENUM(clas_champ, clas_champ_name, clas_champ_parse, CLAS_CHAMP_COUNT);
    CHECK_ENUM(clas_decision, clas_decision_name, clas_decision_parse, CLAS_DECISION_REFUSE + 1);
    CHECK_ENUM(clas_bilan_champ, clas_bilan_champ_name, clas_bilan_champ_parse, CLAS_BILAN_CHAMP_COUNT);
    CHECK_ENUM(clas_montant, clas_montant_name, clas_montant_parse, CLAS_MONTANT_COUNT);
    CHECK_NAMES(clas_verdict, clas_verdict_name, CLAS_VERDICT_PARTIEL + 1);
    CHECK_ENUM(clas_statut, clas_statut_name, clas_statut_parse, CLAS_STATUT_COUNT);
    for (int u = CLAS_UNITE_CENTS; u <= CLAS_UNITE_DATE; u++)
        assert_non_null(clas_unite_name((clas_unite)u));
    assert_null(clas_unite_name((clas_unite)100));
    assert_null(clas_unite_name((clas_unite)-1));
    CHECK_NAMES(clas_rapport_total, clas_rapport_total_name, CLAS_TOTAL_COUNT);
    CHECK_NAMES(clas_date_kind, clas_date_kind_name, CLAS_DATE_KIND_COUNT);
    CHECK_NAMES(clas_regle, clas_regle_source, CLAS_REGLE_COUNT);
    CHECK_NAMES(clas_action, clas_action_label, CLAS_ACTION_COUNT);
}

static void test_documented_names(void **state)
{
    (void)state;
    /* The identifiers of doc/json-format.md. */
    static const char *const niveaux = "PS MS GS CP CE1 CE2 CM1 CM2 6e 5e 4e 3e 2nde 1re Terminale superieur ";
    char joined[256] = "";
    for (int i = 0; i < CLAS_NIVEAU_COUNT; i++) {
        strcat(joined, clas_niveau_name((clas_niveau)i));
        strcat(joined, " ");
    }
    assert_string_equal(joined, niveaux);
    assert_string_equal(clas_action_name(CLAS_ACTION_PARENTS_CONVIVIALITE), "parents.convivialite");
    assert_string_equal(clas_action_name(CLAS_ACTION_TERRITOIRE_COHERENCE_PRE_PEDT_PEL),
                        "territoire.coherence_pre_pedt_pel");
    assert_string_equal(clas_action_name(CLAS_ACTION_ECOLE_AUTRE), "ecole.autre");
    assert_string_equal(clas_action_label(CLAS_ACTION_PARENTS_CONVIVIALITE), "Temps de convivialité enfants/parents");
    assert_string_equal(clas_porteur_type_name(CLAS_PORTEUR_SERVICE_MUNICIPAL), "service_municipal");
    assert_string_equal(clas_regle_id(CLAS_REGLE_SOCLE_PARENTS), "R-SOCLE-PARENTS");
    assert_string_equal(clas_regle_id(CLAS_REGLE_BILAN), "R-BILAN");
    assert_string_equal(clas_rounding_name(CLAS_ROUND_EURO_HALF_UP), "euro_half_up");
    assert_string_equal(clas_severity_name(CLAS_SEVERITY_BLOCKING), "blocking");
    assert_string_equal(clas_seuil_name(CLAS_SEUIL_TAUX_ACOMPTE), "taux_acompte");
    assert_string_equal(clas_date_kind_name(CLAS_DATE_LIMITE_DEPOT), "limite_depot");
    assert_string_equal(clas_champ_name(CLAS_CHAMP_HORS_TEMPS_SCOLAIRE), "hors_temps_scolaire");
    assert_string_equal(clas_bilan_champ_name(CLAS_BILAN_FINANCEMENTS_REELS), "financements_reels");
    assert_string_equal(clas_decision_name(CLAS_DECISION_EN_ATTENTE), "en_attente");
    assert_string_equal(clas_verdict_name(CLAS_VERDICT_PARTIEL), "partiel");
    assert_string_equal(clas_montant_name(CLAS_MONTANT_PS_CALCULEE), "ps_calculee");
    assert_string_equal(clas_montant_name(CLAS_MONTANT_REGULARISATION), "regularisation");
    assert_string_equal(clas_unite_name(CLAS_UNITE_BOOLEEN), "booleen");
    assert_string_equal(clas_rapport_total_name(CLAS_TOTAL_PORTEURS_FINANCES), "porteurs_finances");
    assert_string_equal(clas_rapport_total_name(CLAS_TOTAL_MONTANT), "montant");
}

static void test_parse_is_exact(void **state)
{
    (void)state;
    clas_niveau n = CLAS_NIVEAU_PS;
    assert_clas_status(clas_niveau_parse(&n, "cp"), CLAS_EINVAL); /* case-sensitive */
    assert_clas_status(clas_niveau_parse(&n, "CP "), CLAS_EINVAL);
    assert_int_equal(n, CLAS_NIVEAU_PS); /* unchanged on failure */
    clas_action a;
    assert_clas_status(clas_action_parse(&a, "convivialite"), CLAS_EINVAL);
    clas_regle r;
    assert_clas_status(clas_regle_parse(&r, "GROUPE"), CLAS_EINVAL);
    assert_clas_ok(clas_regle_parse(&r, "R-GROUPE"));
    assert_int_equal(r, CLAS_REGLE_GROUPE);
}

static void test_action_axes(void **state)
{
    (void)state;
    for (int i = 0; i < CLAS_ACTION_COUNT; i++) {
        clas_axe axe = clas_action_axe((clas_action)i);
        assert_true(axe < CLAS_AXE_COUNT);
        /* "axe.name": the prefix is the axis name. */
        const char *name = clas_action_name((clas_action)i);
        size_t len = strlen(clas_axe_name(axe));
        assert_memory_equal(name, clas_axe_name(axe), len);
        assert_int_equal(name[len], '.');
    }
    assert_int_equal(clas_action_axe(CLAS_ACTION_COUNT), CLAS_AXE_COUNT);
    assert_int_equal(clas_action_axe(CLAS_ACTION_TERRITOIRE_REAAP), CLAS_AXE_TERRITOIRE);
    assert_int_equal(clas_action_axe(CLAS_ACTION_PARENTS_AUTRE), CLAS_AXE_PARENTS);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trips),
        cmocka_unit_test(test_documented_names),
        cmocka_unit_test(test_parse_is_exact),
        cmocka_unit_test(test_action_axes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
