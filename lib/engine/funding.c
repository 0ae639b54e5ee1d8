/* SPDX-License-Identifier: Apache-2.0 */
/* The money of a collectif: R-PS (Ps on capped expenses, rounded once, then
 * the published maximum), R-BONUS (requested vs granted), the balance of the
 * forecast budget (R-BUDGET), the advance, and after the bilan the droit réel
 * and the régularisation (R-BILAN). All amounts are int64_t cents. */
#include "engine/engine.h"

typedef struct funding_run {
    clas_evaluation *ev;
    long idx;
    bool record;            /* add constats (first pass only) */
} funding_run;

static int constat(const funding_run *r, clas_code code, const char *champ, int64_t valeur, int64_t limite)
{
    return r->record ? clas__add_constat(r->ev, r->idx, code, champ, valeur, limite) : CLAS_OK;
}

static int overflow(const funding_run *r, const char *what)
{
    return clas__fail(CLAS_EOVERFLOW, r->ev->rows[r->idx].id, "%s: amount overflows 64-bit cents", what);
}

#define IN(n) (sizeof(n) / sizeof(n)[0])

int clas__ps(const clas_bareme *b, clas_cents depenses, clas_cents *base, clas_cents *ps_calculee, clas_cents *ps)
{
    *base = depenses < b->prix_plafond ? depenses : b->prix_plafond;
    int st = clas__apply_rate(ps_calculee, *base, b->taux, CLAS_TAUX_UN, b->rounding);
    if (st != CLAS_OK)
        return st;
    *ps = *ps_calculee < b->ps_max ? *ps_calculee : b->ps_max;
    return CLAS_OK;
}

static int fund_ps(const funding_run *r, const clas_collectif *c, bool funded, clas_cents *m)
{
    const clas_bareme *b = r->ev->bareme;
    const char *src = r->ev->bareme_source;
    clas_cents base, calc, cap;
    int st = clas__ps(b, c->depenses, &base, &calc, &cap);
    if (st != CLAS_OK)
        return overflow(r, "ps");
    m[CLAS_MONTANT_BASE] = base;
    m[CLAS_MONTANT_PS_CALCULEE] = calc;
    m[CLAS_MONTANT_PS] = funded ? cap : 0;
    if (funded && c->depenses > b->prix_plafond)
        st = constat(r, CLAS_CODE_PS_PRIX_PLAFOND_APPLIQUE, "depenses", c->depenses, b->prix_plafond);
    if (st == CLAS_OK && funded && calc > b->ps_max)
        st = constat(r, CLAS_CODE_PS_MAXIMUM_APPLIQUE, "ps", calc, b->ps_max);
    if (st != CLAS_OK || !r->ev->trace)
        return st;

    const clas_trace_value base_in[] = {{"depenses", c->depenses, CLAS_UNITE_CENTS},
                                        {"prix_plafond", b->prix_plafond, CLAS_UNITE_CENTS}};
    st = clas__trace(r->ev, CLAS_REGLE_PS, "base", "min(depenses, prix_plafond)", src, base_in, IN(base_in),
                     (clas_trace_value){"base", base, CLAS_UNITE_CENTS});
    const clas_trace_value calc_in[] = {{"base", base, CLAS_UNITE_CENTS}, {"taux", b->taux, CLAS_UNITE_TAUX}};
    if (st == CLAS_OK)
        st = clas__trace(r->ev, CLAS_REGLE_PS, "ps_calculee", "arrondi(taux x base), une seule fois", src, calc_in,
                         IN(calc_in), (clas_trace_value){"ps_calculee", calc, CLAS_UNITE_CENTS});
    const clas_trace_value ps_in[] = {{"ps_calculee", calc, CLAS_UNITE_CENTS},
                                      {"ps_max", b->ps_max, CLAS_UNITE_CENTS},
                                      {"finance", funded, CLAS_UNITE_BOOLEEN}};
    if (st == CLAS_OK)
        st = clas__trace(r->ev, CLAS_REGLE_PS, "ps", "finance ? min(ps_calculee, ps_max) : 0", src, ps_in, IN(ps_in),
                         (clas_trace_value){"ps", m[CLAS_MONTANT_PS], CLAS_UNITE_CENTS});
    return st;
}

