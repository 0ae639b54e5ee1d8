/* SPDX-License-Identifier: Apache-2.0 */
/* "clas-dossier/1" and "clas-campagne/1" documents. Values go through the
 * model's public setters, so a document gets exactly the validation of
 * the C API; errors are re-raised at the value's place in the text. */
#include "json/json.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FORMAT_DOSSIER "clas-dossier/1"
#define FORMAT_CAMPAGNE "clas-campagne/1"

/* Every reader below returns on the first error; the path stays as it was
 * when the error was raised, which is harmless as the context is dropped. */
#define TRY(expr) \
    do { \
        int st_ = (expr); \
        if (st_ != CLAS_OK) \
            return st_; \
    } while (0)

/* key == name, most mismatches settled by the first byte without a call */
static inline bool is(const char *key, const char *name)
{
    return key[0] == name[0] && strcmp(key, name) == 0;
}

/* A setter's status, re-raised at the current path (EINVAL → ESCHEMA). */
static int check(clas_json_ctx *ctx, int st)
{
    return st == CLAS_OK ? CLAS_OK : clas__json_rethrow(ctx, st, CLAS_ESCHEMA);
}

/* ---- reading ------------------------------------------------------------ */

static int porteur_member(clas_json_ctx *ctx, const char *key, json_t *val, void *data)
{
    clas_porteur *p = data;
    const char *s = NULL;
    if (is(key, "id")) {
        TRY(clas__json_string(ctx, val, &s));
        return *s ? check(ctx, clas_porteur_set_id(p, s)) : CLAS_OK;
    }
    if (is(key, "nom")) {
        TRY(clas__json_string(ctx, val, &s));
        return check(ctx, clas_porteur_set_nom(p, s));
    }
    if (is(key, "type")) {
        int t = 0;
        TRY(clas__json_enum(ctx, val, &t, clas__json_porteur_type_namer, CLAS_PORTEUR_TYPE_COUNT, "porteur type", "type de porteur"));
        return check(ctx, clas_porteur_set_type(p, (clas_porteur_type)t));
    }
    if (is(key, "commune")) {
        TRY(clas__json_string(ctx, val, &s));
        return check(ctx, clas_porteur_set_commune(p, s));
    }
    return CLAS_JSON_UNKNOWN;
}

static int parse_porteur(clas_json_ctx *ctx, json_t *v, clas_porteur *p)
{
    return clas__json_members(ctx, v, porteur_member, p, "id, nom, type, commune");
}

static int add_niveau(void *c, int n) { return clas_collectif_add_niveau(c, (clas_niveau)n); }
static int add_lien(void *d, int n) { return clas_dossier_set_lien(d, (clas_lien)n, 1); }

static int parse_niveaux(clas_json_ctx *ctx, json_t *v, clas_collectif *c)
{
    return clas__json_enum_array(ctx, v, clas__json_niveau_namer, CLAS_NIVEAU_COUNT, "level", "niveau", add_niveau, c,
                                 CLAS_ESCHEMA);
}

static int parse_champ(clas_json_ctx *ctx, json_t *v, clas_collectif *c, clas_champ champ)
{
    int64_t n = 0;
    TRY(clas__json_int(ctx, v, &n));
    return check(ctx, clas_collectif_set(c, champ, n));
}

static int intervenants_member(clas_json_ctx *ctx, const char *key, json_t *val, void *c)
{
    if (is(key, "salaries"))
        return parse_champ(ctx, val, c, CLAS_CHAMP_NB_INTERVENANTS_SALARIES);
    if (is(key, "benevoles"))
        return parse_champ(ctx, val, c, CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES);
    return CLAS_JSON_UNKNOWN;
}

static int parse_intervenants(clas_json_ctx *ctx, json_t *v, clas_collectif *c)
{
    return clas__json_members(ctx, v, intervenants_member, c, "salaries, benevoles");
}

/* Where the collectif's public lives and goes to school. */
static int territoire_member(clas_json_ctx *ctx, const char *key, json_t *val, void *c)
{
    int n = 0;
    if (is(key, "qpv") || is(key, "zone_rurale")) {
        TRY(clas__json_bool(ctx, val, &n));
        return check(ctx, clas_collectif_set(c, key[0] == 'q' ? CLAS_CHAMP_QPV : CLAS_CHAMP_ZONE_RURALE, n));
    }
    if (is(key, "education_prioritaire")) {
        TRY(clas__json_enum(ctx, val, &n, clas__json_education_namer, CLAS_EDUCATION_PRIORITAIRE_COUNT,
                            "priority network", "réseau d'éducation prioritaire"));
        return check(ctx, clas_collectif_set(c, CLAS_CHAMP_EDUCATION_PRIORITAIRE, n));
    }
    return CLAS_JSON_UNKNOWN;
}

