/* SPDX-License-Identifier: Apache-2.0 */
/* Exact money: text in and out, human formatting, rates and rounding. */
#include "testutil.h"
#include "base/base.h"

#include <stdlib.h>
#include <string.h>

static void assert_format(clas_cents cents, const char *want)
{
    char buf[24];
    assert_clas_ok(clas_cents_format(buf, sizeof buf, cents));
    assert_string_equal(buf, want);
}

static void test_format(void **state)
{
    (void)state;
    assert_format(280070, "2800.70");
    assert_format(-1205, "-12.05");
    assert_format(0, "0.00");
    assert_format(5, "0.05");
    assert_format(-5, "-0.05");
    assert_format(CLAS_CENTS_MAX, "1000000000.00");
    assert_format(INT64_MIN, "-92233720368547758.08");
    char small[23];
    assert_clas_status(clas_cents_format(small, sizeof small, 1), CLAS_EINVAL);
    assert_clas_status(clas_cents_format(NULL, 24, 1), CLAS_EINVAL);
}

static clas_cents parsed(const char *text)
{
    clas_cents c = -999;
    assert_clas_ok(clas_cents_parse(&c, text));
    return c;
}

static void test_parse(void **state)
{
    (void)state;
    assert_int_equal(parsed("2800.70"), 280070);
    assert_int_equal(parsed("12"), 1200);
    assert_int_equal(parsed("12.5"), 1250);
    assert_int_equal(parsed("12.50"), 1250);
    assert_int_equal(parsed("0.5"), 50);
    assert_int_equal(parsed("-12.05"), -1205);
    assert_int_equal(parsed("-0"), 0);
    assert_int_equal(parsed("007.01"), 701);
    assert_int_equal(parsed("1000000000.00"), CLAS_CENTS_MAX);
    assert_int_equal(parsed("-1000000000"), -CLAS_CENTS_MAX);

    clas_cents c = 42;
    clas_error_clear();
    assert_clas_status(clas_cents_parse(&c, "12.505"), CLAS_EINVAL);
    assert_non_null(strstr(clas_error_last_message(), "more than two decimals"));
    static const char *const malformed[] = {
        "", "-", ".5", "12.", " 12", "12 ", "1e3", "1E3", "+12", "12,50", "0x10", "1.2.3", "--1", "12a", "€12",
        "1 000",
    };
    for (size_t i = 0; i < sizeof malformed / sizeof malformed[0]; i++)
        assert_clas_status(clas_cents_parse(&c, malformed[i]), CLAS_EINVAL);
    assert_clas_status(clas_cents_parse(&c, "1000000000.01"), CLAS_ERANGE);
    assert_clas_status(clas_cents_parse(&c, "-1000000000.01"), CLAS_ERANGE);
    assert_clas_status(clas_cents_parse(&c, "99999999999999999999999999"), CLAS_ERANGE);
    assert_int_equal(c, 42); /* unchanged on failure */
    assert_clas_status(clas_cents_parse(NULL, "1"), CLAS_EINVAL);
    assert_clas_status(clas_cents_parse(&c, NULL), CLAS_EINVAL);
}

static void test_round_trip(void **state)
{
    (void)state;
    static const clas_cents values[] = {0, 1, 99, 100, 101, 280071, -280071, 999999, CLAS_CENTS_MAX, -CLAS_CENTS_MAX};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        char buf[24];
        assert_clas_ok(clas_cents_format(buf, sizeof buf, values[i]));
        assert_int_equal(parsed(buf), values[i]);
    }
}

static void assert_human(clas_cents cents, clas_lang lang, const char *want)
{
    char buf[64];
    int n = clas_cents_format_human(buf, sizeof buf, cents, lang);
    assert_int_equal(n, (int)strlen(want));
    assert_string_equal(buf, want);
}

