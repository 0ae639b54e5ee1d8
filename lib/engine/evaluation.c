/* SPDX-License-Identifier: Apache-2.0 */
/* Running the rules over a dossier and reading the results. A run fills
 * flat arrays (rows, constats, steps) that are kept between runs, so a
 * reused evaluation allocates nothing once it has grown to the size of the
 * dossiers it sees. */
#include "engine/engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int clas_evaluation_new(clas_evaluation **out)
{
    if (!out)
        return clas__fail(CLAS_EINVAL, NULL, "clas_evaluation_new: out is NULL");
    *out = calloc(1, sizeof **out);
    if (!*out)
        return clas__fail(CLAS_ENOMEM, NULL, "out of memory");
    return CLAS_OK;
}

static void release_cadre_copy(clas_evaluation *ev)
{
    if (ev->has_cadre_copy)
        clas__cadre_clear(&ev->cadre_copy);
    ev->has_cadre_copy = false;
}

/* Clears the results of the previous run; the rule-set reference and the
 * lookup cache stay for the next run. */
static void clear_results(clas_evaluation *ev)
{
    release_cadre_copy(ev);
    ev->bareme = NULL;
    ev->cadre = NULL;
    ev->annee_scolaire[0] = ev->dossier_id[0] = '\0';
    ev->provisional = ev->trace = false;
    ev->verdict = CLAS_VERDICT_INELIGIBLE;
    ev->date_depot = 0;
    ev->num_dossier_constats = ev->num_rows = ev->num_constats = ev->num_etapes = 0;
    memset(ev->totals, 0, sizeof ev->totals);
}

/* Leaves the evaluation empty (but keeps its buffers for the next run). */
static void reset(clas_evaluation *ev)
{
    clear_results(ev);
    clas_regles_unref(ev->regles);
    ev->regles = NULL;
    ev->cache.valid = false;
}

void clas_evaluation_free(clas_evaluation *ev)
{
    if (!ev)
        return;
    reset(ev);
    free(ev->rows);
    free(ev->constats);
    free(ev->etapes);
    free(ev);
}

int clas__add_constat(clas_evaluation *ev, long collectif, clas_code code, const char *champ, int64_t valeur,
                      int64_t limite)
{
    clas_severity severity = clas__code_severity(ev->cadre, code);
    if (severity == CLAS_SEVERITY_OFF)
        return CLAS_OK;
    if (ev->num_constats == ev->cap_constats &&
        clas__grow((void **)&ev->constats, &ev->cap_constats, ev->num_constats, sizeof *ev->constats) != CLAS_OK)
        return CLAS_ENOMEM;
    ev->constats[ev->num_constats++] = (clas_constat){ev, code, severity, collectif, champ, valeur, limite};
    return CLAS_OK;
}