static int fund_decision(const funding_run *r, const clas_collectif *c, bool eligible, bool funded)
{
    int st = CLAS_OK;
    if (c->decision == CLAS_DECISION_REFUSE)
        st = constat(r, CLAS_CODE_AGREMENT_REFUSE, "decision", 0, 0);
    else if (c->decision == CLAS_DECISION_EN_ATTENTE)
        st = constat(r, CLAS_CODE_AGREMENT_EN_ATTENTE, "decision", 0, 0);
    if (st != CLAS_OK || !r->ev->trace)
        return st;
    const clas_trace_value in[] = {{"eligible", eligible, CLAS_UNITE_BOOLEEN},
                                   {"decision", c->decision, CLAS_UNITE_DECISION}};
    return clas__trace(r->ev, CLAS_REGLE_AGREMENT, "agrement", "eligible et decision != refuse",
                       clas_regle_source(CLAS_REGLE_AGREMENT), in, IN(in),
                       (clas_trace_value){"finance", funded, CLAS_UNITE_BOOLEEN});
}

static int fund_bonus(const funding_run *r, const clas_collectif *c, bool eligible, clas_cents *m)
{
    static const char *const champs[CLAS_BONUS_COUNT] = {"bonus.enfants", "bonus.parents"};
    static const char *const sorties[CLAS_BONUS_COUNT] = {"bonus_enfants", "bonus_parents"};
    static const clas_montant demande_m[CLAS_BONUS_COUNT] = {CLAS_MONTANT_BONUS_ENFANTS_DEMANDE,
                                                             CLAS_MONTANT_BONUS_PARENTS_DEMANDE};
    static const clas_montant accorde_m[CLAS_BONUS_COUNT] = {CLAS_MONTANT_BONUS_ENFANTS, CLAS_MONTANT_BONUS_PARENTS};
    bool agree = eligible && c->decision == CLAS_DECISION_AGREE;
    for (int k = 0; k < CLAS_BONUS_COUNT; k++) {
        clas_cents montant = r->ev->bareme->bonus[k];
        bool demande = c->bonus_demande[k], accorde = c->bonus_accorde[k];
        bool projet = c->bonus_projet[k] && c->bonus_projet[k][0];
        m[demande_m[k]] = demande ? montant : 0;
        m[accorde_m[k]] = accorde && agree ? montant : 0;
        int st = CLAS_OK;
        if (accorde && !agree)
            st = constat(r, CLAS_CODE_BONUS_SANS_AGREMENT, champs[k], montant, 0);
        if (st == CLAS_OK && (demande || accorde) && !projet)
            st = constat(r, CLAS_CODE_BONUS_SANS_PROJET, champs[k], 0, 0);
        if (st == CLAS_OK && accorde && !demande)
            st = constat(r, CLAS_CODE_BONUS_NON_DEMANDE, champs[k], 0, 0);
        if (st != CLAS_OK)
            return st;
        if (!r->ev->trace)
            continue;
        const clas_trace_value in[] = {{"demande", demande, CLAS_UNITE_BOOLEEN},
                                       {"accorde", accorde, CLAS_UNITE_BOOLEEN},
                                       {"eligible_et_agree", agree, CLAS_UNITE_BOOLEEN},
                                       {"montant_bareme", montant, CLAS_UNITE_CENTS}};
        st = clas__trace(r->ev, CLAS_REGLE_BONUS, sorties[k], "accorde et eligible_et_agree ? montant_bareme : 0",
                         r->ev->bareme_source, in, IN(in),
                         (clas_trace_value){sorties[k], m[accorde_m[k]], CLAS_UNITE_CENTS});
        if (st != CLAS_OK)
            return st;
    }
    return CLAS_OK;
}

