/* SPDX-License-Identifier: Apache-2.0 */
/* clas stats CAMPAGNE [--precedente CAMPAGNE]: the department's figures
 * (domain.md §2.8): porteurs by type, collectifs and their outcome,
 * children by cycle, approval rate, amounts requested, granted, advanced
 * and settled, bonuses by kind; beside the previous year's when given. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "sheet.h"
#include "stats.h"
#include "table.h"

/* A detail figure ("porteurs.ccas") reads indented under its figure. */
static int is_detail(clas_statistique k)
{
    return strchr(clas_statistique_name(k), '.') != NULL;
}

static const char *stat_label(const struct cli *cli, clas_statistique k)
{
    return clas_label(CLAS_LABEL_STATISTIQUE, (int)k, cli->lang);
}

int stats_compute(clas_statistiques **out, const struct cli *cli, const struct document *doc)
{
    int st = clas_statistiques_new(out, doc->rapport, doc->campagne);
    return st == CLAS_OK ? EXIT_OK : cli_report_error(cli, doc->path, st);
}

static const char *format_value(char *buf, size_t size, const clas_statistiques *st, clas_statistique k,
                                const struct cli *cli)
{
    int64_t v = clas_statistiques_get(st, k);
    clas_unite u = clas_statistique_unite(k);
    if (u == CLAS_UNITE_CENTS)
        return cli_money(buf, size, v, cli->lang);
    if (u == CLAS_UNITE_TAUX)
        snprintf(buf, size, "%" PRId64 "%s%" PRId64 " %%", v / 10000, cli->lang == CLAS_LANG_EN ? "." : ",",
                 v % 10000 / 1000);
    else
        snprintf(buf, size, "%" PRId64, v);
    return buf;
}

int stats_sheet(struct sheet *s, const struct cli *cli, const clas_statistiques *now, const clas_statistiques *before)
{
    const char *head[4] = {"statistique", "libelle", "valeur", "annee_precedente"};
    if (!sheet_table(s, L(cli, "Statistiques", "Statistics"), head, before ? 4 : 3))
        return 0;
    sheet_width(s, 1, 40);
    for (int i = 0; i < CLAS_STAT_COUNT; i++) {
        clas_statistique k = (clas_statistique)i;
        sheet_text(s, clas_statistique_name(k));
        sheet_text(s, stat_label(cli, k));
        for (int y = 0; y < (before ? 2 : 1); y++) {
            int64_t v = clas_statistiques_get(y ? before : now, k);
            if (clas_statistique_unite(k) == CLAS_UNITE_CENTS)
                sheet_money(s, v);
            else if (clas_statistique_unite(k) == CLAS_UNITE_TAUX)
                sheet_rate(s, v);
            else
                sheet_int(s, v);
        }
        sheet_end_row(s);
    }
    return 1;
}

void stats_html(FILE *out, const struct cli *cli, const clas_statistiques *st)
{
    fprintf(out, "<table id=\"statistiques\"><tr><th>%s</th><th>%s</th></tr>\n", L(cli, "Statistique", "Figure"),
            L(cli, "Valeur", "Value"));
    for (int i = 0; i < CLAS_STAT_COUNT; i++) {
        clas_statistique k = (clas_statistique)i;
        char buf[CLI_MONEY_BUF];
        fprintf(out, "<tr><td>%s%s</td><td class=\"n\">%s</td></tr>\n", is_detail(k) ? "&nbsp;&nbsp;&nbsp;" : "",
                stat_label(cli, k), format_value(buf, sizeof buf, st, k, cli));
    }
    fputs("</table>\n", out);
}

/* The clas-statistiques/1 document, marked when the rules are a simulation. */
static int stats_json(const struct cli *cli, const clas_statistiques *now, const clas_statistiques *before)
{
    char *text = NULL;
    int st = clas_statistiques_to_json(&text, now, before, 0);
    json_t *root = st == CLAS_OK ? json_loads(text, 0, NULL) : NULL;
    char *out = NULL;
    clas_free(text);
    if (root && json_object_set_new(root, "simulation", json_boolean(cli->regles_path != NULL)) == 0)
        out = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(root);
    if (!out)
        return EXIT_INTERNAL;
    fprintf(cli->out, "%s\n", out);
    free(out);
    return EXIT_OK;
}