static int parse_territoire(clas_json_ctx *ctx, json_t *v, clas_collectif *c)
{
    return clas__json_members(ctx, v, territoire_member, c, "qpv, education_prioritaire, zone_rurale");
}

static int parse_liens(clas_json_ctx *ctx, json_t *v, clas_dossier *d)
{
    return clas__json_enum_array(ctx, v, clas__json_lien_namer, CLAS_LIEN_COUNT, "scheme", "dispositif", add_lien, d,
                                 CLAS_ESCHEMA);
}

static int parse_financements(clas_json_ctx *ctx, json_t *v, clas_collectif *c)
{
    TRY(clas__json_array(ctx, v));
    size_t i;
    json_t *item;
    json_array_foreach(v, i, item) {
        clas__json_push_index(ctx, i);
        TRY(clas__json_object(ctx, item));
        const char *libelle = NULL;
        clas_cents montant = 0;
        int have_montant = 0;
        const char *key;
        json_t *val;
        json_object_foreach(item, key, val) {
            clas__json_push_key(ctx, key);
            if (is(key, "libelle"))
                TRY(clas__json_string(ctx, val, &libelle));
            else if (is(key, "montant")) {
                TRY(clas__json_money(ctx, val, &montant));
                have_montant = 1;
            } else
                return clas__json_unknown_member(ctx, key, "libelle, montant");
            clas__json_pop(ctx);
        }
        if (!libelle)
            return clas__json_missing_member(ctx, "libelle");
        if (!have_montant)
            return clas__json_missing_member(ctx, "montant");
        TRY(check(ctx, clas_collectif_add_financement(c, libelle, montant)));
        clas__json_pop(ctx);
    }
    return CLAS_OK;
}

static int parse_actions(clas_json_ctx *ctx, json_t *v, clas_collectif *c)
{
    TRY(clas__json_array(ctx, v));
    size_t i;
    json_t *item;
    json_array_foreach(v, i, item) {
        clas__json_push_index(ctx, i);
        TRY(clas__json_object(ctx, item));
        int action = -1;
        const char *texte = NULL;
        const char *key;
        json_t *val;
        json_object_foreach(item, key, val) {
            clas__json_push_key(ctx, key);
            if (is(key, "action"))
                TRY(clas__json_enum(ctx, val, &action, clas__json_action_namer, CLAS_ACTION_COUNT, "action", "action"));
            else if (is(key, "texte"))
                TRY(clas__json_string(ctx, val, &texte));
            else
                return clas__json_unknown_member(ctx, key, "action, texte");
            clas__json_pop(ctx);
        }
        if (action < 0)
            return clas__json_missing_member(ctx, "action");
        if (texte && !*texte)
            texte = NULL;
        /* Locate a refused action ("autre" without text) at its name. */
        clas__json_push_key(ctx, texte ? "texte" : "action");
        TRY(check(ctx, clas_collectif_add_action(c, (clas_action)action, texte)));
        clas__json_pop(ctx);
        clas__json_pop(ctx);
    }
    return CLAS_OK;
}

static int parse_bonus(clas_json_ctx *ctx, json_t *v, clas_collectif *c)
{
    TRY(clas__json_object(ctx, v));
    const char *key;
    json_t *val;
    json_object_foreach(v, key, val) {
        clas__json_push_key(ctx, key);
        clas_bonus b;
        if (clas_bonus_parse(&b, key) != CLAS_OK)
            return clas__json_unknown_member(ctx, key, "enfants, parents");
        TRY(clas__json_object(ctx, val));
        int demande = 0;
        const char *projet = NULL;
        const char *k2;
        json_t *v2;
        json_object_foreach(val, k2, v2) {
            clas__json_push_key(ctx, k2);
            if (is(k2, "demande"))
                TRY(clas__json_bool(ctx, v2, &demande));
            else if (is(k2, "projet"))
                TRY(clas__json_string(ctx, v2, &projet));
            else
                return clas__json_unknown_member(ctx, k2, "demande, projet");
            clas__json_pop(ctx);
        }
        TRY(check(ctx, clas_collectif_set_bonus_demande(c, b, demande, projet)));
        clas__json_pop(ctx);
    }
    return CLAS_OK;
}

