/* SPDX-License-Identifier: Apache-2.0 */
/* The batch API against the evaluator: every boundary combination and a
 * million random collectifs give the same verdict, first blocking code and
 * cents as clas_evaluation_run() on a dossier holding that one collectif,
 * under the Marne cadre, a stricter one, a laxer one and another rounding. */
#include "testutil.h"

#include "engine/engine.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK 4096

/* The first blocking codes the comparisons met, over every test of the
 * file: test_every_rule_is_compared() checks that each rule the batch
 * evaluates decided some verdict. */
static uint64_t compared_codes;

static bool under_valgrind(void) { return getenv("CLAS_UNDER_VALGRIND") != NULL; }

/* One collectif as batch inputs, and the results to compare. */
typedef struct one {
    int64_t depenses, autres;
    int32_t enfants, intervenants;
    uint32_t niveaux;
    uint8_t actions[CLAS_AXE_COUNT];
    uint8_t hors;
    uint16_t flags;
    uint8_t seances, semaines;  /* R-FREQUENCE */
    uint16_t minutes;
} one;

typedef struct result {
    uint8_t verdict;
    int32_t code;
    int64_t ps, bonus, total;
} result;

/* The rules a batch runs under, and the reference dossier reused in place. */
typedef struct fixture {
    clas_regles *regles;            /* borrowed from the group state, or owned (rounding variant) */
    bool own_regles;
    clas_cadre *cadre;              /* NULL: the rule set's Marne cadre */
    const clas_bareme *bareme;
    const clas_cadre *batch_cadre;
    clas_dossier *dossier;
    clas_collectif *c;
    clas_evaluation *ev;
} fixture;

static void fixture_init(fixture *f, clas_regles *regles, clas_cadre *cadre)
{
    memset(f, 0, sizeof *f);
    f->regles = regles;
    f->cadre = cadre;
    assert_clas_ok(clas_regles_find_bareme(&f->bareme, NULL, regles, "2025-2026", 0));
    if (cadre)
        f->batch_cadre = cadre;
    else
        assert_clas_ok(clas_regles_find_cadre(&f->batch_cadre, regles, "51", "2025-2026"));
    assert_clas_ok(clas_dossier_new(&f->dossier, "2025-2026"));
    assert_clas_ok(clas_dossier_set_id(f->dossier, "D1"));
    assert_clas_ok(clas_dossier_set_departement(f->dossier, "51"));
    assert_clas_ok(clas_dossier_set_date_depot(f->dossier, "2025-08-01"));
    assert_clas_ok(clas_dossier_add_collectif(&f->c, f->dossier, "C1"));
    /* One funding line kept allocated; its count says whether it is declared. */
    assert_clas_ok(clas_collectif_add_financement(f->c, "Commune", 0));
    assert_clas_ok(clas_evaluation_new(&f->ev));
}

static void fixture_free(fixture *f)
{
    f->c->num_financements = 1;
    clas_evaluation_free(f->ev);
    clas_dossier_free(f->dossier);
    clas_cadre_free(f->cadre);
    if (f->own_regles)
        clas_regles_unref(f->regles);
}

/* The one-by-one result. The public API only appends actions and funding
 * lines, so the lists are emptied through the private layout first. */
