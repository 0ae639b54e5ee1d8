/* SPDX-License-Identifier: Apache-2.0 */
/* A collectif: its figures, funding lines, actions, bonus requests, the
 * committee's decision and the bilan. Every setter validates before it
 * touches the object, so a refused value leaves the collectif as it was. */
#include "model/model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "collectif C1: nb_enfants" */
#define LOC_MAX (CLAS_ID_MAX + 128)

static const char *loc(char *buf, const clas_collectif *c, const char *field)
{
    snprintf(buf, LOC_MAX, "collectif %s: %s", c->id, field);
    return buf;
}

/* clas__text_set located at "collectif <id>: <field>"; the location is
 * built only when the text is refused (this is on the JSON reader's path). */
static int set_text(char **dst, const char *src, const clas_collectif *c, const char *field)
{
    if (clas__text_try_set(dst, src, CLAS_TEXT_MAX) == CLAS_OK)
        return CLAS_OK;
    char where[LOC_MAX];
    return clas__text_set(dst, src, CLAS_TEXT_MAX, loc(where, c, field));
}

static int null_arg(const char *field)
{
    char where[LOC_MAX];
    snprintf(where, sizeof where, "collectif: %s", field);
    return clas__fail_null(where);
}

static int check_range(const clas_collectif *c, const char *field, int64_t value, int64_t min, int64_t max)
{
    if (value >= min && value <= max)
        return CLAS_OK;
    char where[LOC_MAX];
    return clas__failm(CLAS_ERANGE, loc(where, c, field), CLAS__MSG_VALEUR_HORS_BORNES, CLAS__TEXT("champ", field),
                       CLAS__INT("valeur", value), CLAS__INT("min", min), CLAS__INT("max", max));
}

/* An amount, said in euros when refused. */
static int check_money(const clas_collectif *c, const char *field, clas_cents value)
{
    if (value >= 0 && value <= CLAS_CENTS_MAX)
        return CLAS_OK;
    char where[LOC_MAX];
    return clas__failm(CLAS_ERANGE, loc(where, c, field), CLAS__MSG_MONTANT_HORS_BORNES, CLAS__TEXT("champ", field),
                       CLAS__CENTS("montant", value), CLAS__CENTS("min", 0), CLAS__CENTS("max", CLAS_CENTS_MAX));
}

static void collectif_clear(clas_collectif *c)
{
    free(c->nom);
    for (size_t i = 0; i < c->num_financements; i++)
        free(c->financements[i].libelle);
    free(c->financements);
    for (size_t i = 0; i < c->num_actions; i++)
        free(c->actions[i].texte);
    free(c->actions);
    for (int i = 0; i < CLAS_BONUS_COUNT; i++)
        free(c->bonus_projet[i]);
    free(c->decision_motif);
    memset(c, 0, sizeof *c);
}

void clas__collectif_destroy(clas_collectif *c)
{
    if (!c)
        return;
    collectif_clear(c);
    free(c);
}

/* NULL stays NULL; otherwise an exact copy. 0 on out of memory. */
static int dup_opt(char **dst, const char *src)
{
    *dst = src ? strdup(src) : NULL;
    return !src || *dst;
}

/* Fills @p dst (whatever it held) with a deep copy of @p src. On failure
 * @p dst is left zeroed, owning nothing; the caller still owns its memory. */
