/* SPDX-License-Identifier: Apache-2.0 */
/* Exact money: cents as decimal text, human formatting, and rates applied
 * with integer arithmetic only. */
#include "base/base.h"

#include <stdio.h>
#include <string.h>


int clas_cents_format(char *buf, size_t size, clas_cents cents)
{
    if (!buf || size < 24)
        return clas__failm(CLAS_EINVAL, NULL, CLAS__MSG_TAMPON_TROP_PETIT, CLAS__INT("octets", 24));
    clas__cents_text(buf, cents);
    return CLAS_OK;
}

/* A refused amount, its text shown up to 40 bytes. */
static int amount_error(int code, clas__msg msg, const char *text)
{
    char shown[41];
    snprintf(shown, sizeof shown, "%s", text);
    return clas__failm(code, NULL, msg, CLAS__TEXT("texte", shown));
}

int clas_cents_parse(clas_cents *out, const char *text)
{
    if (!out || !text)
        return clas__fail_null(NULL);
    const char *p = text;
    int negative = 0;
    if (*p == '-') {
        negative = 1;
        p++;
    }
    const char *int_start = p;
    while (*p >= '0' && *p <= '9')
        p++;
    size_t int_digits = (size_t)(p - int_start);
    size_t frac_digits = 0;
    const char *frac_start = NULL;
    if (*p == '.') {
        frac_start = ++p;
        while (*p >= '0' && *p <= '9')
            p++;
        frac_digits = (size_t)(p - frac_start);
        if (frac_digits == 0)
            return amount_error(CLAS_EINVAL, CLAS__MSG_MONTANT_INVALIDE, text);
    }
    if (int_digits == 0 || *p != '\0')
        return amount_error(CLAS_EINVAL, CLAS__MSG_MONTANT_INVALIDE, text);
    if (frac_digits > 2)
        return amount_error(CLAS_EINVAL, CLAS__MSG_MONTANT_DECIMALES, text);

    /* Accumulate while within range; anything larger is out of range
     * whatever the remaining digits. */
    int64_t euros = 0;
    for (const char *d = int_start; d < int_start + int_digits; d++) {
        euros = euros * 10 + (*d - '0');
        if (euros > CLAS_CENTS_MAX / 100)
            return amount_error(CLAS_ERANGE, CLAS__MSG_MONTANT_TROP_GRAND, text);
    }
    int64_t cents = euros * 100;
    if (frac_digits >= 1)
        cents += (frac_start[0] - '0') * 10;
    if (frac_digits == 2)
        cents += frac_start[1] - '0';
    if (cents > CLAS_CENTS_MAX)
        return amount_error(CLAS_ERANGE, CLAS__MSG_MONTANT_TROP_GRAND, text);
    *out = negative ? -cents : cents;
    return CLAS_OK;
}

int clas_cents_format_human(char *buf, size_t size, clas_cents cents, clas_lang lang)
{
    if ((!buf && size > 0) || (lang != CLAS_LANG_FR && lang != CLAS_LANG_EN))
        return clas__failm(CLAS_EINVAL, NULL, CLAS__MSG_ARGUMENT_INVALIDE, CLAS__TEXT("fonction", __func__));
    return (int)clas__cents_human(buf, size, cents, lang);
}

/* Rounds the quotient @p q of a magnitude divided by @p den, with
 * remainder @p r (0 ≤ r < den). Returns false on overflow. */
static bool round_quotient(uint64_t *out, uint64_t q, uint64_t r, uint64_t den, clas_rounding rounding)
{
    bool up;
    switch (rounding) {
    case CLAS_ROUND_HALF_UP:
        up = r >= den - r; /* 2r ≥ den, without overflow */
        break;
    case CLAS_ROUND_HALF_EVEN:
        up = r > den - r || (r == den - r && (q & 1));
        break;
    case CLAS_ROUND_DOWN:
        up = false;
        break;
    case CLAS_ROUND_UP:
        up = r > 0;
        break;
    case CLAS_ROUND_EURO_HALF_UP: {
        /* q is in cents, r/den a fraction of a cent: the euro fraction is
         * ≥ one half exactly when the cents part alone is ≥ 50. */
        uint64_t euros = q / 100 + (q % 100 >= 50);
        if (euros > UINT64_MAX / 100)
            return false;
        *out = euros * 100;
        return true;
    }
    default:
        return false;
    }
    if (up && q == UINT64_MAX)
        return false;
    *out = q + (up ? 1 : 0);
    return true;
}

int clas__apply_rate(clas_cents *out, clas_cents a, int64_t num, int64_t den, clas_rounding rounding)
{
    if (!out || num < 0 || den <= 0 || (unsigned)rounding > CLAS_ROUND_EURO_HALF_UP)
        return clas__failm(CLAS_EINVAL, NULL, CLAS__MSG_FRACTION_INVALIDE, CLAS__INT("num", num), CLAS__INT("den", den));
    uint64_t ua = clas__cents_magnitude(a), un = (uint64_t)num, ud = (uint64_t)den;
    uint64_t product, q, r;
    if (!__builtin_mul_overflow(ua, un, &product)) {
        q = product / ud;
        r = product % ud;
    } else {
#if defined(__SIZEOF_INT128__)
        __extension__ typedef unsigned __int128 u128;
        u128 wide = (u128)ua * un;
        u128 wq = wide / ud;
        if (wq > (u128)INT64_MAX)
            goto overflow;
        q = (uint64_t)wq;
        r = (uint64_t)(wide % ud);
#else
        goto overflow;
#endif
    }
    uint64_t rounded;
    if (!round_quotient(&rounded, q, r, ud, rounding) || rounded > (uint64_t)INT64_MAX)
        goto overflow;
    *out = a < 0 ? -(int64_t)rounded : (int64_t)rounded;
    return CLAS_OK;
overflow:
    return clas__failm(CLAS_EOVERFLOW, NULL, CLAS__MSG_PRODUIT_DEPASSEMENT, CLAS__INT("a", a), CLAS__INT("b", num),
                       CLAS__INT("c", den));
}
