/* SPDX-License-Identifier: Apache-2.0 */
/* Private header of lib/engine. The engine runs in one direction:
 *
 *   run.c          the runner: lookups, order of the rules, verdicts
 *     -> eligibility.c, funding.c   the rules: read a narrow context
 *                                   (clas_rule_ctx), write into a sink
 *     -> results.c   the results: constats, trace steps, amounts, getters
 *     -> lib/regles/catalogue.c  one row per rule and per code (catalogue.h)
 *   lib/regles/formulas.h      each rule's arithmetic and predicates, once
 *   format.c       messages and steps for people; batch.c, rapport.c
 *
 * Nothing below run.c calls back into it (tests/layers/check_layers.py). */
#ifndef CLAS_LIB_ENGINE_H
#define CLAS_LIB_ENGINE_H

#include "model/model.h"
#include "regles/regles.h"
#include "regles/catalogue.h"
#include "regles/formulas.h"

#include <stdbool.h>

#define CLAS_ETAPE_MAX_ENTREES 5

struct clas_constat {
    const clas_evaluation *evaluation;  /* to resolve the collectif id */
    clas_code code;
    clas_severity severity;
    long collectif_index;               /* -1: dossier-level */
    const char *champ;                  /* static */
    int64_t valeur, limite;
};

struct clas_etape {
    clas_regle regle;
    const char *operation;              /* static */
    const char *formule;                /* static */
    const char *source;                 /* the rule's text, static */
    const char *source_valeurs;         /* the barème's or cadre's, a buffer of the evaluation, or "" */
    size_t num_entrees;
    const char *entree_nom[CLAS_ETAPE_MAX_ENTREES];
    int64_t entree_valeur[CLAS_ETAPE_MAX_ENTREES];
    clas_unite entree_unite[CLAS_ETAPE_MAX_ENTREES];
    const char *sortie_nom;
    int64_t sortie_valeur;
    clas_unite sortie_unite;
};

/* One evaluated collectif. Constats and steps are ranges of the
 * evaluation's flat arrays, so a run allocates nothing per collectif. */
typedef struct clas_eval_row {
    char id[CLAS_ID_MAX + 1];
    clas_verdict verdict;
    clas_decision decision;             /* the committee's, copied from the dossier */
    int has_bilan;
    int64_t nb_enfants;
    clas_cents montants[CLAS_MONTANT_COUNT];
    size_t first_constat, num_constats;
    size_t first_etape, num_etapes;
} clas_eval_row;

/* The barème and cadre found for the last (year, department, flags) under
 * the rule set held: runs of dossiers of the same year and department,
 * the common case, skip the lookups. */
typedef struct clas_lookup_cache {
    bool valid;
    char annee_scolaire[CLAS_ANNEE_LEN + 1];
    char departement[CLAS_DEPT_MAX + 1];
    unsigned carry_forward;
    const clas_bareme *bareme;
    const clas_cadre *cadre;
    bool provisional;
} clas_lookup_cache;

struct clas_evaluation {
    clas_regles *regles;                /* reference held, kept across runs */
    clas_lookup_cache cache;
    const clas_bareme *bareme;          /* borrowed from regles */
    const clas_cadre *cadre;            /* regles' cadre or cadre_copy */
    clas_cadre cadre_copy;              /* caller's cadre, copied */
    bool has_cadre_copy;
    char annee_scolaire[CLAS_ANNEE_LEN + 1];
    char dossier_id[CLAS_ID_MAX + 1];
    bool provisional, trace;
    clas_verdict verdict;
    size_t num_dossier_constats;
    clas_eval_row *rows;
    size_t num_rows, cap_rows;
    clas_constat *constats;
    size_t num_constats, cap_constats;
    size_t num_blocking;                /* constats of severity blocking among them */
    clas_etape *etapes;
    size_t num_etapes, cap_etapes;
    clas_cents totals[CLAS_MONTANT_COUNT];
    /* The dossier's exceptions, copied: constats and steps refer to them
     * after the dossier is gone. */
    clas_derogation derogations[CLAS_REGLE_COUNT];
    bool has_derogations;
    /* Sources of the values for trace steps, "titre, section": the
     * barème's and cadre's main ones, and per rule the reference of the
     * field it reads (catalogue), or NULL to fall back on the main one.
     * The strings live in sources_pool, each once; built for the barème
     * and cadre of sources_bareme/sources_cadre, kept across runs. */
    const clas_bareme *sources_bareme;
    const clas_cadre *sources_cadre;
    const char *bareme_source, *cadre_source;
    const char *regle_cadre_source[CLAS_REGLE_COUNT];
    const char *regle_bareme_source[CLAS_REGLE_COUNT];
    char sources_pool[2048];
    size_t sources_used;
};

/* ---- what a rule reads: a narrow context ---- */

typedef struct clas_rule_ctx {
    const clas_bareme *bareme;
    const clas_cadre *cadre;
    const char *date_depot;             /* the dossier's, "" when absent */
    int64_t depot, limite;              /* as numbers (clas__date_number), with the trace only */
    bool provisional;                   /* the barème was carried forward */
    bool trace;
} clas_rule_ctx;

