/* SPDX-License-Identifier: Apache-2.0 */
/* UTF-8 validation, text and identifier copies, dates, school years,
 * department codes. */
#include "testutil.h"
#include "base/base.h"

#include <stdlib.h>
#include <string.h>

static bool valid(const char *s) { return clas__utf8_valid(s, strlen(s)); }

static void test_utf8(void **state)
{
    (void)state;
    assert_true(valid(""));
    assert_true(valid("Centre social des Tilleuls"));
    assert_true(valid("Élargir les centres d'intérêt — 2 800,70 €"));
    assert_true(valid("\xf0\x9f\x98\x80"));          /* U+1F600 */
    assert_true(valid("\xf4\x8f\xbf\xbf"));          /* U+10FFFF */
    assert_true(valid("\xed\x9f\xbf"));              /* U+D7FF */
    assert_false(valid("\xc3"));                     /* truncated */
    assert_false(valid("abc\xe2\x82"));              /* truncated at end */
    assert_false(valid("\x80"));                     /* lone continuation */
    assert_false(valid("\xc0\xaf"));                 /* overlong '/' */
    assert_false(valid("\xe0\x80\xaf"));             /* overlong, 3 bytes */
    assert_false(valid("\xf0\x80\x80\xaf"));         /* overlong, 4 bytes */
    assert_false(valid("\xed\xa0\x80"));             /* surrogate U+D800 */
    assert_false(valid("\xf4\x90\x80\x80"));         /* U+110000 */
    assert_false(valid("\xff"));
    assert_false(valid("\xc3\x28"));                 /* bad continuation */
    /* Length-bounded: an embedded NUL is one byte like any other. */
    assert_true(clas__utf8_valid("a\0b", 3));
    assert_true(clas__utf8_valid("\xc3\xa9", 2));
    assert_false(clas__utf8_valid("\xc3\xa9", 1));
}

static void test_text_set(void **state)
{
    (void)state;
    char *s = NULL;
    assert_clas_ok(clas__text_set(&s, "Reims", 100, "porteur: commune"));
    assert_string_equal(s, "Reims");
    /* Invalid UTF-8 is refused, the old value is kept, the error says where. */
    clas_error_clear();
    assert_clas_status(clas__text_set(&s, "R\xe9ims", 100, "porteur: commune"), CLAS_EUTF8);
    assert_string_equal(s, "Reims");
    assert_int_equal(clas_error_last_code(), CLAS_EUTF8);
    assert_string_equal(clas_error_last_location(), "porteur: commune");
    /* Too long. */
    assert_clas_status(clas__text_set(&s, "0123456789", 9, "x"), CLAS_EINVAL);
    assert_string_equal(s, "Reims");
    assert_clas_ok(clas__text_set(&s, "0123456789", 10, "x"));
    assert_string_equal(s, "0123456789");
    /* NULL and "" store NULL. */
    assert_clas_ok(clas__text_set(&s, "", 10, "x"));
    assert_null(s);
    assert_clas_ok(clas__text_set(&s, "é", 10, "x"));
    assert_clas_ok(clas__text_set(&s, NULL, 10, "x"));
    assert_null(s);
    assert_clas_status(clas__text_set(NULL, "a", 10, "x"), CLAS_EINVAL);
}

static void test_id_set(void **state)
{
    (void)state;
    char id[CLAS_ID_MAX + 1] = "old";
    assert_clas_ok(clas__id_set(id, "C1", "collectif"));
    assert_string_equal(id, "C1");
    assert_clas_status(clas__id_set(id, "", "collectif"), CLAS_EINVAL);
    assert_clas_status(clas__id_set(id, NULL, "collectif"), CLAS_EINVAL);
    assert_clas_status(clas__id_set(id, "a\tb", "collectif"), CLAS_EINVAL);
    assert_clas_status(clas__id_set(id, "C\xff", "collectif"), CLAS_EUTF8);
    assert_string_equal(id, "C1");
    char longest[CLAS_ID_MAX + 2];
    memset(longest, 'a', sizeof longest);
    longest[CLAS_ID_MAX] = '\0';
    assert_clas_ok(clas__id_set(id, longest, "collectif"));
    assert_int_equal(strlen(id), CLAS_ID_MAX);
    longest[CLAS_ID_MAX] = 'a';
    longest[CLAS_ID_MAX + 1] = '\0';
    assert_clas_status(clas__id_set(id, longest, "collectif"), CLAS_EINVAL);
    assert_clas_ok(clas__id_set(id, "Collectif été", "collectif"));
}

static void test_dates(void **state)
{
    (void)state;
    assert_true(clas__date_valid("2025-08-18", false));
    assert_true(clas__date_valid("2024-02-29", false));  /* leap year */
    assert_true(clas__date_valid("2000-02-29", false));  /* divisible by 400 */
    assert_false(clas__date_valid("1900-02-29", false)); /* divisible by 100 */
    assert_false(clas__date_valid("2025-02-29", false));
    assert_false(clas__date_valid("2025-04-31", false));
    assert_true(clas__date_valid("2025-12-31", false));
    assert_false(clas__date_valid("2025-13-01", false));
    assert_false(clas__date_valid("2025-00-10", false));
    assert_false(clas__date_valid("2025-01-00", false));
    assert_false(clas__date_valid("2025-1-01", false));
    assert_false(clas__date_valid("2025/01/01", false));
    assert_false(clas__date_valid("2025-01-01 ", false));
    assert_false(clas__date_valid("", false));
    assert_false(clas__date_valid(NULL, false));
    assert_false(clas__date_valid("2025-09", false));
    assert_true(clas__date_valid("2025-09", true));
    assert_true(clas__date_valid("2025-09-15", true));
    assert_false(clas__date_valid("2025-13", true));
}

static void test_annee_and_departement(void **state)
{
    (void)state;
    assert_true(clas__annee_valid("2025-2026"));
    assert_false(clas__annee_valid("2025-2027"));
    assert_false(clas__annee_valid("2026-2025"));
    assert_false(clas__annee_valid("2025/2026"));
    assert_false(clas__annee_valid("2025-20266"));
    assert_false(clas__annee_valid("25-26"));
    assert_false(clas__annee_valid(NULL));
    assert_true(clas__departement_valid("51"));
    assert_true(clas__departement_valid("2A"));
    assert_true(clas__departement_valid("2B"));
    assert_true(clas__departement_valid("971"));
    assert_false(clas__departement_valid("5"));
    assert_false(clas__departement_valid("9711"));
    assert_false(clas__departement_valid("2a"));
    assert_false(clas__departement_valid("national"));
    assert_false(clas__departement_valid(""));
    assert_false(clas__departement_valid(NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf8),
        cmocka_unit_test(test_text_set),
        cmocka_unit_test(test_id_set),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_annee_and_departement),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
