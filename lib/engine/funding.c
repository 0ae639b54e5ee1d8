/* SPDX-License-Identifier: Apache-2.0 */
/* The money of a collectif: R-PS (Ps on capped expenses, rounded once, then
 * the published maximum), R-BONUS (requested vs granted), the balance of the
 * forecast budget (R-BUDGET), the advance, and after the bilan the droit réel
 * and the régularisation (R-BILAN). All amounts are int64_t cents, computed
 * with the formulas of formulas.h; constats and steps go into the sink. */
#include "engine/engine.h"

typedef struct funding_run {
    const clas_rule_ctx *ctx;
    const clas_sink *sink;
    const char *id;                     /* the collectif's, for errors */
} funding_run;

static int constat(const funding_run *r, clas_code code, int64_t valeur, int64_t limite)
{
    return clas__emit(r->sink, code, valeur, limite);
}

static int overflow(const funding_run *r, const char *what)
{
    return clas__failm(CLAS_EOVERFLOW, r->id, CLAS__MSG_DEPASSEMENT, CLAS__TEXT("quoi", what));
}

static int step(const funding_run *r, clas_regle regle, clas_valeurs_de valeurs, const char *operation,
                const char *formule, const clas_trace_value *in, size_t n, clas_trace_value out)
{
    return clas__step(r->sink, regle, valeurs, operation, formule, in, n, out);
}

#define IN(n) (sizeof(n) / sizeof(n)[0])

static int fund_ps(const funding_run *r, const clas_collectif *c, bool funded, clas_cents *m)
{
    const clas_bareme *b = r->ctx->bareme;
    clas_ps ps;
    if (clas__ps(&ps, b, c->depenses) != CLAS_OK)
        return overflow(r, "ps");
    m[CLAS_MONTANT_BASE] = ps.base;
    m[CLAS_MONTANT_PS_CALCULEE] = ps.calculee;
    m[CLAS_MONTANT_PS] = funded ? ps.ps : 0;
    int st = CLAS_OK;
    if (funded && clas__ps_prix_plafond_applique(c->depenses, b))
        st = constat(r, CLAS_CODE_PS_PRIX_PLAFOND_APPLIQUE, c->depenses, b->prix_plafond);
    if (st == CLAS_OK && funded && clas__ps_maximum_applique(&ps, b))
        st = constat(r, CLAS_CODE_PS_MAXIMUM_APPLIQUE, ps.calculee, b->ps_max);
    if (st != CLAS_OK || !r->ctx->trace)
        return st;

    const clas_trace_value base_in[] = {{"depenses", c->depenses, CLAS_UNITE_CENTS},
                                        {"prix_plafond", b->prix_plafond, CLAS_UNITE_CENTS}};
    st = step(r, CLAS_REGLE_PS, CLAS_VALEURS_BAREME, "base", "min(depenses, prix_plafond)", base_in, IN(base_in),
              (clas_trace_value){"base", ps.base, CLAS_UNITE_CENTS});
    const clas_trace_value calc_in[] = {{"base", ps.base, CLAS_UNITE_CENTS}, {"taux", b->taux, CLAS_UNITE_TAUX}};
    if (st == CLAS_OK)
        st = step(r, CLAS_REGLE_PS, CLAS_VALEURS_BAREME, "ps_calculee", "arrondi(taux x base), une seule fois",
                  calc_in, IN(calc_in), (clas_trace_value){"ps_calculee", ps.calculee, CLAS_UNITE_CENTS});
    const clas_trace_value ps_in[] = {{"ps_calculee", ps.calculee, CLAS_UNITE_CENTS},
                                      {"ps_max", b->ps_max, CLAS_UNITE_CENTS},
                                      {"finance", funded, CLAS_UNITE_BOOLEEN}};
    if (st == CLAS_OK)
        st = step(r, CLAS_REGLE_PS, CLAS_VALEURS_BAREME, "ps", "finance ? min(ps_calculee, ps_max) : 0", ps_in,
                  IN(ps_in), (clas_trace_value){"ps", m[CLAS_MONTANT_PS], CLAS_UNITE_CENTS});
    return st;
}

