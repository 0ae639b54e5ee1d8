/* SPDX-License-Identifier: Apache-2.0 */
/* Batch evaluation: the per-collectif rules of eligibility.c and funding.c
 * applied to columns of inputs, for one collectif per dossier filed on
 * time. The cadre is reduced once to thresholds and a mask of blocking
 * codes, so the loop does no lookups, no allocation and no string work;
 * tests/test_batch.c checks it against clas_evaluation_run() value by value. */
#include "evaluation_internal.h"

#include <stdio.h>

/* Levels of the Clas public, CP to Terminale (R-PUBLIC), as in eligibility.c. */
#define PUBLIC_MASK (((UINT32_C(1) << (CLAS_NIVEAU_TERMINALE + 1)) - 1) & ~((UINT32_C(1) << CLAS_NIVEAU_CP) - 1))
#define ALL_LEVELS ((UINT32_C(1) << CLAS_NIVEAU_COUNT) - 1)
#define HEADCOUNT_MAX 100000          /* as clas_collectif_set() */
#define INTERVENANTS_MAX (2 * HEADCOUNT_MAX)
#define BIT(code) (UINT32_C(1) << (code))

/* Funding-stage codes a cadre can make blocking (the R-PS codes and
 * AGREMENT_EN_ATTENTE are informational by nature). */
#define FUNDING_CODES                                                                                              \
    (BIT(CLAS_CODE_AGREMENT_REFUSE) | BIT(CLAS_CODE_BONUS_SANS_AGREMENT) | BIT(CLAS_CODE_BONUS_SANS_PROJET) |     \
     BIT(CLAS_CODE_BONUS_NON_DEMANDE) | BIT(CLAS_CODE_BUDGET_SURFINANCEMENT))

_Static_assert(CLAS_CODE_COUNT <= 32, "blocking codes are a 32-bit mask");

/* What the loop needs from the barème and the cadre. */
typedef struct batch_rules {
    const clas_bareme *bareme;
    uint32_t blocking;                  /* BIT(code) when the cadre makes the code blocking */
    int64_t enfants_min, enfants_max, intervenants_min, parents_min, axe_min;
    clas_cents bonus[CLAS_BONUS_COUNT];
    bool fast_ps;                       /* half-up rounding with a product that cannot overflow */
} batch_rules;

static void prepare(batch_rules *r, const clas_bareme *b, const clas_cadre *cadre)
{
    r->bareme = b;
    r->blocking = 0;
    for (int c = 0; c < CLAS_CODE_COUNT; c++)
        if (clas__code_severity(cadre, (clas_code)c) == CLAS_SEVERITY_BLOCKING)
            r->blocking |= BIT(c);
    r->enfants_min = cadre->seuils[CLAS_SEUIL_ENFANTS_MIN];
    r->enfants_max = cadre->seuils[CLAS_SEUIL_ENFANTS_MAX];
    r->intervenants_min = cadre->seuils[CLAS_SEUIL_INTERVENANTS_MIN];
    r->parents_min = cadre->seuils[CLAS_SEUIL_ACTIONS_PARENTS_MIN];
    r->axe_min = cadre->seuils[CLAS_SEUIL_ACTIONS_PAR_AXE_MIN];
    for (int k = 0; k < CLAS_BONUS_COUNT; k++)
        r->bonus[k] = b->bonus[k];
    /* base ≤ CLAS_CENTS_MAX (1e11) and taux ≤ 1e6: the product stays below 2^63. */
    r->fast_ps = b->rounding == CLAS_ROUND_HALF_UP && b->taux >= 0 && b->taux <= CLAS_TAUX_UN &&
                 b->prix_plafond >= 0 && b->prix_plafond <= CLAS_CENTS_MAX;
}

/* R-PS for an expense already range-checked. The half-up case divides by
 * the constant CLAS_TAUX_UN (a multiplication once compiled) and equals
 * clas__ps(), which every other rounding goes through. */
