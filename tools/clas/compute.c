/* SPDX-License-Identifier: Apache-2.0 */
/* clas compute FILE... [--format text|json|csv]: amounts per collectif. */
#include <stdlib.h>
#include <stdbool.h>
#include <string.h>

#include "cli.h"
#include "derogation.h"
#include "sheet.h"
#include "sheets.h"
#include "table.h"

/* Each collectif takes two lines, so the six amounts, the status and the
 * collectif fit an 80-column terminal: expenses, base and Ps on the first,
 * the bonuses and the total under them on the second. */
static const clas_montant line1[] = {CLAS_MONTANT_DEPENSES, CLAS_MONTANT_BASE, CLAS_MONTANT_PS};
static const clas_montant line2[] = {CLAS_MONTANT_BONUS_ENFANTS, CLAS_MONTANT_BONUS_PARENTS, CLAS_MONTANT_TOTAL};
#define NUM_PER_LINE (sizeof line1 / sizeof line1[0])
#define TEXT_COLS (2 + NUM_PER_LINE)

/* Adds the two lines of one collectif (or of the dossier's total). */
static int add_pair(const struct cli *cli, struct table *t, const char *id, const char *statut, const clas_cents *first,
                    const clas_cents *second)
{
    char money[2][NUM_PER_LINE][CLI_MONEY_BUF];
    const char *row[2][TEXT_COLS] = {{id, statut}, {"", ""}};
    for (size_t m = 0; m < NUM_PER_LINE; m++) {
        row[0][2 + m] = cli_money(money[0][m], sizeof money[0][m], first[m], cli->lang);
        row[1][2 + m] = cli_money(money[1][m], sizeof money[1][m], second[m], cli->lang);
    }
    return table_add_row(t, row[0]) | table_add_row(t, row[1]);
}

static int text_dossier(const struct cli *cli, const char *path, const clas_evaluation *ev, const clas_dossier *d)
{
    const char *head[2][TEXT_COLS] = {{tr(cli->lang, MSG_COLLECTIF_CAP), tr(cli->lang, MSG_STATUT)}, {"", ""}};
    clas_cents first[NUM_PER_LINE], second[NUM_PER_LINE];
    struct table *t = table_new(TEXT_COLS);
    int rc = 0;

    if (!t) {
        fprintf(cli->err, "clas: %s\n", tr(cli->lang, MSG_OUT_OF_MEMORY));
        return EXIT_INTERNAL;
    }
    for (size_t c = 2; c < TEXT_COLS; c++)
        table_set_align(t, c, ALIGN_RIGHT);
    table_set_header_rows(t, 2);
    for (size_t m = 0; m < NUM_PER_LINE; m++) {
        head[0][2 + m] = label(cli->lang, CLAS_LABEL_MONTANT, (int)line1[m]);
        head[1][2 + m] = label(cli->lang, CLAS_LABEL_MONTANT, (int)line2[m]);
    }
    rc |= table_add_row(t, head[0]) | table_add_row(t, head[1]);
    for (size_t i = 0; i < clas_evaluation_num_collectifs(ev); i++) {
        for (size_t m = 0; m < NUM_PER_LINE; m++) {
            first[m] = clas_evaluation_get_montant(ev, i, line1[m]);
            second[m] = clas_evaluation_get_montant(ev, i, line2[m]);
        }
        rc |= add_pair(cli, t, clas_evaluation_get_collectif_id(ev, i),
                       label(cli->lang, CLAS_LABEL_STATUT, (int)clas_evaluation_get_collectif_statut(ev, i)), first,
                       second);
    }
    rc |= table_add_rule(t);
    for (size_t m = 0; m < NUM_PER_LINE; m++) {
        first[m] = clas_evaluation_get_total(ev, line1[m]);
        second[m] = clas_evaluation_get_total(ev, line2[m]);
    }
    /* "Total" beside the dossier's verdict: the collectif column stays narrow */
    rc |= add_pair(cli, t, tr(cli->lang, MSG_TOTAL),
                   label(cli->lang, CLAS_LABEL_VERDICT, (int)clas_evaluation_get_verdict(ev)), first, second);
    if (rc != 0) {
        table_free(t);
        fprintf(cli->err, "clas: %s\n", tr(cli->lang, MSG_OUT_OF_MEMORY));
        return EXIT_INTERNAL;
    }

    cli_print_dossier_heading(cli, path, ev, d, 0);
    cli_note_provisional(cli, cli->out, ev);
    derogation_print(cli, cli->out, ev, "  ");
    table_print(t, cli->out, "  ");
    table_free(t);
    return EXIT_OK;
}

