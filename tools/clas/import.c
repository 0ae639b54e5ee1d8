/* SPDX-License-Identifier: Apache-2.0 */
/* clas import TABLEAU.csv: a campaign spreadsheet (one row per collectif,
 * the porteur's and the dossier's columns repeated) into a clas-campagne/1
 * document; clas template: the empty spreadsheet with one example row. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "sheet.h"
#include "sheetin.h"

enum col {
    D_ID, D_DATE, D_ANNEE, D_DEPT, P_ID, P_NOM, P_TYPE, P_COMMUNE, D_LIENS, D_BILAN_N1,
    C_ID, C_NOM, C_NIVEAUX, C_ENFANTS, C_SAL, C_BEN, C_SEANCES, C_MINUTES, C_SEMAINES, C_HTS,
    C_QPV, C_EDUC, C_RURAL, C_DEPENSES,
    C_FIN1, C_MT1, C_FIN2, C_MT2, C_FIN3, C_MT3,
    C_ACT_ENF, C_AUT_ENF, C_ACT_PAR, C_AUT_PAR, C_ACT_ECO, C_AUT_ECO, C_ACT_TER, C_AUT_TER,
    C_BE_DEM, C_BE_PROJ, C_BP_DEM, C_BP_PROJ, C_DECISION, C_MOTIF, C_BE_ACC, C_BP_ACC, C_ACOMPTES,
    NUM_COLS
};

static const struct column columns[NUM_COLS] = {
    {D_ID, "Dossier", "N° dossier|numéro de dossier|id dossier", 1, "D51-2025-001"},
    {D_DATE, "Date de dépôt", "date depot|déposé le|date de dépôt du dossier", 0, "10/08/2025"},
    {D_ANNEE, "Année scolaire", "annee", 0, "2025-2026"},
    {D_DEPT, "Département", "dept", 0, "51"},
    {P_ID, "N° porteur", "id porteur|code porteur|numéro porteur", 0, "P51-01"},
    {P_NOM, "Porteur", "nom du porteur|structure", 1, "Centre social des Tilleuls"},
    {P_TYPE, "Type de porteur", "type", 0, "centre social"},
    {P_COMMUNE, "Commune", "ville", 0, "Reims"},
    {D_LIENS, "Liens PEDT PRE Reaap", "liens|dispositifs|liens avec les dispositifs", 0, "PEDT, Reaap"},
    {D_BILAN_N1, "Bilan N-1", "bilan de l'année précédente|bilan précédent|bilan n-1 déposé", 0, "déposé"},
    {C_ID, "Collectif", "n° collectif|id collectif|numéro de collectif", 1, "C1"},
    {C_NOM, "Nom du collectif", "intitulé|intitulé du collectif|nom de l'action", 0, "Collège 6e-5e, groupe du mardi"},
    {C_NIVEAUX, "Niveaux", "niveaux scolaires|classes", 0, "6e, 5e"},
    {C_ENFANTS, "Enfants", "nombre d'enfants|nb enfants|nb d'enfants", 0, "10"},
    {C_SAL, "Intervenants salariés", "salariés|nb intervenants salariés", 0, "1"},
    {C_BEN, "Intervenants bénévoles", "bénévoles|nb intervenants bénévoles", 0, "1"},
    {C_SEANCES, "Séances par semaine", "séances/semaine", 0, "2"},
    {C_MINUTES, "Minutes par séance", "durée d'une séance (minutes)|durée séance", 0, "90"},
    {C_SEMAINES, "Semaines", "nombre de semaines|nb semaines", 0, "30"},
    {C_HTS, "Hors temps scolaire", "hors temps scolaire (oui/non)", 0, "oui"},
    {C_QPV, "QPV", "quartier prioritaire|quartier prioritaire (QPV)", 0, "oui"},
    {C_EDUC, "Éducation prioritaire", "REP|REP/REP+|réseau d'éducation prioritaire", 0, "REP+"},
    {C_RURAL, "Zone rurale", "rural|territoire rural", 0, "non"},
    {C_DEPENSES, "Dépenses", "dépenses prévisionnelles|dépenses de fonctionnement|budget", 0, "7 500,00"},
    {C_FIN1, "Financeur 1", "autre financeur 1", 0, "Ville de Reims"},
    {C_MT1, "Montant financeur 1", "montant 1", 0, "1 500,00"},
    {C_FIN2, "Financeur 2", "autre financeur 2", 0, ""},
    {C_MT2, "Montant financeur 2", "montant 2", 0, ""},
    {C_FIN3, "Financeur 3", "autre financeur 3", 0, ""},
    {C_MT3, "Montant financeur 3", "montant 3", 0, ""},
    {C_ACT_ENF, "Actions enfants", "axe enfants", 0, "appui méthodologie, entraide"},
    {C_AUT_ENF, "Autre action enfants", NULL, 0, ""},
    {C_ACT_PAR, "Actions parents", "axe parents", 0, "convivialité"},
    {C_AUT_PAR, "Autre action parents", NULL, 0, "Café des parents un samedi par mois"},
    {C_ACT_ECO, "Actions école", "axe école", 0, "continuité éducative"},
    {C_AUT_ECO, "Autre action école", NULL, 0, ""},
    {C_ACT_TER, "Actions territoire", "axe territoire", 0, "Reaap"},
    {C_AUT_TER, "Autre action territoire", NULL, 0, ""},
    {C_BE_DEM, "Bonus enfants demandé", "bonus enfants", 0, "oui"},
    {C_BE_PROJ, "Projet bonus enfants", NULL, 0, "Sorties culturelles mensuelles"},
    {C_BP_DEM, "Bonus parents demandé", "bonus parents", 0, "non"},
    {C_BP_PROJ, "Projet bonus parents", NULL, 0, ""},
    {C_DECISION, "Décision", "décision du comité|agrément", 0, ""},
    {C_MOTIF, "Motif", "motif de la décision|motif du refus", 0, ""},
    {C_BE_ACC, "Bonus enfants accordé", NULL, 0, ""},
    {C_BP_ACC, "Bonus parents accordé", NULL, 0, ""},
    {C_ACOMPTES, "Acomptes versés", "acompte versé", 0, ""},
};

/* The row being read: the grid, the row, where each column is. */
struct reader {
    const struct cli *cli;
    const struct grid *g;
    const long *where;
    size_t row;
    struct problems *p;
};

