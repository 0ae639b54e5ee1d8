/* SPDX-License-Identifier: Apache-2.0 */
/* A department's campaign for one school year: copies of the dossiers filed
 * and, optionally, the cadre they fall under. */
#include "model/model.h"
#include "regles/regles.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int clas_campagne_new(clas_campagne **out, const char *departement, const char *annee_scolaire)
{
    if (!out || !departement || !annee_scolaire)
        return clas__fail_null("campagne");
    if (!clas__departement_valid(departement))
        return clas__failm(CLAS_EINVAL, "campagne: departement", CLAS__MSG_DEPARTEMENT_INVALIDE,
                           CLAS__TEXT("departement", departement));
    if (!clas__annee_valid(annee_scolaire))
        return clas__failm(CLAS_EINVAL, "campagne: annee_scolaire", CLAS__MSG_ANNEE_INVALIDE,
                           CLAS__TEXT("annee_scolaire", annee_scolaire));
    clas_campagne *c = calloc(1, sizeof *c);
    if (!c)
        return clas__fail_nomem("campagne");
    memcpy(c->departement, departement, strlen(departement) + 1);
    memcpy(c->annee_scolaire, annee_scolaire, CLAS_ANNEE_LEN);
    c->annee_scolaire[CLAS_ANNEE_LEN] = '\0';
    *out = c;
    return CLAS_OK;
}

void clas_campagne_free(clas_campagne *campagne)
{
    if (!campagne)
        return;
    for (size_t i = 0; i < campagne->num_dossiers; i++)
        clas_dossier_free(campagne->dossiers[i]);
    free(campagne->dossiers);
    clas__id_index_free(&campagne->id_index);
    clas_cadre_free(campagne->cadre);
    free(campagne->nom);
    free(campagne);
}

const char *clas_campagne_get_departement(const clas_campagne *campagne)
{
    return campagne ? campagne->departement : "";
}

const char *clas_campagne_get_annee_scolaire(const clas_campagne *campagne)
{
    return campagne ? campagne->annee_scolaire : "";
}

int clas_campagne_set_nom(clas_campagne *campagne, const char *nom)
{
    if (!campagne || !nom)
        return clas__fail_null("campagne: nom");
    return clas__text_set(&campagne->nom, nom, CLAS_TEXT_MAX, "campagne: nom");
}

const char *clas_campagne_get_nom(const clas_campagne *campagne)
{
    return campagne ? clas__str(campagne->nom) : "";
}

int clas_campagne_set_cadre(clas_campagne *campagne, const clas_cadre *cadre)
{
    if (!campagne)
        return clas__fail_null("campagne: cadre");
    if (!cadre) {
        clas_cadre_free(campagne->cadre);
        campagne->cadre = NULL;
        return CLAS_OK;
    }
    const char *annee = clas_cadre_get_annee_scolaire(cadre);
    if (strcmp(annee, campagne->annee_scolaire) != 0)
        return clas__failm(CLAS_EINVAL, "campagne: cadre", CLAS__MSG_CADRE_AUTRE_ANNEE, CLAS__TEXT("annee_cadre", annee),
                           CLAS__TEXT("annee_campagne", campagne->annee_scolaire));
    const char *dept = clas_cadre_get_departement(cadre);
    if (strcmp(dept, campagne->departement) != 0 && strcmp(dept, "national") != 0)
        return clas__failm(CLAS_EINVAL, "campagne: cadre", CLAS__MSG_CADRE_AUTRE_DEPARTEMENT,
                           CLAS__TEXT("departement_cadre", dept), CLAS__TEXT("departement_campagne", campagne->departement));
    clas_cadre *copy = NULL;
    int st = clas_cadre_copy(&copy, cadre);
    if (st != CLAS_OK)
        return st;
    clas_cadre_free(campagne->cadre);
    campagne->cadre = copy;
    return CLAS_OK;
}

const clas_cadre *clas_campagne_get_cadre(const clas_campagne *campagne)
{
    return campagne ? campagne->cadre : NULL;
}

/* ---- the id index ------------------------------------------------------ */

