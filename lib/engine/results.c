/* SPDX-License-Identifier: Apache-2.0 */
/* The results of an evaluation: the constats, trace steps and amounts the
 * rules write through a sink, and the getters that read them. A run fills
 * flat arrays (rows, constats, steps) that are kept between runs, so a
 * reused evaluation allocates nothing once it has grown to the size of the
 * dossiers it sees. This module knows nothing of the rules' order or of
 * the runner (run.c). */
#include "engine/engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int clas_evaluation_new(clas_evaluation **out)
{
    if (!out)
        return clas__fail_null(NULL);
    *out = calloc(1, sizeof **out);
    if (!*out)
        return clas__fail_nomem(NULL);
    return CLAS_OK;
}

static void release_cadre_copy(clas_evaluation *ev)
{
    if (ev->has_cadre_copy)
        clas__cadre_clear(&ev->cadre_copy);
    ev->has_cadre_copy = false;
}

void clas__results_clear(clas_evaluation *ev)
{
    release_cadre_copy(ev);
    ev->bareme = NULL;
    ev->cadre = NULL;
    ev->annee_scolaire[0] = ev->dossier_id[0] = '\0';
    ev->provisional = ev->trace = false;
    ev->verdict = CLAS_VERDICT_INELIGIBLE;
    ev->num_dossier_constats = ev->num_rows = ev->num_constats = ev->num_etapes = ev->num_blocking = 0;
    memset(ev->totals, 0, sizeof ev->totals);
}

void clas__results_reset(clas_evaluation *ev)
{
    clas__results_clear(ev);
    clas_regles_unref(ev->regles);
    ev->regles = NULL;
    ev->cache.valid = false;
    ev->sources_bareme = NULL;
    ev->sources_cadre = NULL;
}

void clas_evaluation_free(clas_evaluation *ev)
{
    if (!ev)
        return;
    clas__results_reset(ev);
    free(ev->rows);
    free(ev->constats);
    free(ev->etapes);
    free(ev);
}

int clas__emit_champ(const clas_sink *s, clas_code code, const char *champ, int64_t valeur, int64_t limite)
{
    clas_evaluation *ev = s->results;
    if (!ev) {
        if (*s->first_blocking == CLAS_BATCH_NO_CODE && clas__code_severity(s->cadre, code) == CLAS_SEVERITY_BLOCKING)
            *s->first_blocking = (int32_t)code;
        return CLAS_OK;
    }
    if (!s->constats)
        return CLAS_OK;
    const clas_code_row *row = clas__code_row(code);
    clas_severity severity = clas__code_severity_for(row, ev->cadre->severities[row->regle]);
    if (severity == CLAS_SEVERITY_OFF)
        return CLAS_OK;
    if (ev->num_constats == ev->cap_constats &&
        clas__grow((void **)&ev->constats, &ev->cap_constats, ev->num_constats, sizeof *ev->constats) != CLAS_OK)
        return CLAS_ENOMEM;
    ev->constats[ev->num_constats++] = (clas_constat){ev, code, severity, s->collectif, champ, valeur, limite};
    ev->num_blocking += severity == CLAS_SEVERITY_BLOCKING;
    return CLAS_OK;
}


/* The source of a step's values: the barème's or the cadre's as the rule
 * says, and the cadre's as well when it changed the rule's severity. */
static const char *values_source(const clas_evaluation *ev, clas_regle regle, clas_valeurs_de valeurs)
{
    if (valeurs == CLAS_VALEURS_BAREME)
        return ev->regle_bareme_source[regle] ? ev->regle_bareme_source[regle] : ev->bareme_source;
    if (valeurs == CLAS_VALEURS_CADRE)
        return ev->regle_cadre_source[regle] ? ev->regle_cadre_source[regle] : ev->cadre_source;
    if (ev->cadre->severities[regle] != clas__regle_row(regle)->severity)
        return ev->cadre_source;
    return "";
}