static const char *cell(const struct reader *r, enum col c)
{
    const char *s = r->where[c] >= 0 ? grid_cell(r->g, r->row, (size_t)r->where[c]) : "";
    while (*s == ' ')
        s++;
    return s;
}

static void reject(const struct reader *r, enum col c, const char *why)
{
    problem(r->p, r->cli, r->row, grid_cell(r->g, 0, (size_t)r->where[c]), cell(r, c), why);
}

/* The library refused a value: its message is the reason. */
static void refused(const struct reader *r, enum col c, int st)
{
    const char *m = clas_error_last_message();
    if (st != CLAS_OK)
        reject(r, c, m[0] ? m : clas_strerror(st));
}

static void set_count(const struct reader *r, clas_collectif *coll, enum col c, clas_champ champ)
{
    int64_t v;
    const char *why;
    if (!cell(r, c)[0])
        return;
    if (parse_entier(&v, cell(r, c), &why, r->cli) != 0)
        reject(r, c, why);
    else
        refused(r, c, clas_collectif_set(coll, champ, v));
}

static int get_yes(const struct reader *r, enum col c)
{
    int v = 0;
    const char *why;
    if (parse_oui_non(&v, cell(r, c), &why, r->cli) != 0)
        reject(r, c, why);
    return v;
}

/* An action of @p axe written as its identifier ("appui_methodologie"), its
 * catalogue label, or a word found in exactly one label of the axis. */
static int find_action(clas_action *out, clas_axe axe, const char *word)
{
    char f[256], name[256], lab[512];
    int found = -1, count = 0;
    fold(f, sizeof f, word);
    if (strlen(f) < 4)
        return -1;
    for (int a = 0; a < CLAS_ACTION_COUNT; a++) {
        const char *n = clas_action_name((clas_action)a);
        if (clas_action_axe((clas_action)a) != axe)
            continue;
        fold(name, sizeof name, strchr(n, '.') + 1);
        fold(lab, sizeof lab, clas_action_label((clas_action)a));
        if (strcmp(f, name) == 0 || strcmp(f, lab) == 0) {
            *out = (clas_action)a;
            return 0;
        }
        if (strstr(lab, f) || strstr(name, f)) {
            found = a;
            count++;
        }
    }
    if (count != 1)
        return -1;
    *out = (clas_action)found;
    return 0;
}

