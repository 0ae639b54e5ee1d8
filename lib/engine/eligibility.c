/* SPDX-License-Identifier: Apache-2.0 */
/* The eligibility rules of domain.md §3 that decide whether a collectif can
 * be funded: R-DELAI and R-BAREME at dossier level; R-PUBLIC, R-HORS-TEMPS,
 * R-AXES, R-SOCLE-PARENTS, R-GROUPE, R-ENCADREMENT, R-AIDE-DEVOIRS and the
 * declarative part of R-BUDGET per collectif. Thresholds and severities
 * come from the cadre, and the trace records the values used. */
#include "engine/engine.h"

#include <string.h>

/* Levels of the Clas public: CP to Terminale (R-PUBLIC). */
#define PUBLIC_MASK (((UINT32_C(1) << (CLAS_NIVEAU_TERMINALE + 1)) - 1) & ~((UINT32_C(1) << CLAS_NIVEAU_CP) - 1))

static bool enabled(const clas_evaluation *ev, clas_regle regle)
{
    return ev->cadre->severities[regle] != CLAS_SEVERITY_OFF;
}

/* A check's step: its inputs and whether the collectif conforms. */
static int trace_check(clas_evaluation *ev, clas_regle regle, const char *operation, const char *formule,
                       const char *source, const clas_trace_value *in, size_t n, bool conforme)
{
    return clas__trace(ev, regle, operation, formule, source, in, n,
                       (clas_trace_value){"conforme", conforme, CLAS_UNITE_BOOLEEN});
}

int64_t clas__date_number(const char *date)
{
    /* Dates are validated on input: "YYYY-MM-DD" or "YYYY-MM". */
    int64_t n = 0;
    size_t len = strlen(date);
    for (size_t i = 0; i < len; i++)
        if (date[i] >= '0' && date[i] <= '9')
            n = n * 10 + (date[i] - '0');
    return len == 7 ? n * 100 : n;
}

int clas__check_dossier(clas_evaluation *ev, const clas_dossier *d)
{
    int st = CLAS_OK;
    if (ev->trace) /* only the trace shows the filing date as a number */
        ev->date_depot = clas__date_number(d->date_depot);
    if (ev->provisional)
        st = clas__add_constat(ev, -1, CLAS_CODE_BAREME_PROVISOIRE, "annee_scolaire", 0, 0);
    if (st != CLAS_OK || !enabled(ev, CLAS_REGLE_DELAI))
        return st;
    const char *limite = ev->cadre->dates[CLAS_DATE_LIMITE_DEPOT];
    /* Without a deadline nothing can be late: say so rather than pass silently. */
    if (limite[0] == '\0')
        st = clas__add_constat(ev, -1, CLAS_CODE_DEPOT_DELAI_NON_VERIFIE, "date_depot", 0, 0);
    else if (d->date_depot[0] == '\0')
        st = clas__add_constat(ev, -1, CLAS_CODE_DEPOT_DATE_ABSENTE, "date_depot", 0, clas__date_number(limite));
    else if (limite[0] != '\0' && strcmp(d->date_depot, limite) > 0)
        st = clas__add_constat(ev, -1, CLAS_CODE_DEPOT_HORS_DELAI, "date_depot", clas__date_number(d->date_depot),
                               clas__date_number(limite));
    if (st == CLAS_OK && d->num_collectifs == 0)
        st = clas__add_constat(ev, -1, CLAS_CODE_DOSSIER_SANS_COLLECTIF, "collectifs", 0, 1);
    return st;
}

/* The filing deadline, repeated in each collectif's trace so that every
 * collectif's explanation is complete on its own. */