static inline int ps_of(clas_cents *ps, const batch_rules *r, clas_cents depenses)
{
    const clas_bareme *b = r->bareme;
    if (r->fast_ps) {
        clas_cents base = depenses < b->prix_plafond ? depenses : b->prix_plafond;
        clas_cents calc = (base * b->taux + CLAS_TAUX_UN / 2) / CLAS_TAUX_UN;
        *ps = calc < b->ps_max ? calc : b->ps_max;
        return CLAS_OK;
    }
    clas_cents base, calc;
    return clas__ps(b, depenses, &base, &calc, ps);
}

static int range_error(size_t i, const char *column, int64_t value, int64_t max)
{
    char where[64];
    snprintf(where, sizeof where, "collectif %zu: %s", i, column);
    return clas__fail(CLAS_ERANGE, where, "%s = %lld is out of range 0..%lld", column, (long long)value,
                      (long long)max);
}

static int flags_error(size_t i, unsigned flags)
{
    char where[64];
    snprintf(where, sizeof where, "collectif %zu: flags", i);
    if (flags & ~CLAS_BATCH_FLAGS_ALL)
        return clas__fail(CLAS_ERANGE, where, "unknown flag bits 0x%x", flags & ~CLAS_BATCH_FLAGS_ALL);
    return clas__fail(CLAS_ERANGE, where, "decision both approved and refused (flags 0x%x)", flags);
}

/* Names the first out-of-range value of element i (the cold path). */
static int element_error(const clas_batch_entrees *in, size_t i, int64_t autres, uint32_t niveaux, unsigned hors,
                         unsigned flags)
{
    if (in->depenses[i] < 0 || in->depenses[i] > CLAS_CENTS_MAX)
        return range_error(i, "depenses", in->depenses[i], CLAS_CENTS_MAX);
    if (autres < 0 || autres > CLAS_CENTS_MAX)
        return range_error(i, "autres_financements", autres, CLAS_CENTS_MAX);
    if (in->nb_enfants[i] < 0 || in->nb_enfants[i] > HEADCOUNT_MAX)
        return range_error(i, "nb_enfants", in->nb_enfants[i], HEADCOUNT_MAX);
    if (in->nb_intervenants[i] < 0 || in->nb_intervenants[i] > INTERVENANTS_MAX)
        return range_error(i, "nb_intervenants", in->nb_intervenants[i], INTERVENANTS_MAX);
    if (niveaux & ~ALL_LEVELS)
        return range_error(i, "niveaux", niveaux, ALL_LEVELS);
    if (hors > 1)
        return range_error(i, "hors_temps", hors, 1);
    return flags_error(i, flags);
}

/* The first blocking constat of the funding stage of an eligible
 * collectif, in funding.c's order: decision, bonuses, budget balance. */
static int32_t funding_code(const batch_rules *r, unsigned flags, clas_cents total, clas_cents autres,
                            clas_cents depenses)
{
    static const unsigned demande[CLAS_BONUS_COUNT] = {CLAS_BATCH_BONUS_ENFANTS_DEMANDE,
                                                       CLAS_BATCH_BONUS_PARENTS_DEMANDE};
    static const unsigned accorde[CLAS_BONUS_COUNT] = {CLAS_BATCH_BONUS_ENFANTS_ACCORDE,
                                                       CLAS_BATCH_BONUS_PARENTS_ACCORDE};
    static const unsigned sans_projet[CLAS_BONUS_COUNT] = {CLAS_BATCH_BONUS_ENFANTS_SANS_PROJET,
                                                           CLAS_BATCH_BONUS_PARENTS_SANS_PROJET};
    uint32_t blocking = r->blocking;
    bool agree = flags & CLAS_BATCH_AGREE;
    if ((flags & CLAS_BATCH_REFUSE) && (blocking & BIT(CLAS_CODE_AGREMENT_REFUSE)))
        return CLAS_CODE_AGREMENT_REFUSE;
    for (int k = 0; k < CLAS_BONUS_COUNT; k++) {
        bool dem = flags & demande[k], acc = flags & accorde[k];
        if (acc && !agree && (blocking & BIT(CLAS_CODE_BONUS_SANS_AGREMENT)))
            return CLAS_CODE_BONUS_SANS_AGREMENT;
        if ((dem || acc) && (flags & sans_projet[k]) && (blocking & BIT(CLAS_CODE_BONUS_SANS_PROJET)))
            return CLAS_CODE_BONUS_SANS_PROJET;
        if (acc && !dem && (blocking & BIT(CLAS_CODE_BONUS_NON_DEMANDE)))
            return CLAS_CODE_BONUS_NON_DEMANDE;
    }
    if (total + autres > depenses && (blocking & BIT(CLAS_CODE_BUDGET_SURFINANCEMENT)))
        return CLAS_CODE_BUDGET_SURFINANCEMENT;
    return CLAS_BATCH_NO_CODE;
}

