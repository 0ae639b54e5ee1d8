/* SPDX-License-Identifier: Apache-2.0 */
/* The department's statistics (domain.md §2.8), read off a report and the
 * campaign it was made from: what was filed, what the committee approved,
 * what was paid and what the bilans settled. */
#include "engine/engine.h"

#include <stdlib.h>
#include <string.h>

struct clas_statistiques {
    char departement[CLAS_DEPT_MAX + 1];
    char annee_scolaire[CLAS_ANNEE_LEN + 1];
    int64_t v[CLAS_STAT_COUNT];
};

static const struct {
    const char *name;
    clas_unite unite;
} defs[] = {
    [CLAS_STAT_PORTEURS] = {"porteurs", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_PORTEURS_CENTRE_SOCIAL] = {"porteurs.centre_social", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_PORTEURS_ASSOCIATION_LOCALE] = {"porteurs.association_locale", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_PORTEURS_ASSOCIATION_RESEAU] = {"porteurs.association_reseau", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_PORTEURS_SERVICE_MUNICIPAL] = {"porteurs.service_municipal", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_PORTEURS_CCAS] = {"porteurs.ccas", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_PORTEURS_AUTRE] = {"porteurs.autre", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_COLLECTIFS] = {"collectifs", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_COLLECTIFS_ELIGIBLES] = {"collectifs.eligibles", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_COLLECTIFS_AGREES] = {"collectifs.agrees", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_COLLECTIFS_REFUSES] = {"collectifs.refuses", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_COLLECTIFS_EN_ATTENTE] = {"collectifs.en_attente", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_TAUX_AGREMENT] = {"taux_agrement", CLAS_UNITE_TAUX},
    [CLAS_STAT_ENFANTS] = {"enfants", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_ENFANTS_PRIMAIRE] = {"enfants.primaire", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_ENFANTS_COLLEGE] = {"enfants.college", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_ENFANTS_LYCEE] = {"enfants.lycee", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_ENFANTS_PLUSIEURS_CYCLES] = {"enfants.plusieurs_cycles", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_MONTANT_DEMANDE] = {"montant_demande", CLAS_UNITE_CENTS},
    [CLAS_STAT_MONTANT_ACCORDE] = {"montant_accorde", CLAS_UNITE_CENTS},
    [CLAS_STAT_MONTANT_ACCORDE_PS] = {"montant_accorde.ps", CLAS_UNITE_CENTS},
    [CLAS_STAT_BONUS_ENFANTS_DEMANDES] = {"bonus_enfants_demandes", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_BONUS_ENFANTS_ACCORDES] = {"bonus_enfants_accordes", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_BONUS_ENFANTS_MONTANT] = {"bonus_enfants_accordes.montant", CLAS_UNITE_CENTS},
    [CLAS_STAT_BONUS_PARENTS_DEMANDES] = {"bonus_parents_demandes", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_BONUS_PARENTS_ACCORDES] = {"bonus_parents_accordes", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_BONUS_PARENTS_MONTANT] = {"bonus_parents_accordes.montant", CLAS_UNITE_CENTS},
    [CLAS_STAT_ACOMPTES_VERSES] = {"acomptes_verses", CLAS_UNITE_CENTS},
    [CLAS_STAT_BILANS] = {"bilans", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_DROIT_REEL] = {"droit_reel", CLAS_UNITE_CENTS},
    [CLAS_STAT_SOLDES] = {"soldes", CLAS_UNITE_CENTS},
    [CLAS_STAT_INDUS] = {"indus", CLAS_UNITE_CENTS},
    [CLAS_STAT_COLLECTIFS_AGREES_QPV] = {"collectifs_agrees.qpv", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_COLLECTIFS_AGREES_REP] = {"collectifs_agrees.rep", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_COLLECTIFS_AGREES_REP_PLUS] = {"collectifs_agrees.rep_plus", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_COLLECTIFS_AGREES_ZONE_RURALE] = {"collectifs_agrees.zone_rurale", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_ENFANTS_QPV] = {"enfants.qpv", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_DOSSIERS_LIEN_PEDT] = {"dossiers.lien_pedt", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_DOSSIERS_LIEN_PRE] = {"dossiers.lien_pre", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_DOSSIERS_LIEN_REAAP] = {"dossiers.lien_reaap", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_DOSSIERS_BILAN_PRECEDENT_NON_DEPOSE] = {"dossiers.bilan_precedent_non_depose", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_BILANS_FILLES] = {"bilans.filles", CLAS_UNITE_NOMBRE},
    [CLAS_STAT_BILANS_GARCONS] = {"bilans.garcons", CLAS_UNITE_NOMBRE},
};
_Static_assert(sizeof defs / sizeof defs[0] == CLAS_STAT_COUNT, "one row per figure");
_Static_assert(CLAS_STAT_PORTEURS_AUTRE - CLAS_STAT_PORTEURS_CENTRE_SOCIAL + 1 == CLAS_PORTEUR_TYPE_COUNT,
               "one figure per porteur type, in the same order");

