/* SPDX-License-Identifier: Apache-2.0 */
/* clas bilan CAMPAGNE BILANS: the bilans after the year (CSV, or a
 * clas-bilans/1 document) recorded in the campaign, which is written anew;
 * the consistency constats they raise are listed on standard error. */
#include <stdlib.h>
#include <string.h>

#include "year.h"

enum { K_DOSSIER = CLAS_BILAN_CHAMP_COUNT, K_COLLECTIF, NUM_K };

static const struct column columns[NUM_K] = {
    {CLAS_BILAN_NB_ENFANTS, "Enfants accueillis", "enfants|nombre d'enfants", 0, "10"},
    {CLAS_BILAN_NB_FAMILLES, "Familles", "nombre de familles", 0, "8"},
    {CLAS_BILAN_NB_INTERVENANTS_SALARIES, "Intervenants salariés", "salariés", 0, "1"},
    {CLAS_BILAN_NB_INTERVENANTS_BENEVOLES, "Intervenants bénévoles", "bénévoles", 0, "1"},
    {CLAS_BILAN_NB_SEANCES, "Séances réalisées", "séances|nombre de séances", 0, "60"},
    {CLAS_BILAN_NB_HEURES, "Heures", "nombre d'heures|heures réalisées", 0, "90"},
    {CLAS_BILAN_TAUX_PRESENCE, "Taux de présence", "présence|assiduité", 0, "85 %"},
    {CLAS_BILAN_NB_ACTIONS_PARENTS, "Actions parents réalisées", "actions parents", 0, "6"},
    {CLAS_BILAN_NB_PARENTS_TOUCHES, "Parents touchés", "parents", 0, "15"},
    {CLAS_BILAN_DEPENSES_REELLES, "Dépenses réelles", "dépenses réalisées", 1, "7 200,00"},
    {CLAS_BILAN_FINANCEMENTS_REELS, "Financements reçus", "autres financements reçus|financements réels", 0,
     "1 500,00"},
    {CLAS_BILAN_NB_ENFANTS_PRIMAIRE, "Enfants primaire", "primaire|élèves du primaire", 0, "6"},
    {CLAS_BILAN_NB_ENFANTS_COLLEGE, "Enfants collège", "collège|collégiens", 0, "4"},
    {CLAS_BILAN_NB_ENFANTS_LYCEE, "Enfants lycée", "lycée|lycéens", 0, "0"},
    {CLAS_BILAN_NB_FILLES, "Filles", "nombre de filles", 0, "5"},
    {CLAS_BILAN_NB_GARCONS, "Garçons", "garcons|nombre de garçons", 0, "5"},
    {K_DOSSIER, "Dossier", "N° dossier|numéro de dossier", 1, "D51-2025-001"},
    {K_COLLECTIF, "Collectif", "n° collectif", 1, "C1"},
};

static const char *const json_keys[] = {
    "dossier", "Dossier", "collectif", "Collectif", "nb_enfants", "Enfants accueillis", "nb_familles", "Familles",
    "nb_intervenants_salaries", "Intervenants salariés", "nb_intervenants_benevoles", "Intervenants bénévoles",
    "nb_seances", "Séances réalisées", "nb_heures", "Heures", "taux_presence", "Taux de présence",
    "nb_actions_parents", "Actions parents réalisées", "nb_parents_touches", "Parents touchés",
    "depenses_reelles", "Dépenses réelles", "financements_reels", "Financements reçus",
    "nb_enfants_primaire", "Enfants primaire", "nb_enfants_college", "Enfants collège", "nb_enfants_lycee",
    "Enfants lycée", "nb_filles", "Filles", "nb_garcons", "Garçons", NULL, NULL};

static void apply_row(const struct cli *cli, struct document *doc, const struct grid *g, const long *where, size_t row,
                      struct problems *p)
{
    struct found f;
    const char *dossier = grid_cell(g, row, (size_t)where[K_DOSSIER]);
    const char *coll = grid_cell(g, row, (size_t)where[K_COLLECTIF]);
    int64_t values[CLAS_BILAN_CHAMP_COUNT] = {0};
    int ok = 1;
    if (year_find(&f, doc, dossier, coll) != 0) {
        char id[2 * CLAS_ID_MAX + 2];
        snprintf(id, sizeof id, "%s/%s", dossier, coll);
        problem(p, cli, row, grid_cell(g, 0, (size_t)where[K_COLLECTIF]), id,
                L(cli, "collectif inconnu dans cette campagne", "no such collectif in this campaign"));
        return;
    }
    for (int k = 0; k < CLAS_BILAN_CHAMP_COUNT; k++) {
        const char *text = where[k] >= 0 ? grid_cell(g, row, (size_t)where[k]) : "", *why = NULL;
        int bad;
        if (!text[0])
            continue;
        if (k == CLAS_BILAN_DEPENSES_REELLES || k == CLAS_BILAN_FINANCEMENTS_REELS)
            bad = parse_montant(&values[k], text, &why, cli);
        else if (k == CLAS_BILAN_TAUX_PRESENCE)
            bad = parse_taux(&values[k], text, &why, cli);
        else
            bad = parse_entier(&values[k], text, &why, cli);
        if (bad) {
            problem(p, cli, row, grid_cell(g, 0, (size_t)where[k]), text, why);
            ok = 0;
        }
    }
    if (!grid_cell(g, row, (size_t)where[CLAS_BILAN_DEPENSES_REELLES])[0]) {
        problem(p, cli, row, grid_cell(g, 0, (size_t)where[CLAS_BILAN_DEPENSES_REELLES]), NULL,
                L(cli, "obligatoire : la Ps réelle se calcule sur les dépenses réelles",
                  "required: the actual Ps is computed on actual expenses"));
        ok = 0;
    }
    if (!ok)
        return;
    clas_error_clear();
    for (int k = 0; k < CLAS_BILAN_CHAMP_COUNT; k++)
        if (clas_collectif_set_bilan(f.collectif, (clas_bilan_champ)k, values[k]) != CLAS_OK) {
            problem(p, cli, row, where[k] >= 0 ? grid_cell(g, 0, (size_t)where[k]) : columns[k].header, NULL,
                    clas_error_last_message());
            return;
        }
}

