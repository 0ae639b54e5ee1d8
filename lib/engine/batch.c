/* SPDX-License-Identifier: Apache-2.0 */
/* Batch evaluation: the per-collectif rules of eligibility.c and funding.c
 * applied to columns of inputs, for one collectif per dossier filed on
 * time. The cadre is reduced once to thresholds and masks of blocking
 * codes, so the loop does no lookups, no allocation and no string work.
 * The element path runs the evaluator's own checks (clas__check_faits())
 * on the facts of each element and the funding formulas of formulas.h;
 * the block kernel restates the checks in 32-bit lanes, and
 * tests/engine/test_batch.c holds both equal to clas_evaluation_run(). */
#include "engine/engine.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define ALL_LEVELS ((UINT32_C(1) << CLAS_NIVEAU_COUNT) - 1)
#define HEADCOUNT_MAX 100000          /* as clas_collectif_set() */
#define INTERVENANTS_MAX (2 * HEADCOUNT_MAX)
#define BIT(code) (UINT64_C(1) << (code))

_Static_assert(CLAS_CODE_COUNT <= 64, "blocking codes are a 64-bit mask");

/* The codes the block kernel computes, in the order eligibility.c checks
 * them: bit k of a lane mask is lane_codes[k], so that the lowest bit set
 * is the first blocking code. A cadre that makes blocking a collectif code
 * of eligibility missing here (a new check) sends every element down the
 * element path, which runs the evaluator's checks themselves. */
enum lane {
    L_AUCUN_NIVEAU, L_HORS_CHAMP, L_HORS_TEMPS, L_AXE_ENFANTS, L_AXE_PARENTS, L_AXE_ECOLE, L_AXE_TERRITOIRE,
    L_SOCLE_PARENTS, L_TROP_PETIT, L_TROP_GRAND, L_ENCADREMENT, L_SEANCES, L_DUREE, L_SEMAINES, L_CYCLES,
    L_AIDE_DEVOIRS, L_DEPENSES_NULLES, L_NON_DECLARES, LANE_COUNT
};
static const clas_code lane_codes[LANE_COUNT] = {
    CLAS_CODE_PUBLIC_AUCUN_NIVEAU, CLAS_CODE_PUBLIC_NIVEAU_HORS_CHAMP, CLAS_CODE_HORS_TEMPS_NON,
    CLAS_CODE_AXE_ENFANTS_ABSENT, CLAS_CODE_AXE_PARENTS_ABSENT, CLAS_CODE_AXE_ECOLE_ABSENT,
    CLAS_CODE_AXE_TERRITOIRE_ABSENT, CLAS_CODE_SOCLE_PARENTS_INSUFFISANT, CLAS_CODE_GROUPE_TROP_PETIT,
    CLAS_CODE_GROUPE_TROP_GRAND, CLAS_CODE_ENCADREMENT_INSUFFISANT, CLAS_CODE_FREQUENCE_SEANCES_INSUFFISANTES,
    CLAS_CODE_FREQUENCE_DUREE_INSUFFISANTE, CLAS_CODE_FREQUENCE_SEMAINES_INSUFFISANTES,
    CLAS_CODE_COMPOSITION_CYCLES_MELANGES, CLAS_CODE_AIDE_DEVOIRS_SEULE, CLAS_CODE_BUDGET_DEPENSES_NULLES,
    CLAS_CODE_BUDGET_FINANCEMENTS_NON_DECLARES,
};
_Static_assert(LANE_COUNT <= 32, "the kernel's codes fit a 32-bit lane");

#define SEANCES_MAX 50                /* as clas_collectif_set() */
#define MINUTES_MAX 1440
#define SEMAINES_MAX 53

/* What the loop needs from the barème and the cadre. */
typedef struct batch_rules {
    const clas_bareme *bareme;
    clas_rule_ctx ctx;                  /* what the evaluator's checks read: no date, no trace */
    uint64_t funding_blocking;          /* BIT(code) for the codes of funding_codes[] the cadre makes blocking */
    /* Set by prepare_kernel(), for a batch of at least one block: */
    uint32_t lane_blocking;             /* bit k when the cadre makes lane_codes[k] blocking */
    bool kernel;                        /* the kernel computes every code the cadre makes blocking */
    int64_t enfants_min, enfants_max, intervenants_min, parents_min, axe_min;
    int64_t seances_min, minutes_min, semaines_min, cycles_max;
    bool axes_actif;                    /* R-AXES reports a missing parents axis, so R-SOCLE-PARENTS does not */
    bool ecrete;                        /* R-BUDGET on and surfinancement_ecrete: the excess comes off the Ps */
    clas_cents bonus[CLAS_BONUS_COUNT];
    bool fast_ps;                       /* half-up rounding with a product that cannot overflow */
} batch_rules;

/* A code of a collectif's eligibility (not a dossier-level one: the batch
 * has no filing date, no previous bilan and never carries a barème
 * forward), which the batch can raise: it has no column for the kinds of
 * parents actions, so SOCLE_PARENTS_ACTION_MANQUANTE never comes up. */
static bool collectif_eligibility(const clas_code_row *row)
{
    if (row == clas__code_row(CLAS_CODE_SOCLE_PARENTS_ACTION_MANQUANTE))
        return false;
    return row->stage == CLAS_STAGE_ELIGIBILITE && row->regle != CLAS_REGLE_DELAI && row->regle != CLAS_REGLE_BAREME &&
           row->regle != CLAS_REGLE_BILAN_PRECEDENT;
}

