/* SPDX-License-Identifier: Apache-2.0 */
/* The rule set: a builder collects barèmes and cadres; build() freezes a
 * reference-counted, immutable copy that threads may share. */
#include "regles/regles.h"
#include "base/sha256.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int clas_regles_builder_new(clas_regles_builder **out)
{
    if (!out)
        return clas__fail_null(NULL);
    clas_regles_builder *b = calloc(1, sizeof *b);
    if (!b)
        return clas__fail_nomem(NULL);
    *out = b;
    return CLAS_OK;
}

static void free_baremes(clas_bareme **items, size_t n)
{
    for (size_t i = 0; i < n; i++)
        clas_bareme_free(items[i]);
    free(items);
}

static void free_cadres(clas_cadre **items, size_t n)
{
    for (size_t i = 0; i < n; i++)
        clas_cadre_free(items[i]);
    free(items);
}

void clas_regles_builder_free(clas_regles_builder *builder)
{
    if (!builder)
        return;
    free_baremes(builder->baremes, builder->num_baremes);
    free_cadres(builder->cadres, builder->num_cadres);
    free(builder);
}

static int check_flags(unsigned flags)
{
    if (flags & ~CLAS_REGLES_REPLACE)
        return clas__fail_flags(NULL, flags);
    return CLAS_OK;
}

int clas_regles_builder_add_bareme(clas_regles_builder *builder, const clas_bareme *bareme, unsigned flags)
{
    if (!builder || !bareme)
        return clas__fail_null(NULL);
    int st = check_flags(flags);
    if (st == CLAS_OK)
        st = clas_bareme_validate(bareme);
    if (st != CLAS_OK)
        return st;
    size_t slot = builder->num_baremes;
    for (size_t i = 0; i < builder->num_baremes; i++)
        if (strcmp(builder->baremes[i]->annee_scolaire, bareme->annee_scolaire) == 0)
            slot = i;
    if (slot < builder->num_baremes && !(flags & CLAS_REGLES_REPLACE))
        return clas__failm(CLAS_EEXISTS, "baremes", CLAS__MSG_BAREME_EN_DOUBLE,
                           CLAS__TEXT("annee_scolaire", bareme->annee_scolaire));
    if (slot == builder->num_baremes) {
        void *items = builder->baremes;
        st = clas__grow(&items, &builder->cap_baremes, builder->num_baremes, sizeof *builder->baremes);
        builder->baremes = items;
        if (st != CLAS_OK)
            return st;
    }
    clas_bareme *copy = NULL;
    st = clas_bareme_copy(&copy, bareme);
    if (st != CLAS_OK)
        return st;
    if (slot < builder->num_baremes)
        clas_bareme_free(builder->baremes[slot]);
    else
        builder->num_baremes++;
    builder->baremes[slot] = copy;
    return CLAS_OK;
}

static bool same_cadre_key(const clas_cadre *a, const clas_cadre *b)
{
    return strcmp(a->departement, b->departement) == 0 && strcmp(a->annee_scolaire, b->annee_scolaire) == 0;
}

int clas_regles_builder_add_cadre(clas_regles_builder *builder, const clas_cadre *cadre, unsigned flags)
{
    if (!builder || !cadre)
        return clas__fail_null(NULL);
    int st = check_flags(flags);
    if (st == CLAS_OK)
        st = clas_cadre_validate(cadre);
    if (st != CLAS_OK)
        return st;
    size_t slot = builder->num_cadres;
    for (size_t i = 0; i < builder->num_cadres; i++)
        if (same_cadre_key(builder->cadres[i], cadre))
            slot = i;
    if (slot < builder->num_cadres && !(flags & CLAS_REGLES_REPLACE))
        return clas__failm(CLAS_EEXISTS, "cadres", CLAS__MSG_CADRE_EN_DOUBLE, CLAS__TEXT("departement", cadre->departement),
                           CLAS__TEXT("annee_scolaire", cadre->annee_scolaire));
    if (slot == builder->num_cadres) {
        void *items = builder->cadres;
        st = clas__grow(&items, &builder->cap_cadres, builder->num_cadres, sizeof *builder->cadres);
        builder->cadres = items;
        if (st != CLAS_OK)
            return st;
    }
    clas_cadre *copy = NULL;
    st = clas_cadre_copy(&copy, cadre);
    if (st != CLAS_OK)
        return st;
    if (slot < builder->num_cadres)
        clas_cadre_free(builder->cadres[slot]);
    else
        builder->num_cadres++;
    builder->cadres[slot] = copy;
    return CLAS_OK;
}