static int fund_total(const funding_run *r, const clas_collectif *c, clas_cents *m)
{
    clas_cents total;
    if (!clas__add(&total, m[CLAS_MONTANT_PS], m[CLAS_MONTANT_BONUS_ENFANTS]) ||
        !clas__add(&total, total, m[CLAS_MONTANT_BONUS_PARENTS]))
        return overflow(r, "total");
    m[CLAS_MONTANT_TOTAL] = total;
    int st = CLAS_OK;
    if (r->ev->trace) {
        const clas_trace_value in[] = {{"ps", m[CLAS_MONTANT_PS], CLAS_UNITE_CENTS},
                                       {"bonus_enfants", m[CLAS_MONTANT_BONUS_ENFANTS], CLAS_UNITE_CENTS},
                                       {"bonus_parents", m[CLAS_MONTANT_BONUS_PARENTS], CLAS_UNITE_CENTS}};
        st = clas__trace(r->ev, CLAS_REGLE_PS, "total", "ps + bonus_enfants + bonus_parents", r->ev->bareme_source,
                         in, IN(in), (clas_trace_value){"total", total, CLAS_UNITE_CENTS});
    }
    if (st != CLAS_OK || r->ev->cadre->severities[CLAS_REGLE_BUDGET] == CLAS_SEVERITY_OFF)
        return st;

    /* R-BUDGET: the CAF's money plus the other funding should not exceed the expenses. */
    clas_cents recettes;
    if (!clas__add(&recettes, total, m[CLAS_MONTANT_AUTRES_FINANCEMENTS]))
        return overflow(r, "recettes");
    if (recettes > c->depenses)
        st = constat(r, CLAS_CODE_BUDGET_SURFINANCEMENT, "financements", recettes, c->depenses);
    if (st != CLAS_OK || !r->ev->trace)
        return st;
    const clas_trace_value in[] = {{"total", total, CLAS_UNITE_CENTS},
                                   {"autres_financements", m[CLAS_MONTANT_AUTRES_FINANCEMENTS], CLAS_UNITE_CENTS},
                                   {"depenses", c->depenses, CLAS_UNITE_CENTS}};
    return clas__trace(r->ev, CLAS_REGLE_BUDGET, "equilibre", "total + autres_financements <= depenses",
                       clas_regle_source(CLAS_REGLE_BUDGET), in, IN(in),
                       (clas_trace_value){"conforme", recettes <= c->depenses, CLAS_UNITE_BOOLEEN});
}

static int fund_acompte(const funding_run *r, clas_cents *m)
{
    int64_t taux = r->ev->cadre->seuils[CLAS_SEUIL_TAUX_ACOMPTE];
    if (taux == 0) /* no advance in this cadre: nothing to compute or trace */
        return CLAS_OK;
    if (clas__apply_rate(&m[CLAS_MONTANT_ACOMPTE], m[CLAS_MONTANT_TOTAL], taux, CLAS_TAUX_UN, CLAS_ROUND_HALF_UP) !=
        CLAS_OK)
        return overflow(r, "acompte");
    const clas_trace_value in[] = {{"total", m[CLAS_MONTANT_TOTAL], CLAS_UNITE_CENTS},
                                   {"taux_acompte", taux, CLAS_UNITE_TAUX}};
    return clas__trace(r->ev, CLAS_REGLE_BILAN, "acompte", "arrondi(taux_acompte x total)", r->ev->cadre_source, in,
                       IN(in), (clas_trace_value){"acompte", m[CLAS_MONTANT_ACOMPTE], CLAS_UNITE_CENTS});
}

/* After the year: the same Ps rule on actual expenses, the bonuses granted,
 * and what remains to pay (solde) or to recover (indu). */