int clas__collectif_copy_into(clas_collectif *dst, const clas_collectif *src)
{
    if (!dst || !src)
        return clas__fail_null("collectif");
    /* Scalars and fixed arrays in one go, then replace every pointer. */
    memcpy(dst, src, sizeof *dst);
    dst->nom = NULL;
    dst->financements = NULL;
    dst->num_financements = dst->cap_financements = 0;
    dst->actions = NULL;
    dst->num_actions = dst->cap_actions = 0;
    for (int i = 0; i < CLAS_BONUS_COUNT; i++)
        dst->bonus_projet[i] = NULL;
    dst->decision_motif = NULL;

    if (!dup_opt(&dst->nom, src->nom) || !dup_opt(&dst->decision_motif, src->decision_motif))
        goto nomem;
    for (int i = 0; i < CLAS_BONUS_COUNT; i++)
        if (!dup_opt(&dst->bonus_projet[i], src->bonus_projet[i]))
            goto nomem;
    if (src->num_financements > 0) {
        dst->financements = calloc(src->num_financements, sizeof *dst->financements);
        if (!dst->financements)
            goto nomem;
        dst->cap_financements = src->num_financements;
        for (size_t i = 0; i < src->num_financements; i++) {
            dst->financements[i].montant = src->financements[i].montant;
            dst->num_financements++;
            if (!dup_opt(&dst->financements[i].libelle, src->financements[i].libelle))
                goto nomem;
        }
    }
    if (src->num_actions > 0) {
        dst->actions = calloc(src->num_actions, sizeof *dst->actions);
        if (!dst->actions)
            goto nomem;
        dst->cap_actions = src->num_actions;
        for (size_t i = 0; i < src->num_actions; i++) {
            dst->actions[i].action = src->actions[i].action;
            dst->num_actions++;
            if (!dup_opt(&dst->actions[i].texte, src->actions[i].texte))
                goto nomem;
        }
    }
    return CLAS_OK;
nomem:
    collectif_clear(dst);
    return clas__fail_nomem("collectif");
}

const char *clas_collectif_get_id(const clas_collectif *collectif)
{
    return collectif ? collectif->id : "";
}

int clas_collectif_set_nom(clas_collectif *collectif, const char *nom)
{
    if (!collectif || !nom)
        return null_arg("nom");
    return set_text(&collectif->nom, nom, collectif, "nom");
}

const char *clas_collectif_get_nom(const clas_collectif *collectif)
{
    return collectif ? clas__str(collectif->nom) : "";
}

static int check_niveau(const clas_collectif *c, clas_niveau niveau)
{
    if ((unsigned)niveau < CLAS_NIVEAU_COUNT)
        return CLAS_OK;
    char where[LOC_MAX];
    return clas__failm(CLAS_EINVAL, loc(where, c, "niveaux"), CLAS__MSG_VALEUR_INCONNUE, CLAS__WORD("quoi", "school level", "niveau scolaire"), CLAS__INT("valeur", niveau));
}

int clas_collectif_add_niveau(clas_collectif *collectif, clas_niveau niveau)
{
    if (!collectif)
        return null_arg("niveaux");
    int st = check_niveau(collectif, niveau);
    if (st != CLAS_OK)
        return st;
    collectif->niveaux |= UINT32_C(1) << niveau;
    return CLAS_OK;
}

int clas_collectif_remove_niveau(clas_collectif *collectif, clas_niveau niveau)
{
    if (!collectif)
        return null_arg("niveaux");
    int st = check_niveau(collectif, niveau);
    if (st != CLAS_OK)
        return st;
    collectif->niveaux &= ~(UINT32_C(1) << niveau);
    return CLAS_OK;
}

int clas_collectif_has_niveau(const clas_collectif *collectif, clas_niveau niveau)
{
    if (!collectif || (unsigned)niveau >= CLAS_NIVEAU_COUNT)
        return 0;
    return (collectif->niveaux >> niveau) & 1u;
}

uint32_t clas_collectif_get_niveaux(const clas_collectif *collectif)
{
    return collectif ? collectif->niveaux : 0;
}

static int level_mask_error(const char *where, uint32_t mask)
{
    char hex[16];
    snprintf(hex, sizeof hex, "0x%lx", (unsigned long)mask);
    return clas__failm(CLAS_EINVAL, where, CLAS__MSG_NIVEAUX_INCONNUS, CLAS__TEXT("masque", hex),
                       CLAS__INT("max", CLAS_NIVEAU_COUNT));
}

int clas_collectif_set_niveaux(clas_collectif *collectif, uint32_t mask)
{
    if (!collectif)
        return null_arg("niveaux");
    const uint32_t all = (UINT32_C(1) << CLAS_NIVEAU_COUNT) - 1;
    if (mask & ~all) {
        char where[LOC_MAX];
        return level_mask_error(loc(where, collectif, "niveaux"), mask);
    }
    collectif->niveaux = mask;
    return CLAS_OK;
}

