/* SPDX-License-Identifier: Apache-2.0 */
/* The eligibility rules of domain.md §3 that decide whether a collectif can
 * be funded: R-DELAI and R-BAREME at dossier level; R-PUBLIC, R-HORS-TEMPS,
 * R-AXES, R-SOCLE-PARENTS, R-GROUPE, R-ENCADREMENT, R-AIDE-DEVOIRS and the
 * declarative part of R-BUDGET per collectif. Each reads the context and
 * the collectif's facts (clas_faits: from a collectif here, from columns
 * in the batch), decides with the formulas of formulas.h and writes
 * constats and one trace step into the sink. */
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

static int check_public(const clas_rule_ctx *ctx, const clas_sink *s, const clas_faits *f)
{
    if (!clas__regle_active(ctx, CLAS_REGLE_PUBLIC))
        return CLAS_OK;
    uint32_t hors = clas__public_hors_champ(f->niveaux);
    int st = CLAS_OK;
    if (clas__public_aucun_niveau(f->niveaux))
        st = clas__emit(s, CLAS_CODE_PUBLIC_AUCUN_NIVEAU, 0, 0);
    else if (hors != 0)
        st = clas__emit(s, CLAS_CODE_PUBLIC_NIVEAU_HORS_CHAMP, hors, CLAS_PUBLIC_MASK);
    if (st != CLAS_OK || !ctx->trace)
        return st;
    clas_trace_value in[] = {{"niveaux", f->niveaux, CLAS_UNITE_NIVEAUX},
                             {"niveaux_admis", CLAS_PUBLIC_MASK, CLAS_UNITE_NIVEAUX}};
    return step_check(s, CLAS_REGLE_PUBLIC, CLAS_VALEURS_AUCUNE, "public",
                      "niveaux non vides et inclus dans CP..Terminale", in, IN(in),
                      !clas__public_aucun_niveau(f->niveaux) && hors == 0);
}

static int check_hors_temps(const clas_rule_ctx *ctx, const clas_sink *s, const clas_faits *f)
{
    if (!clas__regle_active(ctx, CLAS_REGLE_HORS_TEMPS))
        return CLAS_OK;
    bool non = clas__hors_temps_non(f->hors_temps_scolaire);
    int st = non ? clas__emit(s, CLAS_CODE_HORS_TEMPS_NON, 0, 1) : CLAS_OK;
    if (st != CLAS_OK || !ctx->trace)
        return st;
    clas_trace_value in[] = {{"hors_temps_scolaire", !non, CLAS_UNITE_BOOLEEN}};
    return step_check(s, CLAS_REGLE_HORS_TEMPS, CLAS_VALEURS_AUCUNE, "hors_temps", "hors_temps_scolaire", in, IN(in),
                      !non);
}

static int check_axes(const clas_rule_ctx *ctx, const clas_sink *s, const clas_faits *f)
{
    static const clas_code missing[CLAS_AXE_COUNT] = {CLAS_CODE_AXE_ENFANTS_ABSENT, CLAS_CODE_AXE_PARENTS_ABSENT,
                                                      CLAS_CODE_AXE_ECOLE_ABSENT, CLAS_CODE_AXE_TERRITOIRE_ABSENT};
    if (!clas__regle_active(ctx, CLAS_REGLE_AXES))
        return CLAS_OK;
    int64_t min = ctx->cadre->seuils[CLAS_SEUIL_ACTIONS_PAR_AXE_MIN];
    bool ok = true;
    for (int a = 0; a < CLAS_AXE_COUNT; a++) {
        if (!clas__axe_absent(f->actions[a], min))
            continue;
        ok = false;
        int st = clas__emit(s, missing[a], f->actions[a], min);
        if (st != CLAS_OK)
            return st;
    }
    if (!ctx->trace)
        return CLAS_OK;
    clas_trace_value in[] = {{"actions_enfants", f->actions[CLAS_AXE_ENFANTS], CLAS_UNITE_NOMBRE},
                             {"actions_parents", f->actions[CLAS_AXE_PARENTS], CLAS_UNITE_NOMBRE},
                             {"actions_ecole", f->actions[CLAS_AXE_ECOLE], CLAS_UNITE_NOMBRE},
                             {"actions_territoire", f->actions[CLAS_AXE_TERRITOIRE], CLAS_UNITE_NOMBRE},
                             {"actions_par_axe_min", min, CLAS_UNITE_NOMBRE}};
    return step_check(s, CLAS_REGLE_AXES, CLAS_VALEURS_CADRE, "axes", "chaque axe >= actions_par_axe_min", in, IN(in),
                      ok);
}

