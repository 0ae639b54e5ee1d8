/* SPDX-License-Identifier: Apache-2.0 */
/* Cadres: a department's framework for one school year (calendar,
 * thresholds, severities), with the national defaults of domain.md §3
 * (the severities and which rules can be silenced come from the catalogue,
 * lib/regles/catalogue.c). */
#include "regles/regles.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CADRE_LOC_MAX 64

static const char *where(char buf[CADRE_LOC_MAX], const clas_cadre *c, const char *field)
{
    snprintf(buf, CADRE_LOC_MAX, "cadre %s %s: %s", c->departement, c->annee_scolaire, field);
    return buf;
}

/* A department neither "national" nor a code. */
static int dept_error(int code, const char *location, const char *prefix, const char *dept)
{
    char shown[21];
    snprintf(shown, sizeof shown, "%s", dept);
    return clas__fail_msg(code, location, prefix, CLAS__MSG_DEPARTEMENT_CADRE_INVALIDE,
                          (const clas__arg[]){CLAS__TEXT("departement", shown)}, 1);
}

/* A date of the calendar that is not one; the committee's may be a month. */
static int date_error(int code, const char *location, const char *prefix, const char *date, clas_date_kind kind)
{
    char shown[21];
    snprintf(shown, sizeof shown, "%s", date);
    return clas__fail_msg(code, location, prefix, CLAS__MSG_DATE_INVALIDE,
                          (const clas__arg[]){CLAS__TEXT("date", shown),
                                              kind == CLAS_DATE_COMITE
                                                  ? (clas__arg)CLAS__WORD("forme", "YYYY-MM-DD or YYYY-MM",
                                                                          "AAAA-MM-JJ ou AAAA-MM")
                                                  : (clas__arg)CLAS__WORD("forme", "YYYY-MM-DD", "AAAA-MM-JJ")},
                          2);
}

/* Two dates of the calendar in the wrong order. */
static int order_error(const char *location, const char *prefix, const char *nom, const char *date,
                       const char *nom_avant, const char *date_avant)
{
    return clas__fail_msg(CLAS_ERULES, location, prefix, CLAS__MSG_DATES_DANS_LE_DESORDRE,
                          (const clas__arg[]){CLAS__TEXT("nom", nom), CLAS__TEXT("date", date),
                                              CLAS__TEXT("nom_avant", nom_avant), CLAS__TEXT("date_avant", date_avant)},
                          4);
}

void clas__cadre_defaults(clas_cadre *c)
{
    static const int64_t seuils[CLAS_SEUIL_COUNT] = {
        [CLAS_SEUIL_ENFANTS_MIN] = 8,
        [CLAS_SEUIL_ENFANTS_MAX] = 12,
        [CLAS_SEUIL_INTERVENANTS_MIN] = 2,
        [CLAS_SEUIL_ACTIONS_PARENTS_MIN] = 1,
        [CLAS_SEUIL_ACTIONS_PAR_AXE_MIN] = 1,
        [CLAS_SEUIL_TAUX_ACOMPTE] = 0, /* [U]: no advance unless the department sets one */
        /* [U]: the référentiel sets a frequency the texts seen do not quote;
         * nationally only a frequency that is declared at all is checked. */
        [CLAS_SEUIL_SEANCES_PAR_SEMAINE_MIN] = 1,
        [CLAS_SEUIL_MINUTES_PAR_SEANCE_MIN] = 1,
        [CLAS_SEUIL_SEMAINES_MIN] = 1,
        [CLAS_SEUIL_CYCLES_MAX] = 1, /* [U]: used only where a cadre enables R-COMPOSITION */
    };
    memcpy(c->seuils, seuils, sizeof seuils);
    for (int r = 0; r < CLAS_REGLE_COUNT; r++)
        c->severities[r] = clas_regle_default_severity((clas_regle)r);
}