static void test_format_human(void **state)
{
    (void)state;
    assert_human(280070, CLAS_LANG_FR, "2 800,70 €");
    assert_human(-280070, CLAS_LANG_FR, "-2 800,70 €");
    assert_human(280070, CLAS_LANG_EN, "€2,800.70");
    assert_human(-280070, CLAS_LANG_EN, "-€2,800.70");
    assert_human(0, CLAS_LANG_FR, "0,00 €");
    assert_human(99999, CLAS_LANG_FR, "999,99 €");
    assert_human(100000, CLAS_LANG_EN, "€1,000.00");
    assert_human(CLAS_CENTS_MAX, CLAS_LANG_FR, "1 000 000 000,00 €");
    assert_human(123456789012LL, CLAS_LANG_EN, "€1,234,567,890.12");
    /* snprintf-style: the length needed, truncated output. */
    char small[5];
    assert_int_equal(clas_cents_format_human(small, sizeof small, 280070, CLAS_LANG_FR),
                     (int)strlen("2 800,70 €"));
    assert_string_equal(small, "2 80");
    assert_int_equal(clas_cents_format_human(NULL, 0, 280070, CLAS_LANG_EN), (int)strlen("€2,800.70"));
    assert_clas_status(clas_cents_format_human(NULL, 10, 1, CLAS_LANG_FR), CLAS_EINVAL);
    assert_clas_status(clas_cents_format_human(small, sizeof small, 1, (clas_lang)7), CLAS_EINVAL);
}

static clas_cents rate(clas_cents a, int64_t num, int64_t den, clas_rounding r)
{
    clas_cents out = -12345;
    assert_clas_ok(clas__apply_rate(&out, a, num, den, r));
    return out;
}

static void test_apply_rate_exact(void **state)
{
    (void)state;
    /* 33 % of 8 487,00 € is 2 800,71 € exactly. */
    for (int r = CLAS_ROUND_HALF_UP; r <= CLAS_ROUND_UP; r++)
        assert_int_equal(rate(848700, 330000, CLAS_TAUX_UN, (clas_rounding)r), 280071);
    assert_int_equal(rate(848700, 330000, CLAS_TAUX_UN, CLAS_ROUND_EURO_HALF_UP), 280100);
    assert_int_equal(rate(600000, 330000, CLAS_TAUX_UN, CLAS_ROUND_HALF_UP), 198000);
    assert_int_equal(rate(150, 1, 100, CLAS_ROUND_HALF_UP), 2);   /* 1.5 */
    assert_int_equal(rate(150, 1, 100, CLAS_ROUND_HALF_EVEN), 2); /* 1.5 → 2 */
    assert_int_equal(rate(250, 1, 100, CLAS_ROUND_HALF_EVEN), 2); /* 2.5 → 2 */
    assert_int_equal(rate(0, 330000, CLAS_TAUX_UN, CLAS_ROUND_UP), 0);
    assert_int_equal(rate(12345, 0, 1, CLAS_ROUND_UP), 0);
    assert_int_equal(rate(12345, 1, 1, CLAS_ROUND_EURO_HALF_UP), 12300);
}

static void test_apply_rate_half_cent(void **state)
{
    (void)state;
    /* 1 cent × 0.5 = 0.5 cent. */
    assert_int_equal(rate(1, 1, 2, CLAS_ROUND_HALF_UP), 1);
    assert_int_equal(rate(1, 1, 2, CLAS_ROUND_HALF_EVEN), 0);
    assert_int_equal(rate(1, 1, 2, CLAS_ROUND_DOWN), 0);
    assert_int_equal(rate(1, 1, 2, CLAS_ROUND_UP), 1);
    /* 3 cents × 0.5 = 1.5 cents. */
    assert_int_equal(rate(3, 1, 2, CLAS_ROUND_HALF_UP), 2);
    assert_int_equal(rate(3, 1, 2, CLAS_ROUND_HALF_EVEN), 2);
    assert_int_equal(rate(3, 1, 2, CLAS_ROUND_DOWN), 1);
    assert_int_equal(rate(3, 1, 2, CLAS_ROUND_UP), 2);
    /* Just below and above one half: 0.4999995 and 0.5000005 of a cent. */
    assert_int_equal(rate(1, 499999, 1000000, CLAS_ROUND_HALF_UP), 0);
    assert_int_equal(rate(1, 500001, 1000000, CLAS_ROUND_HALF_UP), 1);
    assert_int_equal(rate(1, 500001, 1000000, CLAS_ROUND_HALF_EVEN), 1);
    assert_int_equal(rate(1, 1, 1000000, CLAS_ROUND_UP), 1);
    assert_int_equal(rate(1, 999999, 1000000, CLAS_ROUND_DOWN), 0);
    /* Negative amounts round symmetrically (away from / toward zero). */
    assert_int_equal(rate(-1, 1, 2, CLAS_ROUND_HALF_UP), -1);
    assert_int_equal(rate(-1, 1, 2, CLAS_ROUND_HALF_EVEN), 0);
    assert_int_equal(rate(-3, 1, 2, CLAS_ROUND_DOWN), -1);
    assert_int_equal(rate(-3, 1, 2, CLAS_ROUND_UP), -2);
    /* To the euro: 12,49 € stays 12 €, 12,50 € becomes 13 €, and a
     * fraction of a cent above 12,49 € does not push it to one half. */
    assert_int_equal(rate(1249, 1, 1, CLAS_ROUND_EURO_HALF_UP), 1200);
    assert_int_equal(rate(1250, 1, 1, CLAS_ROUND_EURO_HALF_UP), 1300);
    assert_int_equal(rate(2499, 1, 2, CLAS_ROUND_EURO_HALF_UP), 1200); /* 12,495 € */
    assert_int_equal(rate(-1250, 1, 1, CLAS_ROUND_EURO_HALF_UP), -1300);
}