static int parse_decision(clas_json_ctx *ctx, json_t *v, clas_collectif *c)
{
    TRY(clas__json_object(ctx, v));
    int agrement = CLAS_DECISION_EN_ATTENTE;
    const char *motif = NULL;
    const char *key;
    json_t *val;
    json_object_foreach(v, key, val) {
        clas__json_push_key(ctx, key);
        if (is(key, "agrement")) {
            TRY(clas__json_enum(ctx, val, &agrement, clas__json_decision_namer, 3, "decision", "décision"));
        } else if (is(key, "motif")) {
            TRY(clas__json_string(ctx, val, &motif));
        } else if (is(key, "bonus_accordes")) {
            TRY(clas__json_array(ctx, val));
            size_t i;
            json_t *item;
            json_array_foreach(val, i, item) {
                int b = 0;
                clas__json_push_index(ctx, i);
                TRY(clas__json_enum(ctx, item, &b, clas__json_bonus_namer, CLAS_BONUS_COUNT, "bonus", "bonus"));
                TRY(check(ctx, clas_collectif_set_bonus_accorde(c, (clas_bonus)b, 1)));
                clas__json_pop(ctx);
            }
        } else {
            return clas__json_unknown_member(ctx, key, "agrement, motif, bonus_accordes");
        }
        clas__json_pop(ctx);
    }
    if (motif && !*motif)
        motif = NULL;
    return check(ctx, clas_collectif_set_decision(c, (clas_decision)agrement, motif));
}

static int parse_bilan(clas_json_ctx *ctx, json_t *v, clas_collectif *c)
{
    if (json_is_null(v))
        return CLAS_OK;
    if (!json_is_object(v))
        return clas__json_wrong_type(ctx, v, "an object or null", "un objet ou null");
    const char *key;
    json_t *val;
    json_object_foreach(v, key, val) {
        clas__json_push_key(ctx, key);
        clas_bilan_champ champ;
        if (clas_bilan_champ_parse(&champ, key) != CLAS_OK)
            return clas__json_unknown_member(ctx, key,
                                             "nb_enfants, nb_familles, nb_intervenants_salaries, "
                                             "nb_intervenants_benevoles, nb_seances, nb_heures, taux_presence, "
                                             "nb_actions_parents, nb_parents_touches, depenses_reelles, "
                                             "financements_reels, nb_enfants_primaire, nb_enfants_college, "
                                             "nb_enfants_lycee, nb_filles, nb_garcons");
        int64_t value = 0;
        if (champ == CLAS_BILAN_TAUX_PRESENCE)
            TRY(clas__json_rate(ctx, val, &value, CLAS_TAUX_UN));
        else if (champ == CLAS_BILAN_DEPENSES_REELLES || champ == CLAS_BILAN_FINANCEMENTS_REELS)
            TRY(clas__json_money(ctx, val, &value));
        else
            TRY(clas__json_int(ctx, val, &value));
        TRY(check(ctx, clas_collectif_set_bilan(c, champ, value)));
        clas__json_pop(ctx);
    }
    /* An empty bilan object still records that a bilan was filed. */
    if (!clas_collectif_has_bilan(c))
        TRY(check(ctx, clas_collectif_set_bilan(c, CLAS_BILAN_NB_ENFANTS, 0)));
    return CLAS_OK;
}

static int parse_collectif(clas_json_ctx *ctx, json_t *v, clas_dossier *d)
{
    TRY(clas__json_object(ctx, v));
    json_t *idv = json_object_get(v, "id");
    if (!idv)
        return clas__json_missing_member(ctx, "id");
    const char *id = NULL;
    clas_collectif *c = NULL;
    clas__json_push_key(ctx, "id");
    TRY(clas__json_string(ctx, idv, &id));
    TRY(check(ctx, clas_dossier_add_collectif(&c, d, id)));
    clas__json_pop(ctx);

    const char *key;
    json_t *val;
    json_object_foreach(v, key, val) {
        const char *s = NULL;
        clas__json_push_key(ctx, key);
        if (is(key, "id")) {
            /* read above */
        } else if (is(key, "nom")) {
            TRY(clas__json_string(ctx, val, &s));
            TRY(check(ctx, clas_collectif_set_nom(c, s)));
        } else if (is(key, "niveaux")) {
            TRY(parse_niveaux(ctx, val, c));
        } else if (is(key, "nb_enfants")) {
            TRY(parse_champ(ctx, val, c, CLAS_CHAMP_NB_ENFANTS));
        } else if (is(key, "intervenants")) {
            TRY(parse_intervenants(ctx, val, c));
        } else if (is(key, "seances_par_semaine")) {
            TRY(parse_champ(ctx, val, c, CLAS_CHAMP_SEANCES_PAR_SEMAINE));
        } else if (is(key, "minutes_par_seance")) {
            TRY(parse_champ(ctx, val, c, CLAS_CHAMP_MINUTES_PAR_SEANCE));
        } else if (is(key, "nb_semaines")) {
            TRY(parse_champ(ctx, val, c, CLAS_CHAMP_NB_SEMAINES));
        } else if (is(key, "hors_temps_scolaire")) {
            int b = 0;
            TRY(clas__json_bool(ctx, val, &b));
            TRY(check(ctx, clas_collectif_set(c, CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, b)));
        } else if (is(key, "territoire")) {
            TRY(parse_territoire(ctx, val, c));
        } else if (is(key, "depenses")) {
            clas_cents m = 0;
            TRY(clas__json_money(ctx, val, &m));
            TRY(check(ctx, clas_collectif_set_depenses(c, m)));
        } else if (is(key, "financements")) {
            TRY(parse_financements(ctx, val, c));
        } else if (is(key, "actions")) {
            TRY(parse_actions(ctx, val, c));
        } else if (is(key, "bonus")) {
            TRY(parse_bonus(ctx, val, c));
        } else if (is(key, "decision")) {
            TRY(parse_decision(ctx, val, c));
        } else if (is(key, "acomptes_verses")) {
            clas_cents m = 0;
            TRY(clas__json_money(ctx, val, &m));
            TRY(check(ctx, clas_collectif_set_acomptes_verses(c, m)));
        } else if (is(key, "bilan")) {
            TRY(parse_bilan(ctx, val, c));
        } else {
            return clas__json_unknown_member(ctx, key,
                                             "id, nom, niveaux, nb_enfants, intervenants, seances_par_semaine, "
                                             "minutes_par_seance, nb_semaines, hors_temps_scolaire, territoire, "
                                             "depenses, financements, actions, bonus, decision, acomptes_verses, "
                                             "bilan");
        }
        clas__json_pop(ctx);
    }
    return CLAS_OK;
}

