/* SPDX-License-Identifier: Apache-2.0 */
/* clas report CAMPAIGN [--format text|json|csv]: the committee summary. */
#include <inttypes.h>
#include <string.h>

#include "cli.h"
#include "derogation.h"
#include "html.h"
#include "sheet.h"
#include "sheets.h"
#include "table.h"

static clas_cents bonus_demandes(const clas_evaluation *ev, size_t i)
{
    return clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_ENFANTS_DEMANDE) +
           clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_PARENTS_DEMANDE);
}

static clas_cents bonus_accordes(const clas_evaluation *ev, size_t i)
{
    return clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_ENFANTS) +
           clas_evaluation_get_montant(ev, i, CLAS_MONTANT_BONUS_PARENTS);
}

enum { COLS = 6 };

/* The statut in the report's table: "en attente" for an eligible collectif
 * awaiting the committee (the table shows ineligible ones as such), so the
 * six columns fit 80 even before the committee has met. */
static const char *statut_label(const struct cli *cli, clas_statut statut)
{
    if (statut == CLAS_STATUT_EN_ATTENTE)
        return L(cli, "en attente", "pending");
    return label(cli->lang, CLAS_LABEL_STATUT, (int)statut);
}

/* One heading line per porteur, then its collectifs: the table fits an
 * 80-column terminal however long the porteur's name. */
static int add_collectif_rows(const struct cli *cli, struct table *t, const struct document *doc)
{
    char money[4][CLI_MONEY_BUF], heading[CLAS_TEXT_MAX + 200];
    const char *row[COLS];
    int rc = 0;
    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        const clas_dossier *dossier = document_dossier(doc, d);
        const clas_porteur *p = dossier ? clas_dossier_get_porteur_const(dossier) : NULL;
        size_t n = clas_evaluation_num_collectifs(ev);
        snprintf(heading, sizeof heading, "%s (%s, %s)",
                 p && clas_porteur_get_nom(p)[0] ? clas_porteur_get_nom(p) : clas_evaluation_get_dossier_id(ev),
                 p ? label(cli->lang, CLAS_LABEL_PORTEUR_TYPE, (int)clas_porteur_get_type(p)) : "?", clas_evaluation_get_dossier_id(ev));
        if (utf8_width(heading) > 80) /* the type goes first when the line would not fit */
            snprintf(heading, sizeof heading, "%s (%s)",
                     p && clas_porteur_get_nom(p)[0] ? clas_porteur_get_nom(p) : "?", clas_evaluation_get_dossier_id(ev));
        rc |= table_add_heading(t, heading);
        if (n == 0) { /* a dossier without collectif still appears */
            row[0] = "  -";
            row[1] = label(cli->lang, CLAS_LABEL_VERDICT, (int)clas_evaluation_get_verdict(ev));
            row[2] = row[3] = row[4] = row[5] = "";
            rc |= table_add_row(t, row);
            continue;
        }
        for (size_t i = 0; i < n; i++) {
            char id[CLAS_ID_MAX + 4];
            snprintf(id, sizeof id, "  %s", clas_evaluation_get_collectif_id(ev, i));
            row[0] = id;
            row[1] = statut_label(cli, clas_evaluation_get_collectif_statut(ev, i));
            row[2] = cli_money(money[0], sizeof money[0], clas_evaluation_get_montant(ev, i, CLAS_MONTANT_PS), cli->lang);
            row[3] = cli_money(money[1], sizeof money[1], bonus_demandes(ev, i), cli->lang);
            row[4] = cli_money(money[2], sizeof money[2], bonus_accordes(ev, i), cli->lang);
            row[5] = cli_money(money[3], sizeof money[3], clas_evaluation_get_montant(ev, i, CLAS_MONTANT_TOTAL),
                               cli->lang);
            rc |= table_add_row(t, row);
        }
    }
    return rc;
}

static int add_total_row(const struct cli *cli, struct table *t, const clas_rapport *r)
{
    char money[4][CLI_MONEY_BUF];
    const char *row[COLS] = {tr(cli->lang, MSG_TOTAL), ""};
    row[2] = cli_money(money[0], sizeof money[0], clas_rapport_get_total(r, CLAS_TOTAL_PS), cli->lang);
    row[3] = cli_money(money[1], sizeof money[1], clas_rapport_get_total(r, CLAS_TOTAL_BONUS_DEMANDES), cli->lang);
    row[4] = cli_money(money[2], sizeof money[2],
                       clas_rapport_get_total(r, CLAS_TOTAL_BONUS_ENFANTS) +
                           clas_rapport_get_total(r, CLAS_TOTAL_BONUS_PARENTS),
                       cli->lang);
    row[5] = cli_money(money[3], sizeof money[3], clas_rapport_get_total(r, CLAS_TOTAL_MONTANT), cli->lang);
    return table_add_rule(t) | table_add_row(t, row);
}