/* The codes funding_code() can return: the funding stage of the batch
 * (decision, bonuses, budget balance), whose blocking ones make up
 * funding_blocking; the other funding codes need columns it has not. */
static const clas_code funding_codes[] = {
    CLAS_CODE_AGREMENT_REFUSE, CLAS_CODE_BONUS_SANS_AGREMENT, CLAS_CODE_BONUS_SANS_PROJET,
    CLAS_CODE_BONUS_NON_DEMANDE, CLAS_CODE_BUDGET_SURFINANCEMENT,
};

/* What both paths read: a handful of the cadre's values and the severities
 * of funding_codes[], so that a small batch (a binding's one collectif)
 * reduces the cadre in a few instructions. */
static void prepare(batch_rules *r, const clas_bareme *b, const clas_cadre *cadre)
{
    r->bareme = b;
    r->ctx = (clas_rule_ctx){.bareme = b, .cadre = cadre, .date_depot = ""};
    r->funding_blocking = 0;
    for (size_t k = 0; k < sizeof funding_codes / sizeof funding_codes[0]; k++)
        if (clas__code_severity(cadre, funding_codes[k]) == CLAS_SEVERITY_BLOCKING)
            r->funding_blocking |= BIT(funding_codes[k]);
    r->seances_min = cadre->seuils[CLAS_SEUIL_SEANCES_PAR_SEMAINE_MIN];
    r->minutes_min = cadre->seuils[CLAS_SEUIL_MINUTES_PAR_SEANCE_MIN];
    r->semaines_min = cadre->seuils[CLAS_SEUIL_SEMAINES_MIN];
    r->cycles_max = cadre->seuils[CLAS_SEUIL_CYCLES_MAX];
    r->ecrete = cadre->severities[CLAS_REGLE_BUDGET] != CLAS_SEVERITY_OFF &&
                cadre->seuils[CLAS_SEUIL_SURFINANCEMENT_ECRETE] != 0;
    r->enfants_min = cadre->seuils[CLAS_SEUIL_ENFANTS_MIN];
    r->enfants_max = cadre->seuils[CLAS_SEUIL_ENFANTS_MAX];
    r->intervenants_min = cadre->seuils[CLAS_SEUIL_INTERVENANTS_MIN];
    r->parents_min = cadre->seuils[CLAS_SEUIL_ACTIONS_PARENTS_MIN];
    r->axe_min = cadre->seuils[CLAS_SEUIL_ACTIONS_PAR_AXE_MIN];
    r->axes_actif = cadre->severities[CLAS_REGLE_AXES] != CLAS_SEVERITY_OFF;
    for (int k = 0; k < CLAS_BONUS_COUNT; k++)
        r->bonus[k] = b->bonus[k];
    /* base ≤ CLAS_CENTS_MAX (1e11) and taux ≤ 1e6: the product stays below 2^63. */
    r->fast_ps = b->rounding == CLAS_ROUND_HALF_UP && b->taux >= 0 && b->taux <= CLAS_TAUX_UN &&
                 b->prix_plafond >= 0 && b->prix_plafond <= CLAS_CENTS_MAX;
}

/* What the block kernel needs besides: the blocking codes as lanes, and
 * whether it computes all of them. Only a batch of at least one block
 * pays for this pass over every code. */
static void prepare_kernel(batch_rules *r, const clas_cadre *cadre)
{
    uint64_t blocking = 0;
    for (int c = 0; c < CLAS_CODE_COUNT; c++)
        if (clas__code_severity(cadre, (clas_code)c) == CLAS_SEVERITY_BLOCKING)
            blocking |= BIT(c);
    r->lane_blocking = 0;
    uint64_t in_lanes = 0;
    for (int k = 0; k < LANE_COUNT; k++) {
        in_lanes |= BIT(lane_codes[k]);
        if (blocking & BIT(lane_codes[k]))
            r->lane_blocking |= UINT32_C(1) << k;
    }
    r->kernel = true;
    for (int c = 0; c < CLAS_CODE_COUNT; c++)
        if ((blocking & BIT(c)) && !(in_lanes & BIT(c)) && collectif_eligibility(clas__code_row((clas_code)c)))
            r->kernel = false;
}

static int range_error(size_t i, const char *column, int64_t value, int64_t max)
{
    char where[64];
    snprintf(where, sizeof where, "collectif %zu: %s", i, column);
    if (max == CLAS_CENTS_MAX)
        return clas__failm(CLAS_ERANGE, where, CLAS__MSG_MONTANT_HORS_BORNES, CLAS__TEXT("champ", column),
                           CLAS__CENTS("montant", value), CLAS__CENTS("min", 0), CLAS__CENTS("max", max));
    return clas__failm(CLAS_ERANGE, where, CLAS__MSG_VALEUR_HORS_BORNES, CLAS__TEXT("champ", column),
                       CLAS__INT("valeur", value), CLAS__INT("min", 0), CLAS__INT("max", max));
}

/* A refusal with a bonus granted contradicts itself, as in the model. */
#define BONUS_ACCORDES (CLAS_BATCH_BONUS_ENFANTS_ACCORDE | CLAS_BATCH_BONUS_PARENTS_ACCORDE)