/* "derogations": [{"regle": "R-DELAI", "motif": "...", "date": "2025-09-18"}] */
static int parse_derogations(clas_json_ctx *ctx, json_t *v, clas_dossier *d)
{
    TRY(clas__json_array(ctx, v));
    size_t i;
    json_t *item;
    json_array_foreach(v, i, item) {
        int regle = -1;
        const char *motif = NULL, *date = NULL, *key;
        json_t *val;
        clas__json_push_index(ctx, i);
        TRY(clas__json_object(ctx, item));
        json_object_foreach(item, key, val) {
            clas__json_push_key(ctx, key);
            if (is(key, "regle"))
                TRY(clas__json_enum(ctx, val, &regle, clas__json_regle_namer, CLAS_REGLE_COUNT, "rule", "règle"));
            else if (is(key, "motif"))
                TRY(clas__json_string(ctx, val, &motif));
            else if (is(key, "date"))
                TRY(clas__json_string_or_null(ctx, val, &date));
            else
                return clas__json_unknown_member(ctx, key, "regle, motif, date");
            clas__json_pop(ctx);
        }
        if (regle < 0)
            return clas__json_missing_member(ctx, "regle");
        if (!motif)
            return clas__json_missing_member(ctx, "motif");
        if (clas_dossier_has_derogation(d, (clas_regle)regle))
            return check(ctx, clas__failm(CLAS_EEXISTS, NULL, CLAS__MSG_DEROGATION_EN_DOUBLE,
                                          CLAS__TEXT("regle", clas_regle_id((clas_regle)regle))));
        TRY(check(ctx, clas_dossier_set_derogation(d, (clas_regle)regle, motif, date)));
        clas__json_pop(ctx);
    }
    return CLAS_OK;
}

static int parse_dossier_members(clas_json_ctx *ctx, json_t *v, clas_dossier *d)
{
    const char *key;
    json_t *val;
    json_object_foreach(v, key, val) {
        const char *s = NULL;
        clas__json_push_key(ctx, key);
        if (is(key, "format") || is(key, "annee_scolaire")) {
            /* checked before */
        } else if (is(key, "id")) {
            TRY(clas__json_string(ctx, val, &s));
            if (*s)
                TRY(check(ctx, clas_dossier_set_id(d, s)));
        } else if (is(key, "departement")) {
            TRY(clas__json_string(ctx, val, &s));
            if (*s)
                TRY(check(ctx, clas_dossier_set_departement(d, s)));
        } else if (is(key, "date_depot")) {
            TRY(clas__json_string_or_null(ctx, val, &s));
            TRY(check(ctx, clas_dossier_set_date_depot(d, s)));
        } else if (is(key, "liens")) {
            TRY(parse_liens(ctx, val, d));
        } else if (is(key, "bilan_precedent")) {
            int n = CLAS_BILAN_PRECEDENT_NON_RENSEIGNE;
            if (!json_is_null(val))
                TRY(clas__json_enum(ctx, val, &n, clas__json_bilan_precedent_namer, CLAS_BILAN_PRECEDENT_COUNT,
                                    "previous-bilan state", "état du bilan précédent"));
            TRY(check(ctx, clas_dossier_set_bilan_precedent(d, (clas_bilan_precedent)n)));
        } else if (is(key, "porteur")) {
            TRY(parse_porteur(ctx, val, clas_dossier_get_porteur(d)));
        } else if (is(key, "derogations")) {
            TRY(parse_derogations(ctx, val, d));
        } else if (is(key, "collectifs")) {
            TRY(clas__json_array(ctx, val));
            size_t i;
            json_t *item;
            json_array_foreach(val, i, item) {
                clas__json_push_index(ctx, i);
                TRY(parse_collectif(ctx, item, d));
                clas__json_pop(ctx);
            }
        } else {
            return clas__json_unknown_member(ctx, key,
                                             "format, id, annee_scolaire, departement, date_depot, liens, "
                                             "bilan_precedent, porteur, derogations, collectifs");
        }
        clas__json_pop(ctx);
    }
    return CLAS_OK;
}

