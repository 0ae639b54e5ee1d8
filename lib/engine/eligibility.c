/* SPDX-License-Identifier: Apache-2.0 */
/* The eligibility rules of domain.md §3 that decide whether a collectif can
 * be funded: R-DELAI and R-BAREME at dossier level; R-PUBLIC, R-HORS-TEMPS,
 * R-AXES, R-SOCLE-PARENTS, R-GROUPE, R-ENCADREMENT, R-AIDE-DEVOIRS and the
 * declarative part of R-BUDGET per collectif. Each reads the context,
 * decides with the formulas of formulas.h and writes constats and one
 * trace step into the sink. */
#include "engine/engine.h"

#define IN(n) (sizeof(n) / sizeof(n)[0])

/* A check's step: its inputs and whether the collectif conforms. */
static int step_check(const clas_sink *s, clas_regle regle, clas_valeurs_de valeurs, const char *operation,
                      const char *formule, const clas_trace_value *in, size_t n, bool conforme)
{
    return clas__step(s, regle, valeurs, operation, formule, in, n,
                      (clas_trace_value){"conforme", conforme, CLAS_UNITE_BOOLEEN});
}

/* R-BILAN-PRECEDENT: said only when the dossier states the previous bilan
 * was not filed (not stated, or a first dossier, says nothing). */
static int check_bilan_precedent(const clas_rule_ctx *ctx, const clas_sink *s, const clas_dossier *d)
{
    if (!clas__regle_active(ctx, CLAS_REGLE_BILAN_PRECEDENT) ||
        !clas__bilan_precedent_manquant(d->bilan_precedent))
        return CLAS_OK;
    return clas__emit(s, CLAS_CODE_BILAN_PRECEDENT_NON_DEPOSE, d->bilan_precedent, CLAS_BILAN_PRECEDENT_DEPOSE);
}

int clas__check_dossier(const clas_rule_ctx *ctx, const clas_sink *s, const clas_dossier *d)
{
    int st = CLAS_OK;
    if (ctx->provisional)
        st = clas__emit(s, CLAS_CODE_BAREME_PROVISOIRE, 0, 0);
    if (st == CLAS_OK)
        st = check_bilan_precedent(ctx, s, d);
    if (st != CLAS_OK || !clas__regle_active(ctx, CLAS_REGLE_DELAI))
        return st;
    const char *limite = ctx->cadre->dates[CLAS_DATE_LIMITE_DEPOT];
    /* Without a deadline nothing can be late: say so rather than pass silently. */
    if (limite[0] == '\0')
        st = clas__emit(s, CLAS_CODE_DEPOT_DELAI_NON_VERIFIE, 0, 0);
    else if (d->date_depot[0] == '\0')
        st = clas__emit(s, CLAS_CODE_DEPOT_DATE_ABSENTE, 0, clas__date_number(limite));
    else if (clas__depot_hors_delai(d->date_depot, limite))
        st = clas__emit(s, CLAS_CODE_DEPOT_HORS_DELAI, clas__date_number(d->date_depot), clas__date_number(limite));
    if (st == CLAS_OK && d->num_collectifs == 0)
        st = clas__emit(s, CLAS_CODE_DOSSIER_SANS_COLLECTIF, 0, 1);
    return st;
}


/* The filing deadline, repeated in each collectif's trace so that every
 * collectif's explanation is complete on its own. */
static int trace_delai(const clas_rule_ctx *ctx, const clas_sink *s)
{
    if (!ctx->trace || !clas__regle_active(ctx, CLAS_REGLE_DELAI))
        return CLAS_OK;
    const char *limite = ctx->cadre->dates[CLAS_DATE_LIMITE_DEPOT];
    clas_trace_value in[] = {{"date_depot", ctx->depot, CLAS_UNITE_DATE},
                             {"limite_depot", ctx->limite, CLAS_UNITE_DATE}};
    return step_check(s, CLAS_REGLE_DELAI, CLAS_VALEURS_CADRE, "delai", "date_depot <= limite_depot", in, IN(in),
                      ctx->depot != 0 && !clas__depot_hors_delai(ctx->date_depot, limite));
}

