/* SPDX-License-Identifier: Apache-2.0 */
/* Text validation and copying: UTF-8, identifiers, dates, school years,
 * department codes. */
#include "base/base.h"

#include <stdlib.h>
#include <string.h>

bool clas__utf8_valid(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    if (!s)
        return len == 0;
    while (i < len) {
        unsigned c = p[i];
        size_t n;
        unsigned min, cp;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            n = 1, min = 0x80, cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2, min = 0x800, cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return false; /* continuation byte, C0/C1 overlong lead, or > U+10FFFF */
        }
        if (len - i <= n)
            return false;
        for (size_t k = 1; k <= n; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n + 1;
    }
    return true;
}

int clas__text_try_set(char **dst, const char *src, size_t max_len)
{
    if (!dst)
        return CLAS_EINVAL;
    if (!src || !*src) {
        free(*dst);
        *dst = NULL;
        return CLAS_OK;
    }
    size_t len = strlen(src);
    if (len > max_len)
        return CLAS_EINVAL;
    if (!clas__utf8_valid(src, len))
        return CLAS_EUTF8;
    char *copy = malloc(len + 1);
    if (!copy)
        return CLAS_ENOMEM;
    memcpy(copy, src, len + 1);
    free(*dst);
    *dst = copy;
    return CLAS_OK;
}

int clas__text_set(char **dst, const char *src, size_t max_len, const char *what)
{
    if (!dst)
        return clas__fail_null(what);
    if (!src || !*src) {
        free(*dst);
        *dst = NULL;
        return CLAS_OK;
    }
    size_t len = strlen(src);
    if (len > max_len)
        return clas__failm(CLAS_EINVAL, what, CLAS__MSG_TEXTE_TROP_LONG, CLAS__INT("octets", len),
                           CLAS__INT("max", max_len));
    if (!clas__utf8_valid(src, len))
        return clas__fail_msg(CLAS_EUTF8, what, NULL, CLAS__MSG_TEXTE_UTF8, NULL, 0);
    char *copy = malloc(len + 1);
    if (!copy)
        return clas__fail_nomem(what);
    memcpy(copy, src, len + 1);
    free(*dst);
    *dst = copy;
    return CLAS_OK;
}

int clas__id_set(char *dst, const char *src, const char *what)
{
    if (!dst || !src)
        return clas__fail_null(what);
    size_t len = strlen(src);
    if (len == 0)
        return clas__fail_msg(CLAS_EINVAL, what, NULL, CLAS__MSG_IDENTIFIANT_VIDE, NULL, 0);
    if (len > CLAS_ID_MAX)
        return clas__failm(CLAS_EINVAL, what, CLAS__MSG_IDENTIFIANT_TROP_LONG, CLAS__INT("octets", len),
                           CLAS__INT("max", CLAS_ID_MAX));
    if (!clas__utf8_valid(src, len))
        return clas__fail_msg(CLAS_EUTF8, what, NULL, CLAS__MSG_TEXTE_UTF8, NULL, 0);
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)src[i] < 0x20 || src[i] == 0x7F)
            return clas__fail_msg(CLAS_EINVAL, what, NULL, CLAS__MSG_IDENTIFIANT_CONTROLE, NULL, 0);
    memcpy(dst, src, len + 1);
    return CLAS_OK;
}

/* Reads exactly @p n decimal digits. */
static bool digits(const char *s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

static bool leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool clas__date_valid(const char *s, bool allow_month)
{
    int y, m, d;
    if (!s)
        return false;
    size_t len = strlen(s);
    if (len != 10 && !(allow_month && len == 7))
        return false;
    if (!digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &m) || m < 1 || m > 12 || y < 1)
        return false;
    if (len == 7)
        return true;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int max = days[m - 1] + (m == 2 && leap_year(y));
    return s[7] == '-' && digits(s + 8, 2, &d) && d >= 1 && d <= max;
}

bool clas__annee_valid(const char *s)
{
    int a, b;
    return s && strlen(s) == CLAS_ANNEE_LEN && digits(s, 4, &a) && s[4] == '-' && digits(s + 5, 4, &b) &&
           a >= 1 && b == a + 1;
}

bool clas__departement_valid(const char *s)
{
    if (!s)
        return false;
    size_t len = strlen(s);
    if (len < 2 || len > 3)
        return false;
    for (size_t i = 0; i < len; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || s[i] == 'A' || s[i] == 'B'))
            return false;
    return true;
}

int64_t clas__date_number(const char *date)
{
    /* Dates are validated on input: "YYYY-MM-DD" or "YYYY-MM". */
    int64_t n = 0;
    size_t len = strlen(date);
    for (size_t i = 0; i < len; i++)
        if (date[i] >= '0' && date[i] <= '9')
            n = n * 10 + (date[i] - '0');
    return len == 7 ? n * 100 : n;
}