int clas__json_parse_dossier(clas_dossier **out, clas_json_ctx *ctx, json_t *v, bool format_optional)
{
    TRY(clas__json_object(ctx, v));
    TRY(clas__json_check_format(ctx, v, FORMAT_DOSSIER, format_optional));
    json_t *annee = json_object_get(v, "annee_scolaire");
    if (!annee)
        return clas__json_missing_member(ctx, "annee_scolaire");
    const char *s = NULL;
    clas_dossier *d = NULL;
    clas__json_push_key(ctx, "annee_scolaire");
    TRY(clas__json_string(ctx, annee, &s));
    TRY(check(ctx, clas_dossier_new(&d, s)));
    clas__json_pop(ctx);
    int st = parse_dossier_members(ctx, v, d);
    if (st != CLAS_OK) {
        clas_dossier_free(d);
        return st;
    }
    *out = d;
    return CLAS_OK;
}

static const char *const dossier_members[] = {"format", "id", "annee_scolaire", "departement", "date_depot",
                                              "liens", "bilan_precedent", "porteur", "derogations", "collectifs"};
static const clas_json_split dossier_split = {dossier_members, 10, 9};

static int collectif_element(clas_json_ctx *ctx, json_t *item, size_t index, void *data)
{
    (void)index;
    return parse_collectif(ctx, item, data);
}

static int parse_dossier_root(void **obj, clas_json_ctx *ctx, json_t *root)
{
    clas_dossier *d = NULL;
    int st = clas__json_parse_dossier(&d, ctx, root, false);
    *obj = d;
    return st;
}

static void free_dossier(void *d) { clas_dossier_free(d); }

static const clas_json_document dossier_document = {&dossier_split, parse_dossier_root, collectif_element,
                                                    free_dossier};

int clas_dossier_from_json(clas_dossier **out, const char *json, size_t len, const char *origin)
{
    if (!out || !json)
        return clas__fail_null(NULL);
    void *d = NULL;
    int st = clas__json_read_document(&d, &dossier_document, json, len, origin);
    if (st == CLAS_OK)
        *out = d;
    return st;
}

static int dossier_text(void *out, const char *text, size_t len, const char *origin)
{
    return clas_dossier_from_json(out, text, len, origin);
}

int clas_dossier_from_json_file(clas_dossier **out, const char *path)
{
    if (!out || !path)
        return clas__fail_null(NULL);
    return clas__json_read_text_file(path, dossier_text, out);
}

/* One dossier of a campaign, at the current path. */
static int dossier_element(clas_json_ctx *ctx, json_t *item, size_t index, void *data)
{
    (void)index;
    clas_campagne *camp = data;
    clas_dossier *d = NULL;
    int st = clas__json_parse_dossier(&d, ctx, item, true);
    if (st != CLAS_OK)
        return st;
    /* the campaign takes the parsed dossier as it is, no copy */
    st = clas__campagne_adopt_dossier(camp, d);
    if (st != CLAS_OK) {
        clas_dossier_free(d);
        /* point at the member that clashes: the id or the year */
        if (st == CLAS_EEXISTS || st == CLAS_EINVAL)
            clas__json_push_key(ctx, st == CLAS_EEXISTS ? "id" : "annee_scolaire");
        st = check(ctx, st);
    }
    return st;
}

