/* SPDX-License-Identifier: Apache-2.0 */
/* The constat codes (stable names, their rule, their messages in French
 * and English) and the human descriptions of trace steps. Messages are
 * formatted on demand, so evaluating stays free of string work. */
#include "engine/engine.h"

#include <stdio.h>
#include <string.h>

/* How a constat's valeur and limite read in a message. */
typedef enum value_kind { VK_COUNT, VK_CENTS, VK_DATE, VK_LEVELS } value_kind;

typedef struct code_info {
    const char *name;
    clas_regle regle;
    value_kind kind;
    bool always_info;   /* informational by nature, whatever the cadre says */
    const char *fr, *en; /* %V valeur, %L limite, %K the bonus kind from champ */
} code_info;

static const code_info CODES[CLAS_CODE_COUNT] = {
    [CLAS_CODE_PUBLIC_AUCUN_NIVEAU] = {"PUBLIC_AUCUN_NIVEAU", CLAS_REGLE_PUBLIC, VK_COUNT, false,
        "Aucun niveau scolaire indiqué : le Clas s'adresse aux élèves du CP à la Terminale.",
        "No school level given: the Clas is for pupils from CP to Terminale."},
    [CLAS_CODE_PUBLIC_NIVEAU_HORS_CHAMP] = {"PUBLIC_NIVEAU_HORS_CHAMP", CLAS_REGLE_PUBLIC, VK_LEVELS, false,
        "Niveaux hors du public du Clas (CP à Terminale) : %V.",
        "Levels outside the Clas public (CP to Terminale): %V."},
    [CLAS_CODE_HORS_TEMPS_NON] = {"HORS_TEMPS_NON", CLAS_REGLE_HORS_TEMPS, VK_COUNT, false,
        "Le collectif n'est pas déclaré hors temps scolaire ; le Clas se déroule hors temps scolaire.",
        "The collectif is not declared as outside school time; the Clas takes place outside school time."},
    [CLAS_CODE_AXE_ENFANTS_ABSENT] = {"AXE_ENFANTS_ABSENT", CLAS_REGLE_AXES, VK_COUNT, false,
        "Axe « enfants » : %V action(s), il en faut au moins %L.",
        "Axis \"children\": %V action(s), at least %L required."},
    [CLAS_CODE_AXE_PARENTS_ABSENT] = {"AXE_PARENTS_ABSENT", CLAS_REGLE_AXES, VK_COUNT, false,
        "Axe « parents » : %V action(s), il en faut au moins %L.",
        "Axis \"parents\": %V action(s), at least %L required."},
    [CLAS_CODE_AXE_ECOLE_ABSENT] = {"AXE_ECOLE_ABSENT", CLAS_REGLE_AXES, VK_COUNT, false,
        "Axe « école » : %V action(s), il en faut au moins %L.",
        "Axis \"school\": %V action(s), at least %L required."},
    [CLAS_CODE_AXE_TERRITOIRE_ABSENT] = {"AXE_TERRITOIRE_ABSENT", CLAS_REGLE_AXES, VK_COUNT, false,
        "Axe « territoire » : %V action(s), il en faut au moins %L.",
        "Axis \"territory\": %V action(s), at least %L required."},
    [CLAS_CODE_SOCLE_PARENTS_INSUFFISANT] = {"SOCLE_PARENTS_INSUFFISANT", CLAS_REGLE_SOCLE_PARENTS, VK_COUNT, false,
        "Socle d'actions envers les parents insuffisant : %V action(s), minimum %L.",
        "Minimum set of actions toward parents not met: %V action(s), at least %L."},
    [CLAS_CODE_GROUPE_TROP_PETIT] = {"GROUPE_TROP_PETIT", CLAS_REGLE_GROUPE, VK_COUNT, false,
        "Collectif de %V enfant(s) : le minimum est de %L.",
        "Group of %V child(ren): the minimum is %L."},
    [CLAS_CODE_GROUPE_TROP_GRAND] = {"GROUPE_TROP_GRAND", CLAS_REGLE_GROUPE, VK_COUNT, false,
        "Collectif de %V enfants : le maximum est de %L.",
        "Group of %V children: the maximum is %L."},
    [CLAS_CODE_ENCADREMENT_INSUFFISANT] = {"ENCADREMENT_INSUFFISANT", CLAS_REGLE_ENCADREMENT, VK_COUNT, false,
        "%V intervenant(s), salariés et bénévoles compris : il en faut au moins %L.",
        "%V adult(s) running the sessions, paid and volunteer: at least %L required."},
    [CLAS_CODE_DEPOT_HORS_DELAI] = {"DEPOT_HORS_DELAI", CLAS_REGLE_DELAI, VK_DATE, false,
        "Dossier déposé le %V, après la date limite du %L : il n'est pas examiné.",
        "Dossier filed on %V, after the %L deadline: it is not examined."},
    [CLAS_CODE_DEPOT_DATE_ABSENTE] = {"DEPOT_DATE_ABSENTE", CLAS_REGLE_DELAI, VK_DATE, false,
        "Date de dépôt absente : le respect de la date limite ne peut pas être vérifié.",
        "No filing date: the deadline cannot be checked."},
    [CLAS_CODE_DOSSIER_SANS_COLLECTIF] = {"DOSSIER_SANS_COLLECTIF", CLAS_REGLE_DELAI, VK_COUNT, false,
        "Dossier incomplet : aucun collectif n'est décrit.",
        "Incomplete dossier: no collectif is described."},
    [CLAS_CODE_AIDE_DEVOIRS_SEULE] = {"AIDE_DEVOIRS_SEULE", CLAS_REGLE_AIDE_DEVOIRS, VK_COUNT, false,
        "L'axe « enfants » se limite à l'aide aux devoirs, ce qui ne répond pas aux objectifs du Clas.",
        "The children axis is homework help only, which does not meet the aims of the Clas."},
    [CLAS_CODE_BUDGET_DEPENSES_NULLES] = {"BUDGET_DEPENSES_NULLES", CLAS_REGLE_BUDGET, VK_CENTS, false,
        "Dépenses de fonctionnement nulles : le budget prévisionnel est à compléter.",
        "Operating expenses are zero: the forecast budget must be completed."},
    [CLAS_CODE_BUDGET_FINANCEMENTS_NON_DECLARES] = {"BUDGET_FINANCEMENTS_NON_DECLARES", CLAS_REGLE_BUDGET, VK_COUNT,
        false, "Aucun autre financement n'est déclaré dans le budget prévisionnel.",
        "No other funding is declared in the forecast budget."},
    [CLAS_CODE_BUDGET_SURFINANCEMENT] = {"BUDGET_SURFINANCEMENT", CLAS_REGLE_BUDGET, VK_CENTS, false,
        "Ps, bonus et autres financements (%V) dépassent les dépenses (%L).",
        "Ps, bonuses and other funding (%V) exceed the expenses (%L)."},
    [CLAS_CODE_PS_PRIX_PLAFOND_APPLIQUE] = {"PS_PRIX_PLAFOND_APPLIQUE", CLAS_REGLE_PS, VK_CENTS, true,
        "Dépenses de %V retenues dans la limite du prix plafond de %L.",
        "Expenses of %V taken into account up to the ceiling of %L."},
    [CLAS_CODE_PS_MAXIMUM_APPLIQUE] = {"PS_MAXIMUM_APPLIQUE", CLAS_REGLE_PS, VK_CENTS, true,
        "Ps calculée de %V ramenée au montant maximal publié de %L.",
        "Computed Ps of %V reduced to the published maximum of %L."},
    [CLAS_CODE_BONUS_SANS_AGREMENT] = {"BONUS_SANS_AGREMENT", CLAS_REGLE_BONUS, VK_CENTS, false,
        "Bonus « %K » accordé à un collectif non agréé ou non éligible : les %V ne sont pas versés.",
        "Bonus \"%K\" granted to a collectif that is not approved or not eligible: %V is not paid."},
    [CLAS_CODE_BONUS_SANS_PROJET] = {"BONUS_SANS_PROJET", CLAS_REGLE_BONUS, VK_COUNT, false,
        "Bonus « %K » sans description du projet qui va au-delà du socle de la Ps.",
        "Bonus \"%K\" without a description of the project that goes beyond the base Ps."},
    [CLAS_CODE_BONUS_NON_DEMANDE] = {"BONUS_NON_DEMANDE", CLAS_REGLE_BONUS, VK_COUNT, false,
        "Bonus « %K » accordé sans avoir été demandé.",
        "Bonus \"%K\" granted without being requested."},
    [CLAS_CODE_BAREME_PROVISOIRE] = {"BAREME_PROVISOIRE", CLAS_REGLE_BAREME, VK_COUNT, false,
        "Aucun barème publié pour cette année scolaire : le dernier barème connu est reconduit, les montants sont provisoires.",
        "No barème published for this school year: the last known one is carried forward, amounts are provisional."},
    [CLAS_CODE_AGREMENT_REFUSE] = {"AGREMENT_REFUSE", CLAS_REGLE_AGREMENT, VK_COUNT, false,
        "Collectif refusé par le comité : aucun financement.",
        "Collectif refused by the committee: no funding."},
    [CLAS_CODE_AGREMENT_EN_ATTENTE] = {"AGREMENT_EN_ATTENTE", CLAS_REGLE_AGREMENT, VK_COUNT, true,
        "Décision du comité en attente : les montants sont prévisionnels et aucun bonus n'est retenu.",
        "Committee decision pending: amounts are forecasts and no bonus is counted."},
    [CLAS_CODE_BILAN_SOLDE] = {"BILAN_SOLDE", CLAS_REGLE_BILAN, VK_CENTS, true,
        "Après le bilan, solde à verser : %V.",
        "After the bilan, balance to pay: %V."},
    [CLAS_CODE_BILAN_INDU] = {"BILAN_INDU", CLAS_REGLE_BILAN, VK_CENTS, false,
        "Après le bilan, indu à récupérer : %V.",
        "After the bilan, overpayment to recover: %V."},
    [CLAS_CODE_BILAN_GROUPE_HORS_NORME] = {"BILAN_GROUPE_HORS_NORME", CLAS_REGLE_BILAN, VK_COUNT, false,
        "Bilan : %V enfant(s) accueilli(s), hors de la taille de collectif admise (limite %L).",
        "Bilan: %V child(ren) attended, outside the allowed group size (limit %L)."},
    [CLAS_CODE_DEPOT_DELAI_NON_VERIFIE] = {"DEPOT_DELAI_NON_VERIFIE", CLAS_REGLE_DELAI, VK_DATE, true,
        "Le cadre appliqué ne fixe pas de date limite de dépôt : le délai n'est pas vérifié.",
        "The cadre applied sets no filing deadline: the deadline is not checked."},
};