/* ---- where a rule writes: a sink into the results (results.c) ---- */

/* Where the values of a trace step come from, cited next to the rule's text. */
typedef enum clas_valeurs_de {
    CLAS_VALEURS_AUCUNE,                /* none (the cadre is still cited if it changed the severity) */
    CLAS_VALEURS_CADRE,                 /* its calendar, thresholds or rates */
    CLAS_VALEURS_BAREME,                /* its amounts and rate */
    CLAS_VALEURS_COMITE,                /* the committee's exception: its reason */
} clas_valeurs_de;

typedef struct clas_sink {
    clas_evaluation *results;           /* NULL: a batch element (first_blocking) */
    long collectif;                     /* -1: dossier-level */
    bool constats;                      /* false: steps only (a funding pass redone) */
    /* A batch element keeps only the first code @c cadre makes blocking,
     * into *first_blocking (CLAS_BATCH_NO_CODE until then). */
    int32_t *first_blocking;
    const clas_cadre *cadre;
} clas_sink;

/* One named value of a trace step. */
typedef struct clas_trace_value {
    const char *nom;                    /* static */
    int64_t valeur;
    clas_unite unite;
} clas_trace_value;

/* Records a constat with its catalogue champ (clas__emit_champ: a more
 * precise one, static); the severity comes from the cadre through the
 * catalogue, and a code whose rule is off is not recorded. CLAS_OK or
 * CLAS_ENOMEM. */
int clas__emit_champ(const clas_sink *s, clas_code code, const char *champ, int64_t valeur, int64_t limite);
static inline int clas__emit(const clas_sink *s, clas_code code, int64_t valeur, int64_t limite)
{
    return clas__emit_champ(s, code, clas__code_row(code)->champ, valeur, limite);
}

/* Records the step "operation = formule" of @p regle with @p n inputs and
 * one output when the trace is on (nothing otherwise); its sources are the
 * rule's text and, per @p valeurs, the barème's or the cadre's. CLAS_OK or
 * CLAS_ENOMEM. */
int clas__step(const clas_sink *s, clas_regle regle, clas_valeurs_de valeurs, const char *operation,
               const char *formule, const clas_trace_value *in, size_t n, clas_trace_value out);

/* 1 when the cadre of the run does not switch @p regle off. */
static inline bool clas__regle_active(const clas_rule_ctx *ctx, clas_regle regle)
{
    return ctx->cadre->severities[regle] != CLAS_SEVERITY_OFF;
}

/* The committee's exception for @p regle in the run, or NULL. */
static inline const clas_derogation *clas__derogation(const clas_evaluation *ev, clas_regle regle)
{
    return ev->has_derogations && ev->derogations[regle].motif ? &ev->derogations[regle] : NULL;
}

/* ---- the rules (eligibility.c, funding.c), called by the runner and the batch ---- */

/* What the per-collectif eligibility rules read: filled from a
 * clas_collectif by clas__check_collectif() and from columns by the batch,
 * so that both run the same checks. */
typedef struct clas_faits {
    uint32_t niveaux;                   /* bit n = clas_niveau n */
    int64_t hors_temps_scolaire;        /* 1: declared outside school time */
    int64_t actions[CLAS_AXE_COUNT];    /* actions per axis */
    int64_t sortes_parents;             /* distinct kinds of parents actions (R-SOCLE-PARENTS) */
    uint32_t actions_declarees;         /* bit n: an action of kind clas_action n is declared (R-SOCLE-PARENTS) */
    int64_t enfants_hors_aide_devoirs;  /* enfants actions other than homework help (R-AIDE-DEVOIRS) */
    int64_t nb_enfants;
    int64_t salaries, benevoles;        /* intervenants */
    int64_t seances_par_semaine, minutes_par_seance, nb_semaines;
    clas_cents depenses;
    int64_t lignes_financement;         /* other funding lines declared */
} clas_faits;

/* Dossier-level checks (R-DELAI, R-BAREME). */
int clas__check_dossier(const clas_rule_ctx *ctx, const clas_sink *s, const clas_dossier *d);
/* The collectif's eligibility checks, R-DELAI's step to R-BUDGET's declarative part. */
int clas__check_collectif(const clas_rule_ctx *ctx, const clas_sink *s, const clas_collectif *c);
/* The same checks on facts (the batch's element path). */
int clas__check_faits(const clas_rule_ctx *ctx, const clas_sink *s, const clas_faits *f);
/* Amounts @p m, bonuses, budget balance, acompte and bilan of one
 * collectif, given whether it is eligible so far. */
int clas__fund_collectif(const clas_rule_ctx *ctx, const clas_sink *s, const clas_collectif *c, bool eligible,
                         clas_cents m[CLAS_MONTANT_COUNT]);

/* ---- the results' life, for the runner (results.c) ---- */

/* Forgets the previous run's results; the rule-set reference and lookup
 * cache stay. */
void clas__results_clear(clas_evaluation *ev);
/* Leaves the evaluation empty, releasing the rule set (buffers stay). */
void clas__results_reset(clas_evaluation *ev);

#endif
