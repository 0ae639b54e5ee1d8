/* SPDX-License-Identifier: Apache-2.0 */
/* The committee report: every dossier of a campaign evaluated under the
 * campaign's cadre, and the department totals the committee reads. */
#include "engine/engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct clas_rapport {
    clas_evaluation **evaluations;
    size_t num_evaluations;
    int64_t totals[CLAS_TOTAL_COUNT];
};

void clas_rapport_free(clas_rapport *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->num_evaluations; i++)
        clas_evaluation_free(r->evaluations[i]);
    free(r->evaluations);
    free(r);
}

static int compare_ids(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Distinct porteur ids among @p n ids (sorted in place); an empty id counts
 * each dossier as its own porteur. */
static int64_t count_distinct(const char **ids, size_t n)
{
    qsort(ids, n, sizeof *ids, compare_ids);
    int64_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += !ids[i][0] || i == 0 || strcmp(ids[i], ids[i - 1]) != 0;
    return count;
}

/* Porteurs, and porteurs with at least one funded collectif. */
static int count_porteurs(clas_rapport *r, const clas_campagne *cp)
{
    size_t n = r->num_evaluations, funded = 0;
    const char **all = malloc((n ? n : 1) * sizeof *all), **paid = malloc((n ? n : 1) * sizeof *paid);
    if (!all || !paid) {
        free(all);
        free(paid);
        return clas__fail_nomem(NULL);
    }
    for (size_t i = 0; i < n; i++) {
        all[i] = cp->dossiers[i]->porteur.id;
        if (clas_evaluation_get_total(r->evaluations[i], CLAS_MONTANT_TOTAL) > 0)
            paid[funded++] = all[i];
    }
    r->totals[CLAS_TOTAL_PORTEURS] = count_distinct(all, n);
    r->totals[CLAS_TOTAL_PORTEURS_FINANCES] = count_distinct(paid, funded);
    free(all);
    free(paid);
    return CLAS_OK;
}

static int add_totals(clas_rapport *r, size_t i)
{
    const clas_evaluation *ev = r->evaluations[i];
    int64_t *t = r->totals;
    t[CLAS_TOTAL_DOSSIERS]++;
    t[CLAS_TOTAL_COLLECTIFS] += (int64_t)ev->num_rows;
    for (size_t k = 0; k < ev->num_rows; k++)
        if (ev->rows[k].verdict == CLAS_VERDICT_ELIGIBLE) {
            t[CLAS_TOTAL_COLLECTIFS_ELIGIBLES]++;
            t[CLAS_TOTAL_ENFANTS] += ev->rows[k].nb_enfants;
        }
    static const struct {
        clas_rapport_total total;
        clas_montant montant;
    } sums[] = {{CLAS_TOTAL_PS, CLAS_MONTANT_PS},
                {CLAS_TOTAL_BONUS_ENFANTS, CLAS_MONTANT_BONUS_ENFANTS},
                {CLAS_TOTAL_BONUS_PARENTS, CLAS_MONTANT_BONUS_PARENTS},
                {CLAS_TOTAL_BONUS_DEMANDES, CLAS_MONTANT_BONUS_ENFANTS_DEMANDE},
                {CLAS_TOTAL_BONUS_DEMANDES, CLAS_MONTANT_BONUS_PARENTS_DEMANDE},
                {CLAS_TOTAL_MONTANT, CLAS_MONTANT_TOTAL}};
    for (size_t k = 0; k < sizeof sums / sizeof sums[0]; k++)
        if (!clas__add(&t[sums[k].total], t[sums[k].total], clas_evaluation_get_total(ev, sums[k].montant)))
            return clas__failm(CLAS_EOVERFLOW, NULL, CLAS__MSG_DEPASSEMENT,
                               CLAS__TEXT("quoi", clas_rapport_total_name(sums[k].total)));
    return CLAS_OK;
}

int clas_rapport_new(clas_rapport **out, const clas_regles *regles, const clas_campagne *cp, unsigned flags)
{
    if (!out || !regles || !cp)
        return clas__fail_null(NULL);
    *out = NULL;
    clas_rapport *r = calloc(1, sizeof *r);
    if (!r || (cp->num_dossiers && !(r->evaluations = calloc(cp->num_dossiers, sizeof *r->evaluations)))) {
        free(r);
        return clas__fail_nomem(NULL);
    }
    for (size_t i = 0; i < cp->num_dossiers; i++) {
        const clas_dossier *d = cp->dossiers[i];
        int st = clas_evaluate(&r->evaluations[i], regles, cp->cadre, d, flags);
        if (st == CLAS_OK)
            r->num_evaluations = i + 1;
        if (st == CLAS_OK)
            st = add_totals(r, i);
        if (st != CLAS_OK) {
            char where[CLAS_ID_MAX + 32];
            snprintf(where, sizeof where, "dossier %zu (%s)", i + 1, d->id[0] ? d->id : "sans id");
            clas__fail_relocate(st, where, NULL);
            clas_rapport_free(r);
            return st;
        }
    }
    int st = count_porteurs(r, cp);
    if (st != CLAS_OK) {
        clas_rapport_free(r);
        return st;
    }
    *out = r;
    return CLAS_OK;
}

size_t clas_rapport_num_evaluations(const clas_rapport *r) { return r ? r->num_evaluations : 0; }

const clas_evaluation *clas_rapport_get_evaluation(const clas_rapport *r, size_t i)
{
    return r && i < r->num_evaluations ? r->evaluations[i] : NULL;
}

int64_t clas_rapport_get_total(const clas_rapport *r, clas_rapport_total total)
{
    return r && (unsigned)total < CLAS_TOTAL_COUNT ? r->totals[total] : 0;
}
