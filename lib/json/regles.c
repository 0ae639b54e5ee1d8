/* SPDX-License-Identifier: Apache-2.0 */
/* "clas-regles/1" documents: barèmes and cadres as data. A document is
 * read whole and checked (each entry, duplicates, clashes with what the
 * builder already holds) before anything is added, so a bad file leaves
 * the builder as it was. */
#include "json/json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FORMAT_REGLES "clas-regles/1"

#define TRY(expr) \
    do { \
        int st_ = (expr); \
        if (st_ != CLAS_OK) \
            return st_; \
    } while (0)

static int check(clas_json_ctx *ctx, int st, int einval_as)
{
    return st == CLAS_OK ? CLAS_OK : clas__json_rethrow(ctx, st, einval_as);
}

typedef struct source_fields {
    const char *titre, *section, *url;
    bool present;
} source_fields;

static int parse_source(clas_json_ctx *ctx, json_t *v, source_fields *src, bool require_titre)
{
    TRY(clas__json_object(ctx, v));
    const char *key;
    json_t *val;
    json_object_foreach(v, key, val) {
        clas__json_push_key(ctx, key);
        if (strcmp(key, "titre") == 0)
            TRY(clas__json_string(ctx, val, &src->titre));
        else if (strcmp(key, "section") == 0)
            TRY(clas__json_string(ctx, val, &src->section));
        else if (strcmp(key, "url") == 0)
            TRY(clas__json_string(ctx, val, &src->url));
        else
            return clas__json_unknown_member(ctx, key, "titre, section, url");
        clas__json_pop(ctx);
    }
    if (require_titre && (!src->titre || !*src->titre)) {
        if (src->titre)
            clas__json_push_key(ctx, "titre");
        return clas__json_fail_msg(ctx, CLAS_ERULES, CLAS__MSG_SOURCE_SANS_TITRE, NULL, 0);
    }
    src->present = true;
    return CLAS_OK;
}

/* ---- references: "sources" and "non_etabli" ------------------------- */

typedef int (*add_reference_fn)(void *entry, const char *champs, const char *titre, const char *section,
                                const char *url, const char *note);

static int add_bareme_reference(void *e, const char *champs, const char *titre, const char *section, const char *url,
                                const char *note)
{
    return clas_bareme_add_reference(e, champs, titre, section, url, note);
}

static int add_cadre_reference(void *e, const char *champs, const char *titre, const char *section, const char *url,
                               const char *note)
{
    return clas_cadre_add_reference(e, champs, titre, section, url, note);
}

/* "champs": ["taux", "ps_max"] joined as "taux ps_max". */
static int parse_champs(clas_json_ctx *ctx, json_t *v, char *buf, size_t size)
{
    TRY(clas__json_array(ctx, v));
    size_t i, len = 0;
    json_t *item;
    buf[0] = '\0';
    if (json_array_size(v) == 0)
        return clas__json_fail_msg(ctx, CLAS_ESCHEMA, CLAS__MSG_CHAMPS_VIDE, NULL, 0);
    json_array_foreach(v, i, item) {
        const char *name = NULL;
        clas__json_push_index(ctx, i);
        TRY(clas__json_string(ctx, item, &name));
        size_t n = strlen(name);
        if (n == 0 || len + n + 2 > size)
            return clas__json_fail_msg(ctx, CLAS_ESCHEMA, CLAS__MSG_CHAMP_INVALIDE, NULL, 0);
        if (len)
            buf[len++] = ' ';
        memcpy(buf + len, name, n + 1);
        len += n;
        clas__json_pop(ctx);
    }
    return CLAS_OK;
}

