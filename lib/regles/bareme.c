/* SPDX-License-Identifier: Apache-2.0 */
/* Barèmes: the yearly national amounts, and the Ps of R-PS. */
#include "regles/regles.h"
#include "regles/formulas.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BAREME_LOC_MAX 64

/* "barème 2025-2026: field", the location of an error on a barème. */
static const char *where(char buf[BAREME_LOC_MAX], const clas_bareme *b, const char *field)
{
    snprintf(buf, BAREME_LOC_MAX, "barème %s: %s", b->annee_scolaire, field);
    return buf;
}

int clas_bareme_new(clas_bareme **out, const char *annee_scolaire)
{
    if (!out)
        return clas__fail_null(NULL);
    if (!clas__annee_valid(annee_scolaire))
        return clas__failm(CLAS_EINVAL, "annee_scolaire", CLAS__MSG_ANNEE_INVALIDE,
                           CLAS__TEXT("annee_scolaire", clas__str(annee_scolaire)));
    clas_bareme *b = calloc(1, sizeof *b);
    if (!b)
        return clas__fail_nomem(NULL);
    memcpy(b->annee_scolaire, annee_scolaire, CLAS_ANNEE_LEN + 1);
    b->rounding = CLAS_ROUND_HALF_UP;
    *out = b;
    return CLAS_OK;
}

void clas__bareme_clear(clas_bareme *b)
{
    if (!b)
        return;
    free(b->source_titre);
    free(b->source_section);
    free(b->source_url);
    b->source_titre = b->source_section = b->source_url = NULL;
    clas__references_clear(&b->references);
}

void clas_bareme_free(clas_bareme *bareme)
{
    clas__bareme_clear(bareme);
    free(bareme);
}

/* Duplicates an optional string; false only when out of memory. */
static bool dup_opt(char **dst, const char *src)
{
    *dst = NULL;
    if (!src)
        return true;
    *dst = strdup(src);
    return *dst != NULL;
}

int clas__bareme_copy_into(clas_bareme *dst, const clas_bareme *src)
{
    clas_bareme tmp = *src;
    tmp.source_titre = tmp.source_section = tmp.source_url = NULL;
    tmp.references = (clas__references){NULL, 0};
    if (!dup_opt(&tmp.source_titre, src->source_titre) || !dup_opt(&tmp.source_section, src->source_section) ||
        !dup_opt(&tmp.source_url, src->source_url)) {
        clas__bareme_clear(&tmp);
        return clas__fail_nomem(NULL);
    }
    int st = clas__references_copy(&tmp.references, &src->references);
    if (st != CLAS_OK) {
        clas__bareme_clear(&tmp);
        return st;
    }
    *dst = tmp;
    return CLAS_OK;
}

int clas_bareme_copy(clas_bareme **out, const clas_bareme *bareme)
{
    if (!out || !bareme)
        return clas__fail_null(NULL);
    clas_bareme *b = malloc(sizeof *b);
    if (!b)
        return clas__fail_nomem(NULL);
    int st = clas__bareme_copy_into(b, bareme);
    if (st != CLAS_OK) {
        free(b);
        return st;
    }
    *out = b;
    return CLAS_OK;
}

const char *clas_bareme_get_annee_scolaire(const clas_bareme *bareme)
{
    return bareme ? bareme->annee_scolaire : "";
}

/* Shared check of the amount setters. */
static int check_amount(const clas_bareme *b, const char *field, int64_t value, int64_t max)
{
    char loc[BAREME_LOC_MAX];
    if (!b)
        return clas__fail_null(NULL);
    if (value < 0 || value > max)
        return clas__failm(CLAS_ERANGE, where(loc, b, field), CLAS__MSG_MONTANT_HORS_BORNES, CLAS__TEXT("champ", field),
                           CLAS__CENTS("montant", value), CLAS__CENTS("min", 0), CLAS__CENTS("max", max));
    return CLAS_OK;
}

int clas_bareme_set_taux(clas_bareme *bareme, int64_t taux_millionths)
{
    int st = check_amount(bareme, "taux", taux_millionths, CLAS_TAUX_UN);
    if (st == CLAS_OK)
        bareme->taux = taux_millionths;
    return st;
}

int64_t clas_bareme_get_taux(const clas_bareme *bareme) { return bareme ? bareme->taux : 0; }

int clas_bareme_set_prix_plafond(clas_bareme *bareme, clas_cents cents)
{
    int st = check_amount(bareme, "prix_plafond", cents, CLAS_CENTS_MAX);
    if (st == CLAS_OK)
        bareme->prix_plafond = cents;
    return st;
}

clas_cents clas_bareme_get_prix_plafond(const clas_bareme *bareme) { return bareme ? bareme->prix_plafond : 0; }

int clas_bareme_set_ps_max(clas_bareme *bareme, clas_cents cents)
{
    int st = check_amount(bareme, "ps_max", cents, CLAS_CENTS_MAX);
    if (st == CLAS_OK)
        bareme->ps_max = cents;
    return st;
}