static void reference(fixture *f, const one *in, result *out)
{
    static const clas_action first[CLAS_AXE_COUNT] = {CLAS_ACTION_ENFANTS_VIE_COLLECTIVE, CLAS_ACTION_PARENTS_CONVIVIALITE,
                                                      CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE,
                                                      CLAS_ACTION_TERRITOIRE_REAAP};
    clas_collectif *c = f->c;
    for (size_t i = 0; i < c->num_actions; i++) {
        free(c->actions[i].texte); /* the free-text parents actions */
        c->actions[i].texte = NULL;
    }
    c->num_actions = 0;
    memset(c->actions_par_axe, 0, sizeof c->actions_par_axe);
    bool aide = in->flags & CLAS_BATCH_AIDE_DEVOIRS_SEULE;
    for (int a = 0; a < CLAS_AXE_COUNT; a++)
        for (int k = 0; k < in->actions[a]; k++) {
            clas_action action = first[a];
            if (a == CLAS_AXE_ENFANTS && (aide || k > 0))
                action = CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE;
            /* Parents actions of distinct kinds (R-SOCLE-PARENTS counts kinds; the batch's
             * column is that count): the five of the catalogue, then free-text ones. */
            if (a == CLAS_AXE_PARENTS)
                action = k < 5 ? (clas_action)(CLAS_ACTION_PARENTS_INFORMATION_INSCRIPTION + k) : CLAS_ACTION_PARENTS_AUTRE;
            assert_clas_ok(clas_collectif_add_action(c, action, action == CLAS_ACTION_PARENTS_AUTRE ? "Atelier" : NULL));
        }
    bool declared = in->autres > 0 || (in->flags & CLAS_BATCH_FINANCEMENTS_DECLARES);
    c->num_financements = declared;
    c->financements[0].montant = in->autres;

    assert_clas_ok(clas_collectif_set_depenses(c, in->depenses));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_NB_ENFANTS, in->enfants));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_NB_INTERVENANTS_SALARIES, in->intervenants / 2));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, in->intervenants - in->intervenants / 2));
    assert_clas_ok(clas_collectif_set_niveaux(c, in->niveaux));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, in->hors));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_SEANCES_PAR_SEMAINE, in->seances));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_MINUTES_PAR_SEANCE, in->minutes));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_NB_SEMAINES, in->semaines));
    static const unsigned dem[] = {CLAS_BATCH_BONUS_ENFANTS_DEMANDE, CLAS_BATCH_BONUS_PARENTS_DEMANDE};
    static const unsigned acc[] = {CLAS_BATCH_BONUS_ENFANTS_ACCORDE, CLAS_BATCH_BONUS_PARENTS_ACCORDE};
    static const unsigned sans[] = {CLAS_BATCH_BONUS_ENFANTS_SANS_PROJET, CLAS_BATCH_BONUS_PARENTS_SANS_PROJET};
    /* the collectif is reused: no decision while the bonuses change */
    assert_clas_ok(clas_collectif_set_decision(c, CLAS_DECISION_EN_ATTENTE, NULL));
    for (int k = 0; k < CLAS_BONUS_COUNT; k++) {
        assert_clas_ok(clas_collectif_set_bonus_demande(c, (clas_bonus)k, (in->flags & dem[k]) != 0,
                                                        (in->flags & sans[k]) ? NULL : "Sorties culturelles"));
        assert_clas_ok(clas_collectif_set_bonus_accorde(c, (clas_bonus)k, (in->flags & acc[k]) != 0));
    }
    clas_decision d = (in->flags & CLAS_BATCH_AGREE)    ? CLAS_DECISION_AGREE
                      : (in->flags & CLAS_BATCH_REFUSE) ? CLAS_DECISION_REFUSE
                                                        : CLAS_DECISION_EN_ATTENTE;
    assert_clas_ok(clas_collectif_set_decision(c, d, NULL));

    assert_clas_ok(clas_evaluation_run(f->ev, f->regles, f->cadre, f->dossier, 0));
    out->verdict = (uint8_t)clas_evaluation_get_collectif_verdict(f->ev, 0);
    out->code = CLAS_BATCH_NO_CODE;
    for (size_t j = 0; j < clas_evaluation_num_collectif_constats(f->ev, 0); j++) {
        const clas_constat *k = clas_evaluation_get_collectif_constat(f->ev, 0, j);
        if (clas_constat_get_severity(k) == CLAS_SEVERITY_BLOCKING) {
            out->code = (int32_t)clas_constat_get_code(k);
            break;
        }
    }
    out->ps = clas_evaluation_get_montant(f->ev, 0, CLAS_MONTANT_PS);
    out->bonus = clas_evaluation_get_montant(f->ev, 0, CLAS_MONTANT_BONUS_ENFANTS) +
                 clas_evaluation_get_montant(f->ev, 0, CLAS_MONTANT_BONUS_PARENTS);
    out->total = clas_evaluation_get_montant(f->ev, 0, CLAS_MONTANT_TOTAL);
}

/* Columns of one chunk. */
typedef struct columns {
    int64_t depenses[CHUNK], autres[CHUNK];
    int32_t enfants[CHUNK], intervenants[CHUNK];
    uint32_t niveaux[CHUNK];
    uint8_t actions[CHUNK * CLAS_AXE_COUNT], axe[CLAS_AXE_COUNT][CHUNK];
    uint8_t hors[CHUNK];
    uint16_t flags[CHUNK];
    uint8_t seances[CHUNK], semaines[CHUNK];
    uint16_t minutes[CHUNK];
    uint8_t verdict[CHUNK];
    int32_t code[CHUNK];
    int64_t ps[CHUNK], bonus[CHUNK], total[CHUNK];
} columns;

/* Runs the batch on @p n collectifs (interleaved actions or one column per
 * axis) and checks each against the reference; returns the mismatches. */
static size_t check_chunk(fixture *f, columns *col, const one *items, size_t n, bool interleaved)
{
    for (size_t i = 0; i < n; i++) {
        col->depenses[i] = items[i].depenses;
        col->autres[i] = items[i].autres;
        col->enfants[i] = items[i].enfants;
        col->intervenants[i] = items[i].intervenants;
        col->niveaux[i] = items[i].niveaux;
        for (int a = 0; a < CLAS_AXE_COUNT; a++)
            col->actions[i * CLAS_AXE_COUNT + a] = col->axe[a][i] = items[i].actions[a];
        col->hors[i] = items[i].hors;
        col->flags[i] = items[i].flags;
        col->seances[i] = items[i].seances;
        col->minutes[i] = items[i].minutes;
        col->semaines[i] = items[i].semaines;
    }
    clas_batch_entrees in = CLAS_BATCH_ENTREES_INIT;
    in.n = n;
    in.depenses = col->depenses;
    in.autres_financements = col->autres;
    in.nb_enfants = col->enfants;
    in.nb_intervenants = col->intervenants;
    in.niveaux = col->niveaux;
    if (interleaved)
        in.actions = col->actions;
    else
        for (int a = 0; a < CLAS_AXE_COUNT; a++)
            in.actions_axe[a] = col->axe[a];
    in.hors_temps = col->hors;
    in.flags = col->flags;
    in.seances_par_semaine = col->seances;
    in.minutes_par_seance = col->minutes;
    in.nb_semaines = col->semaines;
    clas_batch_sorties out = CLAS_BATCH_SORTIES_INIT;
    out.verdict = col->verdict;
    out.code = col->code;
    out.ps = col->ps;
    out.bonus = col->bonus;
    out.total = col->total;
    if (f->cadre || f->own_regles)
        assert_clas_ok(clas_batch_evaluate(&out, f->bareme, f->batch_cadre, &in));
    else
        assert_clas_ok(clas_batch_evaluate_regles(&out, f->regles, "2025-2026", "51", &in));

    size_t bad = 0;
    for (size_t i = 0; i < n; i++) {
        result want;
        reference(f, &items[i], &want);
        if (want.code != CLAS_BATCH_NO_CODE)
            compared_codes |= UINT64_C(1) << want.code;
        if (want.verdict == col->verdict[i] && want.code == col->code[i] && want.ps == col->ps[i] &&
            want.bonus == col->bonus[i] && want.total == col->total[i])
            continue;
        if (bad++ < 5) {
            const one *x = &items[i];
            print_message("mismatch: dep=%lld autres=%lld enf=%d itv=%d niv=0x%x a=%u,%u,%u,%u hors=%u flags=0x%x "
                          "freq=%u/%u/%u\n"
                          "  want verdict=%u code=%d ps=%lld bonus=%lld total=%lld\n"
                          "  got  verdict=%u code=%d ps=%lld bonus=%lld total=%lld\n",
                          (long long)x->depenses, (long long)x->autres, x->enfants, x->intervenants, x->niveaux,
                          x->actions[0], x->actions[1], x->actions[2], x->actions[3], x->hors, x->flags, x->seances,
                          x->minutes, x->semaines, want.verdict,
                          want.code, (long long)want.ps, (long long)want.bonus, (long long)want.total,
                          col->verdict[i], col->code[i], (long long)col->ps[i], (long long)col->bonus[i],
                          (long long)col->total[i]);
        }
    }
    return bad;
}