/* The R-BILAN constats that are not mere information, on standard error. */
static void print_constats(const struct cli *cli, const struct document *doc)
{
    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        for (size_t i = 0; i < clas_evaluation_num_collectifs(ev); i++) {
            if (!clas_evaluation_has_bilan(ev, i))
                continue;
            for (size_t j = 0; j < clas_evaluation_num_collectif_constats(ev, i); j++) {
                const clas_constat *c = clas_evaluation_get_collectif_constat(ev, i, j);
                char msg[512];
                if (!c || clas_constat_get_regle(c) != CLAS_REGLE_BILAN ||
                    clas_constat_get_severity(c) == CLAS_SEVERITY_INFO)
                    continue;
                if (clas_constat_format_message(msg, sizeof msg, c, cli->lang) < 0)
                    msg[0] = '\0';
                fprintf(cli->err, "clas: %s/%s: [%s] %s: %s\n", clas_evaluation_get_dossier_id(ev),
                        clas_evaluation_get_collectif_id(ev, i), label(cli->lang, CLAS_LABEL_SEVERITY, (int)clas_constat_get_severity(c)),
                        clas_code_name(clas_constat_get_code(c)), msg);
            }
        }
    }
}

int cmd_bilan(const struct cli *cli)
{
    struct document doc;
    struct grid g;
    struct problems p = {0};
    long where[NUM_K];
    const char *path = cli->files[1];
    int rc = document_load_campaign(&doc, cli, cli->files[0], NULL);
    if (rc != EXIT_OK)
        return rc;
    rc = year_read_records(&g, cli, path, "clas-bilans/1", "bilans", json_keys, NULL);
    if (rc != EXIT_OK) {
        document_free(&doc);
        return rc;
    }
    p.json = strcmp(g.encoding, "JSON") == 0;
    grid_columns(&g, columns, NUM_K, where, &p, cli, 0);
    for (size_t row = 1; where[K_DOSSIER] >= 0 && where[K_COLLECTIF] >= 0 &&
                         where[CLAS_BILAN_DEPENSES_REELLES] >= 0 && row < g.rows; row++)
        if (!grid_row_blank(&g, row))
            apply_row(cli, &doc, &g, where, row, &p);
    grid_free(&g);
    rc = problems_report(&p, cli, path);
    if (rc == EXIT_OK)
        rc = year_reevaluate(cli, &doc);
    if (rc == EXIT_OK) {
        print_constats(cli, &doc);
        rc = year_write_campaign(cli, &doc);
    }
    document_free(&doc);
    return rc;
}

const char *const help_bilan[2] = {
    "Usage : clas bilan CAMPAGNE BILANS -o NOUVELLE\n"
    "\n"
    "Enregistre les bilans de fin d'année dans la campagne et écrit la campagne\n"
    "mise à jour. BILANS est un CSV (Dossier, Collectif, Enfants accueillis,\n"
    "Familles, Intervenants salariés, Intervenants bénévoles, Séances réalisées,\n"
    "Heures, Taux de présence, Actions parents réalisées, Parents touchés,\n"
    "Dépenses réelles, Financements reçus ; et, facultatives, Enfants primaire,\n"
    "Enfants collège, Enfants lycée, Filles, Garçons) ou un document clas-bilans/1\n"
    "(.json).\n"
    "Les constats de cohérence (groupe hors norme...) sont affichés ; le droit réel\n"
    "et la régularisation se lisent ensuite avec « clas settle ».\n",
    "Usage: clas bilan CAMPAIGN BILANS -o NEW\n"
    "\n"
    "Records the end-of-year bilans in the campaign and writes the updated\n"
    "campaign. BILANS is a CSV file (Dossier, Collectif, Enfants accueillis,\n"
    "Familles, Intervenants salariés, Intervenants bénévoles, Séances réalisées,\n"
    "Heures, Taux de présence, Actions parents réalisées, Parents touchés,\n"
    "Dépenses réelles, Financements reçus; optionally Enfants primaire, Enfants\n"
    "collège, Enfants lycée, Filles, Garçons) or a clas-bilans/1 document (.json).\n"
    "Consistency findings (group outside the norm...) are listed; droit réel and\n"
    "régularisation are then read with 'clas settle'.\n",
};