/* One dossier file gives one clas-resultat/1 document; a campaign or
 * several files give an array of them: the shape of the output depends on
 * the command line only. */
static int json_output(const struct cli *cli, struct document *docs, size_t num_docs)
{
    size_t written = 0;
    bool array = cli->num_files != 1 || (num_docs == 1 && docs[0].campagne);
    if (!array && num_docs == 0)
        return EXIT_OK; /* the one input failed: its error says why */
    if (array)
        fputs("[\n", cli->out);
    for (size_t f = 0; f < num_docs; f++) {
        for (size_t i = 0; i < document_num_dossiers(&docs[f]); i++) {
            char *json = NULL;
            size_t len;
            const clas_evaluation *ev = document_evaluation(&docs[f], i);
            int rc = clas_evaluation_to_json(&json, ev, CLAS_JSON_PRETTY);
            if (rc != CLAS_OK)
                return cli_report_error(cli, docs[f].path, rc);
            len = strlen(json);
            while (len > 0 && json[len - 1] == '\n')
                len--;
            if (written++ > 0)
                fputs(",\n", cli->out);
            fwrite(json, 1, len, cli->out);
            clas_free(json);
            if (clas_evaluation_is_provisional(ev))
                cli_note_provisional(cli, cli->err, ev);
        }
    }
    fputs(!array ? "\n" : written ? "\n]\n" : "]\n", cli->out);
    return EXIT_OK;
}

int cmd_compute(const struct cli *cli)
{
    struct document *docs = calloc(cli->num_files, sizeof *docs);
    size_t num_docs = 0, num_dossiers = 0;
    clas_cents grand_total = 0;
    int status = EXIT_OK, rc = EXIT_OK;

    if (!docs) {
        fprintf(cli->err, "clas: %s\n", tr(cli->lang, MSG_OUT_OF_MEMORY));
        return EXIT_INTERNAL;
    }
    for (size_t f = 0; f < cli->num_files; f++) {
        rc = document_load(&docs[num_docs], cli, cli->files[f], 0);
        if (rc != EXIT_OK) {
            if (rc > status)
                status = rc;
            continue;
        }
        num_dossiers += document_num_dossiers(&docs[num_docs]);
        num_docs++;
    }

    if (cli->format == FORMAT_JSON) {
        rc = json_output(cli, docs, num_docs);
    } else if (cli->format == FORMAT_CSV || cli->format == FORMAT_XLSX) {
        struct sheet *s = status == EXIT_OK ? sheet_new(cli) : NULL;
        if (s) {
            sheets_collectif_table(s, cli, L(cli, "Montants", "Amounts"), 1);
            for (size_t f = 0; f < num_docs; f++)
                sheets_collectif_rows(s, cli, &docs[f], 1);
            rc = sheet_close(s);
        } else if (status == EXIT_OK) {
            rc = EXIT_INTERNAL;
        }
    } else {
        size_t shown = 0;
        for (size_t f = 0; f < num_docs && rc == EXIT_OK; f++) {
            for (size_t i = 0; i < document_num_dossiers(&docs[f]) && rc == EXIT_OK; i++) {
                const clas_evaluation *ev = document_evaluation(&docs[f], i);
                const clas_dossier *d = document_dossier(&docs[f], i);
                if (shown++ > 0)
                    fputc('\n', cli->out);
                rc = text_dossier(cli, docs[f].path, ev, d);
                grand_total += clas_evaluation_get_total(ev, CLAS_MONTANT_TOTAL);
            }
        }
        if (cli->format == FORMAT_TEXT && rc == EXIT_OK && num_dossiers > 1) {
            char money[CLI_MONEY_BUF];
            fprintf(cli->out, "\n%s%s %s\n", tr(cli->lang, MSG_GRAND_TOTAL), colon(cli->lang),
                    cli_money(money, sizeof money, grand_total, cli->lang));
        }
    }
    if (rc > status)
        status = rc;
    for (size_t f = 0; f < num_docs; f++)
        document_free(&docs[f]);
    free(docs);
    return cli_finish_output(cli, status);
}