/* ---- boundary combinations ---- */

#define BONUS_ACCORDES (CLAS_BATCH_BONUS_ENFANTS_ACCORDE | CLAS_BATCH_BONUS_PARENTS_ACCORDE)

static size_t boundary_items(one *items, size_t cap, size_t keep_every)
{
    static const int32_t enfants[] = {7, 8, 12, 13};
    static const int32_t intervenants[] = {1, 2};
    /* 848700 is the prix plafond; 50, 150 and 848650 end in half a cent at 33 %. */
    static const int64_t depenses[] = {0, 1, 50, 150, 848650, 848699, 848700, 848701, 1000000};
    static const uint16_t decisions[] = {0, CLAS_BATCH_AGREE, CLAS_BATCH_REFUSE};
    size_t n = 0, seen = 0;
    for (size_t e = 0; e < 4; e++)
        for (size_t v = 0; v < 2; v++)
            for (unsigned axes = 0; axes < 16; axes++)
                for (size_t d = 0; d < sizeof depenses / sizeof depenses[0]; d++)
                    for (unsigned bonus = 0; bonus < 16; bonus++)
                        for (size_t k = 0; k < 3; k++)
                            for (size_t fin = 0; fin < 3; fin++) {
                            if (seen++ % keep_every != 0 || n == cap)
                                continue;
                            one *x = &items[n++];
                            memset(x, 0, sizeof *x);
                            x->depenses = depenses[d];
                            /* No other funding, some, or exactly what balances the budget
                             * of an approved collectif without bonus (R-BUDGET's limit). */
                            int64_t base = depenses[d] < 848700 ? depenses[d] : 848700;
                            int64_t ps = (base * 33 + 50) / 100 < 280070 ? (base * 33 + 50) / 100 : 280070;
                            x->autres = fin == 0 ? 0 : fin == 1 ? 150000 : depenses[d] - ps;
                            x->enfants = enfants[e];
                            x->intervenants = intervenants[v];
                            x->niveaux = UINT32_C(1) << CLAS_NIVEAU_CM2;
                            for (int a = 0; a < CLAS_AXE_COUNT; a++)
                                x->actions[a] = (axes >> a) & 1;
                            x->hors = 1;
                            x->flags = (uint16_t)(bonus | decisions[k]);
                            /* a refusal never keeps a bonus granted (refused as input) */
                            if (decisions[k] == CLAS_BATCH_REFUSE)
                                x->flags &= (uint16_t)~BONUS_ACCORDES;
                            /* Below, at and above the frequency of the strict cadre (2, 60, 30). */
                            x->seances = (uint8_t)(1 + seen % 3);
                            x->minutes = (uint16_t)(59 + seen % 5);
                            x->semaines = (uint8_t)(29 + seen % 3);
                            }
    return n;
}

/* ---- random collectifs ---- */

static uint64_t rng = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static uint64_t below(uint64_t n) { return next() % n; }

