/* SPDX-License-Identifier: Apache-2.0 */
/* A program outside the tree, built only with `pkg-config --cflags --libs clas`:
 * domain.md §7 case A, 10 000,00 € of expenses, prints the Ps ("2800.70"). */
#include <clas.h>
#include <stdio.h>

#define CHECK(call) do { if ((call) != CLAS_OK) goto fail; } while (0)

int main(void)
{
    clas_regles *regles = NULL;
    clas_dossier *dossier = NULL;
    clas_collectif *c = NULL;
    clas_evaluation *eval = NULL;
    char ps[32];
    int rc = 1;

    CHECK(clas_regles_new_default(&regles));
    CHECK(clas_dossier_new(&dossier, "2025-2026"));
    CHECK(clas_dossier_set_id(dossier, "D-A"));
    CHECK(clas_dossier_set_departement(dossier, "51"));
    CHECK(clas_dossier_set_date_depot(dossier, "2025-08-01"));
    CHECK(clas_dossier_add_collectif(&c, dossier, "C1"));
    CHECK(clas_collectif_add_niveau(c, CLAS_NIVEAU_CM1));
    CHECK(clas_collectif_set(c, CLAS_CHAMP_NB_ENFANTS, 10));
    CHECK(clas_collectif_set(c, CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1));
    CHECK(clas_collectif_set(c, CLAS_CHAMP_NB_INTERVENANTS_SALARIES, 1));
    CHECK(clas_collectif_set(c, CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, 1));
    CHECK(clas_collectif_add_action(c, CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE, NULL));
    CHECK(clas_collectif_add_action(c, CLAS_ACTION_PARENTS_CONVIVIALITE, NULL));
    CHECK(clas_collectif_add_action(c, CLAS_ACTION_ECOLE_DIAGNOSTIC_PARTAGE, NULL));
    CHECK(clas_collectif_add_action(c, CLAS_ACTION_TERRITOIRE_REAAP, NULL));
    CHECK(clas_collectif_set_depenses(c, 1000000));             /* 10 000,00 € */
    CHECK(clas_collectif_add_financement(c, "Commune", 200000));
    CHECK(clas_collectif_set_decision(c, CLAS_DECISION_AGREE, NULL));

    CHECK(clas_evaluate(&eval, regles, NULL, dossier, 0));
    CHECK(clas_cents_format(ps, sizeof ps, clas_evaluation_get_montant(eval, 0, CLAS_MONTANT_PS)));
    printf("%s\n", ps);
    rc = 0;
fail:
    if (rc != 0)
        fprintf(stderr, "consumer: %s (%s)\n", clas_error_last_message(), clas_error_last_location());
    clas_evaluation_free(eval);
    clas_dossier_free(dossier);
    clas_regles_unref(regles);
    return rc;
}
