/* SPDX-License-Identifier: Apache-2.0 */
/* Amounts as text, without error reporting: what money.c's public
 * formatters and the error messages (error.c) both write. Kept apart so
 * that error.c can say an amount without depending on money.c, which
 * reports its own errors through error.c. */
#include "base/base.h"

#include <stdio.h>
#include <string.h>

/* |v| without overflow, also for INT64_MIN. */
uint64_t clas__cents_magnitude(int64_t v) { return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v; }

void clas__cents_text(char buf[CLAS__CENTS_TEXT_MAX], clas_cents cents)
{
    uint64_t m = clas__cents_magnitude(cents);
    snprintf(buf, CLAS__CENTS_TEXT_MAX, "%s%llu.%02llu", cents < 0 ? "-" : "", (unsigned long long)(m / 100),
             (unsigned long long)(m % 100));
}

size_t clas__cents_human(char *buf, size_t size, clas_cents cents, clas_lang lang)
{
    const char group = lang == CLAS_LANG_FR ? ' ' : ',';
    const char decimal = lang == CLAS_LANG_FR ? ',' : '.';
    uint64_t m = clas__cents_magnitude(cents);
    char digits[24];
    int nd = snprintf(digits, sizeof digits, "%llu", (unsigned long long)(m / 100));

    /* Longest: "-€" + 20 digits + 6 separators + ",99 €" fits in 64. */
    char out[64];
    size_t n = 0;
    if (cents < 0)
        out[n++] = '-';
    if (lang == CLAS_LANG_EN) {
        memcpy(out + n, "\xe2\x82\xac", 3); /* € */
        n += 3;
    }
    for (int i = 0; i < nd; i++) {
        if (i > 0 && (nd - i) % 3 == 0)
            out[n++] = group;
        out[n++] = digits[i];
    }
    n += (size_t)snprintf(out + n, sizeof out - n, "%c%02llu", decimal, (unsigned long long)(m % 100));
    if (lang == CLAS_LANG_FR) {
        memcpy(out + n, " \xe2\x82\xac", 4);
        n += 4;
    }
    out[n] = '\0';
    if (size > 0) {
        size_t k = n < size - 1 ? n : size - 1;
        memcpy(buf, out, k);
        buf[k] = '\0';
    }
    return n;
}