static int stats_text(const struct cli *cli, const struct document *doc, const clas_statistiques *now,
                      const clas_statistiques *before)
{
    struct table *t = table_new(before ? 3 : 2);
    const char *head[3] = {L(cli, "Statistique", "Figure"), L(cli, "Valeur", "Value"),
                           L(cli, "Année précédente", "Previous year")};
    if (!t)
        return EXIT_INTERNAL;
    table_set_align(t, 1, ALIGN_RIGHT);
    table_set_align(t, 2, ALIGN_RIGHT);
    table_add_row(t, head);
    for (int i = 0; i < CLAS_STAT_COUNT; i++) {
        clas_statistique k = (clas_statistique)i;
        char a[CLI_MONEY_BUF], b[CLI_MONEY_BUF], name[128];
        snprintf(name, sizeof name, "%s%s", is_detail(k) ? "  " : "", stat_label(cli, k));
        const char *row[3] = {name, format_value(a, sizeof a, now, k, cli),
                              before ? format_value(b, sizeof b, before, k, cli) : ""};
        table_add_row(t, row);
    }
    fprintf(cli->out, L(cli, "Statistiques du département %s, %s\n", "Statistics of department %s, %s\n"),
            clas_campagne_get_departement(doc->campagne), clas_campagne_get_annee_scolaire(doc->campagne));
    if (cli->regles_path)
        fprintf(cli->out, L(cli, "SIMULATION : règles remplacées par %s\n", "SIMULATION: rules replaced by %s\n"),
                cli->regles_path);
    fputc('\n', cli->out);
    table_print(t, cli->out, "");
    table_free(t);
    return EXIT_OK;
}

int cmd_stats(const struct cli *cli)
{
    struct document doc, prev;
    clas_statistiques *now = NULL, *before = NULL;
    int rc = document_load_campaign(&doc, cli, cli->files[0], NULL);
    if (rc != EXIT_OK)
        return rc;
    rc = stats_compute(&now, cli, &doc);
    if (rc == EXIT_OK && cli->precedente) {
        rc = document_load_campaign(&prev, cli, cli->precedente, NULL);
        if (rc == EXIT_OK) {
            rc = stats_compute(&before, cli, &prev);
            document_free(&prev);
        }
    }
    if (rc == EXIT_OK && cli->format == FORMAT_TEXT) {
        rc = stats_text(cli, &doc, now, before);
    } else if (rc == EXIT_OK && cli->format == FORMAT_JSON) {
        rc = stats_json(cli, now, before);
    } else if (rc == EXIT_OK) {
        struct sheet *s = sheet_new(cli);
        rc = s ? EXIT_OK : EXIT_INTERNAL;
        if (s) {
            stats_sheet(s, cli, now, before);
            rc = sheet_close(s);
        }
    }
    clas_statistiques_free(now);
    clas_statistiques_free(before);
    document_free(&doc);
    return cli_finish_output(cli, rc);
}

const char *const help_stats[2] = {
    "Usage : clas stats CAMPAGNE [--precedente CAMPAGNE] [--format text|json|csv|xlsx]\n"
    "\n"
    "Statistiques du département : porteurs par type, collectifs (éligibles,\n"
    "agréés, refusés, en attente), taux d'agrément, enfants par cycle, montants\n"
    "demandés, accordés, versés en acompte et réglés après bilan, bonus par type ;\n"
    "avec --precedente, celles de l'année précédente à côté.\n",
    "Usage: clas stats CAMPAIGN [--precedente CAMPAIGN] [--format text|json|csv|xlsx]\n"
    "\n"
    "The department's figures: organisations by type, groups (eligible, approved,\n"
    "refused, pending), approval rate, children by cycle, amounts requested,\n"
    "granted, advanced and settled after the bilans, bonuses by kind; with\n"
    "--precedente, the previous year's beside them.\n",
};