clas_cents clas_bareme_get_ps_max(const clas_bareme *bareme) { return bareme ? bareme->ps_max : 0; }

int clas_bareme_set_bonus(clas_bareme *bareme, clas_bonus bonus, clas_cents cents)
{
    if (bareme && ((int)bonus < 0 || bonus >= CLAS_BONUS_COUNT))
        return clas__failm(CLAS_EINVAL, NULL, CLAS__MSG_VALEUR_INCONNUE, CLAS__WORD("quoi", "bonus", "bonus"), CLAS__INT("valeur", bonus));
    int st = check_amount(bareme, bonus == CLAS_BONUS_ENFANTS ? "bonus.enfants" : "bonus.parents", cents,
                          CLAS_CENTS_MAX);
    if (st == CLAS_OK)
        bareme->bonus[bonus] = cents;
    return st;
}

clas_cents clas_bareme_get_bonus(const clas_bareme *bareme, clas_bonus bonus)
{
    if (!bareme || (int)bonus < 0 || bonus >= CLAS_BONUS_COUNT)
        return 0;
    return bareme->bonus[bonus];
}

int clas_bareme_set_rounding(clas_bareme *bareme, clas_rounding rounding)
{
    if (!bareme)
        return clas__fail_null(NULL);
    if (!clas_rounding_name(rounding))
        return clas__failm(CLAS_EINVAL, NULL, CLAS__MSG_VALEUR_INCONNUE, CLAS__WORD("quoi", "rounding", "arrondi"), CLAS__INT("valeur", rounding));
    bareme->rounding = rounding;
    return CLAS_OK;
}

clas_rounding clas_bareme_get_rounding(const clas_bareme *bareme)
{
    return bareme ? bareme->rounding : CLAS_ROUND_HALF_UP;
}

int clas_bareme_set_source(clas_bareme *bareme, const char *titre, const char *section, const char *url)
{
    if (!bareme)
        return clas__fail_null(NULL);
    /* All or nothing: build the three copies, then swap them in. */
    char *t = NULL, *s = NULL, *u = NULL;
    int st = clas__text_set(&t, titre, CLAS_TEXT_MAX, "barème: source.titre");
    if (st == CLAS_OK)
        st = clas__text_set(&s, section, CLAS_TEXT_MAX, "barème: source.section");
    if (st == CLAS_OK)
        st = clas__text_set(&u, url, CLAS_TEXT_MAX, "barème: source.url");
    if (st != CLAS_OK) {
        free(t), free(s), free(u);
        return st;
    }
    clas__bareme_clear(bareme);
    bareme->source_titre = t;
    bareme->source_section = s;
    bareme->source_url = u;
    return CLAS_OK;
}

const char *clas_bareme_get_source_titre(const clas_bareme *bareme)
{
    return bareme ? clas__str(bareme->source_titre) : "";
}

const char *clas_bareme_get_source_section(const clas_bareme *bareme)
{
    return bareme ? clas__str(bareme->source_section) : "";
}

const char *clas_bareme_get_source_url(const clas_bareme *bareme)
{
    return bareme ? clas__str(bareme->source_url) : "";
}

/* An amount in cent-millionths as euros with only the decimals it needs
 * (at least two): 280071000000 -> "2800.71", 167970000000 -> "1679.70". */
static const char *format_exact(char *buf, size_t size, int64_t v)
{
    int64_t per_euro = 100 * (int64_t)CLAS_TAUX_UN;
    int64_t frac = v % per_euro;
    int digits = 8;
    while (digits > 2 && frac % 10 == 0) {
        frac /= 10;
        digits--;
    }
    snprintf(buf, size, "%lld.%0*lld", (long long)(v / per_euro), digits, (long long)frac);
    return buf;
}

int clas_bareme_add_reference(clas_bareme *bareme, const char *champs, const char *titre, const char *section,
                              const char *url, const char *note)
{
    char loc[BAREME_LOC_MAX];
    if (!bareme)
        return clas__fail_null(NULL);
    return clas__references_add(&bareme->references, where(loc, bareme, "sources"), champs, titre, section, url,
                                note);
}

size_t clas_bareme_num_references(const clas_bareme *bareme) { return bareme ? bareme->references.count : 0; }

const char *clas_bareme_get_reference(const clas_bareme *bareme, size_t i, clas_reference_part part)
{
    return bareme ? clas__references_get(&bareme->references, i, part) : "";
}

/* An amount of the barème outside min..1 billion euros. */
static int amount_range(const char *location, const char *prefix, const char *champ, clas_cents value,
                        clas_cents min)
{
    return clas__fail_msg(CLAS_ERULES, location, prefix, CLAS__MSG_MONTANT_HORS_BORNES,
                          (const clas__arg[]){CLAS__TEXT("champ", champ), CLAS__CENTS("montant", value),
                                              CLAS__CENTS("min", min), CLAS__CENTS("max", CLAS_CENTS_MAX)},
                          4);
}

