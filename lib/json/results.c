/* SPDX-License-Identifier: Apache-2.0 */
/* "clas-resultat/1" and "clas-rapport/1" writers: everything the
 * evaluation API exposes, plus the provenance an audit needs (library
 * version, rule-set hash, the barème and cadre used with their sources). */
#include "json/json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FORMAT_RESULTAT "clas-resultat/1"
#define FORMAT_RAPPORT "clas-rapport/1"

typedef int (*message_fn)(char *buf, size_t size, const void *obj, clas_lang lang);

static int constat_message(char *buf, size_t size, const void *obj, clas_lang lang)
{
    return clas_constat_format_message(buf, size, obj, lang);
}

static int etape_message(char *buf, size_t size, const void *obj, clas_lang lang)
{
    return clas_etape_format(buf, size, obj, lang);
}

/* A message of any length through an snprintf-style formatter. */
static json_t *message_string(message_fn fn, const void *obj, clas_lang lang)
{
    char small[512];
    int n = fn(small, sizeof small, obj, lang);
    if (n < 0)
        return json_string("");
    if ((size_t)n < sizeof small)
        return json_string(small);
    char *big = malloc((size_t)n + 1);
    if (!big)
        return NULL;
    fn(big, (size_t)n + 1, obj, lang);
    json_t *s = json_string(big);
    free(big);
    return s;
}

static json_t *messages(message_fn fn, const void *obj, bool *ok)
{
    json_t *o = json_object();
    if (!o)
        *ok = false;
    clas__jw_set(o, "fr", message_string(fn, obj, CLAS_LANG_FR), ok);
    clas__jw_set(o, "en", message_string(fn, obj, CLAS_LANG_EN), ok);
    return o;
}

/* A trace value in its unit's JSON form (doc/json-format.md). */
static json_t *unit_value(int64_t v, clas_unite unite)
{
    switch (unite) {
    case CLAS_UNITE_CENTS:
        return clas__jw_money(v);
    case CLAS_UNITE_TAUX:
        return clas__jw_rate(v);
    case CLAS_UNITE_BOOLEEN:
        return json_boolean(v != 0);
    case CLAS_UNITE_DATE: {
        if (v <= 0)
            return json_null();
        char buf[32];
        snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", (long long)(v / 10000), (long long)(v / 100 % 100),
                 (long long)(v % 100));
        return json_string(buf);
    }
    case CLAS_UNITE_NIVEAUX: {
        json_t *levels = json_array();
        for (int n = 0; levels && n < CLAS_NIVEAU_COUNT; n++)
            if (v & (INT64_C(1) << n))
                json_array_append_new(levels, json_string(clas_niveau_name((clas_niveau)n)));
        return levels;
    }
    case CLAS_UNITE_DECISION:
        return json_string(clas__str(clas_decision_name((clas_decision)v)));
    case CLAS_UNITE_NOMBRE:
        break;
    }
    return json_integer((json_int_t)v);
}

static json_t *named_value(const char *nom, int64_t v, clas_unite unite, bool *ok)
{
    json_t *o = json_object();
    if (!o)
        *ok = false;
    clas__jw_set(o, "nom", clas__jw_str(nom), ok);
    clas__jw_set(o, "valeur", unit_value(v, unite), ok);
    clas__jw_set(o, "unite", clas__jw_str(clas_unite_name(unite)), ok);
    return o;
}

static json_t *write_etape(const clas_etape *e, bool *ok)
{
    json_t *o = json_object();
    if (!o)
        *ok = false;
    clas__jw_set(o, "regle", clas__jw_str(clas_regle_id(clas_etape_get_regle(e))), ok);
    clas__jw_set(o, "operation", clas__jw_str(clas_etape_get_operation(e)), ok);
    clas__jw_set(o, "formule", clas__jw_str(clas_etape_get_formule(e)), ok);
    json_t *in = json_array();
    for (size_t k = 0; k < clas_etape_num_entrees(e); k++)
        clas__jw_append(in,
                        named_value(clas_etape_get_entree_nom(e, k), clas_etape_get_entree_valeur(e, k),
                                    clas_etape_get_entree_unite(e, k), ok),
                        ok);
    clas__jw_set(o, "entrees", in, ok);
    clas__jw_set(o, "sortie",
                 named_value(clas_etape_get_sortie_nom(e), clas_etape_get_sortie_valeur(e),
                             clas_etape_get_sortie_unite(e), ok),
                 ok);
    clas__jw_set(o, "source", clas__jw_str(clas_etape_get_source(e)), ok);
    clas__jw_set(o, "source_url", clas__jw_str(clas_regle_source_url(clas_etape_get_regle(e))), ok);
    clas__jw_set(o, "source_valeurs", clas__jw_str(clas_etape_get_source_valeurs(e)), ok);
    clas__jw_set(o, "texte", messages(etape_message, e, ok), ok);
    return o;
}