/* Largest value of each integer field. */
static int64_t champ_max(clas_champ champ)
{
    switch (champ) {
    case CLAS_CHAMP_SEANCES_PAR_SEMAINE: return 50;
    case CLAS_CHAMP_MINUTES_PAR_SEANCE: return 1440;
    case CLAS_CHAMP_NB_SEMAINES: return 53;
    case CLAS_CHAMP_HORS_TEMPS_SCOLAIRE:
    case CLAS_CHAMP_QPV:
    case CLAS_CHAMP_ZONE_RURALE: return 1;
    case CLAS_CHAMP_EDUCATION_PRIORITAIRE: return CLAS_EDUCATION_PRIORITAIRE_COUNT - 1;
    default: return 100000; /* head counts */
    }
}

int clas_collectif_set(clas_collectif *collectif, clas_champ champ, int64_t value)
{
    if (!collectif)
        return null_arg("champ");
    if ((unsigned)champ >= CLAS_CHAMP_COUNT) {
        char where[LOC_MAX];
        return clas__failm(CLAS_EINVAL, loc(where, collectif, "champ"), CLAS__MSG_VALEUR_INCONNUE, CLAS__WORD("quoi", "field", "champ"), CLAS__INT("valeur", champ));
    }
    int st = check_range(collectif, clas__str(clas_champ_name(champ)), value, 0, champ_max(champ));
    if (st != CLAS_OK)
        return st;
    collectif->champs[champ] = value;
    return CLAS_OK;
}

int64_t clas_collectif_get(const clas_collectif *collectif, clas_champ champ)
{
    if (!collectif || (unsigned)champ >= CLAS_CHAMP_COUNT)
        return 0;
    return collectif->champs[champ];
}

int clas_collectif_set_depenses(clas_collectif *collectif, clas_cents cents)
{
    if (!collectif)
        return null_arg("depenses");
    int st = check_money(collectif, "depenses", cents);
    if (st != CLAS_OK)
        return st;
    collectif->depenses = cents;
    return CLAS_OK;
}

clas_cents clas_collectif_get_depenses(const clas_collectif *collectif)
{
    return collectif ? collectif->depenses : 0;
}

int clas_collectif_add_financement(clas_collectif *collectif, const char *libelle, clas_cents cents)
{
    if (!collectif || !libelle)
        return null_arg("financements");
    int st = check_money(collectif, "financements", cents);
    if (st != CLAS_OK)
        return st;
    char *copy = NULL;
    st = set_text(&copy, libelle, collectif, "financements");
    if (st != CLAS_OK)
        return st;
    st = clas__grow((void **)&collectif->financements, &collectif->cap_financements,
                    collectif->num_financements, sizeof *collectif->financements);
    if (st != CLAS_OK) {
        free(copy);
        return st;
    }
    collectif->financements[collectif->num_financements].libelle = copy;
    collectif->financements[collectif->num_financements].montant = cents;
    collectif->num_financements++;
    return CLAS_OK;
}

size_t clas_collectif_num_financements(const clas_collectif *collectif)
{
    return collectif ? collectif->num_financements : 0;
}

const char *clas_collectif_get_financement_libelle(const clas_collectif *collectif, size_t i)
{
    if (!collectif || i >= collectif->num_financements)
        return NULL;
    return clas__str(collectif->financements[i].libelle);
}

clas_cents clas_collectif_get_financement_montant(const clas_collectif *collectif, size_t i)
{
    if (!collectif || i >= collectif->num_financements)
        return 0;
    return collectif->financements[i].montant;
}

static int is_autre(clas_action action)
{
    return action == CLAS_ACTION_ENFANTS_AUTRE || action == CLAS_ACTION_PARENTS_AUTRE ||
           action == CLAS_ACTION_ECOLE_AUTRE || action == CLAS_ACTION_TERRITOIRE_AUTRE;
}