static int check_public(const clas_rule_ctx *ctx, const clas_sink *s, const clas_collectif *c)
{
    if (!clas__regle_active(ctx, CLAS_REGLE_PUBLIC))
        return CLAS_OK;
    uint32_t hors = clas__public_hors_champ(c->niveaux);
    int st = CLAS_OK;
    if (clas__public_aucun_niveau(c->niveaux))
        st = clas__emit(s, CLAS_CODE_PUBLIC_AUCUN_NIVEAU, 0, 0);
    else if (hors != 0)
        st = clas__emit(s, CLAS_CODE_PUBLIC_NIVEAU_HORS_CHAMP, hors, CLAS_PUBLIC_MASK);
    if (st != CLAS_OK || !ctx->trace)
        return st;
    clas_trace_value in[] = {{"niveaux", c->niveaux, CLAS_UNITE_NIVEAUX},
                             {"niveaux_admis", CLAS_PUBLIC_MASK, CLAS_UNITE_NIVEAUX}};
    return step_check(s, CLAS_REGLE_PUBLIC, CLAS_VALEURS_AUCUNE, "public",
                      "niveaux non vides et inclus dans CP..Terminale", in, IN(in),
                      !clas__public_aucun_niveau(c->niveaux) && hors == 0);
}

static int check_hors_temps(const clas_rule_ctx *ctx, const clas_sink *s, const clas_collectif *c)
{
    if (!clas__regle_active(ctx, CLAS_REGLE_HORS_TEMPS))
        return CLAS_OK;
    bool non = clas__hors_temps_non(c->champs[CLAS_CHAMP_HORS_TEMPS_SCOLAIRE]);
    int st = non ? clas__emit(s, CLAS_CODE_HORS_TEMPS_NON, 0, 1) : CLAS_OK;
    if (st != CLAS_OK || !ctx->trace)
        return st;
    clas_trace_value in[] = {{"hors_temps_scolaire", !non, CLAS_UNITE_BOOLEEN}};
    return step_check(s, CLAS_REGLE_HORS_TEMPS, CLAS_VALEURS_AUCUNE, "hors_temps", "hors_temps_scolaire", in, IN(in),
                      !non);
}

static int check_axes(const clas_rule_ctx *ctx, const clas_sink *s, const clas_collectif *c)
{
    static const clas_code missing[CLAS_AXE_COUNT] = {CLAS_CODE_AXE_ENFANTS_ABSENT, CLAS_CODE_AXE_PARENTS_ABSENT,
                                                      CLAS_CODE_AXE_ECOLE_ABSENT, CLAS_CODE_AXE_TERRITOIRE_ABSENT};
    if (!clas__regle_active(ctx, CLAS_REGLE_AXES))
        return CLAS_OK;
    int64_t min = ctx->cadre->seuils[CLAS_SEUIL_ACTIONS_PAR_AXE_MIN];
    bool ok = true;
    for (int a = 0; a < CLAS_AXE_COUNT; a++) {
        if (!clas__axe_absent(c->actions_par_axe[a], min))
            continue;
        ok = false;
        int st = clas__emit(s, missing[a], c->actions_par_axe[a], min);
        if (st != CLAS_OK)
            return st;
    }
    if (!ctx->trace)
        return CLAS_OK;
    clas_trace_value in[] = {{"actions_enfants", c->actions_par_axe[CLAS_AXE_ENFANTS], CLAS_UNITE_NOMBRE},
                             {"actions_parents", c->actions_par_axe[CLAS_AXE_PARENTS], CLAS_UNITE_NOMBRE},
                             {"actions_ecole", c->actions_par_axe[CLAS_AXE_ECOLE], CLAS_UNITE_NOMBRE},
                             {"actions_territoire", c->actions_par_axe[CLAS_AXE_TERRITOIRE], CLAS_UNITE_NOMBRE},
                             {"actions_par_axe_min", min, CLAS_UNITE_NOMBRE}};
    return step_check(s, CLAS_REGLE_AXES, CLAS_VALEURS_CADRE, "axes", "chaque axe >= actions_par_axe_min", in, IN(in),
                      ok);
}

/* Distinct kinds of parents actions ("autre" counts once per text: each
 * free-text action is its own kind). */
static int64_t sortes_parents(const clas_collectif *c)
{
    uint64_t seen = 0;
    int64_t autres = 0;
    for (size_t i = 0; i < c->num_actions; i++) {
        clas_action a = c->actions[i].action;
        if (clas_action_axe(a) != CLAS_AXE_PARENTS)
            continue;
        if (a == CLAS_ACTION_PARENTS_AUTRE)
            autres++;
        else
            seen |= UINT64_C(1) << (unsigned)a;
    }
    return __builtin_popcountll(seen) + autres;
}

