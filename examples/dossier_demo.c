/* SPDX-License-Identifier: Apache-2.0 */
/*
 * dossier_demo: builds a 2025-2026 Marne dossier with two collectifs through
 * the public API, evaluates it with the explanation trace, and prints the
 * constats, the amounts and the trace in French.
 *
 *   C1: 10 000,00 € of expenses, bonus « enfants » granted: 2 800,70 € + 329,00 €
 *   C2: only 7 children (R-GROUPE): ineligible, 0 €
 */
#include <stdio.h>
#include <stdlib.h>

#include <clas.h>

/* Stops the program with the library's own explanation of a failure. */
static void check(int status, const char *what)
{
    if (status == CLAS_OK)
        return;
    fprintf(stderr, "dossier_demo: %s: %s: %s", what, clas_status_name(status), clas_error_last_message());
    if (clas_error_last_location()[0] != '\0')
        fprintf(stderr, " (%s)", clas_error_last_location());
    fputc('\n', stderr);
    exit(1);
}

/* A collectif out of school time, CM1-CM2, 1 salaried + 1 volunteer, one action per axis. */
static clas_collectif *add_collectif(clas_dossier *d, const char *id, const char *nom, int64_t nb_enfants,
                                     clas_cents depenses)
{
    clas_collectif *c = NULL;
    check(clas_dossier_add_collectif(&c, d, id), "ajout du collectif");
    check(clas_collectif_set_nom(c, nom), "nom du collectif");
    check(clas_collectif_add_niveau(c, CLAS_NIVEAU_CM1), "niveau");
    check(clas_collectif_add_niveau(c, CLAS_NIVEAU_CM2), "niveau");
    check(clas_collectif_set(c, CLAS_CHAMP_NB_ENFANTS, nb_enfants), "nb_enfants");
    check(clas_collectif_set(c, CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1), "hors temps scolaire");
    check(clas_collectif_set(c, CLAS_CHAMP_NB_INTERVENANTS_SALARIES, 1), "intervenants salariés");
    check(clas_collectif_set(c, CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, 1), "intervenants bénévoles");
    check(clas_collectif_set(c, CLAS_CHAMP_SEANCES_PAR_SEMAINE, 2), "séances");
    check(clas_collectif_set(c, CLAS_CHAMP_MINUTES_PAR_SEANCE, 90), "durée des séances");
    check(clas_collectif_set(c, CLAS_CHAMP_NB_SEMAINES, 30), "semaines");
    check(clas_collectif_set_depenses(c, depenses), "dépenses");
    check(clas_collectif_add_financement(c, "Ville de Reims", 150000), "financement");
    check(clas_collectif_add_action(c, CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE, NULL), "action");
    check(clas_collectif_add_action(c, CLAS_ACTION_ENFANTS_RESSOURCES_LOCALES, NULL), "action");
    check(clas_collectif_add_action(c, CLAS_ACTION_PARENTS_CONVIVIALITE, NULL), "action");
    check(clas_collectif_add_action(c, CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE, NULL), "action");
    check(clas_collectif_add_action(c, CLAS_ACTION_TERRITOIRE_AUTRE, "Partenariat avec la médiathèque du quartier"),
          "action");
    check(clas_collectif_set_decision(c, CLAS_DECISION_AGREE, NULL), "décision");
    return c;
}

static const char *euros(char *buf, size_t size, clas_cents cents)
{
    if (clas_cents_format_human(buf, size, cents, CLAS_LANG_FR) < 0)
        return "?";
    return buf;
}

static void print_title(const char *title)
{
    printf("\n== %s ==\n", title);
}

