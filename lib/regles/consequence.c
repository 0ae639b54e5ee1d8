/* SPDX-License-Identifier: Apache-2.0 */
/* The consequences a cadre attaches to constat codes: the department's own
 * words ("le dossier n'est pas examiné") with the text that says them. A
 * constat's message states the fact and the rule; what a department does
 * about it is its text, never the library's, and is shown after the fact. */
#include "regles/regles.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void consequence_clear(clas__consequence *c)
{
    for (int p = 0; p < CLAS_CONSEQUENCE_PART_COUNT; p++) {
        free(c->parts[p]);
        c->parts[p] = NULL;
    }
}

void clas__consequences_clear(clas__consequences *list)
{
    for (size_t i = 0; i < list->count; i++)
        consequence_clear(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

const clas__consequence *clas__consequence_find(const clas__consequences *list, clas_code code)
{
    for (size_t i = 0; i < list->count; i++)
        if (list->items[i].code == code)
            return &list->items[i];
    return NULL;
}

/* Fills @p c with copies of @p parts (NULL or "" left NULL). */
static int consequence_fill(clas__consequence *c, clas_code code, const char *const parts[], const char *where)
{
    *c = (clas__consequence){.code = code};
    for (int p = 0; p < CLAS_CONSEQUENCE_PART_COUNT; p++) {
        int st = parts[p] && *parts[p] ? clas__text_set(&c->parts[p], parts[p], CLAS_TEXT_MAX, where) : CLAS_OK;
        if (st != CLAS_OK) {
            consequence_clear(c);
            return st;
        }
    }
    return CLAS_OK;
}

int clas__consequences_copy(clas__consequences *dst, const clas__consequences *src)
{
    clas__consequences tmp = {NULL, 0};
    if (src->count > 0) {
        tmp.items = calloc(src->count, sizeof *tmp.items);
        if (!tmp.items)
            return clas__fail_nomem(NULL);
    }
    for (size_t i = 0; i < src->count; i++) {
        const char *const *parts = (const char *const *)src->items[i].parts;
        int st = consequence_fill(&tmp.items[i], src->items[i].code, parts, NULL);
        if (st != CLAS_OK) {
            clas__consequences_clear(&tmp);
            return st;
        }
        tmp.count++;
    }
    *dst = tmp;
    return CLAS_OK;
}

int clas_cadre_set_consequence(clas_cadre *cadre, clas_code code, const char *texte, const char *titre,
                               const char *section, const char *url)
{
    if (!cadre)
        return clas__fail_null(NULL);
    char where[96];
    const char *name = clas_code_name(code);
    snprintf(where, sizeof where, "cadre %s %s: consequences.%s", cadre->departement, cadre->annee_scolaire,
             name ? name : "?");
    if (!name)
        return clas__failm(CLAS_EINVAL, where, CLAS__MSG_VALEUR_INCONNUE, CLAS__WORD("quoi", "constat code", "code de constat"), CLAS__INT("valeur", code));
    clas__consequences *list = &cadre->consequences;
    size_t at = list->count;
    for (size_t i = 0; i < list->count; i++)
        if (list->items[i].code == code)
            at = i;
    if (!texte || !*texte) {
        /* removing: keep the order of the others */
        if (at < list->count) {
            consequence_clear(&list->items[at]);
            memmove(&list->items[at], &list->items[at + 1], (list->count - at - 1) * sizeof *list->items);
            list->count--;
        }
        return CLAS_OK;
    }
    /* A department's consequence is its own text: it names that text. */
    if (!titre || !*titre)
        return clas__fail0(CLAS_EINVAL, where, CLAS__MSG_CONSEQUENCE_SANS_TITRE);
    const char *parts[CLAS_CONSEQUENCE_PART_COUNT] = {texte, titre, section, url};
    clas__consequence fresh;
    int st = consequence_fill(&fresh, code, parts, where);
    if (st != CLAS_OK)
        return st;
    if (at == list->count) {
        clas__consequence *items = realloc(list->items, (list->count + 1) * sizeof *items);
        if (!items) {
            consequence_clear(&fresh);
            return clas__fail_nomem(where);
        }
        list->items = items;
        list->count++;
    } else {
        consequence_clear(&list->items[at]);
    }
    list->items[at] = fresh;
    return CLAS_OK;
}

const char *clas_cadre_get_consequence(const clas_cadre *cadre, clas_code code, clas_consequence_part part)
{
    if (!cadre || (unsigned)part >= CLAS_CONSEQUENCE_PART_COUNT)
        return "";
    const clas__consequence *c = clas__consequence_find(&cadre->consequences, code);
    return c ? clas__str(c->parts[part]) : "";
}

size_t clas_cadre_num_consequences(const clas_cadre *cadre) { return cadre ? cadre->consequences.count : 0; }

clas_code clas_cadre_get_consequence_code(const clas_cadre *cadre, size_t i)
{
    if (!cadre || i >= cadre->consequences.count)
        return CLAS_CODE_COUNT;
    return cadre->consequences.items[i].code;
}