static json_t *write_constat(const clas_constat *c, bool *ok)
{
    json_t *o = json_object();
    if (!o)
        *ok = false;
    clas__jw_set(o, "code", clas__jw_str(clas_code_name(clas_constat_get_code(c))), ok);
    clas__jw_set(o, "severity", clas__jw_str(clas_severity_name(clas_constat_get_severity(c))), ok);
    clas__jw_set(o, "regle", clas__jw_str(clas_regle_id(clas_constat_get_regle(c))), ok);
    clas__jw_set(o, "collectif",
                 clas_constat_get_collectif_index(c) < 0 ? json_null() : clas__jw_str(clas_constat_get_collectif_id(c)),
                 ok);
    clas__jw_set(o, "champ", clas__jw_str(clas_constat_get_champ(c)), ok);
    clas__jw_set(o, "valeur", json_integer((json_int_t)clas_constat_get_valeur(c)), ok);
    clas__jw_set(o, "limite", json_integer((json_int_t)clas_constat_get_limite(c)), ok);
    clas__jw_set(o, "source", clas__jw_str(clas_constat_get_source(c)), ok);
    clas__jw_set(o, "source_url", clas__jw_str(clas_code_source_url(clas_constat_get_code(c))), ok);
    clas__jw_set(o, "message", messages(constat_message, c, ok), ok);
    /* the cadre's consequence for the code, when it gives one */
    if (*clas_constat_get_consequence(c, CLAS_CONSEQUENCE_TEXTE)) {
        json_t *q = json_object();
        clas__jw_set(q, "texte", clas__jw_str(clas_constat_get_consequence(c, CLAS_CONSEQUENCE_TEXTE)), ok);
        clas__jw_set(q, "source",
                     clas__jw_source(clas_constat_get_consequence(c, CLAS_CONSEQUENCE_TITRE),
                                     clas_constat_get_consequence(c, CLAS_CONSEQUENCE_SECTION),
                                     clas_constat_get_consequence(c, CLAS_CONSEQUENCE_URL), ok),
                     ok);
        clas__jw_set(o, "consequence", q, ok);
    }
    return o;
}

static json_t *montants(const clas_evaluation *ev, size_t i, bool total, bool *ok)
{
    json_t *o = json_object();
    if (!o)
        *ok = false;
    for (int m = 0; m < CLAS_MONTANT_COUNT; m++) {
        clas_cents v = total ? clas_evaluation_get_total(ev, (clas_montant)m)
                             : clas_evaluation_get_montant(ev, i, (clas_montant)m);
        clas__jw_set(o, clas_montant_name((clas_montant)m), clas__jw_money(v), ok);
    }
    return o;
}

static json_t *write_collectif(const clas_evaluation *ev, size_t i, bool *ok)
{
    json_t *o = json_object();
    if (!o)
        *ok = false;
    clas__jw_set(o, "id", clas__jw_str(clas_evaluation_get_collectif_id(ev, i)), ok);
    clas__jw_set(o, "verdict", clas__jw_str(clas_verdict_name(clas_evaluation_get_collectif_verdict(ev, i))), ok);
    clas__jw_set(o, "decision", clas__jw_str(clas_decision_name(clas_evaluation_get_collectif_decision(ev, i))), ok);
    clas__jw_set(o, "statut", clas__jw_str(clas_statut_name(clas_evaluation_get_collectif_statut(ev, i))), ok);
    clas__jw_set(o, "bilan", json_boolean(clas_evaluation_has_bilan(ev, i)), ok);
    clas__jw_set(o, "montants", montants(ev, i, false, ok), ok);
    if (clas_evaluation_has_trace(ev)) {
        json_t *trace = json_array();
        for (size_t j = 0; j < clas_evaluation_num_etapes(ev, i); j++)
            clas__jw_append(trace, write_etape(clas_evaluation_get_etape(ev, i, j), ok), ok);
        clas__jw_set(o, "trace", trace, ok);
    }
    return o;
}

static json_t *producteur(const clas_evaluation *ev, bool *ok)
{
    json_t *o = json_object();
    if (!o)
        *ok = false;
    const clas_regles *regles = ev ? clas_evaluation_get_regles(ev) : NULL;
    const clas_bareme *bareme = ev ? clas_evaluation_get_bareme(ev) : NULL;
    const clas_cadre *cadre = ev ? clas_evaluation_get_cadre(ev) : NULL;
    clas__jw_set(o, "bibliotheque", json_string("libclas"), ok);
    clas__jw_set(o, "version", clas__jw_str(clas_version_string()), ok);
    clas__jw_set(o, "regles_sha256", regles ? clas__jw_str(clas_regles_hash(regles)) : json_null(), ok);
    clas__jw_set(o, "bareme", bareme ? clas__jw_bareme(bareme, ok) : json_null(), ok);
    /* Every severity: the reader sees which values the checks ran with. */
    clas__jw_set(o, "cadre", cadre ? clas__jw_cadre(cadre, true, ok) : json_null(), ok);
    return o;
}

