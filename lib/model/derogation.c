/* SPDX-License-Identifier: Apache-2.0 */
/* Exceptions the committee grants to one dossier ("a late dossier examined
 * all the same"): for a rule a cadre could switch off, the committee lifts
 * it for that dossier only, with its reason and date, instead of changing
 * the campaign's cadre. The engine keeps the rule's constats visible but
 * no longer blocking (engine/results.c). */
#include "model/model.h"

#include <stdlib.h>
#include <string.h>

static bool regle_ok(clas_regle regle)
{
    return (unsigned)regle < CLAS_REGLE_COUNT && clas_regle_can_switch_off(regle);
}

int clas_dossier_set_derogation(clas_dossier *dossier, clas_regle regle, const char *motif, const char *date)
{
    if (!dossier || !motif)
        return clas__fail_null("dossier: derogations");
    if (!regle_ok(regle))
        return clas__failm(CLAS_EINVAL, "dossier: derogations", CLAS__MSG_REGLE_NON_DESACTIVABLE,
                           CLAS__TEXT("regle", (unsigned)regle < CLAS_REGLE_COUNT ? clas_regle_id(regle) : "?"));
    if (motif[0] == '\0')
        return clas__fail0(CLAS_EINVAL, "dossier: derogations: motif", CLAS__MSG_DEROGATION_SANS_MOTIF);
    if (date && date[0] && !clas__date_valid(date, false))
        return clas__failm(CLAS_EINVAL, "dossier: derogations: date", CLAS__MSG_DATE_INVALIDE, CLAS__TEXT("date", date),
                           CLAS__TEXT("forme", "YYYY-MM-DD"));
    clas_derogation *d = &dossier->derogations[regle];
    char *old = d->motif;
    d->motif = NULL;
    int st = clas__text_set(&d->motif, motif, CLAS_TEXT_MAX, "dossier: derogations: motif");
    if (st != CLAS_OK) {
        d->motif = old;
        return st;
    }
    if (!old)
        dossier->num_derogations++;
    free(old);
    size_t n = date ? strlen(date) : 0;
    memcpy(d->date, date ? date : "", n + 1);
    return CLAS_OK;
}

int clas_dossier_remove_derogation(clas_dossier *dossier, clas_regle regle)
{
    if (!dossier || (unsigned)regle >= CLAS_REGLE_COUNT)
        return clas__fail_null("dossier: derogations");
    if (dossier->derogations[regle].motif)
        dossier->num_derogations--;
    free(dossier->derogations[regle].motif);
    memset(&dossier->derogations[regle], 0, sizeof dossier->derogations[regle]);
    return CLAS_OK;
}

int clas_dossier_has_derogation(const clas_dossier *dossier, clas_regle regle)
{
    return dossier && (unsigned)regle < CLAS_REGLE_COUNT && dossier->derogations[regle].motif != NULL;
}

const char *clas_dossier_get_derogation_motif(const clas_dossier *dossier, clas_regle regle)
{
    return clas_dossier_has_derogation(dossier, regle) ? dossier->derogations[regle].motif : "";
}

const char *clas_dossier_get_derogation_date(const clas_dossier *dossier, clas_regle regle)
{
    return clas_dossier_has_derogation(dossier, regle) ? dossier->derogations[regle].date : "";
}

int clas__derogations_copy(clas_derogation *dst, const clas_derogation *src)
{
    for (int r = 0; r < CLAS_REGLE_COUNT; r++) {
        memcpy(dst[r].date, src[r].date, sizeof dst[r].date);
        if (src[r].motif && !(dst[r].motif = strdup(src[r].motif)))
            return CLAS_ENOMEM;
    }
    return CLAS_OK;
}

void clas__derogations_free(clas_derogation *d)
{
    for (int r = 0; r < CLAS_REGLE_COUNT; r++)
        free(d[r].motif);
}

bool clas__derogations_equal(const clas_derogation *a, const clas_derogation *b)
{
    for (int r = 0; r < CLAS_REGLE_COUNT; r++)
        if (!a[r].motif != !b[r].motif || (a[r].motif && strcmp(a[r].motif, b[r].motif) != 0) ||
            strcmp(a[r].date, b[r].date) != 0)
            return false;
    return true;
}