int clas_cadre_new(clas_cadre **out, const char *departement, const char *annee_scolaire)
{
    if (!out)
        return clas__fail_null(NULL);
    if (!departement || (strcmp(departement, "national") != 0 && !clas__departement_valid(departement)))
        return dept_error(CLAS_EINVAL, "departement", NULL, clas__str(departement));
    if (!clas__annee_valid(annee_scolaire))
        return clas__failm(CLAS_EINVAL, "annee_scolaire", CLAS__MSG_ANNEE_INVALIDE,
                           CLAS__TEXT("annee_scolaire", clas__str(annee_scolaire)));
    clas_cadre *c = calloc(1, sizeof *c);
    if (!c)
        return clas__fail_nomem(NULL);
    snprintf(c->departement, sizeof c->departement, "%s", departement);
    memcpy(c->annee_scolaire, annee_scolaire, CLAS_ANNEE_LEN + 1);
    clas__cadre_defaults(c);
    *out = c;
    return CLAS_OK;
}

void clas__cadre_clear(clas_cadre *c)
{
    if (!c)
        return;
    free(c->nom);
    free(c->source_titre);
    free(c->source_section);
    free(c->source_url);
    c->nom = c->source_titre = c->source_section = c->source_url = NULL;
    clas__references_clear(&c->references);
    clas__consequences_clear(&c->consequences);
}

void clas_cadre_free(clas_cadre *cadre)
{
    clas__cadre_clear(cadre);
    free(cadre);
}

static bool dup_opt(char **dst, const char *src)
{
    *dst = NULL;
    if (!src)
        return true;
    *dst = strdup(src);
    return *dst != NULL;
}

int clas__cadre_copy_into(clas_cadre *dst, const clas_cadre *src)
{
    clas_cadre tmp = *src;
    tmp.nom = tmp.source_titre = tmp.source_section = tmp.source_url = NULL;
    tmp.references = (clas__references){NULL, 0};
    tmp.consequences = (clas__consequences){NULL, 0};
    if (!dup_opt(&tmp.nom, src->nom) || !dup_opt(&tmp.source_titre, src->source_titre) ||
        !dup_opt(&tmp.source_section, src->source_section) || !dup_opt(&tmp.source_url, src->source_url)) {
        clas__cadre_clear(&tmp);
        return clas__fail_nomem(NULL);
    }
    int st = clas__references_copy(&tmp.references, &src->references);
    if (st == CLAS_OK)
        st = clas__consequences_copy(&tmp.consequences, &src->consequences);
    if (st != CLAS_OK) {
        clas__cadre_clear(&tmp);
        return st;
    }
    *dst = tmp;
    return CLAS_OK;
}

int clas_cadre_copy(clas_cadre **out, const clas_cadre *cadre)
{
    if (!out || !cadre)
        return clas__fail_null(NULL);
    clas_cadre *c = malloc(sizeof *c);
    if (!c)
        return clas__fail_nomem(NULL);
    int st = clas__cadre_copy_into(c, cadre);
    if (st != CLAS_OK) {
        free(c);
        return st;
    }
    *out = c;
    return CLAS_OK;
}

const char *clas_cadre_get_departement(const clas_cadre *cadre) { return cadre ? cadre->departement : ""; }

const char *clas_cadre_get_annee_scolaire(const clas_cadre *cadre) { return cadre ? cadre->annee_scolaire : ""; }

int clas_cadre_set_nom(clas_cadre *cadre, const char *nom)
{
    char loc[CADRE_LOC_MAX];
    if (!cadre)
        return clas__fail_null(NULL);
    return clas__text_set(&cadre->nom, nom, CLAS_TEXT_MAX, where(loc, cadre, "nom"));
}

const char *clas_cadre_get_nom(const clas_cadre *cadre) { return cadre ? clas__str(cadre->nom) : ""; }