static int flags_error(size_t i, unsigned flags)
{
    char where[64];
    snprintf(where, sizeof where, "collectif %zu: flags", i);
    if (flags & ~CLAS_BATCH_FLAGS_ALL)
        return clas__fail_options(CLAS_ERANGE, where, "clas_batch_evaluate", flags & ~CLAS_BATCH_FLAGS_ALL);
    if ((flags & CLAS_BATCH_REFUSE) && (flags & BONUS_ACCORDES))
        return clas__fail0(CLAS_ERANGE, where, CLAS__MSG_BONUS_REFUSE);
    char hex[16];
    snprintf(hex, sizeof hex, "0x%x", flags);
    return clas__failm(CLAS_ERANGE, where, CLAS__MSG_DECISION_CONTRADICTOIRE, CLAS__TEXT("options", hex));
}

/* The optional columns of R-FREQUENCE, NULL when the caller's structure
 * predates them (struct_size) or leaves them out. */
typedef struct frequence_columns {
    const uint8_t *seances;
    const uint16_t *minutes;
    const uint8_t *semaines;
} frequence_columns;

/* Names the first out-of-range value of element i (the cold path). */
static int element_error(const clas_batch_entrees *in, const frequence_columns *fc, size_t i, int64_t autres,
                         uint32_t niveaux, unsigned hors, unsigned flags)
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
    if (fc->seances && fc->seances[i] > SEANCES_MAX)
        return range_error(i, "seances_par_semaine", fc->seances[i], SEANCES_MAX);
    if (fc->minutes && fc->minutes[i] > MINUTES_MAX)
        return range_error(i, "minutes_par_seance", fc->minutes[i], MINUTES_MAX);
    if (fc->semaines && fc->semaines[i] > SEMAINES_MAX)
        return range_error(i, "nb_semaines", fc->semaines[i], SEMAINES_MAX);
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
    const uint64_t blocking = r->funding_blocking;
    const bool agree = clas__agree(true, flags & CLAS_BATCH_AGREE);
    if ((flags & CLAS_BATCH_REFUSE) && (blocking & BIT(CLAS_CODE_AGREMENT_REFUSE)))
        return CLAS_CODE_AGREMENT_REFUSE;
    for (int k = 0; k < CLAS_BONUS_COUNT; k++) {
        const bool dem = flags & demande[k], acc = flags & accorde[k], projet = !(flags & sans_projet[k]);
        if (clas__bonus_sans_agrement(acc, agree) && (blocking & BIT(CLAS_CODE_BONUS_SANS_AGREMENT)))
            return CLAS_CODE_BONUS_SANS_AGREMENT;
        if (clas__bonus_sans_projet(dem, acc, projet) && (blocking & BIT(CLAS_CODE_BONUS_SANS_PROJET)))
            return CLAS_CODE_BONUS_SANS_PROJET;
        if (clas__bonus_non_demande(dem, acc) && (blocking & BIT(CLAS_CODE_BONUS_NON_DEMANDE)))
            return CLAS_CODE_BONUS_NON_DEMANDE;
    }
    if (clas__budget_surfinancement(total + autres, depenses) && (blocking & BIT(CLAS_CODE_BUDGET_SURFINANCEMENT)))
        return CLAS_CODE_BUDGET_SURFINANCEMENT;
    return CLAS_BATCH_NO_CODE;
}

/* The consequence surfinancement_ecrete of a cadre: receipts above the
 * expenses come off the Ps (funding.c's ecrete()). */
static inline void ecrete(clas_cents *ps, clas_cents *total, clas_cents autres, clas_cents depenses)
{
    if (!clas__budget_surfinancement(*total + autres, depenses))
        return;
    const clas_cents reduction = clas__ecretement(*ps, *total + autres, depenses);
    *ps -= reduction;
    *total -= reduction;
}

/* The R-FREQUENCE columns, read only when struct_size covers them. */
static frequence_columns frequence_of(const clas_batch_entrees *in)
{
    frequence_columns fc = {NULL, NULL, NULL};
    if (in->struct_size >= offsetof(clas_batch_entrees, nb_semaines) + sizeof in->nb_semaines) {
        fc.seances = in->seances_par_semaine;
        fc.minutes = in->minutes_par_seance;
        fc.semaines = in->nb_semaines;
    }
    return fc;
}

static int check_columns(const clas_batch_sorties *out, const clas_batch_entrees *in)
{
    if (!out || !in)
        return clas__fail_null(NULL);
    /* A structure of 1.0 ends at flags: the members appended since are read
     * only when struct_size covers them (frequence_of()). */
    if (in->struct_size < offsetof(clas_batch_entrees, flags) + sizeof in->flags ||
        out->struct_size < sizeof(clas_batch_sorties))
        return clas__failm(CLAS_EINVAL, NULL, CLAS__MSG_STRUCT_SIZE, CLAS__TEXT("fonction", "clas_batch_evaluate"));
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
        return clas__failm(CLAS_EINVAL, missing, CLAS__MSG_COLONNE_REQUISE, CLAS__TEXT("fonction", "clas_batch_evaluate"),
                           CLAS__TEXT("colonne", missing));
    return CLAS_OK;
}

/* ---- the loop ----
 *
 * Collectifs are evaluated in blocks of BLOCK elements, each in a few
 * passes over columns that stay in the L1 cache: the checks of every rule
 * as a mask of codes (32-bit lanes, no branch), the Ps (64-bit arithmetic,
 * one element at a time), then the output columns. The passes have a
 * constant trip count and restrict pointers, so that gcc vectorizes them
 * at -O2 (its "very cheap" cost model refuses loops that need a scalar
 * epilogue or alias checks). A block with an element out of range, or
 * whose generic R-PS fails, is evaluated again one element at a time by
 * evaluate_each(), which names the element and writes the outputs of the
 * elements before it, exactly as a plain loop would; so are the last
 * n % BLOCK elements.
 *
 * Small blocks measured fastest over 10 million collectifs (32: 4.3 ns,
 * 128: 5.1 ns, 256: 5.9 ns per collectif): every pass then moves through
 * all the columns in short steps, which the hardware prefetchers follow. */