/* One entry of "sources" (with a titre) or of "non_etabli" (a note, no titre). */
static int parse_reference(clas_json_ctx *ctx, json_t *v, bool unsettled, void *entry, add_reference_fn add)
{
    TRY(clas__json_object(ctx, v));
    const char *key, *parts[CLAS_REFERENCE_PART_COUNT] = {NULL};
    char champs[512] = "";
    json_t *val;
    json_object_foreach(v, key, val) {
        clas__json_push_key(ctx, key);
        if (strcmp(key, "champs") == 0)
            TRY(parse_champs(ctx, val, champs, sizeof champs));
        else if (!unsettled && strcmp(key, "titre") == 0)
            TRY(clas__json_string(ctx, val, &parts[CLAS_REFERENCE_TITRE]));
        else if (!unsettled && strcmp(key, "section") == 0)
            TRY(clas__json_string(ctx, val, &parts[CLAS_REFERENCE_SECTION]));
        else if (!unsettled && strcmp(key, "url") == 0)
            TRY(clas__json_string(ctx, val, &parts[CLAS_REFERENCE_URL]));
        else if (strcmp(key, "note") == 0)
            TRY(clas__json_string(ctx, val, &parts[CLAS_REFERENCE_NOTE]));
        else
            return clas__json_unknown_member(ctx, key, unsettled ? "champs, note" : "champs, titre, section, url, note");
        clas__json_pop(ctx);
    }
    if (!champs[0])
        return clas__json_missing_member(ctx, "champs");
    if (unsettled ? !parts[CLAS_REFERENCE_NOTE] || !*parts[CLAS_REFERENCE_NOTE]
                  : !parts[CLAS_REFERENCE_TITRE] || !*parts[CLAS_REFERENCE_TITRE])
        return clas__json_missing_member(ctx, unsettled ? "note" : "titre");
    return check(ctx,
                 add(entry, champs, parts[CLAS_REFERENCE_TITRE], parts[CLAS_REFERENCE_SECTION],
                     parts[CLAS_REFERENCE_URL], parts[CLAS_REFERENCE_NOTE]),
                 CLAS_ESCHEMA);
}

static int parse_references(clas_json_ctx *ctx, json_t *v, bool unsettled, void *entry, add_reference_fn add)
{
    TRY(clas__json_array(ctx, v));
    size_t i;
    json_t *item;
    json_array_foreach(v, i, item) {
        clas__json_push_index(ctx, i);
        TRY(parse_reference(ctx, item, unsettled, entry, add));
        clas__json_pop(ctx);
    }
    return CLAS_OK;
}

/* Reads the required string member @p key of @p v. */
static int required_string(clas_json_ctx *ctx, json_t *v, const char *key, const char **out)
{
    json_t *m = json_object_get(v, key);
    if (!m)
        return clas__json_missing_member(ctx, key);
    clas__json_push_key(ctx, key);
    TRY(clas__json_string(ctx, m, out));
    clas__json_pop(ctx);
    return CLAS_OK;
}

/* ---- barème ------------------------------------------------------------- */