static int parse_campagne(clas_campagne **out, clas_json_ctx *ctx, json_t *v)
{
    TRY(clas__json_check_format(ctx, v, FORMAT_CAMPAGNE, false));
    json_t *dv = json_object_get(v, "departement"), *av = json_object_get(v, "annee_scolaire");
    if (!dv)
        return clas__json_missing_member(ctx, "departement");
    if (!av)
        return clas__json_missing_member(ctx, "annee_scolaire");
    const char *dept = NULL, *annee = NULL;
    clas__json_push_key(ctx, "departement");
    TRY(clas__json_string(ctx, dv, &dept));
    clas__json_pop(ctx);
    clas__json_push_key(ctx, "annee_scolaire");
    TRY(clas__json_string(ctx, av, &annee));
    clas__json_pop(ctx);
    clas_campagne *camp = NULL;
    int st = clas_campagne_new(&camp, dept, annee);
    if (st != CLAS_OK) {
        clas__json_push_key(ctx, clas__annee_valid(annee) ? "departement" : "annee_scolaire");
        return check(ctx, st);
    }
    const char *key;
    json_t *val;
    json_object_foreach(v, key, val) {
        clas__json_push_key(ctx, key);
        if (is(key, "format") || is(key, "departement") || is(key, "annee_scolaire")) {
            /* read above */
        } else if (is(key, "nom")) {
            const char *s = NULL;
            st = clas__json_string(ctx, val, &s);
            if (st == CLAS_OK)
                st = check(ctx, clas_campagne_set_nom(camp, s));
        } else if (is(key, "cadre")) {
            if (!json_is_null(val)) {
                clas_cadre *cadre = NULL;
                st = clas__json_parse_cadre(&cadre, ctx, val, false);
                if (st == CLAS_OK)
                    st = check(ctx, clas_campagne_set_cadre(camp, cadre));
                clas_cadre_free(cadre);
            }
        } else if (is(key, "dossiers")) {
            st = clas__json_array(ctx, val);
            size_t i;
            json_t *item;
            json_array_foreach(val, i, item) {
                if (st != CLAS_OK)
                    break;
                clas__json_push_index(ctx, i);
                st = dossier_element(ctx, item, i, camp);
                if (st == CLAS_OK)
                    clas__json_pop(ctx);
            }
        } else {
            st = clas__json_unknown_member(ctx, key, "format, departement, annee_scolaire, nom, cadre, dossiers");
        }
        if (st != CLAS_OK) {
            clas_campagne_free(camp);
            return st;
        }
        clas__json_pop(ctx);
    }
    *out = camp;
    return CLAS_OK;
}

static const char *const campagne_members[] = {"format", "departement", "annee_scolaire", "nom", "cadre",
                                               "dossiers"};
static const clas_json_split campagne_split = {campagne_members, 6, 5};

static int parse_campagne_root(void **obj, clas_json_ctx *ctx, json_t *root)
{
    clas_campagne *camp = NULL;
    int st = parse_campagne(&camp, ctx, root);
    *obj = camp;
    return st;
}

static void free_campagne(void *c) { clas_campagne_free(c); }

static const clas_json_document campagne_document = {&campagne_split, parse_campagne_root, dossier_element,
                                                     free_campagne};

int clas_campagne_from_json(clas_campagne **out, const char *json, size_t len, const char *origin)
{
    if (!out || !json)
        return clas__fail_null(NULL);
    void *camp = NULL;
    int st = clas__json_read_document(&camp, &campagne_document, json, len, origin);
    if (st == CLAS_OK)
        *out = camp;
    return st;
}

static int campagne_text(void *out, const char *text, size_t len, const char *origin)
{
    return clas_campagne_from_json(out, text, len, origin);
}

int clas_campagne_from_json_file(clas_campagne **out, const char *path)
{
    if (!out || !path)
        return clas__fail_null(NULL);
    return clas__json_read_text_file(path, campagne_text, out);
}

/* ---- writing ------------------------------------------------------------ */