static int check_columns(const clas_batch_sorties *out, const clas_batch_entrees *in)
{
    if (!out || !in)
        return clas__fail(CLAS_EINVAL, NULL, "clas_batch_evaluate: inputs and outputs are required");
    if (in->struct_size < sizeof(clas_batch_entrees) || out->struct_size < sizeof(clas_batch_sorties))
        return clas__fail(CLAS_EINVAL, NULL, "clas_batch_evaluate: struct_size must be set (CLAS_BATCH_*_INIT)");
    if (in->n == 0)
        return CLAS_OK;
    const char *missing = !in->depenses          ? "depenses"
                          : !in->nb_enfants      ? "nb_enfants"
                          : !in->nb_intervenants ? "nb_intervenants"
                                                 : NULL;
    for (int a = 0; !missing && !in->actions && a < CLAS_AXE_COUNT; a++)
        if (!in->actions_axe[a])
            missing = "actions";
    if (missing)
        return clas__fail(CLAS_EINVAL, missing, "clas_batch_evaluate: column %s is required", missing);
    return CLAS_OK;
}

int clas_batch_evaluate(const clas_batch_sorties *out, const clas_bareme *bareme, const clas_cadre *cadre,
                        const clas_batch_entrees *in)
{
    if (!bareme || !cadre)
        return clas__fail(CLAS_EINVAL, NULL, "clas_batch_evaluate: barème and cadre are required");
    int st = check_columns(out, in);
    if (st != CLAS_OK || in->n == 0)
        return st;
    batch_rules r;
    prepare(&r, bareme, cadre);
    const bool check_funding = (r.blocking & FUNDING_CODES) != 0;

    /* Interleaved n × 4 actions or four columns: one pointer per axis and a stride. */
    const uint8_t *axe[CLAS_AXE_COUNT];
    const size_t stride = in->actions ? CLAS_AXE_COUNT : 1;
    for (int a = 0; a < CLAS_AXE_COUNT; a++)
        axe[a] = in->actions ? in->actions + a : in->actions_axe[a];

    const int64_t *depenses = in->depenses, *autres_col = in->autres_financements;
    const int32_t *enfants_col = in->nb_enfants, *intervenants_col = in->nb_intervenants;
    const uint32_t *niveaux_col = in->niveaux;
    const uint8_t *hors_col = in->hors_temps;
    const uint16_t *flags_col = in->flags;
    const size_t n = in->n;
    const clas_cents plafond = bareme->prix_plafond, ps_max = bareme->ps_max;
    const clas_cents bonus_enfants = r.bonus[CLAS_BONUS_ENFANTS], bonus_parents = r.bonus[CLAS_BONUS_PARENTS];
    const int64_t taux = bareme->taux;
    /* Locals, not struct members: a store through a uint8_t output may alias
     * anything, and would make the compiler reload members every iteration. */
    const uint32_t blocking = r.blocking;
    const int64_t axe_min = r.axe_min, parents_min = r.parents_min, intervenants_min = r.intervenants_min;
    const int64_t enfants_min = r.enfants_min, enfants_max = r.enfants_max;
    const bool fast_ps = r.fast_ps;
    uint8_t *const verdict_col = out->verdict;
    int32_t *const code_col = out->code;
    clas_cents *const ps_col = out->ps, *const bonus_col = out->bonus, *const total_col = out->total;

    for (size_t i = 0; i < n; i++) {
        const clas_cents dep = depenses[i];
        const clas_cents autres = autres_col ? autres_col[i] : 0;
        const int64_t enfants = enfants_col[i], intervenants = intervenants_col[i];
        const uint32_t niveaux = niveaux_col ? niveaux_col[i] : PUBLIC_MASK;
        const unsigned hors = hors_col ? hors_col[i] : 1;
        const unsigned flags = flags_col ? flags_col[i] : 0;
        const int64_t a_enf = axe[CLAS_AXE_ENFANTS][i * stride], a_par = axe[CLAS_AXE_PARENTS][i * stride];
        const int64_t a_eco = axe[CLAS_AXE_ECOLE][i * stride], a_ter = axe[CLAS_AXE_TERRITOIRE][i * stride];

        if ((uint64_t)dep > CLAS_CENTS_MAX || (uint64_t)autres > CLAS_CENTS_MAX ||
            (uint64_t)enfants > HEADCOUNT_MAX || (uint64_t)intervenants > INTERVENANTS_MAX ||
            (niveaux & ~ALL_LEVELS) || hors > 1 || (flags & ~CLAS_BATCH_FLAGS_ALL) ||
            (flags & (CLAS_BATCH_AGREE | CLAS_BATCH_REFUSE)) == (CLAS_BATCH_AGREE | CLAS_BATCH_REFUSE))
            return element_error(in, i, autres, niveaux, hors, flags);

        /* Every constat of eligibility.c, as bits; the cadre decides which block. */
        const bool declared = autres > 0 || (flags & CLAS_BATCH_FINANCEMENTS_DECLARES);
        const uint32_t produced =
            (uint32_t)(niveaux == 0) << CLAS_CODE_PUBLIC_AUCUN_NIVEAU |
            (uint32_t)(niveaux != 0 && (niveaux & ~PUBLIC_MASK) != 0) << CLAS_CODE_PUBLIC_NIVEAU_HORS_CHAMP |
            (uint32_t)(hors == 0) << CLAS_CODE_HORS_TEMPS_NON |
            (uint32_t)(a_enf < axe_min) << CLAS_CODE_AXE_ENFANTS_ABSENT |
            (uint32_t)(a_par < axe_min) << CLAS_CODE_AXE_PARENTS_ABSENT |
            (uint32_t)(a_eco < axe_min) << CLAS_CODE_AXE_ECOLE_ABSENT |
            (uint32_t)(a_ter < axe_min) << CLAS_CODE_AXE_TERRITOIRE_ABSENT |
            (uint32_t)(a_par < parents_min) << CLAS_CODE_SOCLE_PARENTS_INSUFFISANT |
            (uint32_t)(enfants < enfants_min) << CLAS_CODE_GROUPE_TROP_PETIT |
            (uint32_t)(enfants >= enfants_min && enfants > enfants_max) << CLAS_CODE_GROUPE_TROP_GRAND |
            (uint32_t)(intervenants < intervenants_min) << CLAS_CODE_ENCADREMENT_INSUFFISANT |
            (uint32_t)((flags & CLAS_BATCH_AIDE_DEVOIRS_SEULE) && a_enf > 0) << CLAS_CODE_AIDE_DEVOIRS_SEULE |
            (uint32_t)(dep == 0) << CLAS_CODE_BUDGET_DEPENSES_NULLES |
            (uint32_t)!declared << CLAS_CODE_BUDGET_FINANCEMENTS_NON_DECLARES;
        const uint32_t blocked = produced & blocking;
        /* The eligibility codes are numbered in the order they are checked. */
        int32_t code = blocked ? __builtin_ctz(blocked) : CLAS_BATCH_NO_CODE;

        /* Amounts are computed for every collectif and cleared when it is
         * not funded: no branch on the verdict, which random data would
         * mispredict half of the time. */
        clas_cents ps;
        if (fast_ps) {
            const clas_cents base = dep < plafond ? dep : plafond;
            const clas_cents calc = (base * taux + CLAS_TAUX_UN / 2) / CLAS_TAUX_UN;
            ps = calc < ps_max ? calc : ps_max;
        } else if (ps_of(&ps, &r, dep) != CLAS_OK) {
            char where[64];
            snprintf(where, sizeof where, "collectif %zu: ps", i);
            return clas__fail(CLAS_EOVERFLOW, where, "ps: amount overflows 64-bit cents");
        }
        const bool eligible = blocked == 0;
        ps = eligible && !(flags & CLAS_BATCH_REFUSE) ? ps : 0;
        const bool agree = eligible && (flags & CLAS_BATCH_AGREE);
        clas_cents bonus = ((flags & CLAS_BATCH_BONUS_ENFANTS_ACCORDE) ? bonus_enfants : 0) +
                           ((flags & CLAS_BATCH_BONUS_PARENTS_ACCORDE) ? bonus_parents : 0);
        bonus = agree ? bonus : 0;
        clas_cents total = ps + bonus;
        if (check_funding && eligible) {
            /* A cadre made a funding-stage rule blocking: the collectif loses its funding. */
            code = funding_code(&r, flags, total, autres, dep);
            if (code != CLAS_BATCH_NO_CODE)
                ps = bonus = total = 0;
        }
        if (verdict_col)
            verdict_col[i] = code == CLAS_BATCH_NO_CODE ? CLAS_VERDICT_ELIGIBLE : CLAS_VERDICT_INELIGIBLE;
        if (code_col)
            code_col[i] = code;
        if (ps_col)
            ps_col[i] = ps;
        if (bonus_col)
            bonus_col[i] = bonus;
        if (total_col)
            total_col[i] = total;
    }
    return CLAS_OK;
}