static int parse_bareme_members(clas_json_ctx *ctx, json_t *v, clas_bareme *b)
{
    const char *key;
    json_t *val;
    bool have_taux = false, have_plafond = false, have_max = false;
    source_fields src = {0};
    json_object_foreach(v, key, val) {
        clas__json_push_key(ctx, key);
        if (strcmp(key, "annee_scolaire") == 0) {
            /* read before */
        } else if (strcmp(key, "taux") == 0) {
            int64_t t = 0;
            TRY(clas__json_rate(ctx, val, &t, -1));
            if (t > CLAS_TAUX_UN)
                return clas__json_failm(ctx, CLAS_ERULES, CLAS__MSG_TAUX_AU_DESSUS_DE_UN,
                                        CLAS__TEXT("texte", json_string_value(val)));
            TRY(check(ctx, clas_bareme_set_taux(b, t), CLAS_ERULES));
            have_taux = true;
        } else if (strcmp(key, "prix_plafond") == 0) {
            clas_cents m = 0;
            TRY(clas__json_money(ctx, val, &m));
            TRY(check(ctx, clas_bareme_set_prix_plafond(b, m), CLAS_ERULES));
            have_plafond = true;
        } else if (strcmp(key, "ps_max") == 0) {
            clas_cents m = 0;
            TRY(clas__json_money(ctx, val, &m));
            TRY(check(ctx, clas_bareme_set_ps_max(b, m), CLAS_ERULES));
            have_max = true;
        } else if (strcmp(key, "bonus") == 0) {
            TRY(clas__json_object(ctx, val));
            const char *k2;
            json_t *v2;
            json_object_foreach(val, k2, v2) {
                clas__json_push_key(ctx, k2);
                clas_bonus which;
                if (clas_bonus_parse(&which, k2) != CLAS_OK)
                    return clas__json_unknown_member(ctx, k2, "enfants, parents");
                clas_cents m = 0;
                TRY(clas__json_money(ctx, v2, &m));
                TRY(check(ctx, clas_bareme_set_bonus(b, which, m), CLAS_ERULES));
                clas__json_pop(ctx);
            }
        } else if (strcmp(key, "arrondi") == 0) {
            int r = 0;
            TRY(clas__json_enum(ctx, val, &r, clas__json_rounding_namer, 5, "rounding", "arrondi"));
            TRY(check(ctx, clas_bareme_set_rounding(b, (clas_rounding)r), CLAS_ERULES));
        } else if (strcmp(key, "source") == 0) {
            TRY(parse_source(ctx, val, &src, true));
            TRY(check(ctx, clas_bareme_set_source(b, src.titre, src.section, src.url), CLAS_ERULES));
        } else if (strcmp(key, "sources") == 0 || strcmp(key, "non_etabli") == 0) {
            TRY(parse_references(ctx, val, key[0] == 'n', b, add_bareme_reference));
        } else {
            return clas__json_unknown_member(
                ctx, key, "annee_scolaire, taux, prix_plafond, ps_max, bonus, arrondi, source, sources, non_etabli");
        }
        clas__json_pop(ctx);
    }
    if (!have_taux)
        return clas__json_missing_member(ctx, "taux");
    if (!have_plafond)
        return clas__json_missing_member(ctx, "prix_plafond");
    if (!have_max)
        return clas__json_missing_member(ctx, "ps_max");
    if (!src.present)
        return clas__json_fail_msg(ctx, CLAS_ERULES, CLAS__MSG_SOURCE_MANQUANTE, NULL, 0);
    /* The whole-barème checks (the maximum against taux × prix_plafond and
     * the barème's rounding) are the library's; the path names the field. */
    int st = clas_bareme_validate(b);
    if (st != CLAS_OK) {
        const char *loc = clas_error_last_location();
        const char *field = loc ? strrchr(loc, ' ') : NULL;
        if (field && json_object_get(v, field + 1))
            clas__json_push_key(ctx, field + 1);
        return check(ctx, st, CLAS_ERULES);
    }
    return CLAS_OK;
}

static int parse_bareme(clas_bareme **out, clas_json_ctx *ctx, json_t *v)
{
    TRY(clas__json_object(ctx, v));
    const char *annee = NULL;
    TRY(required_string(ctx, v, "annee_scolaire", &annee));
    clas_bareme *b = NULL;
    clas__json_push_key(ctx, "annee_scolaire");
    TRY(check(ctx, clas_bareme_new(&b, annee), CLAS_ESCHEMA));
    clas__json_pop(ctx);
    snprintf(ctx->prefix, sizeof ctx->prefix, "barème %s: ", annee);
    int st = parse_bareme_members(ctx, v, b);
    ctx->prefix[0] = '\0';
    if (st != CLAS_OK) {
        clas_bareme_free(b);
        return st;
    }
    *out = b;
    return CLAS_OK;
}

/* ---- cadre -------------------------------------------------------------- */

static int calendrier_member(clas_json_ctx *ctx, const char *key, json_t *val, void *c)
{
    int kind = -1;
    for (int k = 0; k < CLAS_DATE_KIND_COUNT; k++)
        if (strcmp(key, clas_date_kind_name((clas_date_kind)k)) == 0)
            kind = k;
    if (kind < 0)
        return CLAS_JSON_UNKNOWN;
    const char *date = NULL;
    TRY(clas__json_string_or_null(ctx, val, &date));
    return check(ctx, clas_cadre_set_date(c, (clas_date_kind)kind, date), CLAS_ESCHEMA);
}

static int parse_calendrier(clas_json_ctx *ctx, json_t *v, clas_cadre *c)
{
    return clas__json_members(ctx, v, calendrier_member, c, "lancement, limite_depot, comite");
}