enum { BLOCK = 32 };

/* On x86-64 with glibc, gcc compiles the block passes twice, for the
 * baseline (SSE2) and for AVX2, and picks one when the library is loaded
 * (an ifunc): the library still runs on any x86-64. */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__GLIBC__) && defined(__ELF__)
#define BATCH_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define BATCH_CLONES
#endif

/* The actions of a collectif as one 32-bit word, the count of axis a in
 * byte a of the row, so that the checks read one word instead of four
 * bytes: AXE_SHIFT(a) is where memcpy() puts byte a of a row. */
_Static_assert(CLAS_AXE_COUNT == 4, "one action count per byte of a 32-bit word");
#if defined(__BYTE_ORDER__) && defined(__ORDER_BIG_ENDIAN__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define AXE_SHIFT(a) (8 * (CLAS_AXE_COUNT - 1 - (a)))
#else
#define AXE_SHIFT(a) (8 * (a))
#endif
/* A block's flags (bits 0..15) and hors_temps (bits 16..23) in one word. */
#define STATE_HORS 16
#define STATE_FLAGS 0xffffu
/* Its frequency in one word: minutes per session (bits 0..15), sessions
 * per week (16..23), weeks (24..31). */
#define FQ_SEANCES 16
#define FQ_SEMAINES 24

#define AXE_COUNT_OF(word, a) ((int32_t)(((word) >> AXE_SHIFT(a)) & 0xffu))

/* CLAS_CENTS_MAX in two 32-bit halves, for range checks in 32-bit lanes
 * (baseline x86-64 has no 64-bit vector comparison). */
#define CENTS_MAX_HI ((uint32_t)((uint64_t)CLAS_CENTS_MAX >> 32))
#define CENTS_MAX_LO ((uint32_t)((uint64_t)CLAS_CENTS_MAX & 0xffffffffu))

/* One batch call: its columns and what the loop needs from the rules. */
typedef struct batch_job {
    batch_rules r;
    const clas_batch_entrees *in;
    const clas_batch_sorties *out;
    frequence_columns fc;
    const uint8_t *axe[CLAS_AXE_COUNT];
    size_t stride;                      /* 4: interleaved actions, 1: one column per axis */
    bool check_funding;                 /* the cadre makes a funding-stage code blocking */
    /* Blocks standing for the optional columns left NULL. */
    const int64_t *no_autres;
    const uint32_t *no_niveaux;
    const uint8_t *no_hors;
    const uint16_t *no_flags;
    const uint32_t *no_frequence;
} batch_job;

/* The thresholds, clamped to the range of the values they are compared
 * with, so that the comparisons give the same answers in 32 bits. */
typedef struct limits {
    int32_t enfants_min, enfants_max, intervenants_min, parents_min, axe_min;
    int32_t seances_min, minutes_min, semaines_min, cycles_max;
    uint32_t axes_actif;
} limits;

static int32_t clamp(int64_t v, int64_t max)
{
    return (int32_t)(v < -1 ? -1 : v > max + 1 ? max + 1 : v);
}

/* The loop of the first version of the batch, element by element: the
 * reference the block passes must agree with, and the path that reports
 * errors. */