static const char *dossier_id(const void *items, size_t i)
{
    return ((clas_dossier *const *)items)[i]->id;
}

/* Checks that @p dossier may join the campaign and makes room for it
 * (array and index), without changing what the campaign holds. */
static int prepare_add(clas_campagne *campagne, const clas_dossier *dossier)
{
    if (strcmp(dossier->annee_scolaire, campagne->annee_scolaire) != 0)
        return clas__failm(CLAS_EINVAL, "campagne: dossiers", CLAS__MSG_DOSSIER_AUTRE_ANNEE, CLAS__TEXT("id", dossier->id),
                           CLAS__TEXT("annee_dossier", dossier->annee_scolaire),
                           CLAS__TEXT("annee_campagne", campagne->annee_scolaire));
    if (campagne->num_dossiers >= CLAS_LIMIT_DOSSIERS)
        return clas__failm(CLAS_ELIMIT, "campagne: dossiers", CLAS__MSG_LIMITE_DOSSIERS, CLAS__INT("max", CLAS_LIMIT_DOSSIERS));
    clas_id_index *ix = &campagne->id_index;
    if (campagne->id_index_stale) {
        int st = clas__id_index_rebuild(ix, campagne->dossiers, campagne->num_dossiers, dossier_id, 0);
        if (st != CLAS_OK)
            return st;
        campagne->id_index_stale = false;
    }
    /* Dossiers without an id cannot clash; named ones must be unique. */
    if (dossier->id[0] != '\0') {
        if (clas__id_index_find(ix, campagne->dossiers, dossier_id, dossier->id) != SIZE_MAX)
            return clas__failm(CLAS_EEXISTS, "campagne: dossiers", CLAS__MSG_DOSSIER_EN_DOUBLE,
                               CLAS__TEXT("id", dossier->id));
        int st = clas__id_index_reserve(ix, campagne->dossiers, campagne->num_dossiers, dossier_id);
        if (st != CLAS_OK)
            return st;
    }
    return clas__grow((void **)&campagne->dossiers, &campagne->cap_dossiers, campagne->num_dossiers,
                      sizeof *campagne->dossiers);
}

/* Appends a dossier that prepare_add accepted. */
static void append(clas_campagne *campagne, clas_dossier *d)
{
    size_t i = campagne->num_dossiers++;
    campagne->dossiers[i] = d;
    d->campagne = campagne;
    clas__id_index_put(&campagne->id_index, d->id, i);
}

int clas_campagne_add_dossier(clas_dossier **out, clas_campagne *campagne, const clas_dossier *dossier)
{
    if (!campagne || !dossier)
        return clas__fail_null("campagne: dossiers");
    int st = prepare_add(campagne, dossier);
    if (st != CLAS_OK)
        return st;
    clas_dossier *copy = NULL;
    st = clas_dossier_copy(&copy, dossier);
    if (st != CLAS_OK)
        return st;
    append(campagne, copy);
    if (out)
        *out = copy;
    return CLAS_OK;
}

int clas__campagne_adopt_dossier(clas_campagne *campagne, clas_dossier *dossier)
{
    if (!campagne || !dossier)
        return clas__fail_null("campagne: dossiers");
    if (dossier->campagne)
        return clas__fail0(CLAS_EINVAL, "campagne: dossiers", CLAS__MSG_DOSSIER_DEJA_EN_CAMPAGNE);
    int st = prepare_add(campagne, dossier);
    if (st != CLAS_OK)
        return st;
    append(campagne, dossier);
    return CLAS_OK;
}

size_t clas_campagne_num_dossiers(const clas_campagne *campagne)
{
    return campagne ? campagne->num_dossiers : 0;
}

clas_dossier *clas_campagne_get_dossier(clas_campagne *campagne, size_t i)
{
    return campagne && i < campagne->num_dossiers ? campagne->dossiers[i] : NULL;
}

const clas_dossier *clas_campagne_get_dossier_const(const clas_campagne *campagne, size_t i)
{
    return campagne && i < campagne->num_dossiers ? campagne->dossiers[i] : NULL;
}