static int seuil_member(clas_json_ctx *ctx, const char *key, json_t *val, void *c)
{
    clas_seuil seuil;
    if (clas_seuil_parse(&seuil, key) != CLAS_OK)
        return CLAS_JSON_UNKNOWN;
    int64_t n = 0;
    if (seuil == CLAS_SEUIL_TAUX_ACOMPTE)
        TRY(clas__json_rate(ctx, val, &n, CLAS_TAUX_UN));
    else
        TRY(clas__json_int(ctx, val, &n));
    return check(ctx, clas_cadre_set_seuil(c, seuil, n), CLAS_ERULES);
}

static int parse_seuils(clas_json_ctx *ctx, json_t *v, clas_cadre *c)
{
    return clas__json_members(ctx, v, seuil_member, c,
                              "enfants_min, enfants_max, intervenants_min, actions_parents_min, "
                              "actions_par_axe_min, taux_acompte, seances_par_semaine_min, "
                              "minutes_par_seance_min, semaines_min, cycles_max, bilan_reduction, "
                              "droit_reel_plafonne, surfinancement_ecrete");
}

static int severity_member(clas_json_ctx *ctx, const char *key, json_t *val, void *c)
{
    int regle = 0, sev = 0;
    json_t *name = json_string(key);
    if (!name)
        return clas__fail_nomem(NULL);
    int st = clas__json_enum(ctx, name, &regle, clas__json_regle_namer, CLAS_REGLE_COUNT, "rule id", "identifiant de règle");
    json_decref(name);
    TRY(st);
    TRY(clas__json_enum(ctx, val, &sev, clas__json_severity_namer, 4, "severity", "sévérité"));
    return check(ctx, clas_cadre_set_severity(c, (clas_regle)regle, (clas_severity)sev), CLAS_ERULES);
}

/* Severities name rules: a key that is not one is refused as a value. */
static int parse_severities(clas_json_ctx *ctx, json_t *v, clas_cadre *c)
{
    return clas__json_members(ctx, v, severity_member, c, "");
}

static int add_action_requise(void *c, int a) { return clas_cadre_set_action_parents_requise(c, (clas_action)a, 1); }

static int parse_actions_requises(clas_json_ctx *ctx, json_t *v, clas_cadre *c)
{
    return clas__json_enum_array(ctx, v, clas__json_action_namer, CLAS_ACTION_COUNT, "action", "action", add_action_requise, c,
                                 CLAS_ERULES);
}

/* "consequences": {"DEPOT_HORS_DELAI": {"texte": "...", "source": {...}}} */
static int parse_consequences(clas_json_ctx *ctx, json_t *v, clas_cadre *c)
{
    TRY(clas__json_object(ctx, v));
    const char *key;
    json_t *val;
    json_object_foreach(v, key, val) {
        clas__json_push_key(ctx, key);
        int code = 0;
        json_t *name = json_string(key);
        if (!name)
            return clas__fail_nomem(NULL);
        int st = clas__json_enum(ctx, name, &code, clas__json_code_namer, CLAS_CODE_COUNT, "constat code",
                                 "code de constat");
        json_decref(name);
        TRY(st);
        TRY(clas__json_object(ctx, val));
        const char *texte = NULL, *k2;
        source_fields src = {0};
        json_t *v2;
        json_object_foreach(val, k2, v2) {
            clas__json_push_key(ctx, k2);
            if (strcmp(k2, "texte") == 0)
                TRY(clas__json_string(ctx, v2, &texte));
            else if (strcmp(k2, "source") == 0)
                TRY(parse_source(ctx, v2, &src, true));
            else
                return clas__json_unknown_member(ctx, k2, "texte, source");
            clas__json_pop(ctx);
        }
        if (!texte || !*texte)
            return clas__json_fail_msg(ctx, CLAS_ERULES, CLAS__MSG_CONSEQUENCE_SANS_TEXTE, NULL, 0);
        if (!src.present)
            return clas__json_fail_msg(ctx, CLAS_ERULES, CLAS__MSG_CONSEQUENCE_SANS_SOURCE, NULL, 0);
        TRY(check(ctx, clas_cadre_set_consequence(c, (clas_code)code, texte, src.titre, src.section, src.url),
                  CLAS_ERULES));
        clas__json_pop(ctx);
    }
    return CLAS_OK;
}