static int evaluate_each(const batch_job *job, size_t begin, size_t end)
{
    const clas_batch_entrees *in = job->in;
    const clas_batch_sorties *out = job->out;
    const frequence_columns *fc = &job->fc;
    const batch_rules *r = &job->r;
    const uint8_t *const *axe = job->axe;
    const size_t stride = job->stride;
    for (size_t i = begin; i < end; i++) {
        const clas_cents dep = in->depenses[i];
        const clas_cents autres = in->autres_financements ? in->autres_financements[i] : 0;
        const int64_t enfants = in->nb_enfants[i], intervenants = in->nb_intervenants[i];
        const uint32_t niveaux = in->niveaux ? in->niveaux[i] : CLAS_PUBLIC_MASK;
        const unsigned hors = in->hors_temps ? in->hors_temps[i] : 1;
        const unsigned flags = in->flags ? in->flags[i] : 0;
        const int64_t a_enf = axe[CLAS_AXE_ENFANTS][i * stride], a_par = axe[CLAS_AXE_PARENTS][i * stride];
        const int64_t a_eco = axe[CLAS_AXE_ECOLE][i * stride], a_ter = axe[CLAS_AXE_TERRITOIRE][i * stride];
        /* A frequency left out is the cadre's minimum: the rule is met. */
        const int64_t seances = fc->seances ? fc->seances[i] : r->seances_min;
        const int64_t minutes = fc->minutes ? fc->minutes[i] : r->minutes_min;
        const int64_t semaines = fc->semaines ? fc->semaines[i] : r->semaines_min;

        if ((uint64_t)dep > CLAS_CENTS_MAX || (uint64_t)autres > CLAS_CENTS_MAX ||
            (uint64_t)enfants > HEADCOUNT_MAX || (uint64_t)intervenants > INTERVENANTS_MAX ||
            (niveaux & ~ALL_LEVELS) || hors > 1 || (flags & ~CLAS_BATCH_FLAGS_ALL) ||
            (flags & (CLAS_BATCH_AGREE | CLAS_BATCH_REFUSE)) == (CLAS_BATCH_AGREE | CLAS_BATCH_REFUSE) ||
            ((flags & CLAS_BATCH_REFUSE) && (flags & BONUS_ACCORDES)) ||
            (fc->seances && seances > SEANCES_MAX) || (fc->minutes && minutes > MINUTES_MAX) ||
            (fc->semaines && semaines > SEMAINES_MAX))
            return element_error(in, fc, i, autres, niveaux, hors, flags);

        /* The evaluator's checks on the element's facts; the sink keeps the
         * first code the cadre makes blocking. */
        const bool declared = autres > 0 || (flags & CLAS_BATCH_FINANCEMENTS_DECLARES);
        const clas_faits f = {
            .niveaux = niveaux,
            .hors_temps_scolaire = hors,
            .actions = {a_enf, a_par, a_eco, a_ter},
            .sortes_parents = a_par, /* the column counts kinds */
            .actions_declarees = r->ctx.cadre->actions_parents_requises, /* which kinds: no column */
            .enfants_hors_aide_devoirs = (flags & CLAS_BATCH_AIDE_DEVOIRS_SEULE) ? 0 : a_enf,
            .nb_enfants = enfants,
            .salaries = intervenants,
            .seances_par_semaine = seances,
            .minutes_par_seance = minutes,
            .nb_semaines = semaines,
            .depenses = dep,
            .lignes_financement = declared,
        };
        int32_t code = CLAS_BATCH_NO_CODE;
        const clas_sink sink = {.first_blocking = &code, .cadre = r->ctx.cadre};
        int st = clas__check_faits(&r->ctx, &sink, &f);
        if (st != CLAS_OK)
            return st;
        const bool eligible = code == CLAS_BATCH_NO_CODE;

        clas_ps p;
        if (clas__ps(&p, r->bareme, dep) != CLAS_OK) {
            char where[64];
            snprintf(where, sizeof where, "collectif %zu: ps", i);
            return clas__failm(CLAS_EOVERFLOW, where, CLAS__MSG_DEPASSEMENT, CLAS__TEXT("quoi", "ps"));
        }
        clas_cents ps = clas__finance(eligible, flags & CLAS_BATCH_REFUSE) ? p.ps : 0;
        const bool agree = clas__agree(eligible, flags & CLAS_BATCH_AGREE);
        clas_cents bonus = ((flags & CLAS_BATCH_BONUS_ENFANTS_ACCORDE) ? r->bonus[CLAS_BONUS_ENFANTS] : 0) +
                           ((flags & CLAS_BATCH_BONUS_PARENTS_ACCORDE) ? r->bonus[CLAS_BONUS_PARENTS] : 0);
        bonus = agree ? bonus : 0;
        clas_cents total = ps + bonus;
        if (job->check_funding && eligible) {
            /* A cadre made a funding-stage rule blocking: the collectif loses its funding. */
            code = funding_code(r, flags, total, autres, dep);
            if (code != CLAS_BATCH_NO_CODE)
                ps = bonus = total = 0;
        }
        if (r->ecrete)
            ecrete(&ps, &total, autres, dep);
        if (out->verdict)
            out->verdict[i] = code == CLAS_BATCH_NO_CODE ? CLAS_VERDICT_ELIGIBLE : CLAS_VERDICT_INELIGIBLE;
        if (out->code)
            out->code[i] = code;
        if (out->ps)
            out->ps[i] = ps;
        if (out->bonus)
            out->bonus[i] = bonus;
        if (out->total)
            out->total[i] = total;
    }
    return CLAS_OK;
}

/* Pass 1: the blocking codes each element produces (the eligibility
 * constats of evaluate_each(), masked by the cadre), and whether any
 * element is out of range. Every test is a 0/1 integer: no branch. */