static int compare_baremes(const void *a, const void *b)
{
    const clas_bareme *x = *(clas_bareme *const *)a, *y = *(clas_bareme *const *)b;
    return strcmp(x->annee_scolaire, y->annee_scolaire);
}

static int compare_cadres(const void *a, const void *b)
{
    const clas_cadre *x = *(clas_cadre *const *)a, *y = *(clas_cadre *const *)b;
    int c = strcmp(x->departement, y->departement);
    return c ? c : strcmp(x->annee_scolaire, y->annee_scolaire);
}

/* Canonical text: one "key=value" line per field, in a fixed order, with
 * '\\' and newlines escaped so that no text can forge a line. */
static void hash_field(clas__sha256 *h, const char *key, const char *value)
{
    clas__sha256_update(h, key, strlen(key));
    clas__sha256_update(h, "=", 1);
    for (const char *p = value ? value : ""; *p; p++) {
        if (*p == '\\')
            clas__sha256_update(h, "\\\\", 2);
        else if (*p == '\n')
            clas__sha256_update(h, "\\n", 2);
        else
            clas__sha256_update(h, p, 1);
    }
    clas__sha256_update(h, "\n", 1);
}

static void hash_int(clas__sha256 *h, const char *key, int64_t value)
{
    char buf[24];
    snprintf(buf, sizeof buf, "%lld", (long long)value);
    hash_field(h, key, buf);
}

static void hash_references(clas__sha256 *h, const clas__references *refs)
{
    static const char *const parts[CLAS_REFERENCE_PART_COUNT] = {"ref.champs", "ref.titre", "ref.section", "ref.url",
                                                                 "ref.note"};
    for (size_t i = 0; i < refs->count; i++)
        for (int p = 0; p < CLAS_REFERENCE_PART_COUNT; p++)
            hash_field(h, parts[p], refs->items[i].parts[p]);
}

static void hash_bareme(clas__sha256 *h, const clas_bareme *b)
{
    hash_field(h, "bareme", b->annee_scolaire);
    hash_int(h, "taux", b->taux);
    hash_int(h, "prix_plafond", b->prix_plafond);
    hash_int(h, "ps_max", b->ps_max);
    for (int i = 0; i < CLAS_BONUS_COUNT; i++) {
        char key[32];
        snprintf(key, sizeof key, "bonus.%s", clas_bonus_name((clas_bonus)i));
        hash_int(h, key, b->bonus[i]);
    }
    hash_field(h, "arrondi", clas_rounding_name(b->rounding));
    hash_field(h, "source.titre", b->source_titre);
    hash_field(h, "source.section", b->source_section);
    hash_field(h, "source.url", b->source_url);
    hash_references(h, &b->references);
}

