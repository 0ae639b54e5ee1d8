/* SPDX-License-Identifier: Apache-2.0 */
/* Private header of lib/engine: the layout of an evaluation and the entry
 * points shared by the engine's modules (eligibility.c, funding.c,
 * evaluation.c, messages.c, rapport.c, batch.c). */
#ifndef CLAS_LIB_ENGINE_H
#define CLAS_LIB_ENGINE_H

#include "model/model.h"
#include "regles/regles.h"

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
    const char *source;                 /* static, or a buffer of the evaluation */
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
    int64_t date_depot;                 /* YYYYMMDD, 0 when absent */
    clas_verdict verdict;
    size_t num_dossier_constats;
    clas_eval_row *rows;
    size_t num_rows, cap_rows;
    clas_constat *constats;
    size_t num_constats, cap_constats;
    clas_etape *etapes;
    size_t num_etapes, cap_etapes;
    clas_cents totals[CLAS_MONTANT_COUNT];
    char bareme_source[512];            /* "titre, section" for trace steps */
    char cadre_source[512];
};

/* Appends a constat; the severity comes from the cadre (rule OFF: nothing
 * is added). Returns CLAS_OK or CLAS_ENOMEM. */
int clas__add_constat(clas_evaluation *ev, long collectif, clas_code code, const char *champ, int64_t valeur,
                      int64_t limite);

/* One named value of a trace step. */
typedef struct clas_trace_value {
    const char *nom;                    /* static */
    int64_t valeur;
    clas_unite unite;
} clas_trace_value;

/* Appends the step "operation: formule" with @p n inputs and one output
 * when the trace is on; does nothing otherwise. CLAS_OK or CLAS_ENOMEM. */
int clas__trace(clas_evaluation *ev, clas_regle regle, const char *operation, const char *formule,
                const char *source, const clas_trace_value *in, size_t n, clas_trace_value out);

/* Severity of a code under a cadre: the rule's, except codes that are
 * informational by nature. CLAS_SEVERITY_OFF: the rule is disabled. */
clas_severity clas__code_severity(const clas_cadre *cadre, clas_code code);

/* Dossier-level checks (R-DELAI, R-BAREME). (eligibility.c) */
int clas__check_dossier(clas_evaluation *ev, const clas_dossier *d);
/* The collectif's eligibility checks, R-PUBLIC to R-AIDE-DEVOIRS and the
 * declarative part of R-BUDGET. (eligibility.c) */
int clas__check_collectif(clas_evaluation *ev, long idx, const clas_collectif *c);
/* Amounts, bonuses, budget balance, acompte and bilan of one collectif,
 * given whether it is eligible so far (ev->rows[idx].verdict). With
 * record_constats false only amounts and trace are produced: the second
 * pass after a post-funding blocking constat. (funding.c) */
int clas__fund_collectif(clas_evaluation *ev, long idx, const clas_collectif *c, bool record_constats);

/* Ps of R-PS: min(round(taux × min(depenses, plafond)), ps_max), with the
 * intermediate values. (funding.c) */
int clas__ps(const clas_bareme *b, clas_cents depenses, clas_cents *base, clas_cents *ps_calculee, clas_cents *ps);

/* "2025-08-18" → 20250818; 0 for "". */
int64_t clas__date_number(const char *date);

#endif
