/* SPDX-License-Identifier: Apache-2.0 */
#define _POSIX_C_SOURCE 200809L

#include "testutil.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int testutil_regles_setup(void **state)
{
    clas_regles *r = NULL;
    if (clas_regles_new_default(&r) != CLAS_OK)
        return -1;
    *state = r;
    return 0;
}

int testutil_regles_teardown(void **state)
{
    clas_regles_unref(*state);
    return 0;
}

clas_collectif *testutil_add_collectif_eligible(clas_dossier *d, const char *id, clas_cents depenses)
{
    clas_collectif *c = NULL;
    assert_clas_ok(clas_dossier_add_collectif(&c, d, id));
    assert_clas_ok(clas_collectif_add_niveau(c, CLAS_NIVEAU_CM1));
    assert_clas_ok(clas_collectif_add_niveau(c, CLAS_NIVEAU_CM2));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_NB_ENFANTS, 10));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_NB_INTERVENANTS_SALARIES, 1));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, 1));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_SEANCES_PAR_SEMAINE, 2));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_MINUTES_PAR_SEANCE, 90));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_NB_SEMAINES, 30));
    assert_clas_ok(clas_collectif_set(c, CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1));
    assert_clas_ok(clas_collectif_set_depenses(c, depenses));
    assert_clas_ok(clas_collectif_add_financement(c, "Ville", 100000));
    assert_clas_ok(clas_collectif_add_action(c, CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE, NULL));
    assert_clas_ok(clas_collectif_add_action(c, CLAS_ACTION_ENFANTS_VIE_COLLECTIVE, NULL));
    assert_clas_ok(clas_collectif_add_action(c, CLAS_ACTION_PARENTS_CONVIVIALITE, NULL));
    assert_clas_ok(clas_collectif_add_action(c, CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE, NULL));
    assert_clas_ok(clas_collectif_add_action(c, CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE, NULL));
    assert_clas_ok(clas_collectif_set_decision(c, CLAS_DECISION_AGREE, NULL));
    return c;
}

clas_dossier *testutil_dossier_eligible(clas_cents depenses)
{
    clas_dossier *d = NULL;
    assert_clas_ok(clas_dossier_new(&d, "2025-2026"));
    assert_clas_ok(clas_dossier_set_id(d, "D1"));
    assert_clas_ok(clas_dossier_set_departement(d, "51"));
    assert_clas_ok(clas_dossier_set_date_depot(d, "2025-08-01"));
    clas_porteur *p = clas_dossier_get_porteur(d);
    assert_clas_ok(clas_porteur_set_id(p, "P1"));
    assert_clas_ok(clas_porteur_set_nom(p, "Centre social d'essai"));
    assert_clas_ok(clas_porteur_set_type(p, CLAS_PORTEUR_CENTRE_SOCIAL));
    testutil_add_collectif_eligible(d, "C1", depenses);
    return d;
}

int testutil_has_code(const clas_evaluation *ev, long collectif, clas_code code)
{
    size_t n = clas_evaluation_num_constats(ev);
    for (size_t i = 0; i < n; i++) {
        const clas_constat *c = clas_evaluation_get_constat(ev, i);
        if (clas_constat_get_code(c) != code)
            continue;
        if (collectif == -2 || clas_constat_get_collectif_index(c) == collectif)
            return 1;
    }
    return 0;
}

char *testutil_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (cap - n - 1 == 0) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        if (len)
            *len = n;
    }
    return buf;
}

static int is_vector_file(const struct dirent *e)
{
    size_t n = strlen(e->d_name);
    return n > 5 && strcmp(e->d_name + n - 5, ".json") == 0;
}

size_t testutil_for_each_vector(void (*fn)(json_t *vector, const char *name, void *data), void *data)
{
    const char *dir = getenv("CLAS_VECTORS_DIR");
    if (!dir)
        fail_msg("CLAS_VECTORS_DIR is not set");
    struct dirent **entries = NULL;
    int n = scandir(dir, &entries, is_vector_file, alphasort);
    if (n < 0)
        fail_msg("cannot read %s", dir);
    for (int i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, entries[i]->d_name);
        json_error_t err;
        json_t *vector = json_load_file(path, 0, &err);
        if (!vector)
            fail_msg("%s:%d:%d: %s", path, err.line, err.column, err.text);
        /* A dossier the library refuses to load is the test_vectors runner's alone. */
        if (!json_is_object(json_object_get(json_object_get(vector, "attendu"), "erreur_chargement")))
            fn(vector, entries[i]->d_name, data);
        json_decref(vector);
    }
    for (int i = 0; i < n; i++)
        free(entries[i]);
    free(entries);
    return (size_t)n;
}
