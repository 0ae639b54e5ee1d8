/* SPDX-License-Identifier: Apache-2.0 */
/* One formula per rule: the arithmetic and the predicates of domain.md §3
 * as pure inline functions, written once and used by the scalar rules
 * (eligibility.c, funding.c), the barème's clas_bareme_compute_ps() and the
 * batch's element-by-element path. Only the batch's vectorised block
 * kernel restates them, in 32-bit lanes, and tests/engine/test_batch.c
 * holds it equal to these. No state, no allocation, no error recording. */
#ifndef CLAS_LIB_REGLES_FORMULAS_H
#define CLAS_LIB_REGLES_FORMULAS_H

#include "regles/regles.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* ---- R-PUBLIC: pupils from CP to Terminale ---- */

#define CLAS_PUBLIC_MASK \
    (((UINT32_C(1) << (CLAS_NIVEAU_TERMINALE + 1)) - 1) & ~((UINT32_C(1) << CLAS_NIVEAU_CP) - 1))

static inline bool clas__public_aucun_niveau(uint32_t niveaux) { return niveaux == 0; }
/* The levels outside the public (0: none). */
static inline uint32_t clas__public_hors_champ(uint32_t niveaux) { return niveaux & ~CLAS_PUBLIC_MASK; }

/* ---- R-HORS-TEMPS: outside school time, when declared ---- */

static inline bool clas__hors_temps_non(int64_t hors_temps_scolaire) { return hors_temps_scolaire == 0; }

/* ---- R-AXES: at least actions_par_axe_min actions on each axis ---- */

static inline bool clas__axe_absent(int64_t actions, int64_t min) { return actions < min; }

/* ---- R-SOCLE-PARENTS: a minimum of distinct kinds of actions toward parents ----
 * A parents axis with no action at all is R-AXES' finding while R-AXES is
 * active; the socle then says nothing, so one missing fact gives one constat. */

static inline bool clas__socle_parents_insuffisant(int64_t sortes_parents, int64_t min, bool axe_deja_signale)
{
    return !axe_deja_signale && sortes_parents < min;
}

/* The kinds of parents actions a cadre requires that a collectif lacks
 * (bit n: clas_action n); none when R-AXES already reports the axis empty. */
static inline uint32_t clas__actions_requises_manquantes(uint32_t requises, uint32_t declarees, bool axe_deja_signale)
{
    return axe_deja_signale ? 0 : requises & ~declarees;
}

/* ---- R-FREQUENCE: sessions per week, minutes per session, weeks (forecast and bilan) ---- */

static inline bool clas__frequence_insuffisante(int64_t declare, int64_t min) { return declare < min; }
/* Sessions the cadre's minimum frequency gives over its minimum weeks. */
static inline int64_t clas__seances_minimales(int64_t par_semaine_min, int64_t semaines_min)
{
    return par_semaine_min > 0 && semaines_min > INT64_MAX / par_semaine_min ? INT64_MAX
                                                                              : par_semaine_min * semaines_min;
}
/* Whole hours those sessions last at the minimum duration (rounded down). */
static inline int64_t clas__heures_minimales(int64_t seances, int64_t minutes_min)
{
    return minutes_min > 0 && seances > INT64_MAX / minutes_min ? INT64_MAX / 60 : seances * minutes_min / 60;
}

/* ---- R-COMPOSITION: how many cycles (primaire CP-CM2, collège 6e-3e, lycée 2nde-Terminale) a collectif mixes ---- */

#define CLAS_CYCLE_MASK(first, last) \
    (((UINT32_C(1) << ((last) + 1)) - 1) & ~((UINT32_C(1) << (first)) - 1))

static inline int64_t clas__cycles(uint32_t niveaux)
{
    return (int64_t)((niveaux & CLAS_CYCLE_MASK(CLAS_NIVEAU_CP, CLAS_NIVEAU_CM2)) != 0) +
           ((niveaux & CLAS_CYCLE_MASK(CLAS_NIVEAU_6E, CLAS_NIVEAU_3E)) != 0) +
           ((niveaux & CLAS_CYCLE_MASK(CLAS_NIVEAU_2NDE, CLAS_NIVEAU_TERMINALE)) != 0);
}
/* ---- consequences a cadre may give [U] ---- */

/* The part held, num/den, lowered to held/minimum when held < minimum (a minimum of 0 never lowers it). */
static inline void clas__ratio_min(int64_t *num, int64_t *den, int64_t held, int64_t minimum)
{
    if (minimum <= 0 || held >= minimum)
        return;
    if (held < 0)
        held = 0;
    /* held/minimum < num/den  <=>  held × den < num × minimum (all small: counts of children and sessions) */
    __extension__ typedef __int128 wide;
    if ((wide)held * *den < (wide)*num * minimum) {
        *num = held;
        *den = minimum;
    }
}
/* What comes off the Ps when receipts exceed expenses: the excess, at most the Ps. */
static inline clas_cents clas__ecretement(clas_cents ps, clas_cents recettes, clas_cents depenses)
{
    clas_cents exces = recettes > depenses ? recettes - depenses : 0;
    return exces < ps ? exces : ps;
}