int clas_cadre_set_date(clas_cadre *cadre, clas_date_kind kind, const char *date)
{
    char loc[CADRE_LOC_MAX];
    if (!cadre)
        return clas__fail_null(NULL);
    const char *name = clas_date_kind_name(kind);
    if (!name)
        return clas__failm(CLAS_EINVAL, where(loc, cadre, "calendrier"), CLAS__MSG_VALEUR_INCONNUE, CLAS__WORD("quoi", "date kind", "sorte de date"), CLAS__INT("valeur", kind));
    if (!date) {
        cadre->dates[kind][0] = '\0';
        return CLAS_OK;
    }
    if (!clas__date_valid(date, kind == CLAS_DATE_COMITE))
        return date_error(CLAS_EINVAL, where(loc, cadre, name), NULL, date, kind);
    snprintf(cadre->dates[kind], sizeof cadre->dates[kind], "%s", date);
    return CLAS_OK;
}

const char *clas_cadre_get_date(const clas_cadre *cadre, clas_date_kind kind)
{
    if (!cadre || !clas_date_kind_name(kind) || !cadre->dates[kind][0])
        return NULL;
    return cadre->dates[kind];
}

int clas_cadre_set_seuil(clas_cadre *cadre, clas_seuil seuil, int64_t value)
{
    char loc[CADRE_LOC_MAX];
    if (!cadre)
        return clas__fail_null(NULL);
    const char *name = clas_seuil_name(seuil);
    if (!name)
        return clas__failm(CLAS_EINVAL, where(loc, cadre, "seuils"), CLAS__MSG_VALEUR_INCONNUE, CLAS__WORD("quoi", "seuil", "seuil"), CLAS__INT("valeur", seuil));
    /* Rates are at most 100 %; the consequence options are small enumerations. */
    int64_t max = seuil == CLAS_SEUIL_TAUX_ACOMPTE           ? CLAS_TAUX_UN
                  : seuil == CLAS_SEUIL_BILAN_REDUCTION      ? CLAS_BILAN_REDUCTION_ZERO
                  : seuil == CLAS_SEUIL_DROIT_REEL_PLAFONNE  ? 1
                  : seuil == CLAS_SEUIL_SURFINANCEMENT_ECRETE ? 1
                                                             : INT64_MAX;
    if (value < 0 || value > max)
        return clas__failm(CLAS_ERANGE, where(loc, cadre, name), CLAS__MSG_VALEUR_HORS_BORNES, CLAS__TEXT("champ", name),
                           CLAS__INT("valeur", value), CLAS__INT("min", 0), CLAS__INT("max", max));
    cadre->seuils[seuil] = value;
    return CLAS_OK;
}

int64_t clas_cadre_get_seuil(const clas_cadre *cadre, clas_seuil seuil)
{
    if (!cadre || !clas_seuil_name(seuil))
        return 0;
    return cadre->seuils[seuil];
}

int clas_cadre_set_action_parents_requise(clas_cadre *cadre, clas_action action, int requise)
{
    char loc[CADRE_LOC_MAX];
    if (!cadre)
        return clas__fail_null(NULL);
    if (clas_action_axe(action) != CLAS_AXE_PARENTS)
        return clas__failm(CLAS_EINVAL, where(loc, cadre, "actions_parents_requises"), CLAS__MSG_ACTION_HORS_PARENTS,
                           CLAS__INT("action", action));
    if (requise)
        cadre->actions_parents_requises |= UINT32_C(1) << action;
    else
        cadre->actions_parents_requises &= ~(UINT32_C(1) << action);
    return CLAS_OK;
}

int clas_cadre_get_action_parents_requise(const clas_cadre *cadre, clas_action action)
{
    if (!cadre || clas_action_axe(action) != CLAS_AXE_PARENTS)
        return 0;
    return (cadre->actions_parents_requises >> action) & 1u;
}

/* Rules that compute or record money: turning them off would silently
 * change amounts, so a cadre may only change how loudly they speak. */