static void add_actions(const struct reader *r, clas_collectif *coll, enum col list, enum col autre, clas_axe axe)
{
    const char *p = cell(r, list);
    while (*p) {
        size_t len = strcspn(p, ",;+\n");
        char word[256];
        clas_action a;
        snprintf(word, sizeof word, "%.*s", (int)(len < 255 ? len : 255), p);
        if (word[strspn(word, " ")]) {
            if (find_action(&a, axe, word) != 0)
                problem(r->p, r->cli, r->row, grid_cell(r->g, 0, (size_t)r->where[list]), word,
                        L(r->cli, "action inconnue pour cet axe (voir doc/guide-campagne.md)",
                          "unknown action for this axis (see doc/guide-campagne.md)"));
            else
                refused(r, list, clas_collectif_add_action(coll, a, NULL));
        }
        p += len;
        if (*p)
            p++;
    }
    if (cell(r, autre)[0]) {
        static const clas_action other[CLAS_AXE_COUNT] = {CLAS_ACTION_ENFANTS_AUTRE, CLAS_ACTION_PARENTS_AUTRE,
                                                          CLAS_ACTION_ECOLE_AUTRE, CLAS_ACTION_TERRITOIRE_AUTRE};
        refused(r, autre, clas_collectif_add_action(coll, other[axe], cell(r, autre)));
    }
}

/* "REP", "REP+", "rep plus", "non" or empty (none); fold() drops the "+". */
static void read_education(const struct reader *r, clas_collectif *coll)
{
    static const char *const names[CLAS_EDUCATION_PRIORITAIRE_COUNT][3] = {
        {"non", "aucune", "horsrep"}, {"rep", NULL, NULL}, {"repplus", "reprenforce", NULL}};
    char f[64];
    if (!cell(r, C_EDUC)[0])
        return;
    fold(f, sizeof f, cell(r, C_EDUC));
    if (strcmp(f, "rep") == 0 && strchr(cell(r, C_EDUC), '+'))
        snprintf(f, sizeof f, "repplus");
    for (int v = 0; v < CLAS_EDUCATION_PRIORITAIRE_COUNT; v++)
        for (int k = 0; k < 3 && names[v][k]; k++)
            if (strcmp(f, names[v][k]) == 0) {
                refused(r, C_EDUC, clas_collectif_set(coll, CLAS_CHAMP_EDUCATION_PRIORITAIRE, v));
                return;
            }
    reject(r, C_EDUC, L(r->cli, "attendu : REP, REP+ ou non", "expected: REP, REP+ or non"));
}

/* "PEDT, PRE, Reaap": the schemes the project is linked with. */
static void read_liens(const struct reader *r, clas_dossier *d)
{
    const char *p = cell(r, D_LIENS);
    while (*p) {
        size_t len = strcspn(p, ",;+/\n");
        char word[64], f[64];
        clas_lien lien;
        snprintf(word, sizeof word, "%.*s", (int)(len < 63 ? len : 63), p);
        fold(f, sizeof f, word);
        if (f[0] && clas_lien_parse(&lien, f) == CLAS_OK)
            refused(r, D_LIENS, clas_dossier_set_lien(d, lien, 1));
        else if (f[0] && strcmp(f, "non") != 0 && strcmp(f, "aucun") != 0)
            problem(r->p, r->cli, r->row, grid_cell(r->g, 0, (size_t)r->where[D_LIENS]), word,
                    L(r->cli, "attendu : PEDT, PRE, Reaap (séparés par des virgules)",
                      "expected: PEDT, PRE, Reaap (comma-separated)"));
        p += len;
        if (*p)
            p++;
    }
}