static int fund_decision(const funding_run *r, const clas_collectif *c, bool eligible, bool funded)
{
    int st = CLAS_OK;
    if (c->decision == CLAS_DECISION_REFUSE)
        st = constat(r, CLAS_CODE_AGREMENT_REFUSE, 0, 0);
    else if (c->decision == CLAS_DECISION_EN_ATTENTE)
        st = constat(r, CLAS_CODE_AGREMENT_EN_ATTENTE, 0, 0);
    if (st != CLAS_OK || !r->ctx->trace)
        return st;
    const clas_trace_value in[] = {{"eligible", eligible, CLAS_UNITE_BOOLEEN},
                                   {"decision", c->decision, CLAS_UNITE_DECISION}};
    return step(r, CLAS_REGLE_AGREMENT, CLAS_VALEURS_AUCUNE, "agrement", "eligible et decision != refuse", in, IN(in),
                (clas_trace_value){"finance", funded, CLAS_UNITE_BOOLEEN});
}

static int fund_bonus(const funding_run *r, const clas_collectif *c, bool eligible, clas_cents *m)
{
    static const char *const champs[CLAS_BONUS_COUNT] = {"bonus.enfants", "bonus.parents"};
    static const char *const sorties[CLAS_BONUS_COUNT] = {"bonus_enfants", "bonus_parents"};
    static const clas_montant demande_m[CLAS_BONUS_COUNT] = {CLAS_MONTANT_BONUS_ENFANTS_DEMANDE,
                                                             CLAS_MONTANT_BONUS_PARENTS_DEMANDE};
    static const clas_montant accorde_m[CLAS_BONUS_COUNT] = {CLAS_MONTANT_BONUS_ENFANTS, CLAS_MONTANT_BONUS_PARENTS};
    bool agree = clas__agree(eligible, c->decision == CLAS_DECISION_AGREE);
    for (int k = 0; k < CLAS_BONUS_COUNT; k++) {
        clas_cents montant = r->ctx->bareme->bonus[k];
        bool demande = c->bonus_demande[k], accorde = c->bonus_accorde[k];
        bool projet = c->bonus_projet[k] && c->bonus_projet[k][0];
        m[demande_m[k]] = demande ? montant : 0;
        m[accorde_m[k]] = accorde && agree ? montant : 0;
        int st = CLAS_OK;
        /* granted to an ineligible collectif: the decision contradicts the
         * rules and blocks; to an eligible one not yet approved: it waits */
        if (accorde && !eligible)
            st = clas__emit_champ(r->sink, CLAS_CODE_BONUS_ACCORDE_INELIGIBLE, champs[k], montant, 0);
        else if (clas__bonus_sans_agrement(accorde, agree))
            st = clas__emit_champ(r->sink, CLAS_CODE_BONUS_SANS_AGREMENT, champs[k], montant, 0);
        if (st == CLAS_OK && clas__bonus_sans_projet(demande, accorde, projet))
            st = clas__emit_champ(r->sink, CLAS_CODE_BONUS_SANS_PROJET, champs[k], 0, 0);
        if (st == CLAS_OK && clas__bonus_non_demande(demande, accorde))
            st = clas__emit_champ(r->sink, CLAS_CODE_BONUS_NON_DEMANDE, champs[k], 0, 0);
        if (st != CLAS_OK)
            return st;
        if (!r->ctx->trace)
            continue;
        const clas_trace_value in[] = {{"demande", demande, CLAS_UNITE_BOOLEEN},
                                       {"accorde", accorde, CLAS_UNITE_BOOLEEN},
                                       {"eligible_et_agree", agree, CLAS_UNITE_BOOLEEN},
                                       {"montant_bareme", montant, CLAS_UNITE_CENTS}};
        st = step(r, CLAS_REGLE_BONUS, CLAS_VALEURS_BAREME, sorties[k],
                  "accorde et eligible_et_agree ? montant_bareme : 0", in, IN(in),
                  (clas_trace_value){sorties[k], m[accorde_m[k]], CLAS_UNITE_CENTS});
        if (st != CLAS_OK)
            return st;
    }
    return CLAS_OK;
}

/* Where the cadre says so, receipts above the expenses come off the Ps. */
static int ecrete(const funding_run *r, clas_cents *m, clas_cents reduction)
{
    clas_cents avant = m[CLAS_MONTANT_PS];
    m[CLAS_MONTANT_PS] -= reduction;
    m[CLAS_MONTANT_TOTAL] -= reduction;
    if (!r->ctx->trace)
        return CLAS_OK;
    const clas_trace_value in[] = {{"ps", avant, CLAS_UNITE_CENTS}, {"exces", reduction, CLAS_UNITE_CENTS}};
    return step(r, CLAS_REGLE_BUDGET, CLAS_VALEURS_CADRE, "ecretement",
                "surfinancement_ecrete ? ps - min(ps, total + autres_financements - depenses) : ps", in, IN(in),
                (clas_trace_value){"ps", m[CLAS_MONTANT_PS], CLAS_UNITE_CENTS});
}