static void random_item(one *x)
{
    switch (below(10)) {
    case 0: x->depenses = 0; break;
    case 1: x->depenses = (int64_t)below(300); break;
    case 2: x->depenses = 848700 + (int64_t)below(7) - 3; break;
    case 3: x->depenses = (int64_t)below(CLAS_CENTS_MAX + 1); break;
    default: x->depenses = (int64_t)below(2000000); break;
    }
    x->autres = below(3) == 0 ? 0 : below(5) == 0 ? (int64_t)below(CLAS_CENTS_MAX + 1) : (int64_t)below(1500000);
    x->enfants = (int32_t)(below(8) == 0 ? below(100001) : below(20));
    x->intervenants = (int32_t)(below(8) == 0 ? below(200001) : below(5));
    switch (below(10)) {
    case 0: x->niveaux = 0; break;
    case 1: x->niveaux = (uint32_t)below(UINT32_C(1) << CLAS_NIVEAU_COUNT); break;
    default: x->niveaux = ((uint32_t)next() & CLAS_PUBLIC_MASK) | (UINT32_C(1) << CLAS_NIVEAU_CP); break;
    }
    for (int a = 0; a < CLAS_AXE_COUNT; a++)
        x->actions[a] = (uint8_t)(below(6) == 0 ? below(40) : below(3));
    x->hors = below(10) != 0;
    /* Near the strict cadre's minimums (2, 60, 30), sometimes anywhere in range. */
    x->seances = (uint8_t)(below(8) == 0 ? below(51) : 1 + below(3));
    x->minutes = (uint16_t)(below(8) == 0 ? below(1441) : 58 + below(5));
    x->semaines = (uint8_t)(below(8) == 0 ? below(54) : 29 + below(3));
    if (below(2)) {
        /* Half of the collectifs near the eligibility boundaries, so that
         * the funding stage is exercised as often as the checks. */
        x->enfants = 7 + (int32_t)below(7);
        x->intervenants = 1 + (int32_t)below(3);
        for (int a = 0; a < CLAS_AXE_COUNT; a++)
            x->actions[a] = (uint8_t)(below(8) ? 1 + below(2) : 0);
        x->hors = below(50) != 0;
        /* The strict cadre's frequency met but now and then, one cycle most of the time. */
        x->seances = (uint8_t)(below(8) ? 2 + below(2) : 1);
        x->minutes = (uint16_t)(below(8) ? 60 + below(3) : 59);
        x->semaines = (uint8_t)(below(8) ? 30 + below(2) : 29);
        if (below(4))
            x->niveaux = UINT32_C(1) << (CLAS_NIVEAU_CP + below(5));
    }
    x->flags = (uint16_t)below(CLAS_BATCH_FLAGS_ALL + 1);
    if ((x->flags & CLAS_BATCH_AGREE) && (x->flags & CLAS_BATCH_REFUSE))
        x->flags &= (uint16_t)~(below(2) ? CLAS_BATCH_AGREE : CLAS_BATCH_REFUSE);
    if (x->flags & CLAS_BATCH_REFUSE)
        x->flags &= (uint16_t)~BONUS_ACCORDES;
}

static void run_boundaries(fixture *f)
{
    size_t cap = 4 * 2 * 16 * 9 * 16 * 3 * 3;
    one *items = malloc(cap * sizeof *items);
    columns *col = malloc(sizeof *col);
    assert_non_null(items);
    assert_non_null(col);
    size_t n = boundary_items(items, cap, under_valgrind() ? 97 : 1);
    size_t bad = 0;
    for (size_t i = 0; i < n; i += CHUNK)
        bad += check_chunk(f, col, items + i, n - i < CHUNK ? n - i : CHUNK, (i / CHUNK) % 2 == 1);
    free(items);
    free(col);
    assert_int_equal(bad, 0);
}

static void run_random(fixture *f, size_t total)
{
    one *items = malloc(CHUNK * sizeof *items);
    columns *col = malloc(sizeof *col);
    assert_non_null(items);
    assert_non_null(col);
    if (under_valgrind())
        total = 2000;
    size_t bad = 0;
    for (size_t done = 0; done < total; done += CHUNK) {
        size_t n = total - done < CHUNK ? total - done : CHUNK;
        for (size_t i = 0; i < n; i++)
            random_item(&items[i]);
        bad += check_chunk(f, col, items, n, (done / CHUNK) % 2 == 0);
    }
    free(items);
    free(col);
    assert_int_equal(bad, 0);
}

/* What a test cadre changes in the Marne cadre: severities, then seuils. */
typedef struct {
    clas_regle regle;
    clas_severity severity;
} severity_change;
typedef struct {
    clas_seuil seuil;
    int64_t value;
} seuil_change;
#define CHANGES(a) (a), (sizeof(a) / sizeof(a)[0])

/* A copy of the Marne cadre with @p sev and @p seuils applied. */
static clas_cadre *marne_with(const clas_regles *regles, const severity_change *sev, size_t num_sev,
                              const seuil_change *seuils, size_t num_seuils)
{
    const clas_cadre *marne = NULL;
    clas_cadre *c = NULL;
    assert_clas_ok(clas_regles_find_cadre(&marne, regles, "51", "2025-2026"));
    assert_clas_ok(clas_cadre_copy(&c, marne));
    for (size_t i = 0; i < num_sev; i++)
        assert_clas_ok(clas_cadre_set_severity(c, sev[i].regle, sev[i].severity));
    for (size_t i = 0; i < num_seuils; i++)
        assert_clas_ok(clas_cadre_set_seuil(c, seuils[i].seuil, seuils[i].value));
    return c;
}

/* Every rule blocking, and with @p tight tighter thresholds: the
 * funding-stage rules (R-BONUS, R-BUDGET, R-AGREMENT) and R-AIDE-DEVOIRS
 * then decide verdicts. */
static clas_cadre *strict_cadre(const clas_regles *regles, bool tight)
{
    static const severity_change blocking[] = {
        {CLAS_REGLE_AIDE_DEVOIRS, CLAS_SEVERITY_BLOCKING}, {CLAS_REGLE_BUDGET, CLAS_SEVERITY_BLOCKING},
        {CLAS_REGLE_BONUS, CLAS_SEVERITY_BLOCKING},        {CLAS_REGLE_AGREMENT, CLAS_SEVERITY_BLOCKING},
        {CLAS_REGLE_FREQUENCE, CLAS_SEVERITY_BLOCKING},    {CLAS_REGLE_COMPOSITION, CLAS_SEVERITY_BLOCKING}};
    static const seuil_change tighter[] = {
        {CLAS_SEUIL_ENFANTS_MIN, 6},           {CLAS_SEUIL_ENFANTS_MAX, 10},
        {CLAS_SEUIL_INTERVENANTS_MIN, 3},      {CLAS_SEUIL_ACTIONS_PARENTS_MIN, 2},
        {CLAS_SEUIL_ACTIONS_PAR_AXE_MIN, 2},   {CLAS_SEUIL_SEANCES_PAR_SEMAINE_MIN, 2},
        {CLAS_SEUIL_MINUTES_PAR_SEANCE_MIN, 60}, {CLAS_SEUIL_SEMAINES_MIN, 30},
        {CLAS_SEUIL_CYCLES_MAX, 1}};
    return marne_with(regles, CHANGES(blocking), tighter, tight ? sizeof tighter / sizeof tighter[0] : 0);
}