int clas__trace(clas_evaluation *ev, clas_regle regle, const char *operation, const char *formule,
                const char *source, const clas_trace_value *in, size_t n, clas_trace_value out)
{
    if (!ev->trace)
        return CLAS_OK;
    if (ev->num_etapes == ev->cap_etapes &&
        clas__grow((void **)&ev->etapes, &ev->cap_etapes, ev->num_etapes, sizeof *ev->etapes) != CLAS_OK)
        return CLAS_ENOMEM;
    clas_etape *e = &ev->etapes[ev->num_etapes++];
    memset(e, 0, sizeof *e);
    e->regle = regle;
    e->operation = operation;
    e->formule = formule;
    e->source = source;
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

static bool has_blocking(const clas_evaluation *ev, size_t first, size_t count)
{
    for (size_t i = first; i < first + count; i++)
        if (ev->constats[i].severity == CLAS_SEVERITY_BLOCKING)
            return true;
    return false;
}

static void describe_source(char *buf, size_t size, const char *titre, const char *section)
{
    if (section && section[0])
        snprintf(buf, size, "%s, %s", clas__str(titre), section);
    else
        snprintf(buf, size, "%s", clas__str(titre));
}

static bool cache_hit(const clas_lookup_cache *c, const clas_dossier *d, unsigned carry)
{
    return c->valid && c->carry_forward == carry && strcmp(c->annee_scolaire, d->annee_scolaire) == 0 &&
           strcmp(c->departement, d->departement) == 0;
}

/* Finds the barème and the rule set's cadre for the dossier, through the cache. */
static int lookup(clas_evaluation *ev, const clas_dossier *d, unsigned carry)
{
    clas_lookup_cache *c = &ev->cache;
    if (cache_hit(c, d, carry))
        return CLAS_OK;
    c->valid = false;
    int provisional = 0;
    int st = clas_regles_find_bareme(&c->bareme, &provisional, ev->regles, d->annee_scolaire, carry);
    if (st == CLAS_OK)
        st = clas_regles_find_cadre(&c->cadre, ev->regles, d->departement, d->annee_scolaire);
    if (st != CLAS_OK)
        return st;
    memcpy(c->annee_scolaire, d->annee_scolaire, sizeof c->annee_scolaire);
    memcpy(c->departement, d->departement, sizeof c->departement);
    c->carry_forward = carry;
    c->provisional = provisional != 0;
    c->valid = true;
    return CLAS_OK;
}

/* Picks the barème, the cadre and the rule-set reference for a run. */
static int prepare(clas_evaluation *ev, const clas_regles *regles, const clas_cadre *cadre, const clas_dossier *d,
                   unsigned flags)
{
    if (ev->regles != regles) {
        /* The reference keeps the borrowed barème and cadre alive. */
        clas_regles_unref(ev->regles);
        ev->regles = clas_regles_ref((clas_regles *)regles);
        ev->cache.valid = false;
    }
    int st = lookup(ev, d, flags & CLAS_CARRY_FORWARD);
    if (st != CLAS_OK)
        return st;
    ev->bareme = ev->cache.bareme;
    ev->cadre = ev->cache.cadre;
    ev->provisional = ev->cache.provisional;
    if (cadre) {
        st = clas__cadre_copy_into(&ev->cadre_copy, cadre);
        if (st != CLAS_OK)
            return st;
        ev->has_cadre_copy = true;
        ev->cadre = &ev->cadre_copy;
    }
    ev->trace = (flags & CLAS_EVAL_TRACE) != 0;
    memcpy(ev->annee_scolaire, d->annee_scolaire, sizeof ev->annee_scolaire);
    memcpy(ev->dossier_id, d->id, sizeof ev->dossier_id);
    if (ev->trace) {
        describe_source(ev->bareme_source, sizeof ev->bareme_source, ev->bareme->source_titre,
                        ev->bareme->source_section);
        describe_source(ev->cadre_source, sizeof ev->cadre_source, ev->cadre->source_titre,
                        ev->cadre->source_section);
    }
    if (d->num_collectifs > ev->cap_rows) {
        clas_eval_row *rows = realloc(ev->rows, d->num_collectifs * sizeof *rows);
        if (!rows)
            return clas__fail(CLAS_ENOMEM, NULL, "out of memory");
        ev->rows = rows;
        ev->cap_rows = d->num_collectifs;
    }
    return CLAS_OK;
}

static int evaluate_collectif(clas_evaluation *ev, size_t i, const clas_collectif *c, bool dossier_blocking)
{
    clas_eval_row *row = &ev->rows[i];
    memcpy(row->id, c->id, sizeof row->id);
    row->decision = c->decision;
    row->has_bilan = c->has_bilan;
    row->nb_enfants = c->champs[CLAS_CHAMP_NB_ENFANTS];
    row->first_constat = ev->num_constats;
    row->first_etape = ev->num_etapes;
    ev->num_rows = i + 1;

    int st = clas__check_collectif(ev, (long)i, c);
    if (st != CLAS_OK)
        return st;
    bool blocked = dossier_blocking || has_blocking(ev, row->first_constat, ev->num_constats - row->first_constat);
    row->verdict = blocked ? CLAS_VERDICT_INELIGIBLE : CLAS_VERDICT_ELIGIBLE;
    size_t etapes_before = ev->num_etapes;
    st = clas__fund_collectif(ev, (long)i, c, true);
    if (st != CLAS_OK)
        return st;
    /* A cadre may make a funding-stage rule (R-BONUS, R-BUDGET, R-BILAN)
     * blocking: the collectif then loses its funding, and the trace is
     * redone to show the amounts actually retained. */
    if (!blocked && has_blocking(ev, row->first_constat, ev->num_constats - row->first_constat)) {
        row->verdict = CLAS_VERDICT_INELIGIBLE;
        ev->num_etapes = etapes_before;
        st = clas__fund_collectif(ev, (long)i, c, false);
        if (st != CLAS_OK)
            return st;
    }
    row->num_constats = ev->num_constats - row->first_constat;
    row->num_etapes = ev->num_etapes - row->first_etape;
    for (int m = 0; m < CLAS_MONTANT_COUNT; m++)
        if (!clas__add(&ev->totals[m], ev->totals[m], row->montants[m]))
            return clas__fail(CLAS_EOVERFLOW, row->id, "dossier total of %s overflows 64-bit cents",
                              clas_montant_name((clas_montant)m));
    return CLAS_OK;
}

int clas_evaluation_run(clas_evaluation *ev, const clas_regles *regles, const clas_cadre *cadre,
                        const clas_dossier *d, unsigned flags)
{
    if (!ev || !regles || !d)
        return clas__fail(CLAS_EINVAL, NULL, "clas_evaluation_run: evaluation, rule set and dossier are required");
    if (flags & ~(CLAS_CARRY_FORWARD | CLAS_EVAL_TRACE))
        return clas__fail(CLAS_EINVAL, NULL, "clas_evaluation_run: unknown flags 0x%x", flags);
    clear_results(ev);
    int st = prepare(ev, regles, cadre, d, flags);
    if (st == CLAS_OK)
        st = clas__check_dossier(ev, d);
    if (st != CLAS_OK) {
        reset(ev);
        return st;
    }
    ev->num_dossier_constats = ev->num_constats;
    bool dossier_blocking = has_blocking(ev, 0, ev->num_constats);
    size_t eligibles = 0;
    for (size_t i = 0; i < d->num_collectifs; i++) {
        st = evaluate_collectif(ev, i, d->collectifs[i], dossier_blocking);
        if (st != CLAS_OK) {
            reset(ev);
            return st;
        }
        eligibles += ev->rows[i].verdict == CLAS_VERDICT_ELIGIBLE;
    }
    if (dossier_blocking || eligibles == 0)
        ev->verdict = CLAS_VERDICT_INELIGIBLE;
    else
        ev->verdict = eligibles == d->num_collectifs ? CLAS_VERDICT_ELIGIBLE : CLAS_VERDICT_PARTIEL;
    return CLAS_OK;
}

int clas_evaluate(clas_evaluation **out, const clas_regles *regles, const clas_cadre *cadre, const clas_dossier *d,
                  unsigned flags)
{
    if (!out)
        return clas__fail(CLAS_EINVAL, NULL, "clas_evaluate: out is NULL");
    *out = NULL;
    clas_evaluation *ev = NULL;
    int st = clas_evaluation_new(&ev);
    if (st == CLAS_OK)
        st = clas_evaluation_run(ev, regles, cadre, d, flags);
    if (st != CLAS_OK) {
        clas_evaluation_free(ev);
        return st;
    }
    *out = ev;
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
        return clas__fail(CLAS_EINVAL, NULL, "clas_evaluation_find_collectif: NULL argument");
    for (size_t i = 0; i < ev->num_rows; i++)
        if (strcmp(ev->rows[i].id, id) == 0) {
            *out = i;
            return CLAS_OK;
        }
    return clas__fail(CLAS_ENOTFOUND, NULL, "no collectif \"%s\" in dossier \"%s\"", id, ev->dossier_id);
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

const char *clas_constat_get_source(const clas_constat *c)
{
    return c ? clas_regle_source(clas_code_regle(c->code)) : "";
}

clas_regle clas_etape_get_regle(const clas_etape *e) { return e ? e->regle : CLAS_REGLE_COUNT; }
const char *clas_etape_get_operation(const clas_etape *e) { return e ? e->operation : ""; }
const char *clas_etape_get_formule(const clas_etape *e) { return e ? e->formule : ""; }
const char *clas_etape_get_source(const clas_etape *e) { return e ? clas__str(e->source) : ""; }
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