/* "déposé", "non déposé", "sans objet" (first dossier), or empty (not stated). */
static void read_bilan_precedent(const struct reader *r, clas_dossier *d)
{
    static const struct {
        const char *word;
        clas_bilan_precedent value;
    } words[] = {{"depose", CLAS_BILAN_PRECEDENT_DEPOSE},         {"oui", CLAS_BILAN_PRECEDENT_DEPOSE},
                 {"nondepose", CLAS_BILAN_PRECEDENT_NON_DEPOSE},  {"non", CLAS_BILAN_PRECEDENT_NON_DEPOSE},
                 {"sansobjet", CLAS_BILAN_PRECEDENT_SANS_OBJET},  {"premierdossier", CLAS_BILAN_PRECEDENT_SANS_OBJET},
                 {"nonrenseigne", CLAS_BILAN_PRECEDENT_NON_RENSEIGNE}};
    char f[64];
    if (!cell(r, D_BILAN_N1)[0])
        return;
    fold(f, sizeof f, cell(r, D_BILAN_N1));
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (strcmp(f, words[k].word) == 0) {
            refused(r, D_BILAN_N1, clas_dossier_set_bilan_precedent(d, words[k].value));
            return;
        }
    reject(r, D_BILAN_N1, L(r->cli, "attendu : déposé, non déposé ou sans objet (premier dossier)",
                            "expected: déposé, non déposé or sans objet (first dossier)"));
}

static void read_money(const struct reader *r, enum col c, clas_cents *out)
{
    const char *why;
    *out = 0;
    if (cell(r, c)[0] && parse_montant(out, cell(r, c), &why, r->cli) != 0)
        reject(r, c, why);
}

static void read_collectif(const struct reader *r, clas_collectif *coll)
{
    static const enum col fin[3][2] = {{C_FIN1, C_MT1}, {C_FIN2, C_MT2}, {C_FIN3, C_MT3}};
    const char *why;
    clas_cents cents;
    uint32_t mask;
    clas_decision decision;
    int be, bp;

    if (cell(r, C_NOM)[0])
        refused(r, C_NOM, clas_collectif_set_nom(coll, cell(r, C_NOM)));
    if (cell(r, C_NIVEAUX)[0]) {
        if (parse_niveaux(&mask, cell(r, C_NIVEAUX), &why, r->cli) != 0)
            reject(r, C_NIVEAUX, why);
        else
            refused(r, C_NIVEAUX, clas_collectif_set_niveaux(coll, mask));
    }
    set_count(r, coll, C_ENFANTS, CLAS_CHAMP_NB_ENFANTS);
    set_count(r, coll, C_SAL, CLAS_CHAMP_NB_INTERVENANTS_SALARIES);
    set_count(r, coll, C_BEN, CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES);
    set_count(r, coll, C_SEANCES, CLAS_CHAMP_SEANCES_PAR_SEMAINE);
    set_count(r, coll, C_MINUTES, CLAS_CHAMP_MINUTES_PAR_SEANCE);
    set_count(r, coll, C_SEMAINES, CLAS_CHAMP_NB_SEMAINES);
    refused(r, C_HTS, clas_collectif_set(coll, CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, get_yes(r, C_HTS)));
    refused(r, C_QPV, clas_collectif_set(coll, CLAS_CHAMP_QPV, get_yes(r, C_QPV)));
    read_education(r, coll);
    refused(r, C_RURAL, clas_collectif_set(coll, CLAS_CHAMP_ZONE_RURALE, get_yes(r, C_RURAL)));
    read_money(r, C_DEPENSES, &cents);
    refused(r, C_DEPENSES, clas_collectif_set_depenses(coll, cents));
    for (int k = 0; k < 3; k++) {
        read_money(r, fin[k][1], &cents);
        if (cell(r, fin[k][0])[0] || cents > 0)
            refused(r, fin[k][1], clas_collectif_add_financement(coll, cell(r, fin[k][0]), cents));
    }
    add_actions(r, coll, C_ACT_ENF, C_AUT_ENF, CLAS_AXE_ENFANTS);
    add_actions(r, coll, C_ACT_PAR, C_AUT_PAR, CLAS_AXE_PARENTS);
    add_actions(r, coll, C_ACT_ECO, C_AUT_ECO, CLAS_AXE_ECOLE);
    add_actions(r, coll, C_ACT_TER, C_AUT_TER, CLAS_AXE_TERRITOIRE);
    be = get_yes(r, C_BE_DEM);
    bp = get_yes(r, C_BP_DEM);
    refused(r, C_BE_PROJ, clas_collectif_set_bonus_demande(coll, CLAS_BONUS_ENFANTS, be, cell(r, C_BE_PROJ)));
    refused(r, C_BP_PROJ, clas_collectif_set_bonus_demande(coll, CLAS_BONUS_PARENTS, bp, cell(r, C_BP_PROJ)));
    if (parse_decision(&decision, cell(r, C_DECISION), &why, r->cli) != 0)
        reject(r, C_DECISION, why);
    else
        refused(r, C_DECISION, clas_collectif_set_decision(coll, decision, cell(r, C_MOTIF)));
    refused(r, C_BE_ACC, clas_collectif_set_bonus_accorde(coll, CLAS_BONUS_ENFANTS, get_yes(r, C_BE_ACC)));
    refused(r, C_BP_ACC, clas_collectif_set_bonus_accorde(coll, CLAS_BONUS_PARENTS, get_yes(r, C_BP_ACC)));
    read_money(r, C_ACOMPTES, &cents);
    refused(r, C_ACOMPTES, clas_collectif_set_acomptes_verses(coll, cents));
}