/* The Marne cadre taking receipts above the expenses off the Ps. */
static clas_cadre *ecrete_cadre(const clas_regles *regles)
{
    static const seuil_change ecrete[] = {{CLAS_SEUIL_SURFINANCEMENT_ECRETE, 1}};
    return marne_with(regles, NULL, 0, CHANGES(ecrete));
}

/* Rules switched off or made warnings, and R-AIDE-DEVOIRS blocking without
 * R-AXES: homework help alone then decides, even with no enfants action. */
static clas_cadre *lax_cadre(const clas_regles *regles)
{
    static const severity_change lax[] = {
        {CLAS_REGLE_PUBLIC, CLAS_SEVERITY_OFF}, {CLAS_REGLE_AXES, CLAS_SEVERITY_WARNING},
        {CLAS_REGLE_GROUPE, CLAS_SEVERITY_OFF}, {CLAS_REGLE_BUDGET, CLAS_SEVERITY_OFF},
        {CLAS_REGLE_AIDE_DEVOIRS, CLAS_SEVERITY_BLOCKING}};
    static const seuil_change no_axis_minimum[] = {{CLAS_SEUIL_ACTIONS_PAR_AXE_MIN, 0}};
    return marne_with(regles, CHANGES(lax), CHANGES(no_axis_minimum));
}

/* The 2025-2026 barème rounded to the euro: the loop's generic R-PS path. */
static clas_regles *euro_regles(const clas_regles *regles)
{
    const clas_bareme *b = NULL;
    clas_bareme *copy = NULL;
    clas_regles_builder *builder = NULL;
    clas_regles *out = NULL;
    assert_clas_ok(clas_regles_find_bareme(&b, NULL, regles, "2025-2026", 0));
    assert_clas_ok(clas_bareme_copy(&copy, b));
    assert_clas_ok(clas_bareme_set_rounding(copy, CLAS_ROUND_EURO_HALF_UP));
    assert_clas_ok(clas_regles_builder_new(&builder));
    assert_clas_ok(clas_regles_builder_add_defaults(builder, 0));
    assert_clas_ok(clas_regles_builder_add_bareme(builder, copy, CLAS_REGLES_REPLACE));
    assert_clas_ok(clas_regles_builder_build(&out, builder));
    clas_regles_builder_free(builder);
    clas_bareme_free(copy);
    return out;
}

enum variant { MARNE, BLOCKING, STRICT, LAX, EURO, ECRETE };

static void with_variant(void **state, enum variant v, bool boundaries, size_t random)
{
    clas_regles *regles = *state;
    fixture f;
    clas_cadre *cadre = v == STRICT || v == BLOCKING ? strict_cadre(regles, v == STRICT)
                        : v == LAX                     ? lax_cadre(regles)
                        : v == ECRETE                  ? ecrete_cadre(regles)
                                                       : NULL;
    if (v == EURO) {
        fixture_init(&f, euro_regles(regles), NULL);
        f.own_regles = true;
    } else {
        fixture_init(&f, regles, cadre);
    }
    if (boundaries)
        run_boundaries(&f);
    if (random)
        run_random(&f, random);
    fixture_free(&f);
}

static void test_boundaries_marne(void **state) { with_variant(state, MARNE, true, 0); }
static void test_boundaries_strict(void **state) { with_variant(state, BLOCKING, true, 0); }
static void test_random_marne(void **state) { with_variant(state, MARNE, false, 1000000); }
static void test_random_strict(void **state) { with_variant(state, STRICT, false, 100000); }
static void test_random_lax(void **state) { with_variant(state, LAX, true, 100000); }
static void test_random_euro(void **state) { with_variant(state, EURO, false, 100000); }
static void test_ecrete(void **state) { with_variant(state, ECRETE, true, 100000); }

/* The worked examples of domain.md §7 through the batch. */
/* Runs last: every code that can decide a batch verdict was met as the
 * first blocking code of some comparison above, so the equivalence covers
 * every rule the evaluator applies to one collectif filed on time. The
 * batch has no filing date, barème carry-forward, previous bilan or bilan
 * (R-DELAI, R-BAREME, R-BILAN-PRECEDENT, R-BILAN and the bilan codes of
 * R-FREQUENCE), no column for the kinds of parents actions a cadre requires
 * (SOCLE_PARENTS_ACTION_MANQUANTE), and R-PS only informs (its amounts are
 * compared on every collectif). */
static bool batch_code(const clas_code_row *row, clas_code code)
{
    return row->regle != CLAS_REGLE_DELAI && row->regle != CLAS_REGLE_BAREME && row->regle != CLAS_REGLE_BILAN &&
           row->regle != CLAS_REGLE_BILAN_PRECEDENT && code != CLAS_CODE_BILAN_SEANCES_INSUFFISANTES &&
           code != CLAS_CODE_BILAN_HEURES_INSUFFISANTES && code != CLAS_CODE_SOCLE_PARENTS_ACTION_MANQUANTE &&
           !row->inform_only &&
           /* BONUS_ACCORDE_INELIGIBLE follows the blocking constat that made
            * the collectif ineligible: never the first one */
           code != CLAS_CODE_BONUS_ACCORDE_INELIGIBLE;
}