static int fund_bilan(const funding_run *r, const clas_collectif *c, bool funded, clas_cents *m)
{
    m[CLAS_MONTANT_ACOMPTES_VERSES] = c->acomptes_verses;
    if (!c->has_bilan)
        return CLAS_OK;
    const clas_cadre *cadre = r->ev->cadre;
    clas_cents reelles = c->bilan[CLAS_BILAN_DEPENSES_REELLES], base, calc, cap, droit, reg;
    if (clas__ps(r->ev->bareme, reelles, &base, &calc, &cap) != CLAS_OK)
        return overflow(r, "ps_reelle");
    m[CLAS_MONTANT_DEPENSES_REELLES] = reelles;
    m[CLAS_MONTANT_PS_REELLE] = funded ? cap : 0;
    if (!clas__add(&droit, m[CLAS_MONTANT_PS_REELLE], m[CLAS_MONTANT_BONUS_ENFANTS]) ||
        !clas__add(&droit, droit, m[CLAS_MONTANT_BONUS_PARENTS]) ||
        __builtin_sub_overflow(droit, c->acomptes_verses, &reg))
        return overflow(r, "droit_reel");
    m[CLAS_MONTANT_DROIT_REEL] = droit;
    m[CLAS_MONTANT_REGULARISATION] = reg;

    int st = CLAS_OK;
    if (reg > 0)
        st = constat(r, CLAS_CODE_BILAN_SOLDE, "regularisation", reg, 0);
    else if (reg < 0)
        st = constat(r, CLAS_CODE_BILAN_INDU, "regularisation", reg, 0);
    int64_t enfants = c->bilan[CLAS_BILAN_NB_ENFANTS];
    if (st == CLAS_OK && enfants < cadre->seuils[CLAS_SEUIL_ENFANTS_MIN])
        st = constat(r, CLAS_CODE_BILAN_GROUPE_HORS_NORME, "bilan.nb_enfants", enfants,
                     cadre->seuils[CLAS_SEUIL_ENFANTS_MIN]);
    else if (st == CLAS_OK && enfants > cadre->seuils[CLAS_SEUIL_ENFANTS_MAX])
        st = constat(r, CLAS_CODE_BILAN_GROUPE_HORS_NORME, "bilan.nb_enfants", enfants,
                     cadre->seuils[CLAS_SEUIL_ENFANTS_MAX]);
    if (st != CLAS_OK || !r->ev->trace)
        return st;

    const clas_bareme *b = r->ev->bareme;
    const clas_trace_value ps_in[] = {{"depenses_reelles", reelles, CLAS_UNITE_CENTS},
                                      {"prix_plafond", b->prix_plafond, CLAS_UNITE_CENTS},
                                      {"taux", b->taux, CLAS_UNITE_TAUX},
                                      {"ps_max", b->ps_max, CLAS_UNITE_CENTS},
                                      {"finance", funded, CLAS_UNITE_BOOLEEN}};
    st = clas__trace(r->ev, CLAS_REGLE_BILAN, "ps_reelle",
                     "finance ? min(arrondi(taux x min(depenses_reelles, prix_plafond)), ps_max) : 0",
                     r->ev->bareme_source, ps_in, IN(ps_in),
                     (clas_trace_value){"ps_reelle", m[CLAS_MONTANT_PS_REELLE], CLAS_UNITE_CENTS});
    const clas_trace_value d_in[] = {{"ps_reelle", m[CLAS_MONTANT_PS_REELLE], CLAS_UNITE_CENTS},
                                     {"bonus_enfants", m[CLAS_MONTANT_BONUS_ENFANTS], CLAS_UNITE_CENTS},
                                     {"bonus_parents", m[CLAS_MONTANT_BONUS_PARENTS], CLAS_UNITE_CENTS}};
    if (st == CLAS_OK)
        st = clas__trace(r->ev, CLAS_REGLE_BILAN, "droit_reel", "ps_reelle + bonus_enfants + bonus_parents",
                         clas_regle_source(CLAS_REGLE_BILAN), d_in, IN(d_in),
                         (clas_trace_value){"droit_reel", droit, CLAS_UNITE_CENTS});
    const clas_trace_value g_in[] = {{"droit_reel", droit, CLAS_UNITE_CENTS},
                                     {"acomptes_verses", c->acomptes_verses, CLAS_UNITE_CENTS}};
    if (st == CLAS_OK)
        st = clas__trace(r->ev, CLAS_REGLE_BILAN, "regularisation", "droit_reel - acomptes_verses (> 0 solde, < 0 indu)",
                         clas_regle_source(CLAS_REGLE_BILAN), g_in, IN(g_in),
                         (clas_trace_value){"regularisation", reg, CLAS_UNITE_CENTS});
    return st;
}

int clas__fund_collectif(clas_evaluation *ev, long idx, const clas_collectif *c, bool record_constats)
{
    funding_run r = {ev, idx, record_constats};
    clas_eval_row *row = &ev->rows[idx];
    clas_cents *m = row->montants;
    for (int i = 0; i < CLAS_MONTANT_COUNT; i++)
        m[i] = 0;
    m[CLAS_MONTANT_DEPENSES] = c->depenses;
    clas_cents autres = 0;
    for (size_t i = 0; i < c->num_financements; i++)
        if (!clas__add(&autres, autres, c->financements[i].montant))
            return overflow(&r, "autres_financements");
    m[CLAS_MONTANT_AUTRES_FINANCEMENTS] = autres;

    bool eligible = row->verdict == CLAS_VERDICT_ELIGIBLE;
    bool funded = eligible && c->decision != CLAS_DECISION_REFUSE;
    int st = fund_decision(&r, c, eligible, funded);
    if (st == CLAS_OK)
        st = fund_ps(&r, c, funded, m);
    if (st == CLAS_OK)
        st = fund_bonus(&r, c, eligible, m);
    if (st == CLAS_OK)
        st = fund_total(&r, c, m);
    if (st == CLAS_OK)
        st = fund_acompte(&r, m);
    if (st == CLAS_OK)
        st = fund_bilan(&r, c, funded, m);
    return st;
}