/* The department totals, one per line, values right-aligned. */
static int print_totals(const struct cli *cli, const clas_rapport *r)
{
    static const clas_rapport_total order[] = {
        CLAS_TOTAL_DOSSIERS, CLAS_TOTAL_PORTEURS, CLAS_TOTAL_PORTEURS_FINANCES, CLAS_TOTAL_COLLECTIFS,
        CLAS_TOTAL_COLLECTIFS_ELIGIBLES, CLAS_TOTAL_ENFANTS, CLAS_TOTAL_PS, CLAS_TOTAL_BONUS_ENFANTS,
        CLAS_TOTAL_BONUS_PARENTS, CLAS_TOTAL_BONUS_DEMANDES, CLAS_TOTAL_MONTANT};
    struct table *t = table_new(2);
    int rc = 0;
    if (!t)
        return EXIT_INTERNAL;
    table_set_align(t, 1, ALIGN_RIGHT);
    {
        const char *head[2] = {tr(cli->lang, MSG_DEPARTMENT_TOTALS), ""};
        rc |= table_add_row(t, head);
    }
    for (size_t k = 0; k < sizeof order / sizeof order[0]; k++) {
        char value[CLI_MONEY_BUF];
        int64_t v = clas_rapport_get_total(r, order[k]);
        const char *row[2] = {label(cli->lang, CLAS_LABEL_TOTAL, (int)order[k]), value};
        if (order[k] >= CLAS_TOTAL_PS)
            cli_money(value, sizeof value, v, cli->lang);
        else
            snprintf(value, sizeof value, "%" PRId64, v);
        rc |= table_add_row(t, row);
    }
    if (rc == 0)
        table_print(t, cli->out, "");
    table_free(t);
    return rc ? EXIT_INTERNAL : EXIT_OK;
}

static int text_report(const struct cli *cli, const struct document *doc)
{
    const char *head[COLS] = {tr(cli->lang, MSG_COLLECTIF_CAP), tr(cli->lang, MSG_STATUT), "Ps",
                              L(cli, "Bonus dem.", "Bonus req."), L(cli, "Bonus acc.", "Bonus gr."),
                              tr(cli->lang, MSG_TOTAL)};
    const char *nom = clas_campagne_get_nom(doc->campagne);
    struct table *t = table_new(COLS);
    int rc;

    if (!t)
        return EXIT_INTERNAL;
    for (size_t c = 2; c < COLS; c++)
        table_set_align(t, c, ALIGN_RIGHT);
    rc = table_add_row(t, head);
    rc |= add_collectif_rows(cli, t, doc);
    rc |= add_total_row(cli, t, doc->rapport);
    if (rc != 0) {
        table_free(t);
        return EXIT_INTERNAL;
    }
    if (nom[0])
        fprintf(cli->out, "%s\n", nom);
    fprintf(cli->out, "%s %s, %s\n", tr(cli->lang, MSG_DEPARTEMENT), clas_campagne_get_departement(doc->campagne),
            clas_campagne_get_annee_scolaire(doc->campagne));
    if (cli->regles_path)
        fprintf(cli->out, L(cli, "SIMULATION : règles remplacées par %s ; ces montants ne sont pas officiels.\n",
                            "SIMULATION: rules replaced by %s; these amounts are not official.\n"),
                cli->regles_path);
    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        if (clas_evaluation_is_provisional(ev)) {
            cli_note_provisional(cli, cli->out, ev);
            break;
        }
    }
    fputc('\n', cli->out);
    table_print(t, cli->out, "");
    table_free(t);
    derogation_print_section(cli, cli->out, doc, NULL);
    fputc('\n', cli->out);
    return print_totals(cli, doc->rapport);
}

int cmd_report(const struct cli *cli)
{
    struct document doc;
    int rc = document_load_campaign(&doc, cli, cli->files[0], tr(cli->lang, MSG_NOT_A_CAMPAIGN));
    if (rc != EXIT_OK)
        return rc;
    if (cli->format == FORMAT_JSON) {
        char *json = NULL;
        int st = clas_rapport_to_json(&json, doc.rapport, doc.campagne, CLAS_JSON_PRETTY);
        if (st != CLAS_OK) {
            rc = cli_report_error(cli, doc.path, st);
        } else {
            fputs(json, cli->out);
            clas_free(json);
            if (document_num_dossiers(&doc) > 0)
                cli_note_provisional(cli, cli->err, document_evaluation(&doc, 0));
        }
    } else if (cli->format == FORMAT_HTML) {
        rc = html_report(cli, &doc);
    } else if (cli->format == FORMAT_CSV || cli->format == FORMAT_XLSX) {
        struct sheet *s = sheet_new(cli);
        rc = s ? sheets_report(s, cli, &doc) : EXIT_INTERNAL;
        if (s && sheet_close(s) != EXIT_OK)
            rc = EXIT_INTERNAL;
    } else {
        rc = text_report(cli, &doc);
        if (rc == EXIT_INTERNAL)
            fprintf(cli->err, "clas: %s\n", tr(cli->lang, MSG_OUT_OF_MEMORY));
    }
    document_free(&doc);
    return cli_finish_output(cli, rc);
}