static int fund_total(const funding_run *r, const clas_collectif *c, clas_cents *m)
{
    clas_cents total;
    if (!clas__add(&total, m[CLAS_MONTANT_PS], m[CLAS_MONTANT_BONUS_ENFANTS]) ||
        !clas__add(&total, total, m[CLAS_MONTANT_BONUS_PARENTS]))
        return overflow(r, "total");
    m[CLAS_MONTANT_TOTAL] = total;
    int st = CLAS_OK;
    if (r->ctx->trace) {
        const clas_trace_value in[] = {{"ps", m[CLAS_MONTANT_PS], CLAS_UNITE_CENTS},
                                       {"bonus_enfants", m[CLAS_MONTANT_BONUS_ENFANTS], CLAS_UNITE_CENTS},
                                       {"bonus_parents", m[CLAS_MONTANT_BONUS_PARENTS], CLAS_UNITE_CENTS}};
        st = step(r, CLAS_REGLE_PS, CLAS_VALEURS_AUCUNE, "total", "ps + bonus_enfants + bonus_parents", in, IN(in),
                  (clas_trace_value){"total", total, CLAS_UNITE_CENTS});
    }
    if (st != CLAS_OK || !clas__regle_active(r->ctx, CLAS_REGLE_BUDGET))
        return st;

    /* R-BUDGET: the CAF's money plus the other funding should not exceed the expenses. */
    clas_cents recettes;
    if (!clas__add(&recettes, total, m[CLAS_MONTANT_AUTRES_FINANCEMENTS]))
        return overflow(r, "recettes");
    bool surfinancement = clas__budget_surfinancement(recettes, c->depenses);
    if (surfinancement)
        st = constat(r, CLAS_CODE_BUDGET_SURFINANCEMENT, recettes, c->depenses);
    if (st == CLAS_OK && surfinancement && r->ctx->cadre->seuils[CLAS_SEUIL_SURFINANCEMENT_ECRETE])
        st = ecrete(r, m, clas__ecretement(m[CLAS_MONTANT_PS], recettes, c->depenses));
    if (st != CLAS_OK || !r->ctx->trace)
        return st;
    const clas_trace_value in[] = {{"total", total, CLAS_UNITE_CENTS},
                                   {"autres_financements", m[CLAS_MONTANT_AUTRES_FINANCEMENTS], CLAS_UNITE_CENTS},
                                   {"depenses", c->depenses, CLAS_UNITE_CENTS}};
    return step(r, CLAS_REGLE_BUDGET, CLAS_VALEURS_AUCUNE, "equilibre", "total + autres_financements <= depenses", in,
                IN(in), (clas_trace_value){"conforme", !surfinancement, CLAS_UNITE_BOOLEEN});
}

static int fund_acompte(const funding_run *r, clas_cents *m)
{
    int64_t taux = r->ctx->cadre->seuils[CLAS_SEUIL_TAUX_ACOMPTE];
    if (taux == 0) /* no advance in this cadre: nothing to compute or trace */
        return CLAS_OK;
    /* The advance is rounded like the Ps it anticipates: the barème's rounding. */
    if (clas__apply_taux(&m[CLAS_MONTANT_ACOMPTE], m[CLAS_MONTANT_TOTAL], taux, r->ctx->bareme->rounding) != CLAS_OK)
        return overflow(r, "acompte");
    const clas_trace_value in[] = {{"total", m[CLAS_MONTANT_TOTAL], CLAS_UNITE_CENTS},
                                   {"taux_acompte", taux, CLAS_UNITE_TAUX}};
    return step(r, CLAS_REGLE_BILAN, CLAS_VALEURS_CADRE, "acompte", "arrondi(taux_acompte x total)", in, IN(in),
                (clas_trace_value){"acompte", m[CLAS_MONTANT_ACOMPTE], CLAS_UNITE_CENTS});
}

/* The consequences a cadre gives a bilan [U]: a bilan below the norms
 * (children below enfants_min, sessions below the R-FREQUENCE minimum)
 * reduces the droit réel pro rata or to zero, and the droit réel may be
 * capped at the granted total. None of them by default. */
