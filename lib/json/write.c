/* SPDX-License-Identifier: Apache-2.0 */
/* Writing JSON documents: value constructors that remember allocation
 * failures, the shared barème and cadre objects, and serialisation. */
#include "json/json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void clas_free(void *p)
{
    free(p);
}

void clas__jw_set(json_t *obj, const char *key, json_t *value, bool *ok)
{
    /* json_object_set_new() consumes the value even when it fails. */
    if (!obj) {
        json_decref(value);
        *ok = false;
    } else if (!value || json_object_set_new(obj, key, value) != 0) {
        *ok = false;
    }
}

void clas__jw_append(json_t *arr, json_t *value, bool *ok)
{
    if (!arr) {
        json_decref(value);
        *ok = false;
    } else if (!value || json_array_append_new(arr, value) != 0) {
        *ok = false;
    }
}

json_t *clas__jw_str(const char *s)
{
    return json_string(s ? s : "");
}

json_t *clas__jw_str_or_null(const char *s)
{
    return s && *s ? json_string(s) : json_null();
}

json_t *clas__jw_money(clas_cents cents)
{
    char buf[32];
    if (clas_cents_format(buf, sizeof buf, cents) != CLAS_OK)
        return NULL;
    return json_string(buf);
}

void clas__json_format_rate(char buf[32], int64_t millionths)
{
    int neg = millionths < 0;
    uint64_t v = neg ? (uint64_t)0 - (uint64_t)millionths : (uint64_t)millionths;
    uint64_t whole = v / CLAS_TAUX_UN, frac = v % CLAS_TAUX_UN;
    if (frac == 0) {
        snprintf(buf, 32, "%s%llu", neg ? "-" : "", (unsigned long long)whole);
        return;
    }
    char digits[8];
    snprintf(digits, sizeof digits, "%06llu", (unsigned long long)frac);
    size_t n = strlen(digits);
    while (n > 0 && digits[n - 1] == '0')
        digits[--n] = '\0';
    snprintf(buf, 32, "%s%llu.%s", neg ? "-" : "", (unsigned long long)whole, digits);
}

json_t *clas__jw_rate(int64_t millionths)
{
    char buf[32];
    clas__json_format_rate(buf, millionths);
    return json_string(buf);
}

json_t *clas__jw_source(const char *titre, const char *section, const char *url, bool *ok)
{
    json_t *o = json_object();
    clas__jw_set(o, "titre", clas__jw_str(titre), ok);
    clas__jw_set(o, "section", clas__jw_str(section), ok);
    clas__jw_set(o, "url", clas__jw_str(url), ok);
    if (!o)
        *ok = false;
    return o;
}

/* "sources" (references with a title) and "non_etabli" (without), each
 * omitted when empty so documents without references read as before. */
typedef const char *(*reference_getter)(const void *entry, size_t i, clas_reference_part part);

static const char *bareme_reference(const void *e, size_t i, clas_reference_part p)
{
    return clas_bareme_get_reference(e, i, p);
}

static const char *cadre_reference(const void *e, size_t i, clas_reference_part p)
{
    return clas_cadre_get_reference(e, i, p);
}

static json_t *champs_array(const char *champs, bool *ok)
{
    json_t *a = json_array();
    const char *p = champs;
    while (a && *p) {
        const char *end = strchr(p, ' ');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (json_array_append_new(a, json_stringn(p, n)) != 0)
            *ok = false;
        p += n + (end ? 1 : 0);
    }
    if (!a)
        *ok = false;
    return a;
}

static void write_references(json_t *o, const void *entry, size_t count, reference_getter get, bool *ok)
{
    json_t *sources = json_array(), *unsettled = json_array();
    if (!sources || !unsettled)
        *ok = false;
    for (size_t i = 0; i < count && sources && unsettled; i++) {
        json_t *r = json_object();
        if (!r) {
            *ok = false;
            break;
        }
        bool is_unsettled = !*get(entry, i, CLAS_REFERENCE_TITRE);
        clas__jw_set(r, "champs", champs_array(get(entry, i, CLAS_REFERENCE_CHAMPS), ok), ok);
        if (!is_unsettled) {
            clas__jw_set(r, "titre", clas__jw_str(get(entry, i, CLAS_REFERENCE_TITRE)), ok);
            clas__jw_set(r, "section", clas__jw_str(get(entry, i, CLAS_REFERENCE_SECTION)), ok);
            clas__jw_set(r, "url", clas__jw_str(get(entry, i, CLAS_REFERENCE_URL)), ok);
        }
        if (*get(entry, i, CLAS_REFERENCE_NOTE) || is_unsettled)
            clas__jw_set(r, "note", clas__jw_str(get(entry, i, CLAS_REFERENCE_NOTE)), ok);
        if (json_array_append_new(is_unsettled ? unsettled : sources, r) != 0)
            *ok = false;
    }
    if (json_array_size(sources))
        clas__jw_set(o, "sources", sources, ok);
    else
        json_decref(sources);
    if (json_array_size(unsettled))
        clas__jw_set(o, "non_etabli", unsettled, ok);
    else
        json_decref(unsettled);
}