static void test_every_rule_is_compared(void **state)
{
    (void)state;
    if (under_valgrind())
        skip(); /* the samples are cut down there */
    uint64_t regles_seen = 0;
    for (int i = 0; i < CLAS_CODE_COUNT; i++) {
        const clas_code_row *row = clas__code_row((clas_code)i);
        if (!batch_code(row, (clas_code)i))
            continue;
        if (!(compared_codes & (UINT64_C(1) << i)))
            fail_msg("no comparison decided by %s", row->name);
        regles_seen |= UINT64_C(1) << row->regle;
    }
    for (int r = 0; r < CLAS_REGLE_COUNT; r++)
        if (r != CLAS_REGLE_DELAI && r != CLAS_REGLE_BAREME && r != CLAS_REGLE_BILAN && r != CLAS_REGLE_PS &&
            r != CLAS_REGLE_BILAN_PRECEDENT)
            assert_true(regles_seen & (UINT64_C(1) << r));
}

/* A structure of the first layout (ending at flags) and frequency columns
 * left out: R-FREQUENCE is met, as the cadre's minimum. */
static void test_frequence_columns_optional(void **state)
{
    /* Eligible under the strict cadre but for the frequency. */
    const int64_t depenses[2] = {1000000, 1000000};
    const int32_t enfants[2] = {8, 8}, intervenants[2] = {3, 3};
    const uint8_t actions[2 * CLAS_AXE_COUNT] = {2, 2, 2, 2, 2, 2, 2, 2};
    const uint32_t niveaux[2] = {UINT32_C(1) << CLAS_NIVEAU_CM1, UINT32_C(1) << CLAS_NIVEAU_CM1};
    const uint16_t flags[2] = {CLAS_BATCH_AGREE | CLAS_BATCH_FINANCEMENTS_DECLARES,
                               CLAS_BATCH_AGREE | CLAS_BATCH_FINANCEMENTS_DECLARES};
    const uint8_t seances[2] = {0, 0};
    int32_t code[2] = {7, 7};
    clas_cadre *strict = strict_cadre(*state, true);
    const clas_bareme *b = NULL;
    assert_clas_ok(clas_regles_find_bareme(&b, NULL, *state, "2025-2026", 0));
    clas_batch_entrees in = CLAS_BATCH_ENTREES_INIT;
    in.n = 2;
    in.depenses = depenses;
    in.nb_enfants = enfants;
    in.nb_intervenants = intervenants;
    in.actions = actions;
    in.niveaux = niveaux;
    in.flags = flags;
    in.seances_par_semaine = seances;
    clas_batch_sorties out = CLAS_BATCH_SORTIES_INIT;
    out.code = code;
    assert_clas_ok(clas_batch_evaluate(&out, b, strict, &in));
    assert_int_equal(code[0], CLAS_CODE_FREQUENCE_SEANCES_INSUFFISANTES);
    in.seances_par_semaine = NULL;
    assert_clas_ok(clas_batch_evaluate(&out, b, strict, &in));
    assert_int_equal(code[0], CLAS_BATCH_NO_CODE);
    in.seances_par_semaine = seances;
    in.struct_size = offsetof(clas_batch_entrees, flags) + sizeof in.flags; /* the 1.0 layout: seances unread */
    assert_clas_ok(clas_batch_evaluate(&out, b, strict, &in));
    assert_int_equal(code[1], CLAS_BATCH_NO_CODE);
    in.struct_size = offsetof(clas_batch_entrees, flags);
    assert_clas_status(clas_batch_evaluate(&out, b, strict, &in), CLAS_EINVAL);
    clas_cadre_free(strict);
}

static void test_worked_examples(void **state)
{
    const int64_t depenses[] = {1000000, 600000, 1000000, 600000};
    const int32_t enfants[] = {10, 10, 10, 7}, intervenants[] = {2, 2, 2, 2};
    const uint8_t actions[4 * CLAS_AXE_COUNT] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    const uint16_t flags[] = {CLAS_BATCH_AGREE, CLAS_BATCH_AGREE,
                              CLAS_BATCH_AGREE | CLAS_BATCH_BONUS_ENFANTS_DEMANDE | CLAS_BATCH_BONUS_ENFANTS_ACCORDE |
                                  CLAS_BATCH_BONUS_PARENTS_DEMANDE | CLAS_BATCH_BONUS_PARENTS_ACCORDE |
                                  CLAS_BATCH_FINANCEMENTS_DECLARES,
                              CLAS_BATCH_AGREE};
    clas_batch_entrees in = CLAS_BATCH_ENTREES_INIT;
    in.n = 4;
    in.depenses = depenses;
    in.nb_enfants = enfants;
    in.nb_intervenants = intervenants;
    in.actions = actions;
    in.flags = flags;
    uint8_t verdict[4];
    int32_t code[4];
    int64_t ps[4], total[4];
    clas_batch_sorties out = CLAS_BATCH_SORTIES_INIT;
    out.verdict = verdict;
    out.code = code;
    out.ps = ps;
    out.total = total; /* bonus skipped */
    assert_clas_ok(clas_batch_evaluate_regles(&out, *state, "2025-2026", "51", &in));
    assert_int_equal(ps[0], 280070);
    assert_int_equal(total[0], 280070);
    assert_int_equal(ps[1], 198000);
    assert_int_equal(total[2], 345870);
    assert_int_equal(verdict[3], CLAS_VERDICT_INELIGIBLE);
    assert_int_equal(code[3], CLAS_CODE_GROUPE_TROP_PETIT);
    assert_int_equal(ps[3], 0);
    assert_int_equal(code[0], CLAS_BATCH_NO_CODE);

    int64_t only_ps[4];
    const clas_bareme *b = NULL;
    assert_clas_ok(clas_regles_find_bareme(&b, NULL, *state, "2025-2026", 0));
    assert_clas_ok(clas_batch_ps(only_ps, b, depenses, 4));
    assert_int_equal(only_ps[0], 280070);
    assert_int_equal(only_ps[3], 198000);
}