BATCH_CLONES static uint32_t block_rules(uint32_t *restrict blocked, limits lim, uint32_t blocking,
                            const int64_t *restrict dep, const int64_t *restrict autres,
                            const int32_t *restrict enfants, const int32_t *restrict intervenants,
                            const uint32_t *restrict niveaux, const uint32_t *restrict state,
                            const uint32_t *restrict actions, const uint32_t *restrict frequence)
{
    uint32_t bad = 0;
    for (size_t i = 0; i < BLOCK; i++) {
        const uint64_t d = (uint64_t)dep[i], a = (uint64_t)autres[i];
        const uint32_t d_hi = (uint32_t)(d >> 32), d_lo = (uint32_t)d, a_hi = (uint32_t)(a >> 32), a_lo = (uint32_t)a;
        const int32_t enf = enfants[i], itv = intervenants[i];
        const uint32_t niv = niveaux[i], h = state[i] >> STATE_HORS, f = state[i] & STATE_FLAGS;
        const uint32_t w = actions[i], fq = frequence[i];
        const int32_t seances = (int32_t)((fq >> FQ_SEANCES) & 0xffu), minutes = (int32_t)(fq & 0xffffu);
        const int32_t semaines = (int32_t)(fq >> FQ_SEMAINES);
        const int32_t cycles = (int32_t)((niv & CLAS_CYCLE_MASK(CLAS_NIVEAU_CP, CLAS_NIVEAU_CM2)) != 0) +
                               (int32_t)((niv & CLAS_CYCLE_MASK(CLAS_NIVEAU_6E, CLAS_NIVEAU_3E)) != 0) +
                               (int32_t)((niv & CLAS_CYCLE_MASK(CLAS_NIVEAU_2NDE, CLAS_NIVEAU_TERMINALE)) != 0);
        const int32_t ae = AXE_COUNT_OF(w, CLAS_AXE_ENFANTS), ap = AXE_COUNT_OF(w, CLAS_AXE_PARENTS);
        const int32_t ao = AXE_COUNT_OF(w, CLAS_AXE_ECOLE), at = AXE_COUNT_OF(w, CLAS_AXE_TERRITOIRE);
        bad |= (uint32_t)(d_hi > CENTS_MAX_HI) | ((uint32_t)(d_hi == CENTS_MAX_HI) & (uint32_t)(d_lo > CENTS_MAX_LO)) |
               (uint32_t)(a_hi > CENTS_MAX_HI) | ((uint32_t)(a_hi == CENTS_MAX_HI) & (uint32_t)(a_lo > CENTS_MAX_LO)) |
               (uint32_t)((uint32_t)enf > HEADCOUNT_MAX) | (uint32_t)((uint32_t)itv > INTERVENANTS_MAX) |
               (niv & ~ALL_LEVELS) | (uint32_t)(h > 1) | (f & ~CLAS_BATCH_FLAGS_ALL) |
               (uint32_t)((f & (CLAS_BATCH_AGREE | CLAS_BATCH_REFUSE)) == (CLAS_BATCH_AGREE | CLAS_BATCH_REFUSE)) |
               (uint32_t)((f & CLAS_BATCH_REFUSE) != 0 && (f & BONUS_ACCORDES) != 0) |
               (uint32_t)(seances > SEANCES_MAX) | (uint32_t)(minutes > MINUTES_MAX) | (uint32_t)(semaines > SEMAINES_MAX);
        /* In range, autres ≥ 0: "autres > 0" is "autres ≠ 0". */
        const uint32_t undeclared = (uint32_t)((a_hi | a_lo) == 0) & (uint32_t)((f & CLAS_BATCH_FINANCEMENTS_DECLARES) == 0);
        const uint32_t produced =
            (uint32_t)(niv == 0) << L_AUCUN_NIVEAU |
            (uint32_t)((niv & ~CLAS_PUBLIC_MASK) != 0) << L_HORS_CHAMP |
            (uint32_t)(h == 0) << L_HORS_TEMPS |
            (uint32_t)(ae < lim.axe_min) << L_AXE_ENFANTS |
            (uint32_t)(ap < lim.axe_min) << L_AXE_PARENTS |
            (uint32_t)(ao < lim.axe_min) << L_AXE_ECOLE |
            (uint32_t)(at < lim.axe_min) << L_AXE_TERRITOIRE |
            ((uint32_t)(ap < lim.parents_min) & ~(lim.axes_actif & (uint32_t)(ap < lim.axe_min))) << L_SOCLE_PARENTS |
            (uint32_t)(enf < lim.enfants_min) << L_TROP_PETIT |
            ((uint32_t)(enf >= lim.enfants_min) & (uint32_t)(enf > lim.enfants_max)) << L_TROP_GRAND |
            (uint32_t)(itv < lim.intervenants_min) << L_ENCADREMENT |
            (uint32_t)(seances < lim.seances_min) << L_SEANCES |
            (uint32_t)(minutes < lim.minutes_min) << L_DUREE |
            (uint32_t)(semaines < lim.semaines_min) << L_SEMAINES |
            (uint32_t)(cycles > lim.cycles_max) << L_CYCLES |
            ((uint32_t)((f & CLAS_BATCH_AIDE_DEVOIRS_SEULE) != 0) & (uint32_t)(ae > 0)) << L_AIDE_DEVOIRS |
            (uint32_t)((d_hi | d_lo) == 0) << L_DEPENSES_NULLES |
            undeclared << L_NON_DECLARES;
        blocked[i] = produced & blocking;
    }
    return bad;
}

/* Pass 2: the Ps of every element of a block already range-checked: the
 * kernel's own form of clas__ps() for half-up rounding (64-bit, with the
 * division by a constant), clas__ps() itself otherwise. */
static int block_ps(int64_t *restrict ps, const int64_t *restrict dep, const batch_rules *r)
{
    if (!r->fast_ps) {
        for (size_t i = 0; i < BLOCK; i++) {
            clas_ps p;
            if (clas__ps(&p, r->bareme, dep[i]) != CLAS_OK)
                return CLAS_EOVERFLOW;
            ps[i] = p.ps;
        }
        return CLAS_OK;
    }
    const clas_cents plafond = r->bareme->prix_plafond, ps_max = r->bareme->ps_max;
    const int64_t taux = r->bareme->taux;
    for (size_t i = 0; i < BLOCK; i++) {
        const clas_cents base = dep[i] < plafond ? dep[i] : plafond;
        /* Non-negative: the unsigned division by the constant is shorter. */
        const clas_cents calc = (clas_cents)(((uint64_t)(base * taux) + CLAS_TAUX_UN / 2) / CLAS_TAUX_UN);
        ps[i] = calc < ps_max ? calc : ps_max;
    }
    return CLAS_OK;
}

/* Index of the lowest bit set in @p low (a power of two), in 32-bit lane
 * operations: __builtin_ctz has no vector form on baseline x86-64. */
static inline uint32_t bit_index(uint32_t low)
{
    return (uint32_t)((low & 0xaaaaaaaau) != 0) | (uint32_t)((low & 0xccccccccu) != 0) << 1 |
           (uint32_t)((low & 0xf0f0f0f0u) != 0) << 2 | (uint32_t)((low & 0xff00ff00u) != 0) << 3 |
           (uint32_t)((low & 0xffff0000u) != 0) << 4;
}