static int trace_delai(clas_evaluation *ev)
{
    if (!ev->trace || !enabled(ev, CLAS_REGLE_DELAI))
        return CLAS_OK;
    const char *limite = ev->cadre->dates[CLAS_DATE_LIMITE_DEPOT];
    bool late = false;
    for (size_t i = 0; i < ev->num_dossier_constats; i++)
        late |= ev->constats[i].code == CLAS_CODE_DEPOT_HORS_DELAI;
    clas_trace_value in[] = {{"date_depot", ev->date_depot, CLAS_UNITE_DATE},
                       {"limite_depot", clas__date_number(limite), CLAS_UNITE_DATE}};
    return trace_check(ev, CLAS_REGLE_DELAI, "delai", "date_depot <= limite_depot", ev->cadre_source, in, 2,
                       !late && ev->date_depot != 0);
}

static int check_public(clas_evaluation *ev, long idx, const clas_collectif *c)
{
    if (!enabled(ev, CLAS_REGLE_PUBLIC))
        return CLAS_OK;
    uint32_t hors = c->niveaux & ~PUBLIC_MASK;
    int st = CLAS_OK;
    if (c->niveaux == 0)
        st = clas__add_constat(ev, idx, CLAS_CODE_PUBLIC_AUCUN_NIVEAU, "niveaux", 0, 0);
    else if (hors != 0)
        st = clas__add_constat(ev, idx, CLAS_CODE_PUBLIC_NIVEAU_HORS_CHAMP, "niveaux", hors, PUBLIC_MASK);
    if (st != CLAS_OK || !ev->trace)
        return st;
    clas_trace_value in[] = {{"niveaux", c->niveaux, CLAS_UNITE_NIVEAUX}, {"niveaux_admis", PUBLIC_MASK, CLAS_UNITE_NIVEAUX}};
    return trace_check(ev, CLAS_REGLE_PUBLIC, "public", "niveaux non vides et inclus dans CP..Terminale",
                       clas_regle_source(CLAS_REGLE_PUBLIC), in, 2, c->niveaux != 0 && hors == 0);
}

static int check_hors_temps(clas_evaluation *ev, long idx, const clas_collectif *c)
{
    if (!enabled(ev, CLAS_REGLE_HORS_TEMPS))
        return CLAS_OK;
    bool ok = c->champs[CLAS_CHAMP_HORS_TEMPS_SCOLAIRE] != 0;
    int st = ok ? CLAS_OK : clas__add_constat(ev, idx, CLAS_CODE_HORS_TEMPS_NON, "hors_temps_scolaire", 0, 1);
    if (st != CLAS_OK || !ev->trace)
        return st;
    clas_trace_value in[] = {{"hors_temps_scolaire", ok, CLAS_UNITE_BOOLEEN}};
    return trace_check(ev, CLAS_REGLE_HORS_TEMPS, "hors_temps", "hors_temps_scolaire",
                       clas_regle_source(CLAS_REGLE_HORS_TEMPS), in, 1, ok);
}

static int check_axes(clas_evaluation *ev, long idx, const clas_collectif *c)
{
    static const clas_code missing[CLAS_AXE_COUNT] = {CLAS_CODE_AXE_ENFANTS_ABSENT, CLAS_CODE_AXE_PARENTS_ABSENT,
                                                      CLAS_CODE_AXE_ECOLE_ABSENT, CLAS_CODE_AXE_TERRITOIRE_ABSENT};
    static const char *const champs[CLAS_AXE_COUNT] = {"actions.enfants", "actions.parents", "actions.ecole",
                                                       "actions.territoire"};
    if (!enabled(ev, CLAS_REGLE_AXES))
        return CLAS_OK;
    int64_t min = ev->cadre->seuils[CLAS_SEUIL_ACTIONS_PAR_AXE_MIN];
    bool ok = true;
    for (int a = 0; a < CLAS_AXE_COUNT; a++) {
        if ((int64_t)c->actions_par_axe[a] >= min)
            continue;
        ok = false;
        int st = clas__add_constat(ev, idx, missing[a], champs[a], c->actions_par_axe[a], min);
        if (st != CLAS_OK)
            return st;
    }
    if (!ev->trace)
        return CLAS_OK;
    clas_trace_value in[] = {{"actions_enfants", c->actions_par_axe[CLAS_AXE_ENFANTS], CLAS_UNITE_NOMBRE},
                       {"actions_parents", c->actions_par_axe[CLAS_AXE_PARENTS], CLAS_UNITE_NOMBRE},
                       {"actions_ecole", c->actions_par_axe[CLAS_AXE_ECOLE], CLAS_UNITE_NOMBRE},
                       {"actions_territoire", c->actions_par_axe[CLAS_AXE_TERRITOIRE], CLAS_UNITE_NOMBRE},
                       {"actions_par_axe_min", min, CLAS_UNITE_NOMBRE}};
    return trace_check(ev, CLAS_REGLE_AXES, "axes", "chaque axe >= actions_par_axe_min", ev->cadre_source, in, 5,
                       ok);
}