const char *clas_statistique_name(clas_statistique stat)
{
    return (unsigned)stat < CLAS_STAT_COUNT ? defs[stat].name : NULL;
}

clas_unite clas_statistique_unite(clas_statistique stat)
{
    return (unsigned)stat < CLAS_STAT_COUNT ? defs[stat].unite : CLAS_UNITE_NOMBRE;
}

static uint32_t cycle_mask(clas_niveau from, clas_niveau to)
{
    uint32_t m = 0;
    for (int n = (int)from; n <= (int)to; n++)
        m |= 1u << n;
    return m;
}

/* The figure counting the children of a collectif of levels @p lv. */
static clas_statistique cycle_of(uint32_t lv)
{
    static const struct {
        clas_niveau from, to;
        clas_statistique stat;
    } cycles[] = {{CLAS_NIVEAU_CP, CLAS_NIVEAU_CM2, CLAS_STAT_ENFANTS_PRIMAIRE},
                  {CLAS_NIVEAU_6E, CLAS_NIVEAU_3E, CLAS_STAT_ENFANTS_COLLEGE},
                  {CLAS_NIVEAU_2NDE, CLAS_NIVEAU_TERMINALE, CLAS_STAT_ENFANTS_LYCEE}};
    for (size_t k = 0; lv && k < sizeof cycles / sizeof cycles[0]; k++)
        if ((lv & ~cycle_mask(cycles[k].from, cycles[k].to)) == 0)
            return cycles[k].stat;
    return CLAS_STAT_ENFANTS_PLUSIEURS_CYCLES;
}

static int compare_porteurs(const void *a, const void *b)
{
    const clas_dossier *x = *(const clas_dossier *const *)a, *y = *(const clas_dossier *const *)b;
    return strcmp(x->porteur.id, y->porteur.id);
}

/* Distinct porteurs by type: a porteur filing several dossiers counts once,
 * with the type of the dossier met first in id order; an empty id counts
 * each dossier as its own porteur, as clas_rapport_get_total() does. */
static int count_porteurs(int64_t *v, const clas_campagne *cp)
{
    size_t n = cp->num_dossiers;
    const clas_dossier **byid = malloc((n ? n : 1) * sizeof *byid);
    if (!byid)
        return clas__fail_nomem(NULL);
    memcpy(byid, cp->dossiers, n * sizeof *byid);
    qsort(byid, n, sizeof *byid, compare_porteurs);
    for (size_t i = 0; i < n; i++)
        if (!byid[i]->porteur.id[0] || i == 0 || strcmp(byid[i]->porteur.id, byid[i - 1]->porteur.id) != 0) {
            v[CLAS_STAT_PORTEURS]++;
            v[CLAS_STAT_PORTEURS_CENTRE_SOCIAL + (int)byid[i]->porteur.type]++;
        }
    free(byid);
    return CLAS_OK;
}

static bool add(int64_t *v, clas_statistique stat, int64_t x)
{
    return clas__add(&v[stat], v[stat], x);
}