const char *clas_code_name(clas_code code)
{
    return (unsigned)code < CLAS_CODE_COUNT ? CODES[code].name : NULL;
}

int clas_code_parse(clas_code *out, const char *name)
{
    if (!out || !name)
        return clas__fail(CLAS_EINVAL, NULL, "clas_code_parse: NULL argument");
    for (int i = 0; i < CLAS_CODE_COUNT; i++)
        if (strcmp(CODES[i].name, name) == 0) {
            *out = (clas_code)i;
            return CLAS_OK;
        }
    return clas__fail(CLAS_EINVAL, NULL, "unknown constat code \"%s\"", name);
}

clas_regle clas_code_regle(clas_code code)
{
    return (unsigned)code < CLAS_CODE_COUNT ? CODES[code].regle : CLAS_REGLE_COUNT;
}

clas_severity clas__code_severity(const clas_cadre *cadre, clas_code code)
{
    clas_severity s = cadre->severities[CODES[code].regle];
    if (s != CLAS_SEVERITY_OFF && CODES[code].always_info)
        return CLAS_SEVERITY_INFO;
    return s;
}

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

static void put_value(sink *s, value_kind kind, int64_t v, clas_lang lang)
{
    char tmp[32];
    switch (kind) {
    case VK_CENTS: put_cents(s, v < 0 ? -v : v, lang); break;
    case VK_DATE: put_date(s, v); break;
    case VK_LEVELS: put_levels(s, v); break;
    case VK_COUNT:
    default:
        snprintf(tmp, sizeof tmp, "%lld", (long long)v);
        puts_(s, tmp);
    }
}

int clas_constat_format_message(char *buf, size_t size, const clas_constat *c, clas_lang lang)
{
    if (!c || (!buf && size > 0) || (unsigned)c->code >= CLAS_CODE_COUNT)
        return clas__fail(CLAS_EINVAL, NULL, "clas_constat_format_message: invalid argument");
    const code_info *info = &CODES[c->code];
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
        return clas__fail(CLAS_EINVAL, NULL, "clas_etape_format: invalid argument");
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