int clas_cadre_set_severity(clas_cadre *cadre, clas_regle regle, clas_severity severity)
{
    char loc[CADRE_LOC_MAX];
    if (!cadre)
        return clas__fail_null(NULL);
    const char *id = clas_regle_id(regle);
    if (!id)
        return clas__failm(CLAS_EINVAL, where(loc, cadre, "severities"), CLAS__MSG_VALEUR_INCONNUE, CLAS__WORD("quoi", "rule", "règle"), CLAS__INT("valeur", regle));
    snprintf(loc, sizeof loc, "cadre %s %s: severities.%s", cadre->departement, cadre->annee_scolaire, id);
    if (!clas_severity_name(severity))
        return clas__failm(CLAS_EINVAL, loc, CLAS__MSG_VALEUR_INCONNUE, CLAS__WORD("quoi", "severity", "sévérité"), CLAS__INT("valeur", severity));
    if (severity == CLAS_SEVERITY_OFF && !clas_regle_can_switch_off(regle))
        return clas__failm(CLAS_EINVAL, loc, CLAS__MSG_REGLE_NON_DESACTIVABLE, CLAS__TEXT("regle", id));
    cadre->severities[regle] = severity;
    return CLAS_OK;
}

clas_severity clas_cadre_get_severity(const clas_cadre *cadre, clas_regle regle)
{
    if (!cadre || !clas_regle_id(regle))
        return CLAS_SEVERITY_OFF;
    return cadre->severities[regle];
}

int clas_cadre_set_source(clas_cadre *cadre, const char *titre, const char *section, const char *url)
{
    if (!cadre)
        return clas__fail_null(NULL);
    /* All or nothing: build the three copies, then swap them in. */
    char *t = NULL, *s = NULL, *u = NULL;
    int st = clas__text_set(&t, titre, CLAS_TEXT_MAX, "cadre: source.titre");
    if (st == CLAS_OK)
        st = clas__text_set(&s, section, CLAS_TEXT_MAX, "cadre: source.section");
    if (st == CLAS_OK)
        st = clas__text_set(&u, url, CLAS_TEXT_MAX, "cadre: source.url");
    if (st != CLAS_OK) {
        free(t), free(s), free(u);
        return st;
    }
    free(cadre->source_titre);
    free(cadre->source_section);
    free(cadre->source_url);
    cadre->source_titre = t;
    cadre->source_section = s;
    cadre->source_url = u;
    return CLAS_OK;
}

const char *clas_cadre_get_source_titre(const clas_cadre *cadre) { return cadre ? clas__str(cadre->source_titre) : ""; }

const char *clas_cadre_get_source_section(const clas_cadre *cadre)
{
    return cadre ? clas__str(cadre->source_section) : "";
}

const char *clas_cadre_get_source_url(const clas_cadre *cadre) { return cadre ? clas__str(cadre->source_url) : ""; }