int clas_bareme_validate(const clas_bareme *bareme)
{
    char loc[BAREME_LOC_MAX];
    if (!bareme)
        return clas__fail_null(NULL);
    const char *year = bareme->annee_scolaire;
    char prefix[BAREME_LOC_MAX];
    snprintf(prefix, sizeof prefix, "barème %s: ", year);
    if (!clas__annee_valid(year))
        return clas__fail_msg(CLAS_ERULES, "barème: annee_scolaire", "barème: ", CLAS__MSG_ANNEE_INVALIDE,
                              (const clas__arg[]){CLAS__TEXT("annee_scolaire", year)}, 1);
    if (bareme->taux < 0 || bareme->taux > CLAS_TAUX_UN)
        return clas__fail_msg(CLAS_ERULES, where(loc, bareme, "taux"), prefix, CLAS__MSG_VALEUR_HORS_BORNES,
                              (const clas__arg[]){CLAS__TEXT("champ", "taux"), CLAS__INT("valeur", bareme->taux),
                                                  CLAS__INT("min", 0), CLAS__INT("max", CLAS_TAUX_UN)},
                              4);
    if (bareme->prix_plafond <= 0 || bareme->prix_plafond > CLAS_CENTS_MAX)
        return amount_range(where(loc, bareme, "prix_plafond"), prefix, "prix_plafond", bareme->prix_plafond, 1);
    if (bareme->ps_max < 0 || bareme->ps_max > CLAS_CENTS_MAX)
        return amount_range(where(loc, bareme, "ps_max"), prefix, "ps_max", bareme->ps_max, 0);
    for (int i = 0; i < CLAS_BONUS_COUNT; i++)
        if (bareme->bonus[i] < 0 || bareme->bonus[i] > CLAS_CENTS_MAX)
            return amount_range(where(loc, bareme, "bonus"), prefix, i == CLAS_BONUS_ENFANTS ? "bonus.enfants" : "bonus.parents",
                                bareme->bonus[i], 0);
    if (!clas_rounding_name(bareme->rounding))
        return clas__fail_msg(CLAS_ERULES, where(loc, bareme, "arrondi"), prefix, CLAS__MSG_VALEUR_INCONNUE,
                              (const clas__arg[]){CLAS__WORD("quoi", "rounding", "arrondi"),
                                                  CLAS__INT("valeur", bareme->rounding)},
                              2);
    /* The published maximum may be below taux × prix_plafond (2 800,70 €
     * against 2 800,71 €), or above it by less than one unit of the
     * barème's rounding: a maximum published rounded up to the euro
     * (1 680 € for 30 % × 5 599 € = 1 679,70 €) loads under a euro
     * rounding, not under a cent one. Compared exactly, in cent-millionths. */
    int64_t unit = bareme->rounding == CLAS_ROUND_EURO_HALF_UP ? 100 : 1;
    int64_t exact = bareme->prix_plafond * bareme->taux; /* ≤ 1e11 × 1e6: no overflow */
    if (bareme->ps_max * CLAS_TAUX_UN - exact >= unit * CLAS_TAUX_UN) {
        char e[40];
        return clas__fail_msg(CLAS_ERULES, where(loc, bareme, "ps_max"), prefix, CLAS__MSG_PS_MAX_TROP_HAUT,
                              (const clas__arg[]){CLAS__CENTS("ps_max", bareme->ps_max),
                                                  CLAS__TEXT("exact", format_exact(e, sizeof e, exact)),
                                                  unit == 100 ? (clas__arg)CLAS__WORD("unite", "euro", "euro")
                                                              : (clas__arg)CLAS__WORD("unite", "cent", "centime")},
                              3);
    }
    return CLAS_OK;
}

int clas_bareme_compute_ps(clas_cents *out_ps, const clas_bareme *bareme, clas_cents depenses)
{
    char loc[BAREME_LOC_MAX];
    if (!out_ps || !bareme)
        return clas__fail_null(NULL);
    if (depenses < 0 || depenses > CLAS_CENTS_MAX)
        return clas__failm(CLAS_ERANGE, where(loc, bareme, "depenses"), CLAS__MSG_MONTANT_HORS_BORNES,
                           CLAS__TEXT("champ", "depenses"), CLAS__CENTS("montant", depenses), CLAS__CENTS("min", 0),
                           CLAS__CENTS("max", CLAS_CENTS_MAX));
    clas_ps ps;
    int st = clas__ps(&ps, bareme, depenses);
    if (st != CLAS_OK)
        return clas__failm(CLAS_EOVERFLOW, where(loc, bareme, "ps"), CLAS__MSG_DEPASSEMENT, CLAS__TEXT("quoi", "ps"));
    *out_ps = ps.ps;
    return CLAS_OK;
}
