/* SPDX-License-Identifier: Apache-2.0 */
/* clas decide CAMPAGNE DECISIONS: the committee's decisions (CSV, or a
 * clas-decisions/1 document) applied to a campaign, which is written
 * anew. A decision that cannot stand (a bonus for a refused or ineligible
 * collectif, an approval of an ineligible one, an unknown collectif) is
 * refused with its row, and nothing is written. */
#include <stdlib.h>
#include <string.h>

#include "year.h"

enum { K_DOSSIER, K_COLLECTIF, K_DECISION, K_MOTIF, K_BE, K_BP, K_DATE, K_DEROGATION, K_DEROGATION_MOTIF, NUM_K };

static const struct column columns[NUM_K] = {
    {K_DOSSIER, "Dossier", "N° dossier|numéro de dossier", 1, "D51-2025-001"},
    {K_COLLECTIF, "Collectif", "n° collectif", 1, "C1"},
    {K_DECISION, "Décision", "décision du comité|agrément", 1, "agréé"},
    {K_MOTIF, "Motif", "motif de la décision|motif du refus", 0, ""},
    {K_BE, "Bonus enfants accordé", NULL, 0, "oui"},
    {K_BP, "Bonus parents accordé", NULL, 0, "non"},
    {K_DATE, "Date du comité", "date comité", 0, "18/09/2025"},
    {K_DEROGATION, "Dérogation", "règle levée", 0, ""},
    {K_DEROGATION_MOTIF, "Motif de la dérogation", "motif dérogation", 0, ""},
};

/* clas-decisions/1 members, as columns. */
static const char *const json_keys[] = {"dossier", "Dossier", "collectif", "Collectif", "agrement", "Décision",
                                        "motif", "Motif", "bonus_enfants", "Bonus enfants accordé",
                                        "bonus_parents", "Bonus parents accordé", "derogation", "Dérogation",
                                        "motif_derogation", "Motif de la dérogation", NULL, NULL};

/* The rule a "Dérogation" cell lifts: its id ("R-DELAI"), or "délai"/"retard"
 * for the late dossier the committee examines all the same. */
static int parse_regle(clas_regle *out, const char *text)
{
    if (strcmp(text, "délai") == 0 || strcmp(text, "delai") == 0 || strcmp(text, "retard") == 0) {
        *out = CLAS_REGLE_DELAI;
        return 0;
    }
    return clas_regle_parse(out, text) == CLAS_OK ? 0 : -1;
}

/* Records the row's exception in its dossier and evaluates the dossier
 * again under it into *own (the campaign's evaluation predates it).
 * 0, or -1 with the problem recorded. */
static int apply_derogation(const struct cli *cli, struct document *doc, struct found *f, const struct grid *g,
                            const long *where, size_t row, struct problems *p, const char *date,
                            clas_evaluation **own)
{
    const char *text = where[K_DEROGATION] >= 0 ? grid_cell(g, row, (size_t)where[K_DEROGATION]) : "";
    const char *motif = where[K_DEROGATION_MOTIF] >= 0 ? grid_cell(g, row, (size_t)where[K_DEROGATION_MOTIF]) : "";
    const char *header = where[K_DEROGATION] >= 0 ? grid_cell(g, 0, (size_t)where[K_DEROGATION]) : "Dérogation";
    clas_regle regle;
    if (!text[0])
        return 0;
    if (parse_regle(&regle, text) != 0) {
        problem(p, cli, row, header, text, L(cli, "règle inconnue (R-DELAI, ou « délai »)", "unknown rule (R-DELAI, or 'délai')"));
        return -1;
    }
    clas_error_clear();
    if (clas_dossier_set_derogation(f->dossier, regle, motif, date[0] ? date : NULL) != CLAS_OK) {
        problem(p, cli, row, header, text,
                motif[0] ? clas_error_last_message()
                         : L(cli, "une dérogation demande son motif (colonne « Motif de la dérogation »)",
                             "an exception needs its reason (column 'Motif de la dérogation')"));
        return -1;
    }
    unsigned flags = cli->provisoire ? CLAS_CARRY_FORWARD : 0;
    if (clas_evaluate(own, cli->regles, clas_campagne_get_cadre(doc->campagne), f->dossier, flags) != CLAS_OK) {
        problem(p, cli, row, header, text, clas_error_last_message());
        return -1;
    }
    f->evaluation = *own;
    return 0;
}