int clas__step(const clas_sink *s, clas_regle regle, clas_valeurs_de valeurs, const char *operation,
               const char *formule, const clas_trace_value *in, size_t n, clas_trace_value out)
{
    clas_evaluation *ev = s->results;
    if (!ev || !ev->trace) /* a batch element records no trace */
        return CLAS_OK;
    if (ev->num_etapes == ev->cap_etapes &&
        clas__grow((void **)&ev->etapes, &ev->cap_etapes, ev->num_etapes, sizeof *ev->etapes) != CLAS_OK)
        return CLAS_ENOMEM;
    clas_etape *e = &ev->etapes[ev->num_etapes++];
    memset(e, 0, sizeof *e);
    e->regle = regle;
    e->operation = operation;
    e->formule = formule;
    e->source = clas__regle_row(regle)->source->texte;
    e->source_valeurs = values_source(ev, regle, valeurs);
    for (size_t i = 0; i < n && i < CLAS_ETAPE_MAX_ENTREES; i++) {
        e->entree_nom[i] = in[i].nom;
        e->entree_valeur[i] = in[i].valeur;
        e->entree_unite[i] = in[i].unite;
        e->num_entrees++;
    }
    e->sortie_nom = out.nom;
    e->sortie_valeur = out.valeur;
    e->sortie_unite = out.unite;
    return CLAS_OK;
}

const clas_regles *clas_evaluation_get_regles(const clas_evaluation *ev) { return ev ? ev->regles : NULL; }
const clas_bareme *clas_evaluation_get_bareme(const clas_evaluation *ev) { return ev ? ev->bareme : NULL; }
const clas_cadre *clas_evaluation_get_cadre(const clas_evaluation *ev) { return ev ? ev->cadre : NULL; }
const char *clas_evaluation_get_annee_scolaire(const clas_evaluation *ev) { return ev ? ev->annee_scolaire : ""; }
const char *clas_evaluation_get_dossier_id(const clas_evaluation *ev) { return ev ? ev->dossier_id : ""; }
int clas_evaluation_is_provisional(const clas_evaluation *ev) { return ev && ev->provisional; }
int clas_evaluation_has_trace(const clas_evaluation *ev) { return ev && ev->trace; }

clas_verdict clas_evaluation_get_verdict(const clas_evaluation *ev)
{
    return ev ? ev->verdict : CLAS_VERDICT_INELIGIBLE;
}

size_t clas_evaluation_num_collectifs(const clas_evaluation *ev) { return ev ? ev->num_rows : 0; }

static const clas_eval_row *row_at(const clas_evaluation *ev, size_t i)
{
    return ev && i < ev->num_rows ? &ev->rows[i] : NULL;
}

const char *clas_evaluation_get_collectif_id(const clas_evaluation *ev, size_t i)
{
    const clas_eval_row *r = row_at(ev, i);
    return r ? r->id : NULL;
}

clas_verdict clas_evaluation_get_collectif_verdict(const clas_evaluation *ev, size_t i)
{
    const clas_eval_row *r = row_at(ev, i);
    return r ? r->verdict : CLAS_VERDICT_INELIGIBLE;
}

clas_decision clas_evaluation_get_collectif_decision(const clas_evaluation *ev, size_t i)
{
    const clas_eval_row *r = row_at(ev, i);
    return r ? r->decision : CLAS_DECISION_EN_ATTENTE;
}

clas_statut clas_evaluation_get_collectif_statut(const clas_evaluation *ev, size_t i)
{
    const clas_eval_row *r = row_at(ev, i);
    if (!r || r->verdict != CLAS_VERDICT_ELIGIBLE)
        return CLAS_STATUT_INELIGIBLE;
    switch (r->decision) {
    case CLAS_DECISION_AGREE: return CLAS_STATUT_AGREE;
    case CLAS_DECISION_REFUSE: return CLAS_STATUT_REFUSE;
    case CLAS_DECISION_EN_ATTENTE: break;
    }
    return CLAS_STATUT_EN_ATTENTE;
}

int clas_evaluation_find_collectif(size_t *out, const clas_evaluation *ev, const char *id)
{
    if (!out || !ev || !id)
        return clas__fail_null(NULL);
    for (size_t i = 0; i < ev->num_rows; i++)
        if (strcmp(ev->rows[i].id, id) == 0) {
            *out = i;
            return CLAS_OK;
        }
    return clas__failm(CLAS_ENOTFOUND, NULL, CLAS__MSG_COLLECTIF_HORS_DOSSIER, CLAS__TEXT("id", id),
                       CLAS__TEXT("dossier", ev->dossier_id));
}

clas_cents clas_evaluation_get_montant(const clas_evaluation *ev, size_t i, clas_montant montant)
{
    const clas_eval_row *r = row_at(ev, i);
    return r && (unsigned)montant < CLAS_MONTANT_COUNT ? r->montants[montant] : 0;
}

clas_cents clas_evaluation_get_total(const clas_evaluation *ev, clas_montant montant)
{
    return ev && (unsigned)montant < CLAS_MONTANT_COUNT ? ev->totals[montant] : 0;
}