static int check_socle_parents(clas_evaluation *ev, long idx, const clas_collectif *c)
{
    if (!enabled(ev, CLAS_REGLE_SOCLE_PARENTS))
        return CLAS_OK;
    int64_t n = c->actions_par_axe[CLAS_AXE_PARENTS];
    int64_t min = ev->cadre->seuils[CLAS_SEUIL_ACTIONS_PARENTS_MIN];
    int st = n >= min ? CLAS_OK
                      : clas__add_constat(ev, idx, CLAS_CODE_SOCLE_PARENTS_INSUFFISANT, "actions.parents", n, min);
    if (st != CLAS_OK || !ev->trace)
        return st;
    clas_trace_value in[] = {{"actions_parents", n, CLAS_UNITE_NOMBRE}, {"actions_parents_min", min, CLAS_UNITE_NOMBRE}};
    return trace_check(ev, CLAS_REGLE_SOCLE_PARENTS, "socle_parents", "actions_parents >= actions_parents_min",
                       ev->cadre_source, in, 2, n >= min);
}

static int check_groupe(clas_evaluation *ev, long idx, const clas_collectif *c)
{
    if (!enabled(ev, CLAS_REGLE_GROUPE))
        return CLAS_OK;
    int64_t n = c->champs[CLAS_CHAMP_NB_ENFANTS];
    int64_t min = ev->cadre->seuils[CLAS_SEUIL_ENFANTS_MIN], max = ev->cadre->seuils[CLAS_SEUIL_ENFANTS_MAX];
    int st = CLAS_OK;
    if (n < min)
        st = clas__add_constat(ev, idx, CLAS_CODE_GROUPE_TROP_PETIT, "nb_enfants", n, min);
    else if (n > max)
        st = clas__add_constat(ev, idx, CLAS_CODE_GROUPE_TROP_GRAND, "nb_enfants", n, max);
    if (st != CLAS_OK || !ev->trace)
        return st;
    clas_trace_value in[] = {{"nb_enfants", n, CLAS_UNITE_NOMBRE},
                       {"enfants_min", min, CLAS_UNITE_NOMBRE},
                       {"enfants_max", max, CLAS_UNITE_NOMBRE}};
    return trace_check(ev, CLAS_REGLE_GROUPE, "groupe", "enfants_min <= nb_enfants <= enfants_max",
                       ev->cadre_source, in, 3, n >= min && n <= max);
}