static int consequences_bilan(const funding_run *r, const clas_collectif *c, const clas_cents *m, clas_cents *droit)
{
    const int64_t *seuils = r->ctx->cadre->seuils;
    clas_cents avant = *droit;
    int64_t mode = seuils[CLAS_SEUIL_BILAN_REDUCTION];
    int64_t num = 1, den = 1;
    if (mode != CLAS_BILAN_REDUCTION_AUCUNE) {
        int64_t seances_min = clas__seances_minimales(seuils[CLAS_SEUIL_SEANCES_PAR_SEMAINE_MIN],
                                                      seuils[CLAS_SEUIL_SEMAINES_MIN]);
        clas__ratio_min(&num, &den, c->bilan[CLAS_BILAN_NB_ENFANTS], seuils[CLAS_SEUIL_ENFANTS_MIN]);
        if (clas__regle_active(r->ctx, CLAS_REGLE_FREQUENCE))
            clas__ratio_min(&num, &den, c->bilan[CLAS_BILAN_NB_SEANCES], seances_min);
        if (num < den) {
            if (mode == CLAS_BILAN_REDUCTION_ZERO)
                *droit = 0;
            else if (clas__apply_rate(droit, *droit, num, den, r->ctx->bareme->rounding) != CLAS_OK)
                return overflow(r, "droit_reel");
        }
    }
    if (seuils[CLAS_SEUIL_DROIT_REEL_PLAFONNE] && *droit > m[CLAS_MONTANT_TOTAL])
        *droit = m[CLAS_MONTANT_TOTAL];
    if (!r->ctx->trace || (mode == CLAS_BILAN_REDUCTION_AUCUNE && !seuils[CLAS_SEUIL_DROIT_REEL_PLAFONNE]))
        return CLAS_OK;
    const clas_trace_value in[] = {{"droit_reel", avant, CLAS_UNITE_CENTS},
                                   {"bilan_reduction", mode, CLAS_UNITE_NOMBRE},
                                   {"part_tenue_num", num, CLAS_UNITE_NOMBRE},
                                   {"part_tenue_den", den, CLAS_UNITE_NOMBRE},
                                   {"droit_reel_plafonne", seuils[CLAS_SEUIL_DROIT_REEL_PLAFONNE], CLAS_UNITE_BOOLEEN},
                                   {"total", m[CLAS_MONTANT_TOTAL], CLAS_UNITE_CENTS}};
    return step(r, CLAS_REGLE_BILAN, CLAS_VALEURS_CADRE, "consequences",
                "part = min(nb_enfants / enfants_min, nb_seances / seances_min) si < 1 ; droit_reel x part (prorata) "
                "ou 0 (zero) ; puis min(droit_reel, total) si plafonné",
                in, IN(in), (clas_trace_value){"droit_reel", *droit, CLAS_UNITE_CENTS});
}

/* R-FREQUENCE on what was held: the sessions and hours the cadre's minimum
 * frequency, duration and weeks give. */
static int bilan_frequence(const funding_run *r, const clas_collectif *c)
{
    if (!clas__regle_active(r->ctx, CLAS_REGLE_FREQUENCE))
        return CLAS_OK;
    const int64_t *seuils = r->ctx->cadre->seuils;
    int64_t seances_min = clas__seances_minimales(seuils[CLAS_SEUIL_SEANCES_PAR_SEMAINE_MIN], seuils[CLAS_SEUIL_SEMAINES_MIN]);
    int64_t heures_min = clas__heures_minimales(seances_min, seuils[CLAS_SEUIL_MINUTES_PAR_SEANCE_MIN]);
    int64_t seances = c->bilan[CLAS_BILAN_NB_SEANCES], heures = c->bilan[CLAS_BILAN_NB_HEURES];
    bool peu_seances = clas__frequence_insuffisante(seances, seances_min);
    bool peu_heures = clas__frequence_insuffisante(heures, heures_min);
    int st = peu_seances ? constat(r, CLAS_CODE_BILAN_SEANCES_INSUFFISANTES, seances, seances_min) : CLAS_OK;
    if (st == CLAS_OK && peu_heures)
        st = constat(r, CLAS_CODE_BILAN_HEURES_INSUFFISANTES, heures, heures_min);
    if (st != CLAS_OK || !r->ctx->trace)
        return st;
    const clas_trace_value in[] = {{"nb_seances", seances, CLAS_UNITE_NOMBRE},
                                   {"seances_min", seances_min, CLAS_UNITE_NOMBRE},
                                   {"nb_heures", heures, CLAS_UNITE_NOMBRE},
                                   {"heures_min", heures_min, CLAS_UNITE_NOMBRE}};
    return step(r, CLAS_REGLE_FREQUENCE, CLAS_VALEURS_CADRE, "frequence_bilan",
                "nb_seances >= seances_par_semaine_min x semaines_min et nb_heures >= seances_min x "
                "minutes_par_seance_min / 60",
                in, IN(in), (clas_trace_value){"conforme", !peu_seances && !peu_heures, CLAS_UNITE_BOOLEEN});
}