/* The actions a collectif declares, bit n for clas_action n. */
static uint32_t actions_mask(const clas_collectif *c)
{
    uint32_t m = 0;
    for (size_t i = 0; i < c->num_actions; i++)
        m |= UINT32_C(1) << (unsigned)c->actions[i].action;
    return m;
}

static int check_socle_parents(const clas_rule_ctx *ctx, const clas_sink *s, const clas_collectif *c)
{
    if (!clas__regle_active(ctx, CLAS_REGLE_SOCLE_PARENTS))
        return CLAS_OK;
    int64_t n = sortes_parents(c);
    int64_t min = ctx->cadre->seuils[CLAS_SEUIL_ACTIONS_PARENTS_MIN];
    bool axe = clas__regle_active(ctx, CLAS_REGLE_AXES) &&
               clas__axe_absent(c->actions_par_axe[CLAS_AXE_PARENTS], ctx->cadre->seuils[CLAS_SEUIL_ACTIONS_PAR_AXE_MIN]);
    bool insuffisant = clas__socle_parents_insuffisant(n, min, axe);
    int st = insuffisant ? clas__emit(s, CLAS_CODE_SOCLE_PARENTS_INSUFFISANT, n, min) : CLAS_OK;
    /* The kinds the cadre requires, each missing one its own constat. */
    uint32_t manquantes = clas__actions_requises_manquantes(ctx->cadre->actions_parents_requises, actions_mask(c), axe);
    for (int a = 0; st == CLAS_OK && a < CLAS_ACTION_COUNT; a++)
        if (manquantes & (UINT32_C(1) << a))
            st = clas__emit(s, CLAS_CODE_SOCLE_PARENTS_ACTION_MANQUANTE, a, 0);
    if (st != CLAS_OK || !ctx->trace)
        return st;
    clas_trace_value in[] = {{"sortes_actions_parents", n, CLAS_UNITE_NOMBRE},
                             {"actions_parents_min", min, CLAS_UNITE_NOMBRE},
                             {"actions_requises_manquantes", __builtin_popcount(manquantes), CLAS_UNITE_NOMBRE},
                             {"axe_parents_signale", axe, CLAS_UNITE_BOOLEEN}};
    return step_check(s, CLAS_REGLE_SOCLE_PARENTS, CLAS_VALEURS_CADRE, "socle_parents",
                      "axe parents déjà signalé par R-AXES ou (sortes_actions_parents >= actions_parents_min et "
                      "actions_requises_manquantes = 0)",
                      in, IN(in), !insuffisant && manquantes == 0);
}

/* R-FREQUENCE on the forecast: each declared figure against the cadre's minimum. */
static int check_frequence(const clas_rule_ctx *ctx, const clas_sink *s, const clas_collectif *c)
{
    static const struct {
        clas_champ champ;
        clas_seuil seuil;
        clas_code code;
    } parts[] = {
        {CLAS_CHAMP_SEANCES_PAR_SEMAINE, CLAS_SEUIL_SEANCES_PAR_SEMAINE_MIN, CLAS_CODE_FREQUENCE_SEANCES_INSUFFISANTES},
        {CLAS_CHAMP_MINUTES_PAR_SEANCE, CLAS_SEUIL_MINUTES_PAR_SEANCE_MIN, CLAS_CODE_FREQUENCE_DUREE_INSUFFISANTE},
        {CLAS_CHAMP_NB_SEMAINES, CLAS_SEUIL_SEMAINES_MIN, CLAS_CODE_FREQUENCE_SEMAINES_INSUFFISANTES},
    };
    if (!clas__regle_active(ctx, CLAS_REGLE_FREQUENCE))
        return CLAS_OK;
    bool ok = true;
    for (size_t i = 0; i < IN(parts); i++) {
        int64_t v = c->champs[parts[i].champ], min = ctx->cadre->seuils[parts[i].seuil];
        if (!clas__frequence_insuffisante(v, min))
            continue;
        ok = false;
        int st = clas__emit(s, parts[i].code, v, min);
        if (st != CLAS_OK)
            return st;
    }
    if (!ctx->trace)
        return CLAS_OK;
    clas_trace_value in[] = {
        {"seances_par_semaine", c->champs[CLAS_CHAMP_SEANCES_PAR_SEMAINE], CLAS_UNITE_NOMBRE},
        {"seances_par_semaine_min", ctx->cadre->seuils[CLAS_SEUIL_SEANCES_PAR_SEMAINE_MIN], CLAS_UNITE_NOMBRE},
        {"minutes_par_seance", c->champs[CLAS_CHAMP_MINUTES_PAR_SEANCE], CLAS_UNITE_NOMBRE},
        {"minutes_par_seance_min", ctx->cadre->seuils[CLAS_SEUIL_MINUTES_PAR_SEANCE_MIN], CLAS_UNITE_NOMBRE},
        {"nb_semaines", c->champs[CLAS_CHAMP_NB_SEMAINES], CLAS_UNITE_NOMBRE},
        {"semaines_min", ctx->cadre->seuils[CLAS_SEUIL_SEMAINES_MIN], CLAS_UNITE_NOMBRE}};
    return step_check(s, CLAS_REGLE_FREQUENCE, CLAS_VALEURS_CADRE, "frequence",
                      "séances, minutes et semaines >= minimums du cadre", in, IN(in), ok);
}

