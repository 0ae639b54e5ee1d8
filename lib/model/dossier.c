/* SPDX-License-Identifier: Apache-2.0 */
/* The dossier and the porteur embedded in it. The dossier holds its
 * collectifs as an array of pointers so that a borrowed clas_collectif*
 * stays valid while more collectifs are added. */
#include "model/model.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *collectif_id(const void *items, size_t i)
{
    return ((clas_collectif *const *)items)[i]->id;
}

int clas_dossier_new(clas_dossier **out, const char *annee_scolaire)
{
    if (!out || !annee_scolaire)
        return clas__fail_null("dossier");
    if (!clas__annee_valid(annee_scolaire))
        return clas__failm(CLAS_EINVAL, "dossier: annee_scolaire", CLAS__MSG_ANNEE_INVALIDE,
                           CLAS__TEXT("annee_scolaire", annee_scolaire));
    clas_dossier *d = calloc(1, sizeof *d);
    if (!d)
        return clas__fail_nomem("dossier");
    memcpy(d->annee_scolaire, annee_scolaire, CLAS_ANNEE_LEN);
    d->annee_scolaire[CLAS_ANNEE_LEN] = '\0';
    d->porteur.type = CLAS_PORTEUR_AUTRE;
    *out = d;
    return CLAS_OK;
}

void clas_dossier_free(clas_dossier *dossier)
{
    if (!dossier)
        return;
    for (size_t i = 0; i < dossier->num_collectifs; i++)
        clas__collectif_destroy(dossier->collectifs[i]);
    free(dossier->collectifs);
    clas__id_index_free(&dossier->collectif_ids);
    free(dossier->porteur.nom);
    free(dossier->porteur.commune);
    clas__derogations_free(dossier->derogations);
    free(dossier);
}

/* Optional text: NULL stays NULL, otherwise an exact copy. */
static int dup_opt(char **dst, const char *src)
{
    *dst = NULL;
    if (!src)
        return CLAS_OK;
    *dst = strdup(src);
    return *dst ? CLAS_OK : CLAS_ENOMEM;
}

int clas_dossier_copy(clas_dossier **out, const clas_dossier *dossier)
{
    if (!out || !dossier)
        return clas__fail_null("dossier");
    clas_dossier *d = calloc(1, sizeof *d);
    if (!d)
        return clas__fail_nomem("dossier");
    memcpy(d->annee_scolaire, dossier->annee_scolaire, sizeof d->annee_scolaire);
    memcpy(d->id, dossier->id, sizeof d->id);
    memcpy(d->departement, dossier->departement, sizeof d->departement);
    memcpy(d->date_depot, dossier->date_depot, sizeof d->date_depot);
    memcpy(d->liens, dossier->liens, sizeof d->liens);
    d->bilan_precedent = dossier->bilan_precedent;
    d->num_derogations = dossier->num_derogations;
    memcpy(d->porteur.id, dossier->porteur.id, sizeof d->porteur.id);
    d->porteur.type = dossier->porteur.type;
    if (dup_opt(&d->porteur.nom, dossier->porteur.nom) != CLAS_OK ||
        dup_opt(&d->porteur.commune, dossier->porteur.commune) != CLAS_OK ||
        clas__derogations_copy(d->derogations, dossier->derogations) != CLAS_OK)
        goto nomem;
    if (dossier->num_collectifs > 0) {
        d->collectifs = calloc(dossier->num_collectifs, sizeof *d->collectifs);
        if (!d->collectifs)
            goto nomem;
        d->cap_collectifs = dossier->num_collectifs;
        for (size_t i = 0; i < dossier->num_collectifs; i++) {
            clas_collectif *c = calloc(1, sizeof *c);
            if (!c)
                goto nomem;
            if (clas__collectif_copy_into(c, dossier->collectifs[i]) != CLAS_OK) {
                free(c);
                goto nomem;
            }
            d->collectifs[d->num_collectifs++] = c;
        }
        if (clas__id_index_rebuild(&d->collectif_ids, d->collectifs, d->num_collectifs, collectif_id, 0) != CLAS_OK)
            goto nomem;
    }
    *out = d;
    return CLAS_OK;
nomem:
    clas_dossier_free(d);
    return clas__fail_nomem("dossier");
}