int clas_collectif_add_action(clas_collectif *collectif, clas_action action, const char *texte)
{
    if (!collectif)
        return null_arg("actions");
    char where[LOC_MAX];
    clas_axe axe = clas_action_axe(action);
    if ((unsigned)action >= CLAS_ACTION_COUNT || (unsigned)axe >= CLAS_AXE_COUNT)
        return clas__failm(CLAS_EINVAL, loc(where, collectif, "actions"), CLAS__MSG_VALEUR_INCONNUE, CLAS__WORD("quoi", "action", "action"), CLAS__INT("valeur", action));
    if (is_autre(action) && (!texte || texte[0] == '\0'))
        return clas__failm(CLAS_EINVAL, loc(where, collectif, "actions"), CLAS__MSG_ACTION_SANS_DESCRIPTION,
                           CLAS__TEXT("action", clas__str(clas_action_name(action))));
    char *copy = NULL;
    int st = set_text(&copy, texte, collectif, "actions");
    if (st != CLAS_OK)
        return st;
    st = clas__grow((void **)&collectif->actions, &collectif->cap_actions, collectif->num_actions,
                    sizeof *collectif->actions);
    if (st != CLAS_OK) {
        free(copy);
        return st;
    }
    collectif->actions[collectif->num_actions].action = action;
    collectif->actions[collectif->num_actions].texte = copy;
    collectif->num_actions++;
    collectif->actions_par_axe[axe]++;
    return CLAS_OK;
}

size_t clas_collectif_num_actions(const clas_collectif *collectif)
{
    return collectif ? collectif->num_actions : 0;
}

clas_action clas_collectif_get_action(const clas_collectif *collectif, size_t i)
{
    if (!collectif || i >= collectif->num_actions)
        return CLAS_ACTION_COUNT;
    return collectif->actions[i].action;
}

const char *clas_collectif_get_action_texte(const clas_collectif *collectif, size_t i)
{
    if (!collectif || i >= collectif->num_actions)
        return NULL;
    return clas__str(collectif->actions[i].texte);
}

size_t clas_collectif_num_actions_axe(const clas_collectif *collectif, clas_axe axe)
{
    if (!collectif || (unsigned)axe >= CLAS_AXE_COUNT)
        return 0;
    return collectif->actions_par_axe[axe];
}

static int check_bonus(const clas_collectif *c, clas_bonus bonus)
{
    if ((unsigned)bonus < CLAS_BONUS_COUNT)
        return CLAS_OK;
    char where[LOC_MAX];
    return clas__failm(CLAS_EINVAL, loc(where, c, "bonus"), CLAS__MSG_VALEUR_INCONNUE, CLAS__WORD("quoi", "bonus", "bonus"), CLAS__INT("valeur", bonus));
}

int clas_collectif_set_bonus_demande(clas_collectif *collectif, clas_bonus bonus, int requested,
                                     const char *projet)
{
    if (!collectif)
        return null_arg("bonus");
    int st = check_bonus(collectif, bonus);
    if (st != CLAS_OK)
        return st;
    if (clas__text_try_set(&collectif->bonus_projet[bonus], projet, CLAS_TEXT_MAX) != CLAS_OK) {
        char where[LOC_MAX];
        snprintf(where, sizeof where, "collectif %s: bonus.%s.projet", collectif->id,
                 clas__str(clas_bonus_name(bonus)));
        st = clas__text_set(&collectif->bonus_projet[bonus], projet, CLAS_TEXT_MAX, where);
        if (st != CLAS_OK)
            return st;
    }
    collectif->bonus_demande[bonus] = requested != 0;
    return CLAS_OK;
}

int clas_collectif_get_bonus_demande(const clas_collectif *collectif, clas_bonus bonus)
{
    if (!collectif || (unsigned)bonus >= CLAS_BONUS_COUNT)
        return 0;
    return collectif->bonus_demande[bonus];
}

const char *clas_collectif_get_bonus_projet(const clas_collectif *collectif, clas_bonus bonus)
{
    if (!collectif || (unsigned)bonus >= CLAS_BONUS_COUNT)
        return "";
    return clas__str(collectif->bonus_projet[bonus]);
}