static int check_socle_parents(const clas_rule_ctx *ctx, const clas_sink *s, const clas_faits *f)
{
    if (!clas__regle_active(ctx, CLAS_REGLE_SOCLE_PARENTS))
        return CLAS_OK;
    int64_t n = f->sortes_parents;
    int64_t min = ctx->cadre->seuils[CLAS_SEUIL_ACTIONS_PARENTS_MIN];
    bool axe = clas__regle_active(ctx, CLAS_REGLE_AXES) &&
               clas__axe_absent(f->actions[CLAS_AXE_PARENTS], ctx->cadre->seuils[CLAS_SEUIL_ACTIONS_PAR_AXE_MIN]);
    bool insuffisant = clas__socle_parents_insuffisant(n, min, axe);
    int st = insuffisant ? clas__emit(s, CLAS_CODE_SOCLE_PARENTS_INSUFFISANT, n, min) : CLAS_OK;
    /* The kinds the cadre requires, each missing one its own constat. */
    uint32_t manquantes = clas__actions_requises_manquantes(ctx->cadre->actions_parents_requises, f->actions_declarees, axe);
    /* In the order of the actions: the lowest bit first, only the bits set. */
    for (uint32_t rest = manquantes; st == CLAS_OK && rest != 0; rest &= rest - 1)
        st = clas__emit(s, CLAS_CODE_SOCLE_PARENTS_ACTION_MANQUANTE, __builtin_ctz(rest), 0);
    if (st != CLAS_OK || !ctx->trace)
        return st;
    clas_trace_value in[] = {{"sortes_actions_parents", n, CLAS_UNITE_NOMBRE},
                             {"actions_parents_min", min, CLAS_UNITE_NOMBRE},
                             {"actions_requises_manquantes", clas__popcount32(manquantes), CLAS_UNITE_NOMBRE},
                             {"axe_parents_signale", axe, CLAS_UNITE_BOOLEEN}};
    return step_check(s, CLAS_REGLE_SOCLE_PARENTS, CLAS_VALEURS_CADRE, "socle_parents",
                      "axe parents déjà signalé par R-AXES ou (sortes_actions_parents >= actions_parents_min et "
                      "actions_requises_manquantes = 0)",
                      in, IN(in), !insuffisant && manquantes == 0);
}

/* R-FREQUENCE on the forecast: each declared figure against the cadre's minimum. */
static int check_frequence(const clas_rule_ctx *ctx, const clas_sink *s, const clas_faits *f)
{
    const struct {
        int64_t valeur;
        clas_seuil seuil;
        clas_code code;
    } parts[] = {
        {f->seances_par_semaine, CLAS_SEUIL_SEANCES_PAR_SEMAINE_MIN, CLAS_CODE_FREQUENCE_SEANCES_INSUFFISANTES},
        {f->minutes_par_seance, CLAS_SEUIL_MINUTES_PAR_SEANCE_MIN, CLAS_CODE_FREQUENCE_DUREE_INSUFFISANTE},
        {f->nb_semaines, CLAS_SEUIL_SEMAINES_MIN, CLAS_CODE_FREQUENCE_SEMAINES_INSUFFISANTES},
    };
    if (!clas__regle_active(ctx, CLAS_REGLE_FREQUENCE))
        return CLAS_OK;
    bool ok = true;
    for (size_t i = 0; i < IN(parts); i++) {
        int64_t v = parts[i].valeur, min = ctx->cadre->seuils[parts[i].seuil];
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
        {"seances_par_semaine", f->seances_par_semaine, CLAS_UNITE_NOMBRE},
        {"seances_par_semaine_min", ctx->cadre->seuils[CLAS_SEUIL_SEANCES_PAR_SEMAINE_MIN], CLAS_UNITE_NOMBRE},
        {"minutes_par_seance", f->minutes_par_seance, CLAS_UNITE_NOMBRE},
        {"minutes_par_seance_min", ctx->cadre->seuils[CLAS_SEUIL_MINUTES_PAR_SEANCE_MIN], CLAS_UNITE_NOMBRE},
        {"nb_semaines", f->nb_semaines, CLAS_UNITE_NOMBRE},
        {"semaines_min", ctx->cadre->seuils[CLAS_SEUIL_SEMAINES_MIN], CLAS_UNITE_NOMBRE}};
    return step_check(s, CLAS_REGLE_FREQUENCE, CLAS_VALEURS_CADRE, "frequence",
                      "séances, minutes et semaines >= minimums du cadre", in, IN(in), ok);
}