static const char *cell(const struct grid *g, const long *where, size_t row, int k)
{
    return where[k] >= 0 ? grid_cell(g, row, (size_t)where[k]) : "";
}

static const char *head(const struct grid *g, const long *where, int k)
{
    return where[k] >= 0 ? grid_cell(g, 0, (size_t)where[k]) : columns[k].header;
}

/* Why @p decision cannot be recorded for the collectif, or NULL. */
static const char *inconsistent(const struct cli *cli, const struct found *f, clas_decision decision, int be, int bp)
{
    int eligible = clas_evaluation_get_collectif_verdict(f->evaluation, f->index) == CLAS_VERDICT_ELIGIBLE;
    if (!eligible && decision == CLAS_DECISION_AGREE)
        return L(cli, "collectif inéligible (constat bloquant, voir « clas check ») : il ne peut pas être agréé",
                 "ineligible collectif (blocking constat, see 'clas check'): it cannot be approved");
    if ((be || bp) && decision != CLAS_DECISION_AGREE)
        return L(cli, "bonus accordé à un collectif qui n'est pas agréé", "bonus granted to a collectif not approved");
    return NULL;
}

static void apply_row(const struct cli *cli, struct document *doc, const struct grid *g, const long *where, size_t row,
                      struct problems *p, char *date, size_t date_size)
{
    struct found f;
    clas_decision decision = CLAS_DECISION_EN_ATTENTE;
    const char *why = NULL;
    int be = 0, bp = 0, ok = 1;
    const char *dossier = cell(g, where, row, K_DOSSIER), *coll = cell(g, where, row, K_COLLECTIF);

    if (year_find(&f, doc, dossier, coll) != 0) {
        char id[2 * CLAS_ID_MAX + 2];
        snprintf(id, sizeof id, "%s/%s", dossier, coll);
        problem(p, cli, row, head(g, where, K_COLLECTIF), id,
                L(cli, "collectif inconnu dans cette campagne", "no such collectif in this campaign"));
        return;
    }
    if (parse_decision(&decision, cell(g, where, row, K_DECISION), &why, cli) != 0) {
        problem(p, cli, row, head(g, where, K_DECISION), cell(g, where, row, K_DECISION), why);
        ok = 0;
    }
    if (parse_oui_non(&be, cell(g, where, row, K_BE), &why, cli) != 0) {
        problem(p, cli, row, head(g, where, K_BE), cell(g, where, row, K_BE), why);
        ok = 0;
    }
    if (parse_oui_non(&bp, cell(g, where, row, K_BP), &why, cli) != 0) {
        problem(p, cli, row, head(g, where, K_BP), cell(g, where, row, K_BP), why);
        ok = 0;
    }
    if (cell(g, where, row, K_DATE)[0]) {
        char d[11];
        if (parse_date(d, cell(g, where, row, K_DATE), &why, cli) != 0)
            problem(p, cli, row, head(g, where, K_DATE), cell(g, where, row, K_DATE), why);
        else if (date[0] && strcmp(date, d) != 0)
            problem(p, cli, row, head(g, where, K_DATE), cell(g, where, row, K_DATE),
                    L(cli, "un seul comité par fichier de décisions", "one committee per decisions file"));
        else
            snprintf(date, date_size, "%s", d);
    }
    clas_evaluation *own = NULL;
    if (!ok || apply_derogation(cli, doc, &f, g, where, row, p, date, &own) != 0)
        return;
    why = inconsistent(cli, &f, decision, be, bp);
    clas_evaluation_free(own);
    if (why) {
        problem(p, cli, row, head(g, where, be || bp ? (be ? K_BE : K_BP) : K_DECISION),
                be || bp ? "oui" : cell(g, where, row, K_DECISION), why);
        return;
    }
    clas_error_clear();
    /* bonuses off first: the library refuses a refusal that keeps one */
    if (clas_collectif_set_bonus_accorde(f.collectif, CLAS_BONUS_ENFANTS, 0) != CLAS_OK ||
        clas_collectif_set_bonus_accorde(f.collectif, CLAS_BONUS_PARENTS, 0) != CLAS_OK ||
        clas_collectif_set_decision(f.collectif, decision, cell(g, where, row, K_MOTIF)) != CLAS_OK ||
        clas_collectif_set_bonus_accorde(f.collectif, CLAS_BONUS_ENFANTS, be) != CLAS_OK ||
        clas_collectif_set_bonus_accorde(f.collectif, CLAS_BONUS_PARENTS, bp) != CLAS_OK)
        problem(p, cli, row, head(g, where, K_MOTIF), cell(g, where, row, K_MOTIF), clas_error_last_message());
}