/* Pass 3: the output columns, from the mask and the Ps: amounts are
 * cleared with masks when the collectif is not funded, and the first
 * blocking code is the lowest bit of the mask (lanes are in check order;
 * the caller turns the lane into its code). */
BATCH_CLONES static void block_outputs(const uint32_t *restrict blocked, const int64_t *restrict ps_in,
                          const uint32_t *restrict state, clas_cents bonus_enfants, clas_cents bonus_parents,
                          int32_t *restrict code, int64_t *restrict ps, int64_t *restrict bonus,
                          int64_t *restrict total)
{
    for (size_t i = 0; i < BLOCK; i++) {
        const uint32_t b = blocked[i], f = state[i];
        const uint32_t eligible = (uint32_t)(b == 0);
        const int64_t funded = -(int64_t)(eligible & (((f / CLAS_BATCH_REFUSE) & 1) ^ 1));
        const int64_t agree = -(int64_t)(eligible & (f / CLAS_BATCH_AGREE) & 1);
        const int64_t enfants = -(int64_t)((f / CLAS_BATCH_BONUS_ENFANTS_ACCORDE) & 1);
        const int64_t parents = -(int64_t)((f / CLAS_BATCH_BONUS_PARENTS_ACCORDE) & 1);
        const int64_t p = ps_in[i] & funded;
        const int64_t bn = ((bonus_enfants & enfants) + (bonus_parents & parents)) & agree;
        code[i] = eligible ? CLAS_BATCH_NO_CODE : (int32_t)bit_index(b & (0u - b));
        ps[i] = p;
        bonus[i] = bn;
        total[i] = p + bn;
    }
}

/* The verdicts, from the mask: a loop of its own, as the only one on
 * bytes (mixed with 32- and 64-bit lanes, it makes the vectorized loop
 * handle 16 elements at a time and run out of registers). */
BATCH_CLONES static void block_verdicts(const uint32_t *restrict blocked, uint8_t *restrict verdict)
{
    for (size_t i = 0; i < BLOCK; i++)
        verdict[i] = (uint8_t)(blocked[i] == 0 ? CLAS_VERDICT_ELIGIBLE : CLAS_VERDICT_INELIGIBLE);
}

/* Evaluates elements [s, s + BLOCK) of the batch. */
static int evaluate_block(const batch_job *job, size_t s)
{
    const clas_batch_entrees *in = job->in;
    const clas_batch_sorties *out = job->out;
    const batch_rules *r = &job->r;
    const int64_t *dep = in->depenses + s;
    const int64_t *autres = in->autres_financements ? in->autres_financements + s : job->no_autres;
    const uint16_t *restrict flags = in->flags ? in->flags + s : job->no_flags;
    const uint8_t *restrict hors = in->hors_temps ? in->hors_temps + s : job->no_hors;

    /* Flags and hors_temps widened to one 32-bit word: the checks then
     * run on 32- and 64-bit lanes only, four elements at a time. */
    uint32_t state[BLOCK];
    for (size_t i = 0; i < BLOCK; i++)
        state[i] = (uint32_t)flags[i] | (uint32_t)hors[i] << STATE_HORS;

    uint32_t actions[BLOCK];
    if (in->actions) {
        memcpy(actions, in->actions + s * CLAS_AXE_COUNT, sizeof actions);
    } else {
        const uint8_t *restrict enf = in->actions_axe[CLAS_AXE_ENFANTS] + s;
        const uint8_t *restrict par = in->actions_axe[CLAS_AXE_PARENTS] + s;
        const uint8_t *restrict eco = in->actions_axe[CLAS_AXE_ECOLE] + s;
        const uint8_t *restrict ter = in->actions_axe[CLAS_AXE_TERRITOIRE] + s;
        for (size_t i = 0; i < BLOCK; i++)
            actions[i] = (uint32_t)enf[i] << AXE_SHIFT(CLAS_AXE_ENFANTS) | (uint32_t)par[i] << AXE_SHIFT(CLAS_AXE_PARENTS) |
                         (uint32_t)eco[i] << AXE_SHIFT(CLAS_AXE_ECOLE) |
                         (uint32_t)ter[i] << AXE_SHIFT(CLAS_AXE_TERRITOIRE);
    }

    /* The frequency in one word; a column left out reads 0 against a
     * minimum of 0, so that the rule is met (as in evaluate_each()). */
    const frequence_columns *fc = &job->fc;
    uint32_t frequence_block[BLOCK];
    const uint32_t *frequence = job->no_frequence;
    if (fc->seances || fc->minutes || fc->semaines) {
        for (size_t i = 0; i < BLOCK; i++)
            frequence_block[i] = (fc->minutes ? (uint32_t)fc->minutes[s + i] : 0) |
                                 (fc->seances ? (uint32_t)fc->seances[s + i] << FQ_SEANCES : 0) |
                                 (fc->semaines ? (uint32_t)fc->semaines[s + i] << FQ_SEMAINES : 0);
        frequence = frequence_block;
    }

    const limits lim = {
        .enfants_min = clamp(r->enfants_min, HEADCOUNT_MAX),
        .enfants_max = clamp(r->enfants_max, HEADCOUNT_MAX),
        .intervenants_min = clamp(r->intervenants_min, INTERVENANTS_MAX),
        .parents_min = clamp(r->parents_min, UINT8_MAX),
        .axe_min = clamp(r->axe_min, UINT8_MAX),
        .seances_min = fc->seances ? clamp(r->seances_min, SEANCES_MAX) : 0,
        .minutes_min = fc->minutes ? clamp(r->minutes_min, MINUTES_MAX) : 0,
        .semaines_min = fc->semaines ? clamp(r->semaines_min, SEMAINES_MAX) : 0,
        .cycles_max = clamp(r->cycles_max, 3),
        .axes_actif = r->axes_actif,
    };
    uint32_t blocked[BLOCK];
    int64_t ps[BLOCK];
    if (block_rules(blocked, lim, r->lane_blocking, dep, autres, in->nb_enfants + s, in->nb_intervenants + s,
                    in->niveaux ? in->niveaux + s : job->no_niveaux, state, actions, frequence) ||
        block_ps(ps, dep, r) != CLAS_OK)
        return evaluate_each(job, s, s + BLOCK);

    /* Columns the caller skipped are written to scratch blocks instead. */
    uint8_t verdict_skip[BLOCK];
    int32_t code_skip[BLOCK];
    int64_t ps_skip[BLOCK], bonus_skip[BLOCK], total_skip[BLOCK];
    uint8_t *verdict = out->verdict ? out->verdict + s : verdict_skip;
    int32_t *code = out->code ? out->code + s : code_skip;
    int64_t *ps_out = out->ps ? out->ps + s : ps_skip;
    int64_t *bonus = out->bonus ? out->bonus + s : bonus_skip;
    int64_t *total = out->total ? out->total + s : total_skip;
    block_outputs(blocked, ps, state, r->bonus[CLAS_BONUS_ENFANTS], r->bonus[CLAS_BONUS_PARENTS], code, ps_out, bonus,
                  total);
    block_verdicts(blocked, verdict);
    /* From lanes to codes. */
    for (size_t i = 0; i < BLOCK; i++)
        if (code[i] != CLAS_BATCH_NO_CODE)
            code[i] = lane_codes[code[i]];

    if (job->check_funding)
        for (size_t i = 0; i < BLOCK; i++) {
            if (blocked[i] != 0)
                continue;
            /* A cadre made a funding-stage rule blocking: the collectif loses its funding. */
            const int32_t c = funding_code(r, flags[i], total[i], autres[i], dep[i]);
            if (c != CLAS_BATCH_NO_CODE) {
                verdict[i] = CLAS_VERDICT_INELIGIBLE;
                code[i] = c;
                ps_out[i] = bonus[i] = total[i] = 0;
            }
        }
    if (r->ecrete)
        for (size_t i = 0; i < BLOCK; i++)
            ecrete(&ps_out[i], &total[i], autres[i], dep[i]);
    return CLAS_OK;
}