static int check_encadrement(clas_evaluation *ev, long idx, const clas_collectif *c)
{
    if (!enabled(ev, CLAS_REGLE_ENCADREMENT))
        return CLAS_OK;
    int64_t sal = c->champs[CLAS_CHAMP_NB_INTERVENANTS_SALARIES];
    int64_t ben = c->champs[CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES];
    int64_t min = ev->cadre->seuils[CLAS_SEUIL_INTERVENANTS_MIN];
    int st = sal + ben >= min
                 ? CLAS_OK
                 : clas__add_constat(ev, idx, CLAS_CODE_ENCADREMENT_INSUFFISANT, "intervenants", sal + ben, min);
    if (st != CLAS_OK || !ev->trace)
        return st;
    clas_trace_value in[] = {{"intervenants_salaries", sal, CLAS_UNITE_NOMBRE},
                       {"intervenants_benevoles", ben, CLAS_UNITE_NOMBRE},
                       {"intervenants_min", min, CLAS_UNITE_NOMBRE}};
    return trace_check(ev, CLAS_REGLE_ENCADREMENT, "encadrement",
                       "intervenants_salaries + intervenants_benevoles >= intervenants_min", ev->cadre_source, in,
                       3, sal + ben >= min);
}

/* An enfants axis made only of "appui et méthodologie au travail scolaire"
 * is homework help alone (R-AIDE-DEVOIRS, off unless the cadre enables it). */
static int check_aide_devoirs(clas_evaluation *ev, long idx, const clas_collectif *c)
{
    if (!enabled(ev, CLAS_REGLE_AIDE_DEVOIRS))
        return CLAS_OK;
    int64_t enfants = 0, autres = 0;
    for (size_t i = 0; i < c->num_actions; i++) {
        clas_action a = c->actions[i].action;
        if (clas_action_axe(a) != CLAS_AXE_ENFANTS)
            continue;
        enfants++;
        autres += a != CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE;
    }
    bool seule = enfants > 0 && autres == 0;
    int st = seule ? clas__add_constat(ev, idx, CLAS_CODE_AIDE_DEVOIRS_SEULE, "actions.enfants", enfants, 0)
                   : CLAS_OK;
    if (st != CLAS_OK || !ev->trace)
        return st;
    clas_trace_value in[] = {{"actions_enfants", enfants, CLAS_UNITE_NOMBRE},
                       {"actions_enfants_hors_aide_devoirs", autres, CLAS_UNITE_NOMBRE}};
    return trace_check(ev, CLAS_REGLE_AIDE_DEVOIRS, "aide_devoirs",
                       "actions_enfants = 0 ou actions_enfants_hors_aide_devoirs > 0", ev->cadre_source, in, 2,
                       !seule);
}

static int check_budget(clas_evaluation *ev, long idx, const clas_collectif *c)
{
    if (!enabled(ev, CLAS_REGLE_BUDGET))
        return CLAS_OK;
    int st = CLAS_OK;
    if (c->depenses == 0)
        st = clas__add_constat(ev, idx, CLAS_CODE_BUDGET_DEPENSES_NULLES, "depenses", 0, 0);
    if (st == CLAS_OK && c->num_financements == 0)
        st = clas__add_constat(ev, idx, CLAS_CODE_BUDGET_FINANCEMENTS_NON_DECLARES, "financements", 0, 1);
    if (st != CLAS_OK || !ev->trace)
        return st;
    clas_trace_value in[] = {{"depenses", c->depenses, CLAS_UNITE_CENTS},
                       {"lignes_financement", (int64_t)c->num_financements, CLAS_UNITE_NOMBRE}};
    return trace_check(ev, CLAS_REGLE_BUDGET, "budget", "depenses > 0 et autres financements declares",
                       clas_regle_source(CLAS_REGLE_BUDGET), in, 2, c->depenses > 0 && c->num_financements > 0);
}

int clas__check_collectif(clas_evaluation *ev, long idx, const clas_collectif *c)
{
    typedef int (*check_fn)(clas_evaluation *, long, const clas_collectif *);
    static const check_fn checks[] = {check_public,      check_hors_temps, check_axes,
                                      check_socle_parents, check_groupe,    check_encadrement,
                                      check_aide_devoirs,  check_budget};
    int st = trace_delai(ev);
    for (size_t i = 0; st == CLAS_OK && i < sizeof checks / sizeof checks[0]; i++)
        st = checks[i](ev, idx, c);
    return st;
}