/* R-BILAN's consistency: the children by level (primaire, collège, lycée)
 * and by sex add up to the children attended, for each breakdown given.
 * Parts are bilan counts (at most a million each): their sum cannot
 * overflow. */
static int bilan_repartition(const funding_run *r, const clas_collectif *c)
{
    const int64_t *b = c->bilan;
    int64_t enfants = b[CLAS_BILAN_NB_ENFANTS];
    int64_t par_niveau = b[CLAS_BILAN_NB_ENFANTS_PRIMAIRE] + b[CLAS_BILAN_NB_ENFANTS_COLLEGE] +
                         b[CLAS_BILAN_NB_ENFANTS_LYCEE];
    int64_t par_sexe = b[CLAS_BILAN_NB_FILLES] + b[CLAS_BILAN_NB_GARCONS];
    bool niveau_faux = clas__repartition_incoherente(par_niveau, enfants);
    bool sexe_faux = clas__repartition_incoherente(par_sexe, enfants);
    int st = CLAS_OK;
    if (niveau_faux)
        st = clas__emit_champ(r->sink, CLAS_CODE_BILAN_REPARTITION_INCOHERENTE, "bilan.niveau", par_niveau, enfants);
    if (st == CLAS_OK && sexe_faux)
        st = clas__emit_champ(r->sink, CLAS_CODE_BILAN_REPARTITION_INCOHERENTE, "bilan.sexe", par_sexe, enfants);
    /* Traced only when a breakdown was given: without one there is nothing to compare. */
    if (st != CLAS_OK || !r->ctx->trace || (par_niveau == 0 && par_sexe == 0))
        return st;
    const clas_trace_value in[] = {{"nb_enfants", enfants, CLAS_UNITE_NOMBRE},
                                   {"enfants_par_niveau", par_niveau, CLAS_UNITE_NOMBRE},
                                   {"enfants_par_sexe", par_sexe, CLAS_UNITE_NOMBRE}};
    return step(r, CLAS_REGLE_BILAN, CLAS_VALEURS_AUCUNE, "repartition",
                "primaire + college + lycee = nb_enfants et filles + garcons = nb_enfants (chaque somme non nulle)",
                in, IN(in), (clas_trace_value){"concorde", !niveau_faux && !sexe_faux, CLAS_UNITE_BOOLEEN});
}

/* After the year: the same Ps rule on actual expenses, the bonuses granted,
 * and what remains to pay (solde) or to recover (indu). */