int clas_batch_evaluate(const clas_batch_sorties *out, const clas_bareme *bareme, const clas_cadre *cadre,
                        const clas_batch_entrees *in)
{
    if (!bareme || !cadre)
        return clas__fail_null(NULL);
    int st = check_columns(out, in);
    if (st != CLAS_OK || in->n == 0)
        return st;
    batch_job job;
    prepare(&job.r, bareme, cadre);
    job.in = in;
    job.out = out;
    job.check_funding = job.r.funding_blocking != 0;
    job.fc = frequence_of(in);
    /* Interleaved n × 4 actions or four columns: one pointer per axis and a stride. */
    job.stride = in->actions ? CLAS_AXE_COUNT : 1;
    for (int a = 0; a < CLAS_AXE_COUNT; a++)
        job.axe[a] = in->actions ? in->actions + a : in->actions_axe[a];

    const size_t n = in->n;
    size_t s = 0;
    if (n >= BLOCK) {
        prepare_kernel(&job.r, cadre);
        int64_t no_autres[BLOCK];
        uint32_t no_niveaux[BLOCK];
        uint8_t no_hors[BLOCK];
        uint16_t no_flags[BLOCK];
        uint32_t no_frequence[BLOCK];
        for (size_t i = 0; i < BLOCK; i++) {
            no_frequence[i] = 0;
            no_autres[i] = 0;
            no_niveaux[i] = CLAS_PUBLIC_MASK;
            no_hors[i] = 1;
            no_flags[i] = 0;
        }
        job.no_autres = no_autres;
        job.no_niveaux = no_niveaux;
        job.no_hors = no_hors;
        job.no_flags = no_flags;
        job.no_frequence = no_frequence;
        for (; job.r.kernel && n - s >= BLOCK; s += BLOCK) {
            st = evaluate_block(&job, s);
            if (st != CLAS_OK)
                return st;
        }
    }
    return evaluate_each(&job, s, n);
}

int clas_batch_evaluate_regles(const clas_batch_sorties *out, const clas_regles *regles, const char *annee_scolaire,
                               const char *departement, const clas_batch_entrees *in)
{
    if (!regles || !annee_scolaire)
        return clas__fail_null(NULL);
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
        return clas__fail_null(NULL);
    for (size_t i = 0; i < n; i++) {
        if ((uint64_t)depenses[i] > CLAS_CENTS_MAX)
            return range_error(i, "depenses", depenses[i], CLAS_CENTS_MAX);
        clas_ps p;
        if (clas__ps(&p, bareme, depenses[i]) != CLAS_OK)
        {
            char where[64];
            snprintf(where, sizeof where, "collectif %zu: ps", i);
            return clas__failm(CLAS_EOVERFLOW, where, CLAS__MSG_DEPASSEMENT, CLAS__TEXT("quoi", "ps"));
        }
        out_ps[i] = p.ps;
    }
    return CLAS_OK;
}