int clas_collectif_set_decision(clas_collectif *collectif, clas_decision decision, const char *motif)
{
    if (!collectif)
        return null_arg("decision");
    char where[LOC_MAX];
    if ((unsigned)decision > CLAS_DECISION_REFUSE)
        return clas__failm(CLAS_EINVAL, loc(where, collectif, "decision"), CLAS__MSG_VALEUR_INCONNUE, CLAS__WORD("quoi", "decision", "décision"), CLAS__INT("valeur", decision));
    int st = set_text(&collectif->decision_motif, motif, collectif, "decision");
    if (st != CLAS_OK)
        return st;
    collectif->decision = decision;
    return CLAS_OK;
}

clas_decision clas_collectif_get_decision(const clas_collectif *collectif)
{
    return collectif ? collectif->decision : CLAS_DECISION_EN_ATTENTE;
}

const char *clas_collectif_get_decision_motif(const clas_collectif *collectif)
{
    return collectif ? clas__str(collectif->decision_motif) : "";
}

int clas_collectif_set_bonus_accorde(clas_collectif *collectif, clas_bonus bonus, int granted)
{
    if (!collectif)
        return null_arg("bonus_accordes");
    int st = check_bonus(collectif, bonus);
    if (st != CLAS_OK)
        return st;
    collectif->bonus_accorde[bonus] = granted != 0;
    return CLAS_OK;
}

int clas_collectif_get_bonus_accorde(const clas_collectif *collectif, clas_bonus bonus)
{
    if (!collectif || (unsigned)bonus >= CLAS_BONUS_COUNT)
        return 0;
    return collectif->bonus_accorde[bonus];
}

int clas_collectif_set_acomptes_verses(clas_collectif *collectif, clas_cents cents)
{
    if (!collectif)
        return null_arg("acomptes_verses");
    int st = check_money(collectif, "acomptes_verses", cents);
    if (st != CLAS_OK)
        return st;
    collectif->acomptes_verses = cents;
    return CLAS_OK;
}

clas_cents clas_collectif_get_acomptes_verses(const clas_collectif *collectif)
{
    return collectif ? collectif->acomptes_verses : 0;
}

static int64_t bilan_max(clas_bilan_champ champ)
{
    switch (champ) {
    case CLAS_BILAN_DEPENSES_REELLES:
    case CLAS_BILAN_FINANCEMENTS_REELS: return CLAS_CENTS_MAX;
    case CLAS_BILAN_TAUX_PRESENCE: return CLAS_TAUX_UN;
    default: return 1000000; /* counts */
    }
}

int clas_collectif_set_bilan(clas_collectif *collectif, clas_bilan_champ champ, int64_t value)
{
    if (!collectif)
        return null_arg("bilan");
    if ((unsigned)champ >= CLAS_BILAN_CHAMP_COUNT) {
        char where[LOC_MAX];
        return clas__failm(CLAS_EINVAL, loc(where, collectif, "bilan"), CLAS__MSG_VALEUR_INCONNUE, CLAS__WORD("quoi", "bilan field", "champ du bilan"), CLAS__INT("valeur", champ));
    }
    if (value < 0 || value > bilan_max(champ)) {
        char field[64];
        snprintf(field, sizeof field, "bilan.%s", clas__str(clas_bilan_champ_name(champ)));
        if (champ == CLAS_BILAN_DEPENSES_REELLES || champ == CLAS_BILAN_FINANCEMENTS_REELS)
            return check_money(collectif, field, value);
        return check_range(collectif, field, value, 0, bilan_max(champ));
    }
    collectif->bilan[champ] = value;
    collectif->has_bilan = 1;
    return CLAS_OK;
}

int64_t clas_collectif_get_bilan(const clas_collectif *collectif, clas_bilan_champ champ)
{
    if (!collectif || !collectif->has_bilan || (unsigned)champ >= CLAS_BILAN_CHAMP_COUNT)
        return 0;
    return collectif->bilan[champ];
}

int clas_collectif_has_bilan(const clas_collectif *collectif)
{
    return collectif ? collectif->has_bilan : 0;
}

void clas_collectif_clear_bilan(clas_collectif *collectif)
{
    if (!collectif)
        return;
    collectif->has_bilan = 0;
    memset(collectif->bilan, 0, sizeof collectif->bilan);
}