/* The porteur's and the dossier's columns, from the dossier's first row. */
static void read_dossier(const struct reader *r, clas_dossier *d)
{
    clas_porteur *p = clas_dossier_get_porteur(d);
    clas_porteur_type type;
    const char *why;
    char date[11];
    if (cell(r, D_DATE)[0]) {
        if (parse_date(date, cell(r, D_DATE), &why, r->cli) != 0)
            reject(r, D_DATE, why);
        else
            refused(r, D_DATE, clas_dossier_set_date_depot(d, date));
    }
    refused(r, P_ID, clas_porteur_set_id(p, cell(r, P_ID)[0] ? cell(r, P_ID) : clas_dossier_get_id(d)));
    refused(r, P_NOM, clas_porteur_set_nom(p, cell(r, P_NOM)));
    if (cell(r, P_TYPE)[0]) {
        if (parse_porteur_type(&type, cell(r, P_TYPE), &why, r->cli) != 0)
            reject(r, P_TYPE, why);
        else
            refused(r, P_TYPE, clas_porteur_set_type(p, type));
    }
    if (cell(r, P_COMMUNE)[0])
        refused(r, P_COMMUNE, clas_porteur_set_commune(p, cell(r, P_COMMUNE)));
    read_liens(r, d);
    read_bilan_precedent(r, d);
}

/* A dossier's later rows must repeat its first row's dossier columns. */
static void check_repeated(const struct reader *r, size_t first_row)
{
    static const enum col same[] = {D_DATE, P_ID, P_NOM, P_TYPE, P_COMMUNE, D_LIENS, D_BILAN_N1};
    for (size_t k = 0; k < sizeof same / sizeof same[0]; k++) {
        struct reader first = *r;
        first.row = first_row;
        if (r->where[same[k]] >= 0 && cell(r, same[k])[0] && strcmp(cell(r, same[k]), cell(&first, same[k])) != 0) {
            char why[160];
            snprintf(why, sizeof why, L(r->cli, "différent de la ligne %zu du même dossier (« %s »)",
                                        "differs from row %zu of the same dossier ('%s')"),
                     first_row + 1, cell(&first, same[k]));
            reject(r, same[k], why);
        }
    }
}

/* The campaign's département and year: options, else the column, the same on every row. */
static const char *campaign_value(const struct grid *g, const long *where, enum col c, const char *option,
                                  struct problems *p, const struct cli *cli)
{
    const char *value = option;
    for (size_t row = 1; !option && where[c] >= 0 && row < g->rows; row++) {
        const char *v = grid_cell(g, row, (size_t)where[c]);
        if (!v[0] || grid_row_blank(g, row))
            continue;
        if (!value)
            value = v;
        else if (strcmp(v, value) != 0)
            problem(p, cli, row, columns[c].header, v,
                    L(cli, "une campagne n'a qu'une valeur pour cette colonne", "a campaign has one value for this column"));
    }
    return value;
}

static size_t first_row_of(const struct grid *g, const long *where, size_t row)
{
    for (size_t k = 1; k < row; k++)
        if (strcmp(grid_cell(g, k, (size_t)where[D_ID]), grid_cell(g, row, (size_t)where[D_ID])) == 0)
            return k;
    return row;
}