static int fund_bilan(const funding_run *r, const clas_collectif *c, bool funded, clas_cents *m)
{
    m[CLAS_MONTANT_ACOMPTES_VERSES] = c->acomptes_verses;
    if (!c->has_bilan)
        return CLAS_OK;
    const clas_cadre *cadre = r->ctx->cadre;
    const clas_bareme *b = r->ctx->bareme;
    clas_cents reelles = c->bilan[CLAS_BILAN_DEPENSES_REELLES], droit, reg;
    clas_ps ps;
    if (clas__ps(&ps, b, reelles) != CLAS_OK)
        return overflow(r, "ps_reelle");
    m[CLAS_MONTANT_DEPENSES_REELLES] = reelles;
    m[CLAS_MONTANT_PS_REELLE] = funded ? ps.ps : 0;
    if (!clas__add(&droit, m[CLAS_MONTANT_PS_REELLE], m[CLAS_MONTANT_BONUS_ENFANTS]) ||
        !clas__add(&droit, droit, m[CLAS_MONTANT_BONUS_PARENTS]) ||
        __builtin_sub_overflow(droit, c->acomptes_verses, &reg))
        return overflow(r, "droit_reel");
    int st = consequences_bilan(r, c, m, &droit);
    if (st != CLAS_OK)
        return st;
    if (__builtin_sub_overflow(droit, c->acomptes_verses, &reg))
        return overflow(r, "regularisation");
    m[CLAS_MONTANT_DROIT_REEL] = droit;
    m[CLAS_MONTANT_REGULARISATION] = reg;

    if (reg > 0)
        st = constat(r, CLAS_CODE_BILAN_SOLDE, reg, 0);
    else if (reg < 0)
        st = constat(r, CLAS_CODE_BILAN_INDU, reg, 0);
    /* The group size of R-GROUPE, on the children actually received. */
    int64_t enfants = c->bilan[CLAS_BILAN_NB_ENFANTS];
    int64_t min = cadre->seuils[CLAS_SEUIL_ENFANTS_MIN], max = cadre->seuils[CLAS_SEUIL_ENFANTS_MAX];
    if (st == CLAS_OK && clas__groupe_trop_petit(enfants, min))
        st = constat(r, CLAS_CODE_BILAN_GROUPE_HORS_NORME, enfants, min);
    else if (st == CLAS_OK && clas__groupe_trop_grand(enfants, min, max))
        st = constat(r, CLAS_CODE_BILAN_GROUPE_HORS_NORME, enfants, max);
    if (st == CLAS_OK)
        st = bilan_frequence(r, c);
    if (st == CLAS_OK)
        st = bilan_repartition(r, c);
    if (st != CLAS_OK || !r->ctx->trace)
        return st;

    const clas_trace_value ps_in[] = {{"depenses_reelles", reelles, CLAS_UNITE_CENTS},
                                      {"prix_plafond", b->prix_plafond, CLAS_UNITE_CENTS},
                                      {"taux", b->taux, CLAS_UNITE_TAUX},
                                      {"ps_max", b->ps_max, CLAS_UNITE_CENTS},
                                      {"finance", funded, CLAS_UNITE_BOOLEEN}};
    st = step(r, CLAS_REGLE_BILAN, CLAS_VALEURS_BAREME, "ps_reelle",
              "finance ? min(arrondi(taux x min(depenses_reelles, prix_plafond)), ps_max) : 0", ps_in, IN(ps_in),
              (clas_trace_value){"ps_reelle", m[CLAS_MONTANT_PS_REELLE], CLAS_UNITE_CENTS});
    const clas_trace_value d_in[] = {{"ps_reelle", m[CLAS_MONTANT_PS_REELLE], CLAS_UNITE_CENTS},
                                     {"bonus_enfants", m[CLAS_MONTANT_BONUS_ENFANTS], CLAS_UNITE_CENTS},
                                     {"bonus_parents", m[CLAS_MONTANT_BONUS_PARENTS], CLAS_UNITE_CENTS}};
    if (st == CLAS_OK)
        st = step(r, CLAS_REGLE_BILAN, CLAS_VALEURS_AUCUNE, "droit_reel", "ps_reelle + bonus_enfants + bonus_parents",
                  d_in, IN(d_in), (clas_trace_value){"droit_reel", droit, CLAS_UNITE_CENTS});
    const clas_trace_value g_in[] = {{"droit_reel", droit, CLAS_UNITE_CENTS},
                                     {"acomptes_verses", c->acomptes_verses, CLAS_UNITE_CENTS}};
    if (st == CLAS_OK)
        st = step(r, CLAS_REGLE_BILAN, CLAS_VALEURS_AUCUNE, "regularisation",
                  "droit_reel - acomptes_verses (> 0 solde, < 0 indu)", g_in, IN(g_in),
                  (clas_trace_value){"regularisation", reg, CLAS_UNITE_CENTS});
    return st;
}

int clas__fund_collectif(const clas_rule_ctx *ctx, const clas_sink *s, const clas_collectif *c, bool eligible,
                         clas_cents m[CLAS_MONTANT_COUNT])
{
    funding_run r = {ctx, s, c->id};
    for (int i = 0; i < CLAS_MONTANT_COUNT; i++)
        m[i] = 0;
    m[CLAS_MONTANT_DEPENSES] = c->depenses;
    clas_cents autres = 0;
    for (size_t i = 0; i < c->num_financements; i++)
        if (!clas__add(&autres, autres, c->financements[i].montant))
            return overflow(&r, "autres_financements");
    m[CLAS_MONTANT_AUTRES_FINANCEMENTS] = autres;

    bool funded = clas__finance(eligible, c->decision == CLAS_DECISION_REFUSE);
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