static inline bool clas__cycles_melanges(int64_t cycles, int64_t max) { return cycles > max; }

/* ---- R-BILAN-PRECEDENT: the previous year's bilan stated as not filed ---- */

static inline bool clas__bilan_precedent_manquant(clas_bilan_precedent etat)
{
    return etat == CLAS_BILAN_PRECEDENT_NON_DEPOSE;
}

/* ---- R-BILAN: the children by level and by sex add up to the children attended ----
 * A breakdown whose parts are all 0 was not collected (a department may
 * not ask for it): only one that was given is compared. */

static inline bool clas__repartition_incoherente(int64_t somme_des_parts, int64_t nb_enfants)
{
    return somme_des_parts != 0 && somme_des_parts != nb_enfants;
}

/* ---- R-GROUPE: enfants_min to enfants_max children (too small is checked first) ---- */

static inline bool clas__groupe_trop_petit(int64_t nb_enfants, int64_t min) { return nb_enfants < min; }
static inline bool clas__groupe_trop_grand(int64_t nb_enfants, int64_t min, int64_t max)
{
    return nb_enfants >= min && nb_enfants > max;
}

/* ---- R-ENCADREMENT: at least intervenants_min adults, paid and volunteer ---- */

static inline bool clas__encadrement_insuffisant(int64_t intervenants, int64_t min) { return intervenants < min; }

/* ---- R-DELAI: filed by the cadre's deadline ("" = unset; ISO dates compare as text) ---- */

/* a > b for two "YYYY-MM-DD" dates (clas_dossier_set_date_depot() and the
 * cadre check them): strcmp's answer from two 8-byte words and two bytes,
 * without the call (gcc does not inline an ordering memcmp). */
static inline bool clas__date_after(const char *a, const char *b)
{
    _Static_assert(CLAS_DATE_LEN == 10, "a date is 8 + 2 bytes");
    uint64_t x, y;
    memcpy(&x, a, 8);
    memcpy(&y, b, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    x = __builtin_bswap64(x);
    y = __builtin_bswap64(y);
#endif
    if (x != y)
        return x > y;
    return (unsigned char)a[8] != (unsigned char)b[8] ? (unsigned char)a[8] > (unsigned char)b[8]
                                                      : (unsigned char)a[9] > (unsigned char)b[9];
}

static inline bool clas__depot_hors_delai(const char *date_depot, const char *limite)
{
    return limite[0] != '\0' && date_depot[0] != '\0' && clas__date_after(date_depot, limite);
}

/* ---- R-AIDE-DEVOIRS: an enfants axis made only of homework help ---- */

static inline bool clas__aide_devoirs_seule(int64_t actions_enfants, bool que_aide_devoirs)
{
    return actions_enfants > 0 && que_aide_devoirs;
}

/* ---- R-BUDGET ---- */

static inline bool clas__budget_depenses_nulles(clas_cents depenses) { return depenses == 0; }
static inline bool clas__budget_financements_non_declares(bool declares) { return !declares; }
/* recettes = total (Ps + bonuses) + other funding. */
static inline bool clas__budget_surfinancement(clas_cents recettes, clas_cents depenses) { return recettes > depenses; }

/* ---- R-PS: min(round(taux × min(depenses, prix_plafond)), ps_max), rounded once ---- */

typedef struct clas_ps {
    clas_cents base;                    /* min(depenses, prix_plafond) */
    clas_cents calculee;                /* round(taux × base), by the barème's rounding */
    clas_cents ps;                      /* min(calculee, ps_max) */
} clas_ps;

/* CLAS_OK, or CLAS_EOVERFLOW (not recorded: the caller names the place). */
static inline int clas__ps(clas_ps *out, const clas_bareme *b, clas_cents depenses)
{
    out->base = depenses < b->prix_plafond ? depenses : b->prix_plafond;
    int st = clas__apply_taux(&out->calculee, out->base, b->taux, b->rounding);
    out->ps = out->calculee < b->ps_max ? out->calculee : b->ps_max;
    return st;
}

static inline bool clas__ps_prix_plafond_applique(clas_cents depenses, const clas_bareme *b)
{
    return depenses > b->prix_plafond;
}
static inline bool clas__ps_maximum_applique(const clas_ps *ps, const clas_bareme *b) { return ps->calculee > b->ps_max; }

/* ---- R-AGREMENT and R-BONUS: what the committee's decision lets through ---- */

/* The Ps is paid to an eligible collectif the committee did not refuse. */
static inline bool clas__finance(bool eligible, bool refuse) { return eligible && !refuse; }
/* Bonuses only to an eligible collectif the committee approved. */
static inline bool clas__agree(bool eligible, bool agree) { return eligible && agree; }
static inline bool clas__bonus_sans_agrement(bool accorde, bool agree) { return accorde && !agree; }
static inline bool clas__bonus_sans_projet(bool demande, bool accorde, bool projet)
{
    return (demande || accorde) && !projet;
}
static inline bool clas__bonus_non_demande(bool demande, bool accorde) { return accorde && !demande; }

#endif