static int build(clas_campagne **out, const struct grid *g, const struct cli *cli, struct problems *p)
{
    long where[NUM_COLS];
    const char *dept, *annee;
    clas_campagne *camp = NULL;
    int st;

    grid_columns(g, columns, NUM_COLS, where, p, cli, 1);
    if (where[D_ID] < 0 || where[C_ID] < 0 || where[P_NOM] < 0)
        return EXIT_INPUT;
    dept = campaign_value(g, where, D_DEPT, cli->departement, p, cli);
    annee = campaign_value(g, where, D_ANNEE, cli->annee, p, cli);
    if (!dept || !annee) {
        problem(p, cli, 0, !dept ? columns[D_DEPT].header : columns[D_ANNEE].header, NULL,
                L(cli, "absente : ajoutez la colonne ou l'option --departement/--annee",
                  "missing: add the column or the --departement/--annee option"));
        return EXIT_INPUT;
    }
    clas_error_clear();
    st = clas_campagne_new(&camp, dept, annee);
    if (st != CLAS_OK) {
        problem(p, cli, 1, columns[D_ANNEE].header, annee, clas_error_last_message());
        return EXIT_INPUT;
    }
    for (size_t row = 1; row < g->rows; row++) {
        struct reader r = {cli, g, where, row, p};
        const char *id = cell(&r, D_ID), *cid = cell(&r, C_ID);
        size_t first = first_row_of(g, where, row);
        clas_dossier *d = NULL;
        clas_collectif *coll = NULL;
        if (grid_row_blank(g, row))
            continue;
        if (!id[0] || !cid[0]) {
            reject(&r, !id[0] ? D_ID : C_ID, L(cli, "obligatoire", "required"));
            continue;
        }
        for (size_t k = 0; k < clas_campagne_num_dossiers(camp); k++)
            if (strcmp(clas_dossier_get_id(clas_campagne_get_dossier(camp, k)), id) == 0)
                d = clas_campagne_get_dossier(camp, k);
        if (!d) {
            clas_dossier *fresh = NULL;
            clas_error_clear();
            st = clas_dossier_new(&fresh, annee);
            if (st == CLAS_OK)
                st = clas_dossier_set_id(fresh, id);
            if (st == CLAS_OK)
                st = clas_dossier_set_departement(fresh, dept);
            if (st == CLAS_OK)
                st = clas_campagne_add_dossier(&d, camp, fresh);
            clas_dossier_free(fresh);
            if (st != CLAS_OK) {
                refused(&r, D_ID, st);
                continue;
            }
            read_dossier(&r, d);
        } else {
            check_repeated(&r, first);
        }
        clas_error_clear();
        st = clas_dossier_add_collectif(&coll, d, cid);
        if (st == CLAS_EEXISTS) {
            reject(&r, C_ID, L(cli, "collectif déjà présent dans ce dossier", "collectif already in this dossier"));
            continue;
        }
        if (st != CLAS_OK) {
            refused(&r, C_ID, st);
            continue;
        }
        read_collectif(&r, coll);
    }
    *out = camp;
    return EXIT_OK;
}

int cmd_import(const struct cli *cli)
{
    struct grid g;
    struct problems p = {0};
    clas_campagne *camp = NULL;
    char *json = NULL;
    int rc = grid_read(&g, cli, cli->files[0]), st;
    if (rc != EXIT_OK)
        return rc;
    build(&camp, &g, cli, &p);
    grid_free(&g);
    rc = problems_report(&p, cli, cli->files[0]);
    if (rc == EXIT_OK && camp) {
        st = clas_campagne_to_json(&json, camp, CLAS_JSON_PRETTY);
        if (st != CLAS_OK)
            rc = cli_report_error(cli, cli->files[0], st);
        else
            fputs(json, cli->out);
        clas_free(json);
    }
    clas_campagne_free(camp);
    return rc;
}

int cmd_template(const struct cli *cli)
{
    const char *head[NUM_COLS];
    struct sheet *s = sheet_new(cli);
    if (!s)
        return EXIT_INTERNAL;
    for (size_t k = 0; k < NUM_COLS; k++)
        head[k] = columns[k].header;
    sheet_table(s, L(cli, "Collectifs", "Collectifs"), head, NUM_COLS);
    for (size_t k = 0; k < NUM_COLS; k++) {
        sheet_width(s, k, k == P_NOM || k == C_NOM || k == C_BE_PROJ || k == C_AUT_PAR ? 36 : 18);
        sheet_text(s, columns[k].example);
    }
    sheet_end_row(s);
    return sheet_close(s);
}

