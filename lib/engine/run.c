/* SPDX-License-Identifier: Apache-2.0 */
/* The runner: finds the barème and cadre of a dossier, runs the rules in
 * their order (dossier checks, then per collectif its eligibility checks
 * and its funding), and turns the constats into verdicts. The rules write
 * into the results through a sink and never call back here. */
#include "engine/engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "titre, section" in the evaluation's pool of sources, each text once;
 * NULL when the pool is full (callers then cite a shorter fallback). */
static const char *pool_source(clas_evaluation *ev, const char *titre, const char *section)
{
    char buf[sizeof ev->sources_pool];
    int n = section && section[0] ? snprintf(buf, sizeof buf, "%s, %s", clas__str(titre), section)
                                  : snprintf(buf, sizeof buf, "%s", clas__str(titre));
    if (n < 0 || (size_t)n >= sizeof buf)
        return NULL;
    for (size_t at = 0; at < ev->sources_used; at += strlen(ev->sources_pool + at) + 1)
        if (strcmp(ev->sources_pool + at, buf) == 0)
            return ev->sources_pool + at;
    if ((size_t)n + 1 > sizeof ev->sources_pool - ev->sources_used)
        return NULL;
    char *out = memcpy(ev->sources_pool + ev->sources_used, buf, (size_t)n + 1);
    ev->sources_used += (size_t)n + 1;
    return out;
}

/* The first reference of @p list that covers @p champ and names a text,
 * as "titre, section"; NULL when none does. */
static const char *reference_source(clas_evaluation *ev, const clas__references *list, const char *champ)
{
    if (!champ)
        return NULL;
    size_t len = strlen(champ);
    for (size_t i = 0; i < list->count; i++) {
        const char *champs = clas__references_get(list, i, CLAS_REFERENCE_CHAMPS);
        const char *titre = clas__references_get(list, i, CLAS_REFERENCE_TITRE);
        for (const char *p = strstr(champs, champ); titre[0] && p; p = strstr(p + 1, champ))
            if ((p == champs || p[-1] == ' ') && (p[len] == ' ' || p[len] == '\0'))
                return pool_source(ev, titre, clas__references_get(list, i, CLAS_REFERENCE_SECTION));
    }
    return NULL;
}

/* The sources the trace cites for values (see struct clas_evaluation). */
static void describe_sources(clas_evaluation *ev)
{
    ev->sources_used = 0;
    ev->bareme_source = pool_source(ev, ev->bareme->source_titre, ev->bareme->source_section);
    ev->cadre_source = pool_source(ev, ev->cadre->source_titre, ev->cadre->source_section);
    if (!ev->bareme_source)
        ev->bareme_source = clas__str(ev->bareme->source_titre);
    if (!ev->cadre_source)
        ev->cadre_source = clas__str(ev->cadre->source_titre);
    for (int r = 0; r < CLAS_REGLE_COUNT; r++) {
        const clas_regle_row *row = clas__regle_row((clas_regle)r);
        ev->regle_cadre_source[r] = reference_source(ev, &ev->cadre->references, row->cadre_champ);
        ev->regle_bareme_source[r] = reference_source(ev, &ev->bareme->references, row->bareme_champ);
    }
    ev->sources_bareme = ev->bareme;
    ev->sources_cadre = ev->cadre;
}

static bool cache_hit(const clas_lookup_cache *c, const clas_dossier *d, unsigned carry)
{
    /* A school year is always CLAS_ANNEE_LEN characters (clas_dossier_new),
     * so the fixed-size compare is exact and inlined; a department is at
     * most CLAS_DEPT_MAX characters, compared up to its end. */
    if (!c->valid || c->carry_forward != carry || memcmp(c->annee_scolaire, d->annee_scolaire, sizeof c->annee_scolaire))
        return false;
    for (size_t i = 0; i < sizeof c->departement; i++) {
        if (c->departement[i] != d->departement[i])
            return false;
        if (c->departement[i] == '\0')
            return true;
    }
    return true;
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
        ev->sources_bareme = NULL; /* a new rule set may reuse the old one's addresses */
        ev->sources_cadre = NULL;
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
    if (ev->trace && (ev->has_cadre_copy || ev->sources_bareme != ev->bareme || ev->sources_cadre != ev->cadre))
        describe_sources(ev);
    if (d->num_collectifs > ev->cap_rows) {
        clas_eval_row *rows = realloc(ev->rows, d->num_collectifs * sizeof *rows);
        if (!rows)
            return clas__fail_nomem(NULL);
        ev->rows = rows;
        ev->cap_rows = d->num_collectifs;
    }
    return CLAS_OK;
}