static int text_eq(const char *a, const char *b)
{
    return strcmp(clas__str(a), clas__str(b)) == 0;
}

static int collectif_equal(const clas_collectif *a, const clas_collectif *b)
{
    if (strcmp(a->id, b->id) != 0 || !text_eq(a->nom, b->nom) || a->niveaux != b->niveaux ||
        a->depenses != b->depenses || a->decision != b->decision ||
        !text_eq(a->decision_motif, b->decision_motif) || a->acomptes_verses != b->acomptes_verses ||
        a->has_bilan != b->has_bilan)
        return 0;
    for (int i = 0; i < CLAS_CHAMP_COUNT; i++)
        if (a->champs[i] != b->champs[i])
            return 0;
    for (int i = 0; i < CLAS_BONUS_COUNT; i++)
        if (a->bonus_demande[i] != b->bonus_demande[i] || a->bonus_accorde[i] != b->bonus_accorde[i] ||
            !text_eq(a->bonus_projet[i], b->bonus_projet[i]))
            return 0;
    for (int i = 0; i < CLAS_BILAN_CHAMP_COUNT; i++)
        if (a->bilan[i] != b->bilan[i])
            return 0;
    if (a->num_financements != b->num_financements || a->num_actions != b->num_actions)
        return 0;
    for (size_t i = 0; i < a->num_financements; i++)
        if (a->financements[i].montant != b->financements[i].montant ||
            !text_eq(a->financements[i].libelle, b->financements[i].libelle))
            return 0;
    for (size_t i = 0; i < a->num_actions; i++)
        if (a->actions[i].action != b->actions[i].action ||
            !text_eq(a->actions[i].texte, b->actions[i].texte))
            return 0;
    return 1;
}

int clas_dossier_equal(const clas_dossier *a, const clas_dossier *b)
{
    if (a == b)
        return 1;
    if (!a || !b)
        return 0;
    if (strcmp(a->annee_scolaire, b->annee_scolaire) != 0 || strcmp(a->id, b->id) != 0 ||
        strcmp(a->departement, b->departement) != 0 || strcmp(a->date_depot, b->date_depot) != 0 ||
        memcmp(a->liens, b->liens, sizeof a->liens) != 0 || a->bilan_precedent != b->bilan_precedent)
        return 0;
    if (strcmp(a->porteur.id, b->porteur.id) != 0 || a->porteur.type != b->porteur.type ||
        !text_eq(a->porteur.nom, b->porteur.nom) || !text_eq(a->porteur.commune, b->porteur.commune) ||
        !clas__derogations_equal(a->derogations, b->derogations))
        return 0;
    if (a->num_collectifs != b->num_collectifs)
        return 0;
    for (size_t i = 0; i < a->num_collectifs; i++)
        if (!collectif_equal(a->collectifs[i], b->collectifs[i]))
            return 0;
    return 1;
}

const char *clas_dossier_get_annee_scolaire(const clas_dossier *dossier)
{
    return dossier ? dossier->annee_scolaire : "";
}

int clas_dossier_set_id(clas_dossier *dossier, const char *id)
{
    if (!dossier || !id)
        return clas__fail_null("dossier: id");
    /* Validate into a scratch buffer so a refused id keeps the old one. */
    char buf[CLAS_ID_MAX + 1];
    int st = clas__id_set(buf, id, "dossier: id");
    if (st != CLAS_OK)
        return st;
    memcpy(dossier->id, buf, sizeof buf);
    if (dossier->campagne)
        dossier->campagne->id_index_stale = true;
    return CLAS_OK;
}

const char *clas_dossier_get_id(const clas_dossier *dossier)
{
    return dossier ? dossier->id : "";
}

int clas_dossier_set_departement(clas_dossier *dossier, const char *departement)
{
    if (!dossier || !departement)
        return clas__fail_null("dossier: departement");
    /* "" is the unset value (the JSON default), so it clears the code. */
    if (departement[0] != '\0' && !clas__departement_valid(departement))
        return clas__failm(CLAS_EINVAL, "dossier: departement", CLAS__MSG_DEPARTEMENT_INVALIDE,
                           CLAS__TEXT("departement", departement));
    size_t len = strlen(departement);
    memcpy(dossier->departement, departement, len + 1);
    return CLAS_OK;
}