/* R-COMPOSITION: the cycles a collectif mixes (off nationally). */
static int check_composition(const clas_rule_ctx *ctx, const clas_sink *s, const clas_faits *f)
{
    if (!clas__regle_active(ctx, CLAS_REGLE_COMPOSITION))
        return CLAS_OK;
    int64_t cycles = clas__cycles(f->niveaux), max = ctx->cadre->seuils[CLAS_SEUIL_CYCLES_MAX];
    bool melange = clas__cycles_melanges(cycles, max);
    int st = melange ? clas__emit(s, CLAS_CODE_COMPOSITION_CYCLES_MELANGES, cycles, max) : CLAS_OK;
    if (st != CLAS_OK || !ctx->trace)
        return st;
    clas_trace_value in[] = {{"niveaux", f->niveaux, CLAS_UNITE_NIVEAUX},
                             {"cycles", cycles, CLAS_UNITE_NOMBRE},
                             {"cycles_max", max, CLAS_UNITE_NOMBRE}};
    return step_check(s, CLAS_REGLE_COMPOSITION, CLAS_VALEURS_CADRE, "composition", "cycles <= cycles_max", in,
                      IN(in), !melange);
}

static int check_groupe(const clas_rule_ctx *ctx, const clas_sink *s, const clas_faits *f)
{
    if (!clas__regle_active(ctx, CLAS_REGLE_GROUPE))
        return CLAS_OK;
    int64_t n = f->nb_enfants;
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

static int check_encadrement(const clas_rule_ctx *ctx, const clas_sink *s, const clas_faits *f)
{
    if (!clas__regle_active(ctx, CLAS_REGLE_ENCADREMENT))
        return CLAS_OK;
    int64_t sal = f->salaries;
    int64_t ben = f->benevoles;
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
static int check_aide_devoirs(const clas_rule_ctx *ctx, const clas_sink *s, const clas_faits *f)
{
    if (!clas__regle_active(ctx, CLAS_REGLE_AIDE_DEVOIRS))
        return CLAS_OK;
    int64_t enfants = f->actions[CLAS_AXE_ENFANTS], autres = f->enfants_hors_aide_devoirs;
    bool seule = clas__aide_devoirs_seule(enfants, autres == 0);
    int st = seule ? clas__emit(s, CLAS_CODE_AIDE_DEVOIRS_SEULE, enfants, 0) : CLAS_OK;
    if (st != CLAS_OK || !ctx->trace)
        return st;
    clas_trace_value in[] = {{"actions_enfants", enfants, CLAS_UNITE_NOMBRE},
                             {"actions_enfants_hors_aide_devoirs", autres, CLAS_UNITE_NOMBRE}};
    return step_check(s, CLAS_REGLE_AIDE_DEVOIRS, CLAS_VALEURS_AUCUNE, "aide_devoirs",
                      "actions_enfants = 0 ou actions_enfants_hors_aide_devoirs > 0", in, IN(in), !seule);
}

static int check_budget(const clas_rule_ctx *ctx, const clas_sink *s, const clas_faits *f)
{
    if (!clas__regle_active(ctx, CLAS_REGLE_BUDGET))
        return CLAS_OK;
    bool nulles = clas__budget_depenses_nulles(f->depenses);
    bool non_declares = clas__budget_financements_non_declares(f->lignes_financement > 0);
    int st = CLAS_OK;
    if (nulles)
        st = clas__emit(s, CLAS_CODE_BUDGET_DEPENSES_NULLES, 0, 0);
    if (st == CLAS_OK && non_declares)
        st = clas__emit(s, CLAS_CODE_BUDGET_FINANCEMENTS_NON_DECLARES, 0, 1);
    if (st != CLAS_OK || !ctx->trace)
        return st;
    clas_trace_value in[] = {{"depenses", f->depenses, CLAS_UNITE_CENTS},
                             {"lignes_financement", f->lignes_financement, CLAS_UNITE_NOMBRE}};
    return step_check(s, CLAS_REGLE_BUDGET, CLAS_VALEURS_AUCUNE, "budget",
                      "depenses > 0 et autres financements declares", in, IN(in), !nulles && !non_declares);
}

/* The kinds of action a collectif declares (bit n for clas_action n) and
 * its distinct kinds of parents actions ("autre" counts once per text:
 * each free-text action is its own kind), in one walk of the actions. */
static void actions_declarees(const clas_collectif *c, uint32_t *kinds, int64_t *sortes_parents)
{
    _Static_assert(CLAS_ACTION_COUNT <= 32, "kinds of action as a 32-bit mask");
    uint32_t seen = 0;
    int64_t autres = 0;
    for (size_t i = 0; i < c->num_actions; i++) {
        clas_action a = c->actions[i].action;
        seen |= UINT32_C(1) << (unsigned)a;
        autres += a == CLAS_ACTION_PARENTS_AUTRE;
    }
    /* The parents actions of the catalogue, "autre" apart: values
     * INFORMATION_INSCRIPTION to the one before AUTRE (never renumbered). */
    const uint32_t parents = ((UINT32_C(1) << CLAS_ACTION_PARENTS_AUTRE) - 1) &
                             ~((UINT32_C(1) << CLAS_ACTION_PARENTS_INFORMATION_INSCRIPTION) - 1);
    *kinds = seen;
    *sortes_parents = clas__popcount32(seen & parents) + autres;
}

/* The enfants actions other than "appui et méthodologie au travail scolaire". */
static int64_t enfants_hors_aide_devoirs(const clas_collectif *c)
{
    int64_t autres = 0;
    for (size_t i = 0; i < c->num_actions; i++) {
        clas_action a = c->actions[i].action;
        autres += clas__action_axe(a) == CLAS_AXE_ENFANTS && a != CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE;
    }
    return autres;
}

/* The checks in the order they run: constats come out in this order, and
 * the batch, which runs them too, reports the first blocking one. */
int clas__check_faits(const clas_rule_ctx *ctx, const clas_sink *s, const clas_faits *f)
{
    /* Direct calls, not a table of pointers: the compiler inlines them. */
    int st = trace_delai(ctx, s);
    if (st == CLAS_OK)
        st = check_public(ctx, s, f);
    if (st == CLAS_OK)
        st = check_hors_temps(ctx, s, f);
    if (st == CLAS_OK)
        st = check_axes(ctx, s, f);
    if (st == CLAS_OK)
        st = check_socle_parents(ctx, s, f);
    if (st == CLAS_OK)
        st = check_groupe(ctx, s, f);
    if (st == CLAS_OK)
        st = check_encadrement(ctx, s, f);
    if (st == CLAS_OK)
        st = check_frequence(ctx, s, f);
    if (st == CLAS_OK)
        st = check_composition(ctx, s, f);
    if (st == CLAS_OK)
        st = check_aide_devoirs(ctx, s, f);
    if (st == CLAS_OK)
        st = check_budget(ctx, s, f);
    return st;
}

int clas__check_collectif(const clas_rule_ctx *ctx, const clas_sink *s, const clas_collectif *c)
{
    clas_faits f = {
        .niveaux = c->niveaux,
        .hors_temps_scolaire = c->champs[CLAS_CHAMP_HORS_TEMPS_SCOLAIRE],
        .nb_enfants = c->champs[CLAS_CHAMP_NB_ENFANTS],
        .salaries = c->champs[CLAS_CHAMP_NB_INTERVENANTS_SALARIES],
        .benevoles = c->champs[CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES],
        .seances_par_semaine = c->champs[CLAS_CHAMP_SEANCES_PAR_SEMAINE],
        .minutes_par_seance = c->champs[CLAS_CHAMP_MINUTES_PAR_SEANCE],
        .nb_semaines = c->champs[CLAS_CHAMP_NB_SEMAINES],
        .depenses = c->depenses,
        .lignes_financement = (int64_t)c->num_financements,
    };
    for (int a = 0; a < CLAS_AXE_COUNT; a++)
        f.actions[a] = c->actions_par_axe[a];
    /* The two counts that walk the actions, only for the rules that read them. */
    if (clas__regle_active(ctx, CLAS_REGLE_SOCLE_PARENTS))
        actions_declarees(c, &f.actions_declarees, &f.sortes_parents);
    if (clas__regle_active(ctx, CLAS_REGLE_AIDE_DEVOIRS))
        f.enfants_hors_aide_devoirs = enfants_hors_aide_devoirs(c);
    return clas__check_faits(ctx, s, &f);
}