/* clas_batch_ps equals the rule, computed here from its statement with
 * exact integers (half up, once), on every expense up to past the ceiling. */
static void test_ps_exhaustive(void **state)
{
    const clas_bareme *b = NULL;
    assert_clas_ok(clas_regles_find_bareme(&b, NULL, *state, "2025-2026", 0));
    enum { N = 8192 };
    int64_t dep[N], got[N];
    int64_t limit = under_valgrind() ? 20000 : b->prix_plafond + 20000;
    for (int64_t start = 0; start < limit; start += N) {
        for (int i = 0; i < N; i++)
            dep[i] = start + i;
        assert_clas_ok(clas_batch_ps(got, b, dep, N));
        for (int i = 0; i < N; i++) {
            clas_cents base = dep[i] < b->prix_plafond ? dep[i] : b->prix_plafond;
            clas_cents calc = (base * b->taux + CLAS_TAUX_UN / 2) / CLAS_TAUX_UN;
            clas_cents want = calc < b->ps_max ? calc : b->ps_max;
            if (got[i] != want)
                fail_msg("ps(%lld) = %lld, want %lld", (long long)dep[i], (long long)got[i], (long long)want);
        }
    }
    dep[0] = CLAS_CENTS_MAX;
    assert_clas_ok(clas_batch_ps(got, b, dep, 1));
    assert_int_equal(got[0], b->ps_max);
}

static void test_errors(void **state)
{
    clas_regles *regles = *state;
    const clas_bareme *b = NULL;
    const clas_cadre *cadre = NULL;
    assert_clas_ok(clas_regles_find_bareme(&b, NULL, regles, "2025-2026", 0));
    assert_clas_ok(clas_regles_find_cadre(&cadre, regles, "51", "2025-2026"));
    int64_t depenses[3] = {100000, 200000, -1};
    int32_t enfants[3] = {10, 10, 10}, intervenants[3] = {2, 2, 2};
    uint8_t actions[12] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    int64_t ps[3] = {-7, -7, -7};
    clas_batch_entrees in = CLAS_BATCH_ENTREES_INIT;
    clas_batch_sorties out = CLAS_BATCH_SORTIES_INIT;
    out.ps = ps;
    in.n = 3;
    in.depenses = depenses;
    in.nb_enfants = enfants;
    in.nb_intervenants = intervenants;

    assert_clas_status(clas_batch_evaluate(&out, b, cadre, &in), CLAS_EINVAL); /* no actions */
    assert_string_equal(clas_error_last_location(), "actions");
    in.actions = actions;
    assert_clas_status(clas_batch_evaluate(NULL, b, cadre, &in), CLAS_EINVAL);
    assert_clas_status(clas_batch_evaluate(&out, NULL, cadre, &in), CLAS_EINVAL);
    assert_clas_status(clas_batch_evaluate(&out, b, NULL, &in), CLAS_EINVAL);
    assert_clas_status(clas_batch_evaluate(&out, b, cadre, NULL), CLAS_EINVAL);
    in.struct_size = 8;
    assert_clas_status(clas_batch_evaluate(&out, b, cadre, &in), CLAS_EINVAL);
    in.struct_size = sizeof in;
    in.nb_enfants = NULL;
    assert_clas_status(clas_batch_evaluate(&out, b, cadre, &in), CLAS_EINVAL);
    in.nb_enfants = enfants;

    assert_clas_status(clas_batch_evaluate(&out, b, cadre, &in), CLAS_ERANGE);
    assert_string_equal(clas_error_last_location(), "collectif 2: depenses");
    assert_int_equal(ps[0], 33000); /* written before the failing element */
    assert_int_equal(ps[2], -7);    /* untouched */
    depenses[2] = CLAS_CENTS_MAX + 1;
    assert_clas_status(clas_batch_evaluate(&out, b, cadre, &in), CLAS_ERANGE);
    depenses[2] = 300000;
    enfants[1] = -3;
    assert_clas_status(clas_batch_evaluate(&out, b, cadre, &in), CLAS_ERANGE);
    assert_string_equal(clas_error_last_location(), "collectif 1: nb_enfants");
    enfants[1] = 10;
    uint16_t flags[3] = {0, CLAS_BATCH_AGREE | CLAS_BATCH_REFUSE, 0};
    in.flags = flags;
    assert_clas_status(clas_batch_evaluate(&out, b, cadre, &in), CLAS_ERANGE);
    assert_string_equal(clas_error_last_location(), "collectif 1: flags");
    flags[1] = CLAS_BATCH_REFUSE | CLAS_BATCH_BONUS_PARENTS_ACCORDE;
    assert_clas_status(clas_batch_evaluate(&out, b, cadre, &in), CLAS_ERANGE);
    assert_non_null(strstr(clas_error_last_message(), "refused"));
    flags[1] = 0x8000;
    assert_clas_status(clas_batch_evaluate(&out, b, cadre, &in), CLAS_ERANGE);
    flags[1] = 0;
    uint8_t hors[3] = {1, 1, 2};
    in.hors_temps = hors;
    assert_clas_status(clas_batch_evaluate(&out, b, cadre, &in), CLAS_ERANGE);
    assert_string_equal(clas_error_last_location(), "collectif 2: hors_temps");
    hors[2] = 1;
    int64_t autres[3] = {0, -5, 0};
    in.autres_financements = autres;
    assert_clas_status(clas_batch_evaluate(&out, b, cadre, &in), CLAS_ERANGE);
    assert_string_equal(clas_error_last_location(), "collectif 1: autres_financements");
    autres[1] = 0;
    uint32_t niveaux[3] = {8, 8, UINT32_C(1) << 20};
    in.niveaux = niveaux;
    assert_clas_status(clas_batch_evaluate(&out, b, cadre, &in), CLAS_ERANGE);
    niveaux[2] = 8;
    assert_clas_ok(clas_batch_evaluate(&out, b, cadre, &in));
    assert_int_equal(ps[2], 99000);

    assert_clas_status(clas_batch_evaluate_regles(&out, regles, "2031-2032", "51", &in), CLAS_ENOBAREME);
    assert_clas_status(clas_batch_evaluate_regles(&out, NULL, "2025-2026", "51", &in), CLAS_EINVAL);
    in.n = 0;
    in.depenses = NULL;
    assert_clas_ok(clas_batch_evaluate(&out, b, cadre, &in));
    assert_clas_status(clas_batch_ps(ps, NULL, depenses, 1), CLAS_EINVAL);
    assert_clas_status(clas_batch_ps(NULL, b, depenses, 1), CLAS_EINVAL);
    assert_clas_ok(clas_batch_ps(NULL, b, NULL, 0));
    depenses[0] = -1;
    assert_clas_status(clas_batch_ps(ps, b, depenses, 1), CLAS_ERANGE);
    assert_string_equal(clas_error_last_location(), "collectif 0: depenses");
}