static int parse_cadre_members(clas_json_ctx *ctx, json_t *v, clas_cadre *c, bool require_source)
{
    const char *key;
    json_t *val;
    source_fields src = {0};
    TRY(clas__json_one_spelling(ctx, v, "severities", CLAS__JSON_OLD_SEVERITIES));
    json_object_foreach(v, key, val) {
        clas__json_push_key(ctx, key);
        if (strcmp(key, "departement") == 0 || strcmp(key, "annee_scolaire") == 0) {
            /* read before */
        } else if (strcmp(key, "nom") == 0) {
            const char *s = NULL;
            TRY(clas__json_string(ctx, val, &s));
            TRY(check(ctx, clas_cadre_set_nom(c, s), CLAS_ESCHEMA));
        } else if (strcmp(key, "calendrier") == 0) {
            TRY(parse_calendrier(ctx, val, c));
        } else if (strcmp(key, "seuils") == 0) {
            TRY(parse_seuils(ctx, val, c));
        } else if (strcmp(key, "severities") == 0 || strcmp(key, CLAS__JSON_OLD_SEVERITIES) == 0) {
            TRY(parse_severities(ctx, val, c));
        } else if (strcmp(key, "actions_parents_requises") == 0) {
            TRY(parse_actions_requises(ctx, val, c));
        } else if (strcmp(key, "consequences") == 0) {
            TRY(parse_consequences(ctx, val, c));
        } else if (strcmp(key, "source") == 0) {
            TRY(parse_source(ctx, val, &src, require_source));
            TRY(check(ctx, clas_cadre_set_source(c, src.titre, src.section, src.url), CLAS_ESCHEMA));
        } else if (strcmp(key, "sources") == 0 || strcmp(key, "non_etabli") == 0) {
            TRY(parse_references(ctx, val, key[0] == 'n', c, add_cadre_reference));
        } else {
            return clas__json_unknown_member(ctx, key,
                                             "departement, annee_scolaire, nom, calendrier, seuils, severities, "
                                             "actions_parents_requises, consequences, source, sources, non_etabli");
        }
        clas__json_pop(ctx);
    }
    if (require_source && !src.present)
        return clas__json_fail_msg(ctx, CLAS_ERULES, CLAS__MSG_SOURCE_MANQUANTE, NULL, 0);
    int st = clas_cadre_validate(c);
    if (st != CLAS_OK)
        return check(ctx, st, CLAS_ERULES);
    return CLAS_OK;
}

int clas__json_parse_cadre(clas_cadre **out, clas_json_ctx *ctx, json_t *v, bool require_source)
{
    TRY(clas__json_object(ctx, v));
    const char *dept = NULL, *annee = NULL;
    TRY(required_string(ctx, v, "departement", &dept));
    TRY(required_string(ctx, v, "annee_scolaire", &annee));
    clas_cadre *c = NULL;
    int st = clas_cadre_new(&c, dept, annee);
    if (st != CLAS_OK) {
        clas__json_push_key(ctx, clas__annee_valid(annee) ? "departement" : "annee_scolaire");
        return check(ctx, st, CLAS_ESCHEMA);
    }
    char saved[sizeof ctx->prefix];
    memcpy(saved, ctx->prefix, sizeof saved);
    snprintf(ctx->prefix, sizeof ctx->prefix, "cadre %s %s: ", dept, annee);
    st = parse_cadre_members(ctx, v, c, require_source);
    memcpy(ctx->prefix, saved, sizeof saved);
    if (st != CLAS_OK) {
        clas_cadre_free(c);
        return st;
    }
    *out = c;
    return CLAS_OK;
}

/* ---- document ----------------------------------------------------------- */

typedef struct parsed_regles {
    clas_bareme **baremes;
    size_t num_baremes;
    clas_cadre **cadres;
    size_t num_cadres;
} parsed_regles;