static json_t *write_collectif(const clas_collectif *c, bool *ok)
{
    json_t *o = json_object();
    if (!o) {
        *ok = false;
        return NULL;
    }
    clas__jw_set(o, "id", clas__jw_str(clas_collectif_get_id(c)), ok);
    clas__jw_set(o, "nom", clas__jw_str(clas_collectif_get_nom(c)), ok);
    json_t *niveaux = json_array();
    for (int n = 0; n < CLAS_NIVEAU_COUNT; n++)
        if (clas_collectif_has_niveau(c, (clas_niveau)n))
            clas__jw_append(niveaux, clas__jw_str(clas_niveau_name((clas_niveau)n)), ok);
    clas__jw_set(o, "niveaux", niveaux, ok);
    clas__jw_set(o, "nb_enfants", json_integer(clas_collectif_get(c, CLAS_CHAMP_NB_ENFANTS)), ok);
    json_t *interv = json_object();
    clas__jw_set(interv, "salaries", json_integer(clas_collectif_get(c, CLAS_CHAMP_NB_INTERVENANTS_SALARIES)), ok);
    clas__jw_set(interv, "benevoles", json_integer(clas_collectif_get(c, CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES)), ok);
    clas__jw_set(o, "intervenants", interv, ok);
    clas__jw_set(o, "seances_par_semaine", json_integer(clas_collectif_get(c, CLAS_CHAMP_SEANCES_PAR_SEMAINE)), ok);
    clas__jw_set(o, "minutes_par_seance", json_integer(clas_collectif_get(c, CLAS_CHAMP_MINUTES_PAR_SEANCE)), ok);
    clas__jw_set(o, "nb_semaines", json_integer(clas_collectif_get(c, CLAS_CHAMP_NB_SEMAINES)), ok);
    clas__jw_set(o, "hors_temps_scolaire", json_boolean(clas_collectif_get(c, CLAS_CHAMP_HORS_TEMPS_SCOLAIRE) != 0),
                 ok);
    json_t *ter = json_object();
    clas__jw_set(ter, "qpv", json_boolean(clas_collectif_get(c, CLAS_CHAMP_QPV) != 0), ok);
    clas__jw_set(ter, "education_prioritaire",
                 clas__jw_str(clas_education_prioritaire_name(
                     (clas_education_prioritaire)clas_collectif_get(c, CLAS_CHAMP_EDUCATION_PRIORITAIRE))),
                 ok);
    clas__jw_set(ter, "zone_rurale", json_boolean(clas_collectif_get(c, CLAS_CHAMP_ZONE_RURALE) != 0), ok);
    clas__jw_set(o, "territoire", ter, ok);
    clas__jw_set(o, "depenses", clas__jw_money(clas_collectif_get_depenses(c)), ok);
    json_t *fin = json_array();
    for (size_t i = 0; i < clas_collectif_num_financements(c); i++) {
        json_t *f = json_object();
        clas__jw_set(f, "libelle", clas__jw_str(clas_collectif_get_financement_libelle(c, i)), ok);
        clas__jw_set(f, "montant", clas__jw_money(clas_collectif_get_financement_montant(c, i)), ok);
        clas__jw_append(fin, f, ok);
    }
    clas__jw_set(o, "financements", fin, ok);
    json_t *actions = json_array();
    for (size_t i = 0; i < clas_collectif_num_actions(c); i++) {
        json_t *a = json_object();
        clas__jw_set(a, "action", clas__jw_str(clas_action_name(clas_collectif_get_action(c, i))), ok);
        clas__jw_set(a, "texte", clas__jw_str(clas_collectif_get_action_texte(c, i)), ok);
        clas__jw_append(actions, a, ok);
    }
    clas__jw_set(o, "actions", actions, ok);
    json_t *bonus = json_object();
    for (int b = 0; b < CLAS_BONUS_COUNT; b++) {
        json_t *one = json_object();
        clas__jw_set(one, "demande", json_boolean(clas_collectif_get_bonus_demande(c, (clas_bonus)b)), ok);
        clas__jw_set(one, "projet", clas__jw_str(clas_collectif_get_bonus_projet(c, (clas_bonus)b)), ok);
        clas__jw_set(bonus, clas_bonus_name((clas_bonus)b), one, ok);
    }
    clas__jw_set(o, "bonus", bonus, ok);
    json_t *dec = json_object();
    clas__jw_set(dec, "agrement", clas__jw_str(clas_decision_name(clas_collectif_get_decision(c))), ok);
    clas__jw_set(dec, "motif", clas__jw_str(clas_collectif_get_decision_motif(c)), ok);
    json_t *accordes = json_array();
    for (int b = 0; b < CLAS_BONUS_COUNT; b++)
        if (clas_collectif_get_bonus_accorde(c, (clas_bonus)b))
            clas__jw_append(accordes, clas__jw_str(clas_bonus_name((clas_bonus)b)), ok);
    clas__jw_set(dec, "bonus_accordes", accordes, ok);
    clas__jw_set(o, "decision", dec, ok);
    clas__jw_set(o, "acomptes_verses", clas__jw_money(clas_collectif_get_acomptes_verses(c)), ok);
    if (clas_collectif_has_bilan(c)) {
        json_t *bilan = json_object();
        for (int k = 0; k < CLAS_BILAN_CHAMP_COUNT; k++) {
            int64_t v = clas_collectif_get_bilan(c, (clas_bilan_champ)k);
            json_t *jv = k == CLAS_BILAN_TAUX_PRESENCE ? clas__jw_rate(v)
                       : (k == CLAS_BILAN_DEPENSES_REELLES || k == CLAS_BILAN_FINANCEMENTS_REELS) ? clas__jw_money(v)
                       : json_integer((json_int_t)v);
            clas__jw_set(bilan, clas_bilan_champ_name((clas_bilan_champ)k), jv, ok);
        }
        clas__jw_set(o, "bilan", bilan, ok);
    } else {
        clas__jw_set(o, "bilan", json_null(), ok);
    }
    return o;
}