/* R-COMPOSITION: the cycles a collectif mixes (off nationally). */
static int check_composition(const clas_rule_ctx *ctx, const clas_sink *s, const clas_collectif *c)
{
    if (!clas__regle_active(ctx, CLAS_REGLE_COMPOSITION))
        return CLAS_OK;
    int64_t cycles = clas__cycles(c->niveaux), max = ctx->cadre->seuils[CLAS_SEUIL_CYCLES_MAX];
    bool melange = clas__cycles_melanges(cycles, max);
    int st = melange ? clas__emit(s, CLAS_CODE_COMPOSITION_CYCLES_MELANGES, cycles, max) : CLAS_OK;
    if (st != CLAS_OK || !ctx->trace)
        return st;
    clas_trace_value in[] = {{"niveaux", c->niveaux, CLAS_UNITE_NIVEAUX},
                             {"cycles", cycles, CLAS_UNITE_NOMBRE},
                             {"cycles_max", max, CLAS_UNITE_NOMBRE}};
    return step_check(s, CLAS_REGLE_COMPOSITION, CLAS_VALEURS_CADRE, "composition", "cycles <= cycles_max", in,
                      IN(in), !melange);
}

static int check_groupe(const clas_rule_ctx *ctx, const clas_sink *s, const clas_collectif *c)
{
    if (!clas__regle_active(ctx, CLAS_REGLE_GROUPE))
        return CLAS_OK;
    int64_t n = c->champs[CLAS_CHAMP_NB_ENFANTS];
    int64_t min = ctx->cadre->seuils[CLAS_SEUIL_ENFANTS_MIN], max = ctx->cadre->seuils[CLAS_SEUIL_ENFANTS_MAX];
    bool petit = clas__groupe_trop_petit(n, min), grand = clas__groupe_trop_grand(n, min, max);
    int st = CLAS_OK;
    if (petit)
        st = clas__emit(s, CLAS_CODE_GROUPE_TROP_PETIT, n, min);
    else if (grand)
        st = clas__emit(s, CLAS_CODE_GROUPE_TROP_GRAND, n, max);
    if (st != CLAS_OK || !ctx->trace)
        return st;
    clas_trace_value in[] = {{"nb_enfants", n, CLAS_UNITE_NOMBRE},
                             {"enfants_min", min, CLAS_UNITE_NOMBRE},
                             {"enfants_max", max, CLAS_UNITE_NOMBRE}};
    return step_check(s, CLAS_REGLE_GROUPE, CLAS_VALEURS_CADRE, "groupe", "enfants_min <= nb_enfants <= enfants_max",
                      in, IN(in), !petit && !grand);
}