int clas_evaluation_has_bilan(const clas_evaluation *ev, size_t i)
{
    const clas_eval_row *r = row_at(ev, i);
    return r ? r->has_bilan : 0;
}

size_t clas_evaluation_num_constats(const clas_evaluation *ev) { return ev ? ev->num_constats : 0; }

const clas_constat *clas_evaluation_get_constat(const clas_evaluation *ev, size_t i)
{
    return ev && i < ev->num_constats ? &ev->constats[i] : NULL;
}

size_t clas_evaluation_num_collectif_constats(const clas_evaluation *ev, size_t i)
{
    const clas_eval_row *r = row_at(ev, i);
    return r ? r->num_constats : 0;
}

const clas_constat *clas_evaluation_get_collectif_constat(const clas_evaluation *ev, size_t i, size_t j)
{
    const clas_eval_row *r = row_at(ev, i);
    return r && j < r->num_constats ? &ev->constats[r->first_constat + j] : NULL;
}

size_t clas_evaluation_num_etapes(const clas_evaluation *ev, size_t i)
{
    const clas_eval_row *r = row_at(ev, i);
    return r ? r->num_etapes : 0;
}

const clas_etape *clas_evaluation_get_etape(const clas_evaluation *ev, size_t i, size_t j)
{
    const clas_eval_row *r = row_at(ev, i);
    return r && j < r->num_etapes ? &ev->etapes[r->first_etape + j] : NULL;
}

clas_code clas_constat_get_code(const clas_constat *c) { return c ? c->code : CLAS_CODE_COUNT; }
clas_severity clas_constat_get_severity(const clas_constat *c) { return c ? c->severity : CLAS_SEVERITY_INFO; }
clas_regle clas_constat_get_regle(const clas_constat *c) { return c ? clas_code_regle(c->code) : CLAS_REGLE_COUNT; }
long clas_constat_get_collectif_index(const clas_constat *c) { return c ? c->collectif_index : -1; }

const char *clas_constat_get_collectif_id(const clas_constat *c)
{
    if (!c || c->collectif_index < 0)
        return "";
    return c->evaluation->rows[c->collectif_index].id;
}

const char *clas_constat_get_champ(const clas_constat *c) { return c ? c->champ : ""; }
int64_t clas_constat_get_valeur(const clas_constat *c) { return c ? c->valeur : 0; }
int64_t clas_constat_get_limite(const clas_constat *c) { return c ? c->limite : 0; }

const char *clas_constat_get_source(const clas_constat *c) { return c ? clas_code_source(c->code) : ""; }

const char *clas_constat_get_consequence(const clas_constat *c, clas_consequence_part part)
{
    if (!c || !c->evaluation)
        return "";
    return clas_cadre_get_consequence(c->evaluation->cadre, c->code, part);
}


clas_regle clas_etape_get_regle(const clas_etape *e) { return e ? e->regle : CLAS_REGLE_COUNT; }
const char *clas_etape_get_operation(const clas_etape *e) { return e ? e->operation : ""; }
const char *clas_etape_get_formule(const clas_etape *e) { return e ? e->formule : ""; }
const char *clas_etape_get_source(const clas_etape *e) { return e ? clas__str(e->source) : ""; }
const char *clas_etape_get_source_valeurs(const clas_etape *e) { return e ? clas__str(e->source_valeurs) : ""; }
size_t clas_etape_num_entrees(const clas_etape *e) { return e ? e->num_entrees : 0; }

const char *clas_etape_get_entree_nom(const clas_etape *e, size_t i)
{
    return e && i < e->num_entrees ? e->entree_nom[i] : NULL;
}

int64_t clas_etape_get_entree_valeur(const clas_etape *e, size_t i)
{
    return e && i < e->num_entrees ? e->entree_valeur[i] : 0;
}

clas_unite clas_etape_get_entree_unite(const clas_etape *e, size_t i)
{
    return e && i < e->num_entrees ? e->entree_unite[i] : CLAS_UNITE_NOMBRE;
}

const char *clas_etape_get_sortie_nom(const clas_etape *e) { return e ? e->sortie_nom : ""; }
int64_t clas_etape_get_sortie_valeur(const clas_etape *e) { return e ? e->sortie_valeur : 0; }
clas_unite clas_etape_get_sortie_unite(const clas_etape *e) { return e ? e->sortie_unite : CLAS_UNITE_NOMBRE; }