static void parsed_free(parsed_regles *p)
{
    for (size_t i = 0; i < p->num_baremes; i++)
        clas_bareme_free(p->baremes[i]);
    for (size_t i = 0; i < p->num_cadres; i++)
        clas_cadre_free(p->cadres[i]);
    free(p->baremes);
    free(p->cadres);
}

static bool same_cadre(const clas_cadre *a, const clas_cadre *b)
{
    return strcmp(a->departement, b->departement) == 0 && strcmp(a->annee_scolaire, b->annee_scolaire) == 0;
}

static int parse_entries(clas_json_ctx *ctx, json_t *arr, parsed_regles *p, bool baremes)
{
    TRY(clas__json_array(ctx, arr));
    size_t n = json_array_size(arr);
    if (n == 0)
        return CLAS_OK;
    void *items = calloc(n, baremes ? sizeof(clas_bareme *) : sizeof(clas_cadre *));
    if (!items)
        return clas__fail_nomem(NULL);
    if (baremes)
        p->baremes = items;
    else
        p->cadres = items;
    for (size_t i = 0; i < n; i++) {
        json_t *item = json_array_get(arr, i);
        clas__json_push_index(ctx, i);
        if (baremes) {
            TRY(parse_bareme(&p->baremes[i], ctx, item));
            p->num_baremes++;
            for (size_t j = 0; j < i; j++)
                if (strcmp(p->baremes[j]->annee_scolaire, p->baremes[i]->annee_scolaire) == 0) {
                    clas__json_push_key(ctx, "annee_scolaire");
                    return clas__json_failm(ctx, CLAS_ERULES, CLAS__MSG_BAREME_REPETE,
                                            CLAS__TEXT("annee_scolaire", p->baremes[i]->annee_scolaire),
                                            CLAS__INT("indice", j));
                }
        } else {
            TRY(clas__json_parse_cadre(&p->cadres[i], ctx, item, true));
            p->num_cadres++;
            for (size_t j = 0; j < i; j++)
                if (same_cadre(p->cadres[j], p->cadres[i])) {
                    clas__json_push_key(ctx, "annee_scolaire");
                    return clas__json_failm(ctx, CLAS_ERULES, CLAS__MSG_CADRE_REPETE,
                                            CLAS__TEXT("departement", p->cadres[i]->departement),
                                            CLAS__TEXT("annee_scolaire", p->cadres[i]->annee_scolaire),
                                            CLAS__INT("indice", j));
                }
        }
        clas__json_pop(ctx);
    }
    return CLAS_OK;
}

static int parse_regles(clas_json_ctx *ctx, json_t *root, parsed_regles *p)
{
    TRY(clas__json_check_format(ctx, root, FORMAT_REGLES, false));
    const char *key;
    json_t *val;
    json_object_foreach(root, key, val) {
        clas__json_push_key(ctx, key);
        if (strcmp(key, "format") == 0) {
            /* checked */
        } else if (strcmp(key, "baremes") == 0) {
            TRY(parse_entries(ctx, val, p, true));
        } else if (strcmp(key, "cadres") == 0) {
            TRY(parse_entries(ctx, val, p, false));
        } else {
            return clas__json_unknown_member(ctx, key, "format, baremes, cadres");
        }
        clas__json_pop(ctx);
    }
    return CLAS_OK;
}

/* Without the replace flag, an entry the builder already holds is an
 * error before anything is added. */
static int check_clashes(clas_json_ctx *ctx, const clas_regles_builder *builder, const parsed_regles *p)
{
    for (size_t i = 0; i < p->num_baremes; i++)
        for (size_t k = 0; k < builder->num_baremes; k++)
            if (strcmp(builder->baremes[k]->annee_scolaire, p->baremes[i]->annee_scolaire) == 0) {
                ctx->depth = 0;
                clas__json_push_key(ctx, "baremes");
                clas__json_push_index(ctx, i);
                clas__json_push_key(ctx, "annee_scolaire");
                return clas__json_failm(ctx, CLAS_EEXISTS, CLAS__MSG_BAREME_DEJA_DEFINI,
                                        CLAS__TEXT("annee_scolaire", p->baremes[i]->annee_scolaire));
            }
    for (size_t i = 0; i < p->num_cadres; i++)
        for (size_t k = 0; k < builder->num_cadres; k++)
            if (same_cadre(builder->cadres[k], p->cadres[i])) {
                ctx->depth = 0;
                clas__json_push_key(ctx, "cadres");
                clas__json_push_index(ctx, i);
                clas__json_push_key(ctx, "annee_scolaire");
                return clas__json_failm(ctx, CLAS_EEXISTS, CLAS__MSG_CADRE_DEJA_DEFINI,
                                        CLAS__TEXT("departement", p->cadres[i]->departement),
                                        CLAS__TEXT("annee_scolaire", p->cadres[i]->annee_scolaire));
            }
    return CLAS_OK;
}