int clas_cadre_validate(const clas_cadre *cadre)
{
    char loc[CADRE_LOC_MAX];
    if (!cadre)
        return clas__fail_null(NULL);
    const char *dept = cadre->departement, *year = cadre->annee_scolaire;
    char prefix[CADRE_LOC_MAX];
    snprintf(prefix, sizeof prefix, "cadre %s %s: ", dept, year);
    if (strcmp(dept, "national") != 0 && !clas__departement_valid(dept))
        return dept_error(CLAS_ERULES, where(loc, cadre, "departement"), "cadre: ", dept);
    if (!clas__annee_valid(year))
        return clas__fail_msg(CLAS_ERULES, where(loc, cadre, "annee_scolaire"), "cadre: ", CLAS__MSG_ANNEE_INVALIDE,
                              (const clas__arg[]){CLAS__TEXT("annee_scolaire", year)}, 1);
    for (int i = 0; i < CLAS_SEUIL_COUNT; i++) {
        int64_t max = i == CLAS_SEUIL_TAUX_ACOMPTE ? CLAS_TAUX_UN : INT64_MAX;
        if (cadre->seuils[i] < 0 || cadre->seuils[i] > max)
            return clas__fail_msg(CLAS_ERULES, where(loc, cadre, clas_seuil_name((clas_seuil)i)), prefix,
                                  CLAS__MSG_VALEUR_HORS_BORNES,
                                  (const clas__arg[]){CLAS__TEXT("champ", clas_seuil_name((clas_seuil)i)),
                                                      CLAS__INT("valeur", cadre->seuils[i]), CLAS__INT("min", 0),
                                                      CLAS__INT("max", max)},
                                  4);
    }
    for (int i = 0; i < CLAS_REGLE_COUNT; i++) {
        clas_severity s = cadre->severities[i];
        if (!clas_severity_name(s))
            return clas__fail_msg(CLAS_ERULES, where(loc, cadre, "severities"), prefix, CLAS__MSG_VALEUR_INCONNUE,
                                  (const clas__arg[]){CLAS__WORD("quoi", "severity", "sévérité"), CLAS__INT("valeur", s)},
                                  2);
        if (s == CLAS_SEVERITY_OFF && !clas_regle_can_switch_off((clas_regle)i))
            return clas__fail_msg(CLAS_ERULES, where(loc, cadre, "severities"), prefix, CLAS__MSG_REGLE_NON_DESACTIVABLE,
                                  (const clas__arg[]){CLAS__TEXT("regle", clas_regle_id((clas_regle)i))}, 1);
    }
    int64_t min = cadre->seuils[CLAS_SEUIL_ENFANTS_MIN], max = cadre->seuils[CLAS_SEUIL_ENFANTS_MAX];
    if (min > max)
        return clas__fail_msg(CLAS_ERULES, where(loc, cadre, "enfants_min"), prefix, CLAS__MSG_ENFANTS_MIN_MAX,
                              (const clas__arg[]){CLAS__INT("min", min), CLAS__INT("max", max)}, 2);
    for (int k = 0; k < CLAS_DATE_KIND_COUNT; k++)
        if (cadre->dates[k][0] && !clas__date_valid(cadre->dates[k], k == CLAS_DATE_COMITE))
            return date_error(CLAS_ERULES, where(loc, cadre, clas_date_kind_name((clas_date_kind)k)), prefix,
                              cadre->dates[k], (clas_date_kind)k);
    const char *lancement = cadre->dates[CLAS_DATE_LANCEMENT], *limite = cadre->dates[CLAS_DATE_LIMITE_DEPOT];
    const char *comite = cadre->dates[CLAS_DATE_COMITE];
    /* ISO dates compare as strings. */
    if (lancement[0] && limite[0] && strcmp(lancement, limite) > 0)
        return order_error(where(loc, cadre, "limite_depot"), prefix, "limite_depot", limite, "lancement", lancement);
    /* A committee known only by its month may sit in the deadline's month. */
    if (limite[0] && comite[0] && strncmp(comite, limite, strlen(comite)) < 0)
        return order_error(where(loc, cadre, "comite"), prefix, "comite", comite, "limite_depot", limite);
    return CLAS_OK;
}

int clas_cadre_add_reference(clas_cadre *cadre, const char *champs, const char *titre, const char *section,
                             const char *url, const char *note)
{
    char loc[CADRE_LOC_MAX];
    if (!cadre)
        return clas__fail_null(NULL);
    return clas__references_add(&cadre->references, where(loc, cadre, "sources"), champs, titre, section, url, note);
}

size_t clas_cadre_num_references(const clas_cadre *cadre) { return cadre ? cadre->references.count : 0; }

const char *clas_cadre_get_reference(const clas_cadre *cadre, size_t i, clas_reference_part part)
{
    return cadre ? clas__references_get(&cadre->references, i, part) : "";
}