json_t *clas__jw_dossier(const clas_dossier *d, bool with_format, bool *ok)
{
    json_t *o = json_object();
    if (!o) {
        *ok = false;
        return NULL;
    }
    if (with_format)
        clas__jw_set(o, "format", json_string(FORMAT_DOSSIER), ok);
    clas__jw_set(o, "id", clas__jw_str(clas_dossier_get_id(d)), ok);
    clas__jw_set(o, "annee_scolaire", clas__jw_str(clas_dossier_get_annee_scolaire(d)), ok);
    clas__jw_set(o, "departement", clas__jw_str(clas_dossier_get_departement(d)), ok);
    clas__jw_set(o, "date_depot", clas__jw_str_or_null(clas_dossier_get_date_depot(d)), ok);
    json_t *liens = json_array();
    for (int k = 0; k < CLAS_LIEN_COUNT; k++)
        if (clas_dossier_get_lien(d, (clas_lien)k))
            clas__jw_append(liens, clas__jw_str(clas_lien_name((clas_lien)k)), ok);
    clas__jw_set(o, "liens", liens, ok);
    clas__jw_set(o, "bilan_precedent", clas__jw_str(clas_bilan_precedent_name(clas_dossier_get_bilan_precedent(d))),
                 ok);
    const clas_porteur *p = clas_dossier_get_porteur_const(d);
    json_t *po = json_object();
    clas__jw_set(po, "id", clas__jw_str(clas_porteur_get_id(p)), ok);
    clas__jw_set(po, "nom", clas__jw_str(clas_porteur_get_nom(p)), ok);
    clas__jw_set(po, "type", clas__jw_str(clas_porteur_type_name(clas_porteur_get_type(p))), ok);
    clas__jw_set(po, "commune", clas__jw_str(clas_porteur_get_commune(p)), ok);
    clas__jw_set(o, "porteur", po, ok);
    /* written only when the committee granted one: most dossiers have none */
    json_t *ds = NULL;
    for (int r = 0; r < CLAS_REGLE_COUNT; r++) {
        if (!clas_dossier_has_derogation(d, (clas_regle)r))
            continue;
        json_t *e = json_object();
        clas__jw_set(e, "regle", json_string(clas_regle_id((clas_regle)r)), ok);
        clas__jw_set(e, "motif", clas__jw_str(clas_dossier_get_derogation_motif(d, (clas_regle)r)), ok);
        clas__jw_set(e, "date", clas__jw_str_or_null(clas_dossier_get_derogation_date(d, (clas_regle)r)), ok);
        if (!ds)
            ds = json_array();
        clas__jw_append(ds, e, ok);
    }
    if (ds)
        clas__jw_set(o, "derogations", ds, ok);
    json_t *cs = json_array();
    for (size_t i = 0; i < clas_dossier_num_collectifs(d); i++)
        clas__jw_append(cs, write_collectif(clas_dossier_get_collectif_const(d, i), ok), ok);
    clas__jw_set(o, "collectifs", cs, ok);
    return o;
}

int clas_dossier_to_json(char **out, const clas_dossier *dossier, unsigned flags)
{
    if (!out || !dossier)
        return clas__fail_null(NULL);
    bool ok = true;
    json_t *root = clas__jw_dossier(dossier, true, &ok);
    return clas__json_dump(out, root, ok, flags);
}

int clas_campagne_to_json(char **out, const clas_campagne *campagne, unsigned flags)
{
    if (!out || !campagne)
        return clas__fail_null(NULL);
    bool ok = true;
    json_t *o = json_object();
    if (!o)
        ok = false;
    clas__jw_set(o, "format", json_string(FORMAT_CAMPAGNE), &ok);
    clas__jw_set(o, "departement", clas__jw_str(clas_campagne_get_departement(campagne)), &ok);
    clas__jw_set(o, "annee_scolaire", clas__jw_str(clas_campagne_get_annee_scolaire(campagne)), &ok);
    clas__jw_set(o, "nom", clas__jw_str(clas_campagne_get_nom(campagne)), &ok);
    const clas_cadre *cadre = clas_campagne_get_cadre(campagne);
    clas__jw_set(o, "cadre", cadre ? clas__jw_cadre(cadre, false, &ok) : json_null(), &ok);
    json_t *ds = json_array();
    for (size_t i = 0; i < clas_campagne_num_dossiers(campagne); i++)
        clas__jw_append(ds, clas__jw_dossier(clas_campagne_get_dossier_const(campagne, i), false, &ok), &ok);
    clas__jw_set(o, "dossiers", ds, &ok);
    return clas__json_dump(out, o, ok, flags);
}