const char *clas_dossier_get_departement(const clas_dossier *dossier)
{
    return dossier ? dossier->departement : "";
}

static int date_error(const char *where, const char *date)
{
    char shown[21];
    snprintf(shown, sizeof shown, "%s", date);
    return clas__failm(CLAS_EINVAL, where, CLAS__MSG_DATE_INVALIDE, CLAS__TEXT("date", shown),
                       CLAS__WORD("forme", "YYYY-MM-DD", "AAAA-MM-JJ"));
}

int clas_dossier_set_date_depot(clas_dossier *dossier, const char *date)
{
    if (!dossier)
        return clas__fail_null("dossier: date_depot");
    if (!date) {
        dossier->date_depot[0] = '\0';
        return CLAS_OK;
    }
    if (!clas__date_valid(date, false))
        return date_error("dossier: date_depot", date);
    memcpy(dossier->date_depot, date, CLAS_DATE_LEN);
    dossier->date_depot[CLAS_DATE_LEN] = '\0';
    return CLAS_OK;
}

const char *clas_dossier_get_date_depot(const clas_dossier *dossier)
{
    if (!dossier || dossier->date_depot[0] == '\0')
        return NULL;
    return dossier->date_depot;
}

clas_porteur *clas_dossier_get_porteur(clas_dossier *dossier)
{
    return dossier ? &dossier->porteur : NULL;
}

const clas_porteur *clas_dossier_get_porteur_const(const clas_dossier *dossier)
{
    return dossier ? &dossier->porteur : NULL;
}

static clas_collectif *find(const clas_dossier *dossier, const char *id)
{
    size_t i = clas__id_index_find(&dossier->collectif_ids, dossier->collectifs, collectif_id, id);
    return i == SIZE_MAX ? NULL : dossier->collectifs[i];
}

/* Defaults of a new collectif: everything 0 or empty, so nothing counts as
 * declared (not even "out of school time", which R-HORS-TEMPS requires),
 * and the committee has not decided yet. */
static void collectif_init(clas_collectif *c, const char *id)
{
    memset(c, 0, sizeof *c);
    memcpy(c->id, id, sizeof c->id);
    c->decision = CLAS_DECISION_EN_ATTENTE;
}

int clas_dossier_add_collectif(clas_collectif **out, clas_dossier *dossier, const char *id)
{
    if (!dossier || !id)
        return clas__fail_null("dossier: collectifs");
    char buf[CLAS_ID_MAX + 1];
    int st = clas__id_set(buf, id, "collectif: id");
    if (st != CLAS_OK)
        return st;
    if (dossier->num_collectifs >= CLAS_LIMIT_COLLECTIFS)
        return clas__failm(CLAS_ELIMIT, "dossier: collectifs", CLAS__MSG_LIMITE_COLLECTIFS,
                           CLAS__INT("max", CLAS_LIMIT_COLLECTIFS));
    if (find(dossier, buf))
        return clas__failm(CLAS_EEXISTS, "dossier: collectifs", CLAS__MSG_COLLECTIF_EN_DOUBLE, CLAS__TEXT("id", buf));
    st = clas__id_index_reserve(&dossier->collectif_ids, dossier->collectifs, dossier->num_collectifs, collectif_id);
    if (st != CLAS_OK)
        return st;
    st = clas__grow((void **)&dossier->collectifs, &dossier->cap_collectifs, dossier->num_collectifs,
                    sizeof *dossier->collectifs);
    if (st != CLAS_OK)
        return st;
    clas_collectif *c = malloc(sizeof *c);
    if (!c)
        return clas__fail_nomem("dossier: collectifs");
    collectif_init(c, buf);
    clas__id_index_put(&dossier->collectif_ids, c->id, dossier->num_collectifs);
    dossier->collectifs[dossier->num_collectifs++] = c;
    if (out)
        *out = c;
    return CLAS_OK;
}

size_t clas_dossier_num_collectifs(const clas_dossier *dossier)
{
    return dossier ? dossier->num_collectifs : 0;
}

clas_collectif *clas_dossier_get_collectif(clas_dossier *dossier, size_t i)
{
    return dossier && i < dossier->num_collectifs ? dossier->collectifs[i] : NULL;
}

const clas_collectif *clas_dossier_get_collectif_const(const clas_dossier *dossier, size_t i)
{
    return dossier && i < dossier->num_collectifs ? dossier->collectifs[i] : NULL;
}