static void hash_cadre(clas__sha256 *h, const clas_cadre *c)
{
    hash_field(h, "cadre", c->departement);
    hash_field(h, "annee_scolaire", c->annee_scolaire);
    hash_field(h, "nom", c->nom);
    for (int k = 0; k < CLAS_DATE_KIND_COUNT; k++) {
        char key[32];
        snprintf(key, sizeof key, "calendrier.%s", clas_date_kind_name((clas_date_kind)k));
        hash_field(h, key, c->dates[k]);
    }
    for (int s = 0; s < CLAS_SEUIL_COUNT; s++) {
        char key[48];
        snprintf(key, sizeof key, "seuils.%s", clas_seuil_name((clas_seuil)s));
        hash_int(h, key, c->seuils[s]);
    }
    for (int r = 0; r < CLAS_REGLE_COUNT; r++) {
        char key[48];
        /* The digest's own key, kept as it was so that fingerprints stay. */
        snprintf(key, sizeof key, "severites.%s", clas_regle_id((clas_regle)r));
        hash_field(h, key, clas_severity_name(c->severities[r]));
    }
    hash_int(h, "actions_parents_requises", c->actions_parents_requises);
    hash_field(h, "source.titre", c->source_titre);
    hash_field(h, "source.section", c->source_section);
    hash_field(h, "source.url", c->source_url);
    hash_references(h, &c->references);
    static const char *const parts[CLAS_CONSEQUENCE_PART_COUNT] = {"consequence.texte", "consequence.titre",
                                                                   "consequence.section", "consequence.url"};
    for (size_t i = 0; i < c->consequences.count; i++) {
        hash_field(h, "consequence", clas_code_name(c->consequences.items[i].code));
        for (int p = 0; p < CLAS_CONSEQUENCE_PART_COUNT; p++)
            hash_field(h, parts[p], c->consequences.items[i].parts[p]);
    }
}

static void compute_hash(clas_regles *r)
{
    clas__sha256 h;
    unsigned char digest[CLAS_SHA256_DIGEST];
    clas__sha256_init(&h);
    hash_field(&h, "format", "clas-regles/1");
    for (size_t i = 0; i < r->num_baremes; i++)
        hash_bareme(&h, r->baremes[i]);
    for (size_t i = 0; i < r->num_cadres; i++)
        hash_cadre(&h, r->cadres[i]);
    clas__sha256_final(&h, digest);
    clas__sha256_hex(r->hash, digest);
}

static void regles_destroy(clas_regles *r)
{
    free_baremes(r->baremes, r->num_baremes);
    free_cadres(r->cadres, r->num_cadres);
    clas_cadre_free(r->national_default);
    free(r);
}

int clas_regles_builder_build(clas_regles **out, const clas_regles_builder *builder)
{
    if (!out || !builder)
        return clas__fail_null(NULL);
    clas_regles *r = calloc(1, sizeof *r);
    if (!r)
        return clas__fail_nomem(NULL);
    atomic_init(&r->refcount, 1);
    int st = CLAS_OK;
    /* calloc(0) may return NULL: always ask for at least one slot. */
    r->baremes = calloc(builder->num_baremes + 1, sizeof *r->baremes);
    r->cadres = calloc(builder->num_cadres + 1, sizeof *r->cadres);
    r->national_default = calloc(1, sizeof *r->national_default);
    if (!r->baremes || !r->cadres || !r->national_default)
        st = clas__fail_nomem(NULL);
    for (size_t i = 0; st == CLAS_OK && i < builder->num_baremes; i++) {
        st = clas_bareme_copy(&r->baremes[i], builder->baremes[i]);
        if (st == CLAS_OK)
            r->num_baremes++;
    }
    for (size_t i = 0; st == CLAS_OK && i < builder->num_cadres; i++) {
        st = clas_cadre_copy(&r->cadres[i], builder->cadres[i]);
        if (st == CLAS_OK)
            r->num_cadres++;
    }
    if (st != CLAS_OK) {
        regles_destroy(r);
        return st;
    }
    /* The cadre of last resort, for any year and department: it says where
     * its values come from like every other cadre. */
    strcpy(r->national_default->departement, "national");
    clas__cadre_defaults(r->national_default);
    st = clas_cadre_set_nom(r->national_default, "Valeurs nationales par défaut (toute année scolaire)");
    if (st == CLAS_OK)
        st = clas_cadre_set_source(r->national_default,
                                   "CNAF, référentiel national de financement du Clas",
                                   "cadre organisationnel : groupes de 8 à 12 enfants, 2 intervenants, "
                                   "quatre axes, socle d'actions envers les parents",
                                   NULL);
    if (st != CLAS_OK) {
        regles_destroy(r);
        return st;
    }
    qsort(r->baremes, r->num_baremes, sizeof *r->baremes, compare_baremes);
    qsort(r->cadres, r->num_cadres, sizeof *r->cadres, compare_cadres);
    compute_hash(r);
    *out = r;
    return CLAS_OK;
}