/* The members of a result that follow "dossier" (and "porteur" in a report). */
static void body(json_t *o, const clas_evaluation *ev, bool *ok)
{
    clas__jw_set(o, "annee_scolaire", clas__jw_str(clas_evaluation_get_annee_scolaire(ev)), ok);
    clas__jw_set(o, "provisoire", json_boolean(clas_evaluation_is_provisional(ev)), ok);
    clas__jw_set(o, "verdict", clas__jw_str(clas_verdict_name(clas_evaluation_get_verdict(ev))), ok);
    json_t *constats = json_array();
    for (size_t i = 0; i < clas_evaluation_num_constats(ev); i++)
        clas__jw_append(constats, write_constat(clas_evaluation_get_constat(ev, i), ok), ok);
    clas__jw_set(o, "constats", constats, ok);
    json_t *cs = json_array();
    for (size_t i = 0; i < clas_evaluation_num_collectifs(ev); i++)
        clas__jw_append(cs, write_collectif(ev, i, ok), ok);
    clas__jw_set(o, "collectifs", cs, ok);
    clas__jw_set(o, "totaux", montants(ev, 0, true, ok), ok);
}

int clas_evaluation_to_json(char **out, const clas_evaluation *evaluation, unsigned flags)
{
    if (!out || !evaluation)
        return clas__fail_null(NULL);
    bool ok = true;
    json_t *o = json_object();
    if (!o)
        ok = false;
    clas__jw_set(o, "format", json_string(FORMAT_RESULTAT), &ok);
    clas__jw_set(o, "producteur", producteur(evaluation, &ok), &ok);
    clas__jw_set(o, "dossier", clas__jw_str(clas_evaluation_get_dossier_id(evaluation)), &ok);
    body(o, evaluation, &ok);
    return clas__json_dump(out, o, ok, flags);
}

/* The campaign's dossier an evaluation came from: same position when the
 * ids agree (the usual case), else the first with that id. */
static const clas_dossier *source_dossier(const clas_campagne *camp, size_t i, const char *id)
{
    const clas_dossier *d = clas_campagne_get_dossier_const(camp, i);
    if (d && strcmp(clas_dossier_get_id(d), id) == 0)
        return d;
    for (size_t k = 0; k < clas_campagne_num_dossiers(camp); k++) {
        d = clas_campagne_get_dossier_const(camp, k);
        if (strcmp(clas_dossier_get_id(d), id) == 0)
            return d;
    }
    return NULL;
}

static bool total_is_money(clas_rapport_total t)
{
    return t == CLAS_TOTAL_PS || t == CLAS_TOTAL_BONUS_ENFANTS || t == CLAS_TOTAL_BONUS_PARENTS
        || t == CLAS_TOTAL_BONUS_DEMANDES || t == CLAS_TOTAL_MONTANT;
}

int clas_rapport_to_json(char **out, const clas_rapport *rapport, const clas_campagne *campagne, unsigned flags)
{
    if (!out || !rapport || !campagne)
        return clas__fail_null(NULL);
    bool ok = true;
    json_t *o = json_object();
    if (!o)
        ok = false;
    size_t n = clas_rapport_num_evaluations(rapport);
    clas__jw_set(o, "format", json_string(FORMAT_RAPPORT), &ok);
    clas__jw_set(o, "producteur", producteur(n ? clas_rapport_get_evaluation(rapport, 0) : NULL, &ok), &ok);
    clas__jw_set(o, "departement", clas__jw_str(clas_campagne_get_departement(campagne)), &ok);
    clas__jw_set(o, "annee_scolaire", clas__jw_str(clas_campagne_get_annee_scolaire(campagne)), &ok);
    clas__jw_set(o, "nom", clas__jw_str(clas_campagne_get_nom(campagne)), &ok);
    json_t *ds = json_array();
    for (size_t i = 0; i < n; i++) {
        const clas_evaluation *ev = clas_rapport_get_evaluation(rapport, i);
        const char *id = clas_evaluation_get_dossier_id(ev);
        const clas_dossier *d = source_dossier(campagne, i, id ? id : "");
        json_t *e = json_object();
        clas__jw_set(e, "dossier", clas__jw_str(id), &ok);
        json_t *porteur = json_null();
        if (d) {
            const clas_porteur *p = clas_dossier_get_porteur_const(d);
            porteur = json_object();
            clas__jw_set(porteur, "id", clas__jw_str(clas_porteur_get_id(p)), &ok);
            clas__jw_set(porteur, "nom", clas__jw_str(clas_porteur_get_nom(p)), &ok);
            clas__jw_set(porteur, "type", clas__jw_str(clas_porteur_type_name(clas_porteur_get_type(p))), &ok);
        }
        clas__jw_set(e, "porteur", porteur, &ok);
        if (e)
            body(e, ev, &ok);
        clas__jw_append(ds, e, &ok);
    }
    clas__jw_set(o, "dossiers", ds, &ok);
    json_t *totaux = json_object();
    for (int t = 0; t < CLAS_TOTAL_COUNT; t++) {
        int64_t v = clas_rapport_get_total(rapport, (clas_rapport_total)t);
        clas__jw_set(totaux, clas_rapport_total_name((clas_rapport_total)t),
                     total_is_money((clas_rapport_total)t) ? clas__jw_money(v) : json_integer((json_int_t)v), &ok);
    }
    clas__jw_set(o, "totaux", totaux, &ok);
    return clas__json_dump(out, o, ok, flags);
}
