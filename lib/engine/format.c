/* SPDX-License-Identifier: Apache-2.0 */
/* Messages of constats and the human form of trace steps, in French and
 * English, formatted on demand from the catalogue so that evaluating stays
 * free of string work. */
#include "engine/engine.h"

#include <stdio.h>
#include <string.h>

/* A growing output that never overflows and counts what it would need. */
typedef struct sink {
    char *buf;
    size_t size, len;
} sink;

static void put(sink *s, const char *text, size_t n)
{
    if (s->len + 1 < s->size) {
        size_t room = s->size - 1 - s->len;
        memcpy(s->buf + s->len, text, n < room ? n : room);
    }
    s->len += n;
    if (s->size > 0)
        s->buf[s->len < s->size ? s->len : s->size - 1] = '\0';
}

static void puts_(sink *s, const char *text) { put(s, text, strlen(text)); }

static void put_date(sink *s, int64_t yyyymmdd)
{
    char tmp[16];
    if (yyyymmdd <= 0) {
        puts_(s, "-");
        return;
    }
    snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", (int)(yyyymmdd / 10000), (int)(yyyymmdd / 100 % 100),
             (int)(yyyymmdd % 100));
    puts_(s, tmp);
}

static void put_cents(sink *s, clas_cents cents, clas_lang lang)
{
    char tmp[64];
    clas_cents_format_human(tmp, sizeof tmp, cents, lang);
    puts_(s, tmp);
}

static void put_levels(sink *s, int64_t mask)
{
    const char *sep = "";
    for (int n = 0; n < CLAS_NIVEAU_COUNT; n++)
        if (mask & (INT64_C(1) << n)) {
            puts_(s, sep);
            puts_(s, clas_niveau_name((clas_niveau)n));
            sep = ", ";
        }
}

static void put_value(sink *s, clas_value_kind kind, int64_t v, clas_lang lang)
{
    char tmp[32];
    switch (kind) {
    case CLAS_VK_CENTS: put_cents(s, v < 0 ? -v : v, lang); break;
    case CLAS_VK_DATE: put_date(s, v); break;
    case CLAS_VK_LEVELS: put_levels(s, v); break;
    case CLAS_VK_ACTION: puts_(s, clas__str(clas_action_name((clas_action)v))); break;
    case CLAS_VK_COUNT:
    default:
        snprintf(tmp, sizeof tmp, "%lld", (long long)v);
        puts_(s, tmp);
    }
}

int clas_constat_format_message(char *buf, size_t size, const clas_constat *c, clas_lang lang)
{
    if (!c || (!buf && size > 0) || (unsigned)c->code >= CLAS_CODE_COUNT)
        return clas__failm(CLAS_EINVAL, NULL, CLAS__MSG_ARGUMENT_INVALIDE, CLAS__TEXT("fonction", __func__));
    const clas_code_row *info = clas__code_row(c->code);
    const char *t = lang == CLAS_LANG_EN ? info->en : info->fr;
    sink s = {buf, size, 0};
    if (size > 0)
        buf[0] = '\0';
    for (; *t; t++) {
        if (t[0] == '%' && (t[1] == 'V' || t[1] == 'L' || t[1] == 'K')) {
            if (t[1] == 'K') {
                const char *dot = strchr(c->champ, '.');
                puts_(&s, dot ? dot + 1 : c->champ);
            } else {
                put_value(&s, info->kind, t[1] == 'V' ? c->valeur : c->limite, lang);
            }
            t++;
        } else {
            put(&s, t, 1);
        }
    }
    /* The cadre's consequence, in its words and with its text, after the fact. */
    const char *texte = clas_constat_get_consequence(c, CLAS_CONSEQUENCE_TEXTE);
    if (*texte) {
        const char *section = clas_constat_get_consequence(c, CLAS_CONSEQUENCE_SECTION);
        puts_(&s, lang == CLAS_LANG_EN ? " Consequence under the cadre: \"" : " Conséquence selon le cadre : « ");
        puts_(&s, texte);
        puts_(&s, lang == CLAS_LANG_EN ? "\" (" : " » (");
        puts_(&s, clas_constat_get_consequence(c, CLAS_CONSEQUENCE_TITRE));
        if (*section) {
            puts_(&s, ", ");
            puts_(&s, section);
        }
        puts_(&s, ")");
    }
    return s.len > (size_t)INT32_MAX ? CLAS_ERANGE : (int)s.len;
}

static void put_unit_value(sink *s, clas_unite unite, int64_t v, clas_lang lang)
{
    char tmp[48];
    switch (unite) {
    case CLAS_UNITE_CENTS: put_cents(s, v, lang); return;
    case CLAS_UNITE_DATE: put_date(s, v); return;
    case CLAS_UNITE_BOOLEEN: puts_(s, v ? (lang == CLAS_LANG_EN ? "yes" : "oui") : (lang == CLAS_LANG_EN ? "no" : "non")); return;
    case CLAS_UNITE_TAUX: {
        /* Millionths as a percentage with at most four decimals: 330000 → 33 %. */
        int64_t whole = v / 10000, frac = v % 10000;
        int len = snprintf(tmp, sizeof tmp, "%lld", (long long)whole);
        if (frac) {
            len += snprintf(tmp + len, sizeof tmp - (size_t)len, "%c%04lld", lang == CLAS_LANG_EN ? '.' : ',',
                            (long long)frac);
            while (tmp[len - 1] == '0')
                tmp[--len] = '\0';
        }
        puts_(s, tmp);
        puts_(s, lang == CLAS_LANG_EN ? "%" : " %");
        return;
    }
    case CLAS_UNITE_NIVEAUX:
        if (v == 0)
            puts_(s, "-");
        put_levels(s, v);
        return;
    case CLAS_UNITE_DECISION: puts_(s, clas__str(clas_decision_name((clas_decision)v))); return;
    case CLAS_UNITE_NOMBRE:
    default:
        snprintf(tmp, sizeof tmp, "%lld", (long long)v);
        puts_(s, tmp);
    }
}

int clas_etape_format(char *buf, size_t size, const clas_etape *e, clas_lang lang)
{
    if (!e || (!buf && size > 0))
        return clas__failm(CLAS_EINVAL, NULL, CLAS__MSG_ARGUMENT_INVALIDE, CLAS__TEXT("fonction", __func__));
    sink s = {buf, size, 0};
    if (size > 0)
        buf[0] = '\0';
    puts_(&s, "[");
    puts_(&s, clas_regle_id(e->regle));
    puts_(&s, "] ");
    puts_(&s, e->operation);
    puts_(&s, " = ");
    puts_(&s, e->formule);
    puts_(&s, lang == CLAS_LANG_EN ? "; with " : " ; avec ");
    for (size_t i = 0; i < e->num_entrees; i++) {
        if (i > 0)
            puts_(&s, ", ");
        puts_(&s, e->entree_nom[i]);
        puts_(&s, " = ");
        put_unit_value(&s, e->entree_unite[i], e->entree_valeur[i], lang);
    }
    puts_(&s, " => ");
    puts_(&s, e->sortie_nom);
    puts_(&s, " = ");
    put_unit_value(&s, e->sortie_unite, e->sortie_valeur, lang);
    return s.len > (size_t)INT32_MAX ? CLAS_ERANGE : (int)s.len;
}
