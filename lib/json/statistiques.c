/* SPDX-License-Identifier: Apache-2.0 */
/* "clas-statistiques/1" writer: the department's figures by name, and the
 * previous year's beside them when given. */
#include "json/json.h"

#define FORMAT_STATISTIQUES "clas-statistiques/1"

static json_t *figure(const clas_statistiques *s, clas_statistique k)
{
    int64_t v = clas_statistiques_get(s, k);
    switch (clas_statistique_unite(k)) {
    case CLAS_UNITE_CENTS: return clas__jw_money(v);
    case CLAS_UNITE_TAUX: return clas__jw_rate(v);
    default: return json_integer((json_int_t)v);
    }
}

/* The members of one year: department, school year, figures. */
static void year(json_t *o, const clas_statistiques *s, bool *ok)
{
    clas__jw_set(o, "departement", clas__jw_str(clas_statistiques_get_departement(s)), ok);
    clas__jw_set(o, "annee_scolaire", clas__jw_str(clas_statistiques_get_annee_scolaire(s)), ok);
    json_t *figures = json_object();
    for (int k = 0; k < CLAS_STAT_COUNT; k++)
        clas__jw_set(figures, clas_statistique_name((clas_statistique)k), figure(s, (clas_statistique)k), ok);
    clas__jw_set(o, "statistiques", figures, ok);
}

int clas_statistiques_to_json(char **out, const clas_statistiques *stats, const clas_statistiques *precedente,
                              unsigned flags)
{
    if (!out || !stats)
        return clas__fail_null(NULL);
    bool ok = true;
    json_t *o = json_object();
    clas__jw_set(o, "format", json_string(FORMAT_STATISTIQUES), &ok);
    year(o, stats, &ok);
    if (precedente) {
        json_t *p = json_object();
        year(p, precedente, &ok);
        clas__jw_set(o, "precedente", p, &ok);
    }
    return clas__json_dump(out, o, ok, flags);
}