int clas_dossier_find_collectif(clas_collectif **out, clas_dossier *dossier, const char *id)
{
    if (!out || !dossier || !id)
        return clas__fail_null("dossier: collectifs");
    clas_collectif *c = find(dossier, id);
    if (!c)
        return clas__failm(CLAS_ENOTFOUND, "dossier: collectifs", CLAS__MSG_COLLECTIF_INTROUVABLE, CLAS__TEXT("id", id));
    *out = c;
    return CLAS_OK;
}

/* ---- porteur ---- */

int clas_porteur_set_id(clas_porteur *porteur, const char *id)
{
    if (!porteur || !id)
        return clas__fail_null("porteur: id");
    char buf[CLAS_ID_MAX + 1];
    int st = clas__id_set(buf, id, "porteur: id");
    if (st != CLAS_OK)
        return st;
    memcpy(porteur->id, buf, sizeof buf);
    return CLAS_OK;
}

const char *clas_porteur_get_id(const clas_porteur *porteur)
{
    return porteur ? porteur->id : "";
}

int clas_porteur_set_nom(clas_porteur *porteur, const char *nom)
{
    if (!porteur || !nom)
        return clas__fail_null("porteur: nom");
    return clas__text_set(&porteur->nom, nom, CLAS_TEXT_MAX, "porteur: nom");
}

const char *clas_porteur_get_nom(const clas_porteur *porteur)
{
    return porteur ? clas__str(porteur->nom) : "";
}

int clas_porteur_set_type(clas_porteur *porteur, clas_porteur_type type)
{
    if (!porteur)
        return clas__fail_null("porteur: type");
    if ((unsigned)type >= CLAS_PORTEUR_TYPE_COUNT)
        return clas__failm(CLAS_EINVAL, "porteur: type", CLAS__MSG_VALEUR_INCONNUE, CLAS__WORD("quoi", "porteur type", "type de porteur"), CLAS__INT("valeur", type));
    porteur->type = type;
    return CLAS_OK;
}

clas_porteur_type clas_porteur_get_type(const clas_porteur *porteur)
{
    return porteur ? porteur->type : CLAS_PORTEUR_AUTRE;
}

int clas_porteur_set_commune(clas_porteur *porteur, const char *commune)
{
    if (!porteur || !commune)
        return clas__fail_null("porteur: commune");
    return clas__text_set(&porteur->commune, commune, CLAS_TEXT_MAX, "porteur: commune");
}

const char *clas_porteur_get_commune(const clas_porteur *porteur)
{
    return porteur ? clas__str(porteur->commune) : "";
}

int clas_dossier_set_lien(clas_dossier *dossier, clas_lien lien, int linked)
{
    if (!dossier)
        return clas__fail_null("dossier: liens");
    if ((unsigned)lien >= CLAS_LIEN_COUNT)
        return clas__failm(CLAS_EINVAL, "dossier: liens", CLAS__MSG_VALEUR_INCONNUE, CLAS__WORD("quoi", "scheme", "dispositif"), CLAS__INT("valeur", lien));
    dossier->liens[lien] = linked != 0;
    return CLAS_OK;
}

int clas_dossier_get_lien(const clas_dossier *dossier, clas_lien lien)
{
    if (!dossier || (unsigned)lien >= CLAS_LIEN_COUNT)
        return 0;
    return dossier->liens[lien];
}

int clas_dossier_set_bilan_precedent(clas_dossier *dossier, clas_bilan_precedent value)
{
    if (!dossier)
        return clas__fail_null("dossier: bilan_precedent");
    if ((unsigned)value >= CLAS_BILAN_PRECEDENT_COUNT)
        return clas__failm(CLAS_EINVAL, "dossier: bilan_precedent",
                           CLAS__MSG_VALEUR_INCONNUE, CLAS__WORD("quoi", "previous-bilan state", "état du bilan précédent"), CLAS__INT("valeur", value));
    dossier->bilan_precedent = value;
    return CLAS_OK;
}

clas_bilan_precedent clas_dossier_get_bilan_precedent(const clas_dossier *dossier)
{
    return dossier ? dossier->bilan_precedent : CLAS_BILAN_PRECEDENT_NON_RENSEIGNE;
}