int clas_batch_evaluate_regles(const clas_batch_sorties *out, const clas_regles *regles, const char *annee_scolaire,
                               const char *departement, const clas_batch_entrees *in)
{
    if (!regles || !annee_scolaire)
        return clas__fail(CLAS_EINVAL, NULL, "clas_batch_evaluate_regles: rule set and school year are required");
    const clas_bareme *bareme = NULL;
    const clas_cadre *cadre = NULL;
    int st = clas_regles_find_bareme(&bareme, NULL, regles, annee_scolaire, 0);
    if (st == CLAS_OK)
        st = clas_regles_find_cadre(&cadre, regles, departement, annee_scolaire);
    return st == CLAS_OK ? clas_batch_evaluate(out, bareme, cadre, in) : st;
}

int clas_batch_ps(int64_t *out_ps, const clas_bareme *bareme, const int64_t *depenses, size_t n)
{
    if (!bareme || (n > 0 && (!out_ps || !depenses)))
        return clas__fail(CLAS_EINVAL, NULL, "clas_batch_ps: barème, expenses and output are required");
    batch_rules r;
    r.bareme = bareme;
    r.fast_ps = bareme->rounding == CLAS_ROUND_HALF_UP && bareme->taux >= 0 && bareme->taux <= CLAS_TAUX_UN &&
                bareme->prix_plafond >= 0 && bareme->prix_plafond <= CLAS_CENTS_MAX;
    if (r.fast_ps) {
        /* The same arithmetic as ps_of(), kept in a loop the compiler can unroll. */
        const clas_cents plafond = bareme->prix_plafond, ps_max = bareme->ps_max;
        const int64_t taux = bareme->taux;
        for (size_t i = 0; i < n; i++) {
            const clas_cents dep = depenses[i];
            if ((uint64_t)dep > CLAS_CENTS_MAX)
                return range_error(i, "depenses", dep, CLAS_CENTS_MAX);
            const clas_cents base = dep < plafond ? dep : plafond;
            const clas_cents calc = (base * taux + CLAS_TAUX_UN / 2) / CLAS_TAUX_UN;
            out_ps[i] = calc < ps_max ? calc : ps_max;
        }
        return CLAS_OK;
    }
    for (size_t i = 0; i < n; i++) {
        if ((uint64_t)depenses[i] > CLAS_CENTS_MAX)
            return range_error(i, "depenses", depenses[i], CLAS_CENTS_MAX);
        if (ps_of(&out_ps[i], &r, depenses[i]) != CLAS_OK)
            return clas__fail(CLAS_EOVERFLOW, NULL, "collectif %zu: ps overflows 64-bit cents", i);
    }
    return CLAS_OK;
}