/* Blocks of many collectifs with the optional columns left out (their
 * documented defaults apply), then a bad element in the middle of a block:
 * outputs before it are written, from it on untouched. */
static void test_blocks_with_defaults_and_error(void **state)
{
    enum { N = 100, BAD = 70 };
    fixture f;
    fixture_init(&f, *state, NULL);
    one items[N];
    int64_t depenses[N];
    int32_t enfants[N], intervenants[N];
    uint8_t actions[N * CLAS_AXE_COUNT];
    int64_t ps[N], total[N];
    int32_t code[N];
    for (size_t i = 0; i < N; i++) {
        memset(&items[i], 0, sizeof items[i]);
        items[i].depenses = depenses[i] = (int64_t)(i * 13577 % 1200000);
        items[i].enfants = enfants[i] = (int32_t)(6 + i % 9);
        items[i].intervenants = intervenants[i] = (int32_t)(1 + i % 3);
        items[i].niveaux = 0x7ff8; /* CP..Terminale, the default of a NULL niveaux column */
        items[i].hors = 1;
        items[i].flags = 0;
        for (int a = 0; a < CLAS_AXE_COUNT; a++)
            items[i].actions[a] = actions[i * CLAS_AXE_COUNT + a] = (uint8_t)((i + (size_t)a) % 5 != 0);
    }
    clas_batch_entrees in = CLAS_BATCH_ENTREES_INIT;
    in.n = N;
    in.depenses = depenses;
    in.nb_enfants = enfants;
    in.nb_intervenants = intervenants;
    in.actions = actions;
    clas_batch_sorties out = CLAS_BATCH_SORTIES_INIT;
    out.ps = ps;
    out.code = code;
    out.total = total;
    assert_clas_ok(clas_batch_evaluate(&out, f.bareme, f.batch_cadre, &in));
    for (size_t i = 0; i < N; i++) {
        result want;
        reference(&f, &items[i], &want);
        assert_int_equal(ps[i], want.ps);
        assert_int_equal(total[i], want.total);
        assert_int_equal(code[i], want.code);
    }

    for (size_t i = 0; i < N; i++)
        ps[i] = total[i] = -7;
    depenses[BAD] = -1;
    assert_clas_status(clas_batch_evaluate(&out, f.bareme, f.batch_cadre, &in), CLAS_ERANGE);
    assert_string_equal(clas_error_last_location(), "collectif 70: depenses");
    for (size_t i = 0; i < N; i++) {
        result want;
        reference(&f, &items[i], &want);
        if (i < BAD) {
            assert_int_equal(ps[i], want.ps);
            assert_int_equal(total[i], want.total);
        } else {
            assert_int_equal(ps[i], -7);
            assert_int_equal(total[i], -7);
        }
    }
    fixture_free(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_worked_examples),  cmocka_unit_test(test_errors),
        cmocka_unit_test(test_ps_exhaustive),    cmocka_unit_test(test_boundaries_marne),
        cmocka_unit_test(test_boundaries_strict), cmocka_unit_test(test_random_marne),
        cmocka_unit_test(test_random_strict),    cmocka_unit_test(test_random_lax),
        cmocka_unit_test(test_random_euro),      cmocka_unit_test(test_blocks_with_defaults_and_error),
        cmocka_unit_test(test_ecrete),           cmocka_unit_test(test_frequence_columns_optional),
        cmocka_unit_test(test_every_rule_is_compared),
    };
    return cmocka_run_group_tests_name("batch", tests, testutil_regles_setup, testutil_regles_teardown);
}