static int add_parsed(clas_json_ctx *ctx, clas_regles_builder *builder, const parsed_regles *p, unsigned flags)
{
    for (size_t i = 0; i < p->num_baremes; i++) {
        int st = clas_regles_builder_add_bareme(builder, p->baremes[i], flags);
        if (st != CLAS_OK) {
            ctx->depth = 0;
            clas__json_push_key(ctx, "baremes");
            clas__json_push_index(ctx, i);
            return check(ctx, st, st);
        }
    }
    for (size_t i = 0; i < p->num_cadres; i++) {
        int st = clas_regles_builder_add_cadre(builder, p->cadres[i], flags);
        if (st != CLAS_OK) {
            ctx->depth = 0;
            clas__json_push_key(ctx, "cadres");
            clas__json_push_index(ctx, i);
            return check(ctx, st, st);
        }
    }
    return CLAS_OK;
}

int clas_regles_builder_add_json(clas_regles_builder *builder, const char *json, size_t len, const char *origin,
                                 unsigned flags)
{
    if (!builder || !json)
        return clas__fail_null(NULL);
    if (flags & ~CLAS_REGLES_REPLACE)
        return clas__fail_flags(NULL, flags);
    clas_json_ctx *ctx = malloc(sizeof *ctx);
    if (!ctx)
        return clas__fail_nomem(NULL);
    clas__json_ctx_init(ctx, json, len, origin);
    json_t *root = NULL;
    parsed_regles p = {0};
    int st = clas__json_load(&root, ctx);
    if (st == CLAS_OK)
        st = parse_regles(ctx, root, &p);
    if (st == CLAS_OK && !(flags & CLAS_REGLES_REPLACE))
        st = check_clashes(ctx, builder, &p);
    if (st == CLAS_OK)
        st = add_parsed(ctx, builder, &p, flags);
    parsed_free(&p);
    json_decref(root);
    free(ctx);
    return st;
}

typedef struct {
    clas_regles_builder *builder;
    unsigned flags;
} regles_file;

static int regles_text(void *data, const char *text, size_t len, const char *origin)
{
    regles_file *f = data;
    return clas_regles_builder_add_json(f->builder, text, len, origin, f->flags);
}

int clas_regles_builder_add_json_file(clas_regles_builder *builder, const char *path, unsigned flags)
{
    if (!builder || !path)
        return clas__fail_null(NULL);
    regles_file f = {builder, flags};
    return clas__json_read_text_file(path, regles_text, &f);
}

int clas_regles_to_json(char **out, const clas_regles *regles, unsigned flags)
{
    if (!out || !regles)
        return clas__fail_null(NULL);
    bool ok = true;
    json_t *o = json_object();
    if (!o)
        ok = false;
    clas__jw_set(o, "format", json_string(FORMAT_REGLES), &ok);
    json_t *bs = json_array();
    for (size_t i = 0; i < clas_regles_num_baremes(regles); i++)
        clas__jw_append(bs, clas__jw_bareme(clas_regles_get_bareme(regles, i), &ok), &ok);
    clas__jw_set(o, "baremes", bs, &ok);
    json_t *cs = json_array();
    for (size_t i = 0; i < clas_regles_num_cadres(regles); i++)
        clas__jw_append(cs, clas__jw_cadre(clas_regles_get_cadre(regles, i), false, &ok), &ok);
    clas__jw_set(o, "cadres", cs, &ok);
    return clas__json_dump(out, o, ok, flags);
}