static int check_encadrement(const clas_rule_ctx *ctx, const clas_sink *s, const clas_collectif *c)
{
    if (!clas__regle_active(ctx, CLAS_REGLE_ENCADREMENT))
        return CLAS_OK;
    int64_t sal = c->champs[CLAS_CHAMP_NB_INTERVENANTS_SALARIES];
    int64_t ben = c->champs[CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES];
    int64_t min = ctx->cadre->seuils[CLAS_SEUIL_INTERVENANTS_MIN];
    bool insuffisant = clas__encadrement_insuffisant(sal + ben, min);
    int st = insuffisant ? clas__emit(s, CLAS_CODE_ENCADREMENT_INSUFFISANT, sal + ben, min) : CLAS_OK;
    if (st != CLAS_OK || !ctx->trace)
        return st;
    clas_trace_value in[] = {{"intervenants_salaries", sal, CLAS_UNITE_NOMBRE},
                             {"intervenants_benevoles", ben, CLAS_UNITE_NOMBRE},
                             {"intervenants_min", min, CLAS_UNITE_NOMBRE}};
    return step_check(s, CLAS_REGLE_ENCADREMENT, CLAS_VALEURS_CADRE, "encadrement",
                      "intervenants_salaries + intervenants_benevoles >= intervenants_min", in, IN(in), !insuffisant);
}

/* An enfants axis made only of "appui et méthodologie au travail scolaire"
 * is homework help alone (R-AIDE-DEVOIRS, off unless the cadre enables it:
 * the cadre is then cited for that severity). */
static int check_aide_devoirs(const clas_rule_ctx *ctx, const clas_sink *s, const clas_collectif *c)
{
    if (!clas__regle_active(ctx, CLAS_REGLE_AIDE_DEVOIRS))
        return CLAS_OK;
    int64_t enfants = 0, autres = 0;
    for (size_t i = 0; i < c->num_actions; i++) {
        clas_action a = c->actions[i].action;
        if (clas_action_axe(a) != CLAS_AXE_ENFANTS)
            continue;
        enfants++;
        autres += a != CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE;
    }
    bool seule = clas__aide_devoirs_seule(enfants, autres == 0);
    int st = seule ? clas__emit(s, CLAS_CODE_AIDE_DEVOIRS_SEULE, enfants, 0) : CLAS_OK;
    if (st != CLAS_OK || !ctx->trace)
        return st;
    clas_trace_value in[] = {{"actions_enfants", enfants, CLAS_UNITE_NOMBRE},
                             {"actions_enfants_hors_aide_devoirs", autres, CLAS_UNITE_NOMBRE}};
    return step_check(s, CLAS_REGLE_AIDE_DEVOIRS, CLAS_VALEURS_AUCUNE, "aide_devoirs",
                      "actions_enfants = 0 ou actions_enfants_hors_aide_devoirs > 0", in, IN(in), !seule);
}

static int check_budget(const clas_rule_ctx *ctx, const clas_sink *s, const clas_collectif *c)
{
    if (!clas__regle_active(ctx, CLAS_REGLE_BUDGET))
        return CLAS_OK;
    bool nulles = clas__budget_depenses_nulles(c->depenses);
    bool non_declares = clas__budget_financements_non_declares(c->num_financements > 0);
    int st = CLAS_OK;
    if (nulles)
        st = clas__emit(s, CLAS_CODE_BUDGET_DEPENSES_NULLES, 0, 0);
    if (st == CLAS_OK && non_declares)
        st = clas__emit(s, CLAS_CODE_BUDGET_FINANCEMENTS_NON_DECLARES, 0, 1);
    if (st != CLAS_OK || !ctx->trace)
        return st;
    clas_trace_value in[] = {{"depenses", c->depenses, CLAS_UNITE_CENTS},
                             {"lignes_financement", (int64_t)c->num_financements, CLAS_UNITE_NOMBRE}};
    return step_check(s, CLAS_REGLE_BUDGET, CLAS_VALEURS_AUCUNE, "budget",
                      "depenses > 0 et autres financements declares", in, IN(in), !nulles && !non_declares);
}

/* The collectif's checks in the order they run: constats come out in this
 * order, and the batch reports the first blocking one in the same order. */
int clas__check_collectif(const clas_rule_ctx *ctx, const clas_sink *s, const clas_collectif *c)
{
    typedef int (*check_fn)(const clas_rule_ctx *, const clas_sink *, const clas_collectif *);
    static const check_fn checks[] = {check_public,        check_hors_temps, check_axes,
                                      check_socle_parents, check_groupe,     check_encadrement,
                                      check_frequence,     check_composition,
                                      check_aide_devoirs,  check_budget};
    int st = trace_delai(ctx, s);
    for (size_t i = 0; st == CLAS_OK && i < IN(checks); i++)
        st = checks[i](ctx, s, c);
    return st;
}
