/* SPDX-License-Identifier: Apache-2.0 */
/* References: which text settles each value of a barème or a cadre, and
 * which values no text settles (an entry without a title). One list type
 * shared by both, so barèmes and cadres trace their figures the same way. */
#include "regles/regles.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void reference_clear(clas__reference *r)
{
    for (int p = 0; p < CLAS_REFERENCE_PART_COUNT; p++) {
        free(r->parts[p]);
        r->parts[p] = NULL;
    }
}

void clas__references_clear(clas__references *list)
{
    for (size_t i = 0; i < list->count; i++)
        reference_clear(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

/* "taux prix_plafond seuils.enfants_min": names of fields, one space apart. */
static bool champs_valid(const char *s)
{
    if (!s || !*s)
        return false;
    for (const char *p = s; *p; p++) {
        bool word = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' || *p == '.';
        if (!word && !(*p == ' ' && p != s && p[1] && p[1] != ' '))
            return false;
    }
    return true;
}

int clas__references_add(clas__references *list, const char *what, const char *champs, const char *titre,
                         const char *section, const char *url, const char *note)
{
    if (list->count >= CLAS_REFERENCES_MAX)
        return clas__failm(CLAS_ERANGE, what, CLAS__MSG_LIMITE_REFERENCES, CLAS__INT("max", CLAS_REFERENCES_MAX));
    if (!champs_valid(champs))
    {
        char shown[41];
        snprintf(shown, sizeof shown, "%s", clas__str(champs));
        return clas__failm(CLAS_EINVAL, what, CLAS__MSG_CHAMPS_INVALIDES, CLAS__TEXT("champs", shown));
    }
    if ((!titre || !*titre) && (!note || !*note))
        return clas__fail0(CLAS_EINVAL, what, CLAS__MSG_NOTE_REQUISE);
    const char *src[CLAS_REFERENCE_PART_COUNT] = {champs, titre, section, url, note};
    clas__reference r = {{NULL}};
    for (int p = 0; p < CLAS_REFERENCE_PART_COUNT; p++) {
        int st = src[p] && *src[p] ? clas__text_set(&r.parts[p], src[p], CLAS_TEXT_MAX, what) : CLAS_OK;
        if (st != CLAS_OK) {
            reference_clear(&r);
            return st;
        }
    }
    clas__reference *items = realloc(list->items, (list->count + 1) * sizeof *items);
    if (!items) {
        reference_clear(&r);
        return clas__fail_nomem(NULL);
    }
    items[list->count++] = r;
    list->items = items;
    return CLAS_OK;
}

int clas__references_copy(clas__references *dst, const clas__references *src)
{
    clas__references tmp = {NULL, 0};
    for (size_t i = 0; i < src->count; i++) {
        const clas__reference *r = &src->items[i];
        int st = clas__references_add(&tmp, NULL, r->parts[0], r->parts[1], r->parts[2], r->parts[3], r->parts[4]);
        if (st != CLAS_OK) {
            clas__references_clear(&tmp);
            return st;
        }
    }
    *dst = tmp;
    return CLAS_OK;
}

const char *clas__references_get(const clas__references *list, size_t i, clas_reference_part part)
{
    if (!list || i >= list->count || (int)part < 0 || part >= CLAS_REFERENCE_PART_COUNT)
        return "";
    return clas__str(list->items[i].parts[part]);
}