int main(void)
{
    clas_regles *regles = NULL;
    clas_dossier *dossier = NULL;
    clas_evaluation *ev = NULL;
    char buf[512], money[64];

    check(clas_regles_new_default(&regles), "règles par défaut");
    check(clas_dossier_new(&dossier, "2025-2026"), "création du dossier");
    check(clas_dossier_set_id(dossier, "D51-2025-DEMO"), "identifiant du dossier");
    check(clas_dossier_set_departement(dossier, "51"), "département");
    check(clas_dossier_set_date_depot(dossier, "2025-08-12"), "date de dépôt");
    clas_porteur *porteur = clas_dossier_get_porteur(dossier);
    check(clas_porteur_set_id(porteur, "P-DEMO"), "porteur");
    check(clas_porteur_set_nom(porteur, "Centre social des Tilleuls (fictif)"), "porteur");
    check(clas_porteur_set_type(porteur, CLAS_PORTEUR_CENTRE_SOCIAL), "porteur");
    check(clas_porteur_set_commune(porteur, "Reims"), "porteur");

    clas_collectif *c1 = add_collectif(dossier, "C1", "Primaire — groupe du mardi", 10, 1000000);
    check(clas_collectif_set_bonus_demande(c1, CLAS_BONUS_ENFANTS, 1, "Sorties culturelles mensuelles"), "bonus");
    check(clas_collectif_set_bonus_accorde(c1, CLAS_BONUS_ENFANTS, 1), "bonus");
    add_collectif(dossier, "C2", "Primaire — groupe du jeudi", 7, 600000);

    check(clas_evaluate(&ev, regles, NULL, dossier, CLAS_EVAL_TRACE), "évaluation");

    print_title("Dossier");
    printf("%s, année scolaire %s, porteur : %s\n", clas_evaluation_get_dossier_id(ev),
           clas_evaluation_get_annee_scolaire(ev), clas_porteur_get_nom(porteur));
    printf("Verdict : %s%s\n", clas_verdict_name(clas_evaluation_get_verdict(ev)),
           clas_evaluation_is_provisional(ev) ? " (provisoire)" : "");

    print_title("Constats");
    size_t nconstats = clas_evaluation_num_constats(ev);
    if (nconstats == 0)
        printf("(aucun)\n");
    for (size_t i = 0; i < nconstats; i++) {
        const clas_constat *c = clas_evaluation_get_constat(ev, i);
        const char *id = clas_constat_get_collectif_id(c);
        if (clas_constat_format_message(buf, sizeof buf, c, CLAS_LANG_FR) < 0)
            check(CLAS_EINVAL, "message du constat");
        printf("[%s] %s %s : %s\n", clas_label(CLAS_LABEL_SEVERITY, (int)clas_constat_get_severity(c), CLAS_LANG_FR), id[0] ? id : "dossier",
               clas_code_name(clas_constat_get_code(c)), buf);
    }

    print_title("Montants");
    static const clas_montant shown[] = {CLAS_MONTANT_DEPENSES, CLAS_MONTANT_BASE, CLAS_MONTANT_PS_CALCULEE,
                                         CLAS_MONTANT_PS, CLAS_MONTANT_BONUS_ENFANTS, CLAS_MONTANT_BONUS_PARENTS,
                                         CLAS_MONTANT_TOTAL};
    size_t ncollectifs = clas_evaluation_num_collectifs(ev);
    for (size_t i = 0; i < ncollectifs; i++) {
        printf("%s (%s)\n", clas_evaluation_get_collectif_id(ev, i),
               clas_verdict_name(clas_evaluation_get_collectif_verdict(ev, i)));
        for (size_t k = 0; k < sizeof shown / sizeof shown[0]; k++)
            printf("  %-16s %16s\n", clas_montant_name(shown[k]),
                   euros(money, sizeof money, clas_evaluation_get_montant(ev, i, shown[k])));
    }
    printf("Total du dossier : %s\n", euros(money, sizeof money, clas_evaluation_get_total(ev, CLAS_MONTANT_TOTAL)));

    print_title("Trace");
    for (size_t i = 0; i < ncollectifs; i++) {
        printf("%s\n", clas_evaluation_get_collectif_id(ev, i));
        for (size_t j = 0; j < clas_evaluation_num_etapes(ev, i); j++) {
            const clas_etape *e = clas_evaluation_get_etape(ev, i, j);
            if (clas_etape_format(buf, sizeof buf, e, CLAS_LANG_FR) < 0)
                check(CLAS_EINVAL, "trace");
            printf("  %s\n", buf);
        }
    }

    clas_evaluation_free(ev);
    clas_dossier_free(dossier);
    clas_regles_unref(regles);
    return 0;
}