static void test_apply_rate_overflow(void **state)
{
    (void)state;
    clas_cents out = 7;
    /* The product overflows 64 bits but the quotient fits: exact. */
    assert_int_equal(rate(INT64_MAX / 2, 1000000, 1000000, CLAS_ROUND_HALF_UP), INT64_MAX / 2);
    assert_int_equal(rate(INT64_MAX, 3, 3, CLAS_ROUND_DOWN), INT64_MAX);
    /* Results beyond int64 are refused. */
    clas_error_clear();
    assert_clas_status(clas__apply_rate(&out, INT64_MAX, 2, 1, CLAS_ROUND_HALF_UP), CLAS_EOVERFLOW);
    assert_int_equal(clas_error_last_code(), CLAS_EOVERFLOW);
    assert_int_equal(rate(INT64_MAX, 1, 1, CLAS_ROUND_EURO_HALF_UP), INT64_MAX - 7);
    assert_clas_status(clas__apply_rate(&out, INT64_MAX / 2 + 1, 2, 1, CLAS_ROUND_DOWN), CLAS_EOVERFLOW);
    assert_int_equal(out, 7);
    /* Invalid rates. */
    assert_clas_status(clas__apply_rate(&out, 1, 1, 0, CLAS_ROUND_HALF_UP), CLAS_EINVAL);
    assert_clas_status(clas__apply_rate(&out, 1, -1, 1, CLAS_ROUND_HALF_UP), CLAS_EINVAL);
    assert_clas_status(clas__apply_rate(&out, 1, 1, 1, (clas_rounding)9), CLAS_EINVAL);
    assert_clas_status(clas__apply_rate(NULL, 1, 1, 1, CLAS_ROUND_HALF_UP), CLAS_EINVAL);
    /* Checked arithmetic helpers. */
    int64_t r;
    assert_false(clas__add(&r, INT64_MAX, 1));
    assert_true(clas__add(&r, 1, 2));
    assert_int_equal(r, 3);
    assert_false(clas__mul(&r, INT64_MAX, 2));
}

static void test_grow(void **state)
{
    (void)state;
    int *items = NULL;
    size_t cap = 0;
    for (size_t n = 0; n < 100; n++) {
        void *p = items;
        assert_clas_ok(clas__grow(&p, &cap, n, sizeof *items));
        items = p;
        assert_true(cap > n);
        items[n] = (int)n;
    }
    for (int i = 0; i < 100; i++)
        assert_int_equal(items[i], i);
    free(items);
    size_t huge_cap = SIZE_MAX / 2 + 1;
    void *none = NULL;
    assert_clas_status(clas__grow(&none, &huge_cap, huge_cap, 4), CLAS_ENOMEM);
    assert_null(none);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_format_human),
        cmocka_unit_test(test_apply_rate_exact),
        cmocka_unit_test(test_apply_rate_half_cent),
        cmocka_unit_test(test_apply_rate_overflow),
        cmocka_unit_test(test_grow),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
