/* SPDX-License-Identifier: Apache-2.0 */
/* Labels for people: every value of every label kind has a French and an
 * English label, distinct within its kind; out-of-range arguments give
 * NULL; English keeps the glossary's French nouns. */
#include "testutil.h"

#include <string.h>

static void test_every_value_has_two_labels(void **state)
{
    (void)state;
    for (int k = 0; k < CLAS_LABEL_KIND_COUNT; k++) {
        size_t n = clas_label_count((clas_label_kind)k);
        assert_true(n > 0);
        assert_non_null(clas_label_kind_name((clas_label_kind)k));
        for (size_t v = 0; v < n; v++) {
            for (int lang = CLAS_LANG_FR; lang <= CLAS_LANG_EN; lang++) {
                const char *l = clas_label((clas_label_kind)k, (int)v, (clas_lang)lang);
                assert_non_null(l);
                assert_true(l[0] != '\0');
                for (size_t w = 0; w < v; w++)
                    assert_string_not_equal(l, clas_label((clas_label_kind)k, (int)w, (clas_lang)lang));
            }
        }
        assert_null(clas_label((clas_label_kind)k, (int)n, CLAS_LANG_FR));
        assert_null(clas_label((clas_label_kind)k, -1, CLAS_LANG_EN));
        assert_null(clas_label((clas_label_kind)k, 0, (clas_lang)2));
    }
    assert_null(clas_label(CLAS_LABEL_KIND_COUNT, 0, CLAS_LANG_FR));
    assert_null(clas_label((clas_label_kind)-1, 0, CLAS_LANG_FR));
    assert_null(clas_label_kind_name(CLAS_LABEL_KIND_COUNT));
    assert_int_equal(clas_label_count(CLAS_LABEL_KIND_COUNT), 0);
}

static void test_counts_match_the_enumerations(void **state)
{
    (void)state;
    assert_int_equal(clas_label_count(CLAS_LABEL_VERDICT), CLAS_VERDICT_PARTIEL + 1);
    assert_int_equal(clas_label_count(CLAS_LABEL_STATUT), CLAS_STATUT_COUNT);
    assert_int_equal(clas_label_count(CLAS_LABEL_STATISTIQUE), CLAS_STAT_COUNT);
    assert_int_equal(clas_label_count(CLAS_LABEL_SEVERITY), CLAS_SEVERITY_OFF + 1);
    assert_int_equal(clas_label_count(CLAS_LABEL_DECISION), CLAS_DECISION_REFUSE + 1);
    assert_int_equal(clas_label_count(CLAS_LABEL_PORTEUR_TYPE), CLAS_PORTEUR_TYPE_COUNT);
    assert_int_equal(clas_label_count(CLAS_LABEL_ROUNDING), CLAS_ROUND_EURO_HALF_UP + 1);
    assert_int_equal(clas_label_count(CLAS_LABEL_ACTION), CLAS_ACTION_COUNT);
    assert_int_equal(clas_label_count(CLAS_LABEL_CHAMP), CLAS_CHAMP_COUNT);
    assert_int_equal(clas_label_count(CLAS_LABEL_TOTAL), CLAS_TOTAL_COUNT);
    assert_int_equal(clas_label_count(CLAS_LABEL_MONTANT), CLAS_MONTANT_COUNT);
    assert_int_equal(clas_label_count(CLAS_LABEL_UNITE), CLAS_UNITE_DECISION + 1);
    assert_int_equal(clas_label_count(CLAS_LABEL_AXE), CLAS_AXE_COUNT);
    assert_int_equal(clas_label_count(CLAS_LABEL_BONUS), CLAS_BONUS_COUNT);
}

static void test_known_labels(void **state)
{
    (void)state;
    assert_string_equal(clas_label(CLAS_LABEL_STATUT, CLAS_STATUT_REFUSE, CLAS_LANG_FR), "refusé");
    assert_string_equal(clas_label(CLAS_LABEL_STATUT, CLAS_STATUT_REFUSE, CLAS_LANG_EN), "refused");
    assert_string_equal(clas_label(CLAS_LABEL_VERDICT, CLAS_VERDICT_INELIGIBLE, CLAS_LANG_FR), "inéligible");
    assert_string_equal(clas_label(CLAS_LABEL_SEVERITY, CLAS_SEVERITY_BLOCKING, CLAS_LANG_FR), "bloquant");
    assert_string_equal(clas_label(CLAS_LABEL_DECISION, CLAS_DECISION_EN_ATTENTE, CLAS_LANG_EN), "pending");
    /* English keeps the glossary's nouns. */
    assert_string_equal(clas_label(CLAS_LABEL_TOTAL, CLAS_TOTAL_COLLECTIFS, CLAS_LANG_EN), "Collectifs");
    assert_string_equal(clas_label(CLAS_LABEL_TOTAL, CLAS_TOTAL_PORTEURS, CLAS_LANG_EN), "Porteurs");
    assert_string_equal(clas_label_kind_name(CLAS_LABEL_PORTEUR_TYPE), "porteur_type");
    /* The catalogue's French label is the one clas_action_label() gives. */
    assert_string_equal(clas_action_label(CLAS_ACTION_PARENTS_CONVIVIALITE),
                        clas_label(CLAS_LABEL_ACTION, CLAS_ACTION_PARENTS_CONVIVIALITE, CLAS_LANG_FR));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_value_has_two_labels),
        cmocka_unit_test(test_counts_match_the_enumerations),
        cmocka_unit_test(test_known_labels),
    };
    return cmocka_run_group_tests_name("labels", tests, NULL, NULL);
}