static int evaluate_collectif(clas_evaluation *ev, const clas_rule_ctx *ctx, size_t i, const clas_collectif *c,
                              bool dossier_blocking)
{
    clas_eval_row *row = &ev->rows[i];
    clas_sink sink = {ev, (long)i, true, NULL, NULL};
    memcpy(row->id, c->id, sizeof row->id);
    row->decision = c->decision;
    row->has_bilan = c->has_bilan;
    row->nb_enfants = c->champs[CLAS_CHAMP_NB_ENFANTS];
    row->first_constat = ev->num_constats;
    row->first_etape = ev->num_etapes;
    const size_t blocking_before = ev->num_blocking;
    ev->num_rows = i + 1;

    int st = clas__check_collectif(ctx, &sink, c);
    if (st != CLAS_OK)
        return st;
    bool blocked = dossier_blocking ||
                   ev->num_blocking != blocking_before;
    row->verdict = blocked ? CLAS_VERDICT_INELIGIBLE : CLAS_VERDICT_ELIGIBLE;
    size_t etapes_before = ev->num_etapes;
    st = clas__fund_collectif(ctx, &sink, c, !blocked, row->montants);
    if (st != CLAS_OK)
        return st;
    /* A cadre may make a funding-stage rule (R-BONUS, R-BUDGET, R-BILAN)
     * blocking: the collectif then loses its funding, and the trace is
     * redone to show the amounts actually retained. */
    if (!blocked && ev->num_blocking != blocking_before) {
        row->verdict = CLAS_VERDICT_INELIGIBLE;
        ev->num_etapes = etapes_before;
        sink.constats = false;
        st = clas__fund_collectif(ctx, &sink, c, false, row->montants);
        if (st != CLAS_OK)
            return st;
    }
    row->num_constats = ev->num_constats - row->first_constat;
    row->num_etapes = ev->num_etapes - row->first_etape;
    if (i == 0) { /* the first row's amounts are the totals so far: nothing can overflow */
        memcpy(ev->totals, row->montants, sizeof ev->totals);
        return CLAS_OK;
    }
    for (int m = 0; m < CLAS_MONTANT_COUNT; m++)
        if (!clas__add(&ev->totals[m], ev->totals[m], row->montants[m]))
            return clas__failm(CLAS_EOVERFLOW, row->id, CLAS__MSG_DEPASSEMENT,
                               CLAS__TEXT("quoi", clas_montant_name((clas_montant)m)));
    return CLAS_OK;
}

int clas_evaluation_run(clas_evaluation *ev, const clas_regles *regles, const clas_cadre *cadre,
                        const clas_dossier *d, unsigned flags)
{
    if (!ev || !regles || !d)
        return clas__fail_null(NULL);
    if (flags & ~(CLAS_CARRY_FORWARD | CLAS_EVAL_TRACE))
        return clas__fail_flags(NULL, flags);
    clas__results_clear(ev);
    int st = prepare(ev, regles, cadre, d, flags);
    if (st == CLAS_OK && d->num_derogations > 0) {
        ev->has_derogations = true;
        if (clas__derogations_copy(ev->derogations, d->derogations) != CLAS_OK)
            st = clas__fail_nomem(NULL);
    }
    clas_rule_ctx ctx = {ev->bareme, ev->cadre, d->date_depot, 0, 0, ev->provisional, ev->trace};
    if (st == CLAS_OK && ev->trace) { /* only the trace shows dates as numbers */
        ctx.depot = clas__date_number(d->date_depot);
        ctx.limite = clas__date_number(ev->cadre->dates[CLAS_DATE_LIMITE_DEPOT]);
    }
    const clas_sink dossier_sink = {ev, -1, true, NULL, NULL};
    if (st == CLAS_OK)
        st = clas__check_dossier(&ctx, &dossier_sink, d);
    if (st != CLAS_OK) {
        clas__results_reset(ev);
        return st;
    }
    ev->num_dossier_constats = ev->num_constats;
    bool dossier_blocking = ev->num_blocking != 0;
    size_t eligibles = 0;
    for (size_t i = 0; i < d->num_collectifs; i++) {
        st = evaluate_collectif(ev, &ctx, i, d->collectifs[i], dossier_blocking);
        if (st != CLAS_OK) {
            clas__results_reset(ev);
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
        return clas__fail_null(NULL);
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