const char *const help_import[2] = {
    "Usage : clas import TABLEAU.csv [--departement 51] [--annee 2025-2026]\n"
    "                   [-o campagne.json]\n"
    "\n"
    "Lit l'export CSV d'un tableur (LibreOffice, Excel) : une ligne par collectif,\n"
    "les colonnes du porteur et du dossier répétées sur chaque ligne, en-têtes en\n"
    "français (voir « clas template »). Séparateur « ; » ou « , », virgule ou point\n"
    "décimal, UTF-8 avec ou sans BOM, ou Windows-1252. Écrit un document\n"
    "clas-campagne/1.\n"
    "\n"
    "Entrées acceptées : montants « 7 500,00 », « 7500.00 », « 7 500 € » ; niveaux\n"
    "« 6e », « 6ème », « CM1-CM2 » ; décision « agréé », « refusé », « en attente » ;\n"
    "dates « 10/08/2025 » ou « 2025-08-10 » ; « oui » / « non ». Toutes les cellules\n"
    "refusées sont signalées en une fois, avec la ligne, la colonne et la valeur ;\n"
    "rien n'est écrit tant qu'il en reste une.\n"
    "\n"
    "Limites (celles aussi des fichiers de « clas decide » et « clas bilan ») : un\n"
    "fichier de 64 Mio au plus (CLAS_CSV_LIMIT_BYTES), 100 000 lignes en-tête compris\n"
    "(CLAS_CSV_LIMIT_ROWS), 128 colonnes (CLAS_CSV_LIMIT_COLUMNS), 4096 octets par\n"
    "cellule (CLAS_CSV_LIMIT_CELL_BYTES) et 65 536 octets par ligne\n"
    "(CLAS_CSV_LIMIT_LINE_BYTES). Au-delà, le fichier est refusé avant d'être lu\n"
    "(taille) ou avant qu'aucune cellule ne soit gardée, avec la limite et la valeur.\n",
    "Usage: clas import SHEET.csv [--departement 51] [--annee 2025-2026]\n"
    "                   [-o campagne.json]\n"
    "\n"
    "Reads the CSV export of a spreadsheet (LibreOffice, Excel): one row per\n"
    "collectif, the porteur's and dossier's columns repeated on each row,\n"
    "French headers (see 'clas template'). ';' or ',' separator, decimal comma\n"
    "or point, UTF-8 with or without BOM, or Windows-1252. Writes a\n"
    "clas-campagne/1 document.\n"
    "\n"
    "Accepted entries: amounts \"7 500,00\", \"7500.00\", \"7 500 €\"; levels \"6e\",\n"
    "\"6ème\", \"CM1-CM2\"; decision \"agréé\", \"refusé\", \"en attente\"; dates\n"
    "\"10/08/2025\" or \"2025-08-10\"; \"oui\" / \"non\". Every rejected cell is reported\n"
    "in one run with its row, column and value; nothing is written while one\n"
    "remains.\n"
    "\n"
    "Limits (also those of the files of 'clas decide' and 'clas bilan'): a file of\n"
    "at most 64 MiB (CLAS_CSV_LIMIT_BYTES), 100,000 rows counting the header\n"
    "(CLAS_CSV_LIMIT_ROWS), 128 columns (CLAS_CSV_LIMIT_COLUMNS), 4096 bytes a cell\n"
    "(CLAS_CSV_LIMIT_CELL_BYTES) and 65,536 bytes a row (CLAS_CSV_LIMIT_LINE_BYTES).\n"
    "Beyond them the file is refused before it is read (its size) or before any\n"
    "cell is kept, with the limit and the value.\n",
};

const char *const help_template[2] = {
    "Usage : clas template [--csv fr | --format xlsx] -o MODELE\n"
    "\n"
    "Écrit le tableau vide attendu par « clas import » : la ligne d'en-têtes et une\n"
    "ligne d'exemple à remplacer. --csv fr pour LibreOffice/Excel en français,\n"
    "--format xlsx pour un classeur.\n",
    "Usage: clas template [--csv fr | --format xlsx] -o TEMPLATE\n"
    "\n"
    "Writes the empty spreadsheet 'clas import' expects: the header row and one\n"
    "example row to replace. --csv fr for a French LibreOffice/Excel, --format\n"
    "xlsx for a workbook.\n",
};