/* Adds one evaluated collectif; false on overflow. */
static bool add_collectif(int64_t *v, const clas_eval_row *row, const clas_collectif *c, const clas_bareme *b)
{
    const clas_cents *m = row->montants;
    bool agree = row->verdict == CLAS_VERDICT_ELIGIBLE && c->decision == CLAS_DECISION_AGREE;
    clas_cents ps_max = b ? clas_bareme_get_ps_max(b) : m[CLAS_MONTANT_PS_CALCULEE];
    clas_cents reg = m[CLAS_MONTANT_REGULARISATION];
    bool ok = add(v, CLAS_STAT_COLLECTIFS, 1) && add(v, CLAS_STAT_COLLECTIFS_ELIGIBLES, row->verdict == CLAS_VERDICT_ELIGIBLE)
              && add(v, CLAS_STAT_COLLECTIFS_AGREES, agree)
              && add(v, CLAS_STAT_COLLECTIFS_REFUSES, c->decision == CLAS_DECISION_REFUSE)
              && add(v, CLAS_STAT_COLLECTIFS_EN_ATTENTE, c->decision == CLAS_DECISION_EN_ATTENTE)
              && add(v, CLAS_STAT_MONTANT_DEMANDE,
                     m[CLAS_MONTANT_PS_CALCULEE] < ps_max ? m[CLAS_MONTANT_PS_CALCULEE] : ps_max)
              && add(v, CLAS_STAT_MONTANT_DEMANDE, m[CLAS_MONTANT_BONUS_ENFANTS_DEMANDE])
              && add(v, CLAS_STAT_MONTANT_DEMANDE, m[CLAS_MONTANT_BONUS_PARENTS_DEMANDE])
              && add(v, CLAS_STAT_BONUS_ENFANTS_DEMANDES, c->bonus_demande[CLAS_BONUS_ENFANTS] != 0)
              && add(v, CLAS_STAT_BONUS_PARENTS_DEMANDES, c->bonus_demande[CLAS_BONUS_PARENTS] != 0)
              && add(v, CLAS_STAT_BONUS_ENFANTS_ACCORDES, m[CLAS_MONTANT_BONUS_ENFANTS] > 0)
              && add(v, CLAS_STAT_BONUS_PARENTS_ACCORDES, m[CLAS_MONTANT_BONUS_PARENTS] > 0)
              && add(v, CLAS_STAT_BONUS_ENFANTS_MONTANT, m[CLAS_MONTANT_BONUS_ENFANTS])
              && add(v, CLAS_STAT_BONUS_PARENTS_MONTANT, m[CLAS_MONTANT_BONUS_PARENTS])
              && add(v, CLAS_STAT_ACOMPTES_VERSES, m[CLAS_MONTANT_ACOMPTES_VERSES]);
    if (ok && agree) {
        int64_t ep = clas_collectif_get(c, CLAS_CHAMP_EDUCATION_PRIORITAIRE);
        bool qpv = clas_collectif_get(c, CLAS_CHAMP_QPV) != 0;
        ok = add(v, CLAS_STAT_COLLECTIFS_AGREES_QPV, qpv) && add(v, CLAS_STAT_ENFANTS_QPV, qpv ? row->nb_enfants : 0)
             && add(v, CLAS_STAT_COLLECTIFS_AGREES_REP, ep == CLAS_EDUCATION_PRIORITAIRE_REP)
             && add(v, CLAS_STAT_COLLECTIFS_AGREES_REP_PLUS, ep == CLAS_EDUCATION_PRIORITAIRE_REP_PLUS)
             && add(v, CLAS_STAT_COLLECTIFS_AGREES_ZONE_RURALE, clas_collectif_get(c, CLAS_CHAMP_ZONE_RURALE) != 0);
    }
    if (ok && row->has_bilan)
        ok = add(v, CLAS_STAT_BILANS_FILLES, clas_collectif_get_bilan(c, CLAS_BILAN_NB_FILLES))
             && add(v, CLAS_STAT_BILANS_GARCONS, clas_collectif_get_bilan(c, CLAS_BILAN_NB_GARCONS));
    if (ok && agree)
        ok = add(v, CLAS_STAT_ENFANTS, row->nb_enfants) && add(v, cycle_of(c->niveaux), row->nb_enfants)
             && add(v, CLAS_STAT_MONTANT_ACCORDE, m[CLAS_MONTANT_TOTAL])
             && add(v, CLAS_STAT_MONTANT_ACCORDE_PS, m[CLAS_MONTANT_PS]);
    if (ok && row->has_bilan)
        ok = add(v, CLAS_STAT_BILANS, 1) && add(v, CLAS_STAT_DROIT_REEL, m[CLAS_MONTANT_DROIT_REEL])
             && add(v, CLAS_STAT_SOLDES, reg > 0 ? reg : 0) && add(v, CLAS_STAT_INDUS, reg < 0 ? -reg : 0);
    return ok;
}