clas_regles *clas_regles_ref(clas_regles *regles)
{
    if (regles)
        atomic_fetch_add_explicit(&regles->refcount, 1, memory_order_relaxed);
    return regles;
}

void clas_regles_unref(clas_regles *regles)
{
    /* acq_rel: the last owner must see every other owner's reads done
     * before it frees. */
    if (regles && atomic_fetch_sub_explicit(&regles->refcount, 1, memory_order_acq_rel) == 1)
        regles_destroy(regles);
}

size_t clas_regles_num_baremes(const clas_regles *regles) { return regles ? regles->num_baremes : 0; }

const clas_bareme *clas_regles_get_bareme(const clas_regles *regles, size_t i)
{
    return regles && i < regles->num_baremes ? regles->baremes[i] : NULL;
}

size_t clas_regles_num_cadres(const clas_regles *regles) { return regles ? regles->num_cadres : 0; }

const clas_cadre *clas_regles_get_cadre(const clas_regles *regles, size_t i)
{
    return regles && i < regles->num_cadres ? regles->cadres[i] : NULL;
}

int clas_regles_find_bareme(const clas_bareme **out, int *provisional, const clas_regles *regles,
                            const char *annee_scolaire, unsigned flags)
{
    if (!out || !regles || !annee_scolaire)
        return clas__fail_null(NULL);
    if (flags & ~CLAS_CARRY_FORWARD)
        return clas__fail_flags(NULL, flags);
    /* Every barème's year was validated when it was added: a year found is
     * valid, so only a year not found is checked (the same error first). */
    const clas_bareme *before = NULL;
    for (size_t i = 0; i < regles->num_baremes; i++) {
        int c = strcmp(regles->baremes[i]->annee_scolaire, annee_scolaire);
        if (c == 0) {
            *out = regles->baremes[i];
            if (provisional)
                *provisional = 0;
            return CLAS_OK;
        }
        if (c < 0)
            before = regles->baremes[i]; /* sorted: the last one wins */
    }
    if (!clas__annee_valid(annee_scolaire))
        return clas__failm(CLAS_EINVAL, "annee_scolaire", CLAS__MSG_ANNEE_INVALIDE,
                           CLAS__TEXT("annee_scolaire", annee_scolaire));
    if ((flags & CLAS_CARRY_FORWARD) && regles->num_baremes > 0) {
        *out = before ? before : regles->baremes[regles->num_baremes - 1];
        if (provisional)
            *provisional = 1;
        return CLAS_OK;
    }
    return clas__failm(CLAS_ENOBAREME, "annee_scolaire", CLAS__MSG_BAREME_ABSENT,
                       CLAS__TEXT("annee_scolaire", annee_scolaire));
}

static const clas_cadre *find_exact(const clas_regles *r, const char *departement, const char *annee)
{
    for (size_t i = 0; i < r->num_cadres; i++)
        if (strcmp(r->cadres[i]->departement, departement) == 0 &&
            strcmp(r->cadres[i]->annee_scolaire, annee) == 0)
            return r->cadres[i];
    return NULL;
}

int clas_regles_find_cadre(const clas_cadre **out, const clas_regles *regles, const char *departement,
                           const char *annee_scolaire)
{
    if (!out || !regles || !annee_scolaire)
        return clas__fail_null(NULL);
    const clas_cadre *c = NULL;
    if (departement && *departement)
        c = find_exact(regles, departement, annee_scolaire);
    if (!c)
        c = find_exact(regles, "national", annee_scolaire);
    *out = c ? c : regles->national_default;
    return CLAS_OK;
}

const char *clas_regles_hash(const clas_regles *regles) { return regles ? regles->hash : ""; }