json_t *clas__jw_bareme(const clas_bareme *b, bool *ok)
{
    json_t *o = json_object();
    if (!o) {
        *ok = false;
        return NULL;
    }
    clas__jw_set(o, "annee_scolaire", clas__jw_str(clas_bareme_get_annee_scolaire(b)), ok);
    clas__jw_set(o, "taux", clas__jw_rate(clas_bareme_get_taux(b)), ok);
    clas__jw_set(o, "prix_plafond", clas__jw_money(clas_bareme_get_prix_plafond(b)), ok);
    clas__jw_set(o, "ps_max", clas__jw_money(clas_bareme_get_ps_max(b)), ok);
    json_t *bonus = json_object();
    for (int k = 0; k < CLAS_BONUS_COUNT; k++)
        clas__jw_set(bonus, clas_bonus_name((clas_bonus)k), clas__jw_money(clas_bareme_get_bonus(b, (clas_bonus)k)),
                     ok);
    clas__jw_set(o, "bonus", bonus, ok);
    clas__jw_set(o, "arrondi", clas__jw_str(clas_rounding_name(clas_bareme_get_rounding(b))), ok);
    clas__jw_set(o, "source",
                 clas__jw_source(clas_bareme_get_source_titre(b), clas_bareme_get_source_section(b),
                                 clas_bareme_get_source_url(b), ok),
                 ok);
    write_references(o, b, clas_bareme_num_references(b), bareme_reference, ok);
    return o;
}

json_t *clas__jw_cadre(const clas_cadre *c, bool all_severities, bool *ok)
{
    json_t *o = json_object();
    if (!o) {
        *ok = false;
        return NULL;
    }
    clas__jw_set(o, "departement", clas__jw_str(clas_cadre_get_departement(c)), ok);
    clas__jw_set(o, "annee_scolaire", clas__jw_str(clas_cadre_get_annee_scolaire(c)), ok);
    clas__jw_set(o, "nom", clas__jw_str(clas_cadre_get_nom(c)), ok);
    json_t *cal = json_object();
    for (int k = 0; k < CLAS_DATE_KIND_COUNT; k++)
        clas__jw_set(cal, clas_date_kind_name((clas_date_kind)k),
                     clas__jw_str_or_null(clas_cadre_get_date(c, (clas_date_kind)k)), ok);
    clas__jw_set(o, "calendrier", cal, ok);
    json_t *seuils = json_object();
    for (int k = 0; k < CLAS_SEUIL_COUNT; k++) {
        int64_t v = clas_cadre_get_seuil(c, (clas_seuil)k);
        clas__jw_set(seuils, clas_seuil_name((clas_seuil)k),
                     k == CLAS_SEUIL_TAUX_ACOMPTE ? clas__jw_rate(v) : json_integer((json_int_t)v), ok);
    }
    clas__jw_set(o, "seuils", seuils, ok);
    /* The national defaults, to write only the overrides (as data/ does). */
    clas_cadre *defaults = NULL;
    if (!all_severities && clas_cadre_new(&defaults, "national", clas_cadre_get_annee_scolaire(c)) != CLAS_OK)
        *ok = false;
    json_t *sev = json_object();
    for (int k = 0; k < CLAS_REGLE_COUNT; k++) {
        clas_severity s = clas_cadre_get_severity(c, (clas_regle)k);
        if (defaults && clas_cadre_get_severity(defaults, (clas_regle)k) == s)
            continue;
        clas__jw_set(sev, clas_regle_id((clas_regle)k), clas__jw_str(clas_severity_name(s)), ok);
    }
    clas_cadre_free(defaults);
    clas__jw_set(o, "severities", sev, ok);
    json_t *requises = json_array();
    for (int a = 0; a < CLAS_ACTION_COUNT; a++)
        if (clas_cadre_get_action_parents_requise(c, (clas_action)a))
            clas__jw_append(requises, clas__jw_str(clas_action_name((clas_action)a)), ok);
    clas__jw_set(o, "actions_parents_requises", requises, ok);
    json_t *consequences = json_object();
    for (size_t i = 0; i < clas_cadre_num_consequences(c); i++) {
        clas_code code = clas_cadre_get_consequence_code(c, i);
        json_t *one = json_object();
        clas__jw_set(one, "texte", clas__jw_str(clas_cadre_get_consequence(c, code, CLAS_CONSEQUENCE_TEXTE)), ok);
        clas__jw_set(one, "source",
                     clas__jw_source(clas_cadre_get_consequence(c, code, CLAS_CONSEQUENCE_TITRE),
                                     clas_cadre_get_consequence(c, code, CLAS_CONSEQUENCE_SECTION),
                                     clas_cadre_get_consequence(c, code, CLAS_CONSEQUENCE_URL), ok),
                     ok);
        clas__jw_set(consequences, clas_code_name(code), one, ok);
    }
    clas__jw_set(o, "consequences", consequences, ok);
    clas__jw_set(o, "source",
                 clas__jw_source(clas_cadre_get_source_titre(c), clas_cadre_get_source_section(c),
                                 clas_cadre_get_source_url(c), ok),
                 ok);
    write_references(o, c, clas_cadre_num_references(c), cadre_reference, ok);
    return o;
}

static void jansson_free(char *text)
{
    json_free_t free_fn = NULL;
    json_get_alloc_funcs(NULL, &free_fn);
    if (free_fn)
        free_fn(text);
}

int clas__json_dump(char **out, json_t *root, bool ok, unsigned flags)
{
    if (!ok || !root) {
        json_decref(root);
        return clas__fail_nomem(NULL);
    }
    size_t jflags = (flags & CLAS_JSON_PRETTY) ? JSON_INDENT(2) : JSON_COMPACT;
    char *text = json_dumps(root, jflags | JSON_PRESERVE_ORDER);
    json_decref(root);
    if (!text)
        return clas__fail_nomem(NULL);
    size_t n = strlen(text);
    /* Copy into our own allocation so clas_free() is always the right
     * deallocator, whatever allocator jansson was configured with. */
    char *result = malloc(n + 2);
    if (!result) {
        jansson_free(text);
        return clas__fail_nomem(NULL);
    }
    memcpy(result, text, n);
    if (flags & CLAS_JSON_PRETTY)
        result[n++] = '\n';
    result[n] = '\0';
    jansson_free(text);
    *out = result;
    return CLAS_OK;
}