int clas_statistiques_new(clas_statistiques **out, const clas_rapport *rapport, const clas_campagne *cp)
{
    if (!out || !rapport || !cp)
        return clas__fail_null(NULL);
    *out = NULL;
    size_t n = clas_rapport_num_evaluations(rapport);
    if (n != cp->num_dossiers)
        return clas__fail0(CLAS_EINVAL, "statistiques", CLAS__MSG_RAPPORT_AUTRE_CAMPAGNE);
    clas_statistiques *s = calloc(1, sizeof *s);
    if (!s)
        return clas__fail_nomem(NULL);
    memcpy(s->departement, cp->departement, sizeof s->departement);
    memcpy(s->annee_scolaire, cp->annee_scolaire, sizeof s->annee_scolaire);
    for (size_t d = 0; d < n; d++) {
        const clas_evaluation *ev = clas_rapport_get_evaluation(rapport, d);
        const clas_dossier *dos = cp->dossiers[d];
        if (strcmp(clas_evaluation_get_dossier_id(ev), dos->id) != 0 || ev->num_rows != dos->num_collectifs) {
            clas_statistiques_free(s);
            return clas__fail0(CLAS_EINVAL, "statistiques", CLAS__MSG_RAPPORT_AUTRE_CAMPAGNE);
        }
        s->v[CLAS_STAT_DOSSIERS_LIEN_PEDT] += clas_dossier_get_lien(dos, CLAS_LIEN_PEDT) != 0;
        s->v[CLAS_STAT_DOSSIERS_LIEN_PRE] += clas_dossier_get_lien(dos, CLAS_LIEN_PRE) != 0;
        s->v[CLAS_STAT_DOSSIERS_LIEN_REAAP] += clas_dossier_get_lien(dos, CLAS_LIEN_REAAP) != 0;
        s->v[CLAS_STAT_DOSSIERS_BILAN_PRECEDENT_NON_DEPOSE] +=
            clas_dossier_get_bilan_precedent(dos) == CLAS_BILAN_PRECEDENT_NON_DEPOSE;
        for (size_t i = 0; i < ev->num_rows; i++)
            if (!add_collectif(s->v, &ev->rows[i], dos->collectifs[i], ev->bareme)) {
                clas_statistiques_free(s);
                return clas__failm(CLAS_EOVERFLOW, "statistiques", CLAS__MSG_DEPASSEMENT, CLAS__TEXT("quoi", "statistiques"));
            }
    }
    int st = count_porteurs(s->v, cp);
    if (st != CLAS_OK) {
        clas_statistiques_free(s);
        return st;
    }
    /* in millionths, rounded down: agrees <= collectifs, no overflow below 9.2e12 collectifs */
    int64_t agrees = s->v[CLAS_STAT_COLLECTIFS_AGREES], all = s->v[CLAS_STAT_COLLECTIFS];
    s->v[CLAS_STAT_TAUX_AGREMENT] = all ? agrees / all * CLAS_TAUX_UN + agrees % all * CLAS_TAUX_UN / all : 0;
    *out = s;
    return CLAS_OK;
}

void clas_statistiques_free(clas_statistiques *stats)
{
    free(stats);
}

int64_t clas_statistiques_get(const clas_statistiques *stats, clas_statistique stat)
{
    return stats && (unsigned)stat < CLAS_STAT_COUNT ? stats->v[stat] : 0;
}

const char *clas_statistiques_get_departement(const clas_statistiques *stats)
{
    return stats ? stats->departement : "";
}

const char *clas_statistiques_get_annee_scolaire(const clas_statistiques *stats)
{
    return stats ? stats->annee_scolaire : "";
}