int cmd_decide(const struct cli *cli)
{
    struct document doc;
    struct grid g;
    struct problems p = {0};
    long where[NUM_K];
    char date[16] = "", *json_date = NULL;
    const char *path = cli->files[1];
    int rc = document_load_campaign(&doc, cli, cli->files[0], NULL);
    if (rc != EXIT_OK)
        return rc;
    rc = year_read_records(&g, cli, path, "clas-decisions/1", "decisions", json_keys, &json_date);
    if (rc != EXIT_OK) {
        document_free(&doc);
        return rc;
    }
    p.json = strcmp(g.encoding, "JSON") == 0;
    grid_columns(&g, columns, NUM_K, where, &p, cli, 0);
    if (cli->date_comite || json_date) {
        const char *why;
        if (parse_date(date, cli->date_comite ? cli->date_comite : json_date, &why, cli) != 0)
            problem(&p, cli, 0, "date_comite", cli->date_comite ? cli->date_comite : json_date, why);
    }
    free(json_date);
    for (size_t row = 1; where[K_DOSSIER] >= 0 && where[K_COLLECTIF] >= 0 && row < g.rows; row++)
        if (!grid_row_blank(&g, row))
            apply_row(cli, &doc, &g, where, row, &p, date, sizeof date);
    grid_free(&g);
    rc = problems_report(&p, cli, path);
    if (rc == EXIT_OK && date[0]) {
        clas_cadre *cadre = year_own_cadre(cli, &doc);
        rc = cadre ? EXIT_OK : EXIT_INPUT;
        if (cadre && clas_cadre_set_date(cadre, CLAS_DATE_COMITE, date) != CLAS_OK)
            rc = cli_report_error(cli, path, CLAS_EINVAL);
        if (cadre)
            rc = rc == EXIT_OK ? year_set_cadre(cli, &doc, cadre) : (clas_cadre_free(cadre), rc);
    }
    if (rc == EXIT_OK)
        rc = year_write_campaign(cli, &doc);
    document_free(&doc);
    return rc;
}

const char *const help_decide[2] = {
    "Usage : clas decide CAMPAGNE DECISIONS [--date-comite JJ/MM/AAAA] -o NOUVELLE\n"
    "\n"
    "Enregistre les décisions du comité dans la campagne et écrit la campagne\n"
    "mise à jour. DECISIONS est un CSV (colonnes Dossier, Collectif, Décision,\n"
    "Motif, Bonus enfants accordé, Bonus parents accordé, Date du comité,\n"
    "Dérogation, Motif de la dérogation) ou un document clas-decisions/1 (.json).\n"
    "Une dérogation (« délai » ou R-DELAI : dossier en retard examiné quand même)\n"
    "est enregistrée dans le dossier avec son motif et la date du comité ; le\n"
    "constat reste affiché sans bloquer. Un bonus accordé à un collectif refusé ou\n"
    "inéligible, l'agrément d'un collectif inéligible ou un collectif inconnu sont\n"
    "refusés avec leur ligne ; rien n'est écrit tant qu'il en reste un. La date du\n"
    "comité est enregistrée dans le cadre de la campagne.\n",
    "Usage: clas decide CAMPAIGN DECISIONS [--date-comite DD/MM/YYYY] -o NEW\n"
    "\n"
    "Records the committee's decisions in the campaign and writes the updated\n"
    "campaign. DECISIONS is a CSV file (columns Dossier, Collectif, Décision,\n"
    "Motif, Bonus enfants accordé, Bonus parents accordé, Date du comité,\n"
    "Dérogation, Motif de la dérogation) or a clas-decisions/1 document (.json).\n"
    "An exception ('délai' or R-DELAI: a late dossier examined all the same) is\n"
    "recorded in the dossier with its reason and the committee date; the\n"
    "constat stays, without blocking. A bonus granted to a refused or\n"
    "ineligible collectif, an ineligible collectif approved, or an unknown\n"
    "collectif is refused with its row; nothing is written while one remains.\n"
    "The committee date is stored in the campaign's cadre.\n",
};
