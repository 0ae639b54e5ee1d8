/* SPDX-License-Identifier: Apache-2.0 */
/* clas check FILE...: verdicts and constats; exit 1 if anything blocks. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "derogation.h"

void cli_print_constat(const struct cli *cli, const clas_constat *c, const char *indent)
{
    char small[512];
    char *msg = small;
    int n = clas_constat_format_message(small, sizeof small, c, cli->lang);
    const char *coll = clas_constat_get_collectif_id(c);
    const char *champ = clas_constat_get_champ(c);

    if (n >= (int)sizeof small && (msg = malloc((size_t)n + 1)) != NULL)
        clas_constat_format_message(msg, (size_t)n + 1, c, cli->lang);
    if (!msg || n < 0)
        msg = small;
    if (n < 0)
        small[0] = '\0';

    /* the message is wrapped to 80 columns under the rule line's indent */
    char lead[160], next[80];
    snprintf(lead, sizeof lead, "%s[%s] %s%s ", indent, label(cli->lang, CLAS_LABEL_SEVERITY, (int)clas_constat_get_severity(c)),
             clas_code_name(clas_constat_get_code(c)) ? clas_code_name(clas_constat_get_code(c)) : "?", colon(cli->lang));
    snprintf(next, sizeof next, "%s    ", indent);
    cli_print_wrapped(cli->out, lead, next, msg, 80);
    fprintf(cli->out, "%s    %s %s", indent, tr(cli->lang, MSG_RULE),
            clas_regle_id(clas_constat_get_regle(c)) ? clas_regle_id(clas_constat_get_regle(c)) : "?");
    if (coll && coll[0])
        fprintf(cli->out, "%s %s %s", semicolon(cli->lang), tr(cli->lang, MSG_COLLECTIF), coll);
    else
        fprintf(cli->out, "%s %s", semicolon(cli->lang), tr(cli->lang, MSG_DOSSIER));
    if (champ && champ[0])
        fprintf(cli->out, "%s %s %s", semicolon(cli->lang), tr(cli->lang, MSG_FIELD), champ);
    fputc('\n', cli->out);
    if (msg != small)
        free(msg);
}

/* Prints one dossier; returns the number of blocking constats. */
static size_t check_dossier(const struct cli *cli, const char *path, const clas_evaluation *ev,
                            const clas_dossier *d)
{
    size_t blocking = 0, n = clas_evaluation_num_constats(ev), ncol = clas_evaluation_num_collectifs(ev);
    size_t dossier_level = 0, lifted = 0;

    cli_print_dossier_heading(cli, path, ev, d, 1);
    cli_note_provisional(cli, cli->out, ev);
    /* an exception is shown by the constat it lifts; one without a constat here */
    for (size_t i = 0; i < n; i++) {
        const clas_constat *c = clas_evaluation_get_constat(ev, i);
        if (c && clas_constat_get_derogation(c)[0])
            lifted++;
    }
    if (lifted < derogation_count(ev))
        derogation_print(cli, cli->out, ev, "  ");

    for (size_t i = 0; i < n; i++) {
        const clas_constat *c = clas_evaluation_get_constat(ev, i);
        if (c && clas_constat_get_severity(c) == CLAS_SEVERITY_BLOCKING)
            blocking++;
        if (c && clas_constat_get_collectif_index(c) < 0) {
            if (dossier_level++ == 0)
                fprintf(cli->out, "  %s%s\n", tr(cli->lang, MSG_DOSSIER_CONSTATS), colon(cli->lang));
            cli_print_constat(cli, c, "    ");
        }
    }
    for (size_t i = 0; i < ncol; i++) {
        size_t nc = clas_evaluation_num_collectif_constats(ev, i);
        fprintf(cli->out, "  %s %s%s %s\n", tr(cli->lang, MSG_COLLECTIF_CAP), clas_evaluation_get_collectif_id(ev, i),
                colon(cli->lang),
                label(cli->lang, CLAS_LABEL_STATUT, (int)clas_evaluation_get_collectif_statut(ev, i)));
        if (nc == 0)
            fprintf(cli->out, "    %s\n", tr(cli->lang, MSG_NO_CONSTAT));
        for (size_t j = 0; j < nc; j++) {
            const clas_constat *c = clas_evaluation_get_collectif_constat(ev, i, j);
            if (c)
                cli_print_constat(cli, c, "    ");
        }
    }
    return blocking;
}

int cmd_check(const struct cli *cli)
{
    int status = EXIT_OK;
    size_t blocking = 0, dossiers = 0;

    for (size_t f = 0; f < cli->num_files; f++) {
        struct document doc;
        int rc = document_load(&doc, cli, cli->files[f], 0);
        if (rc != EXIT_OK) {
            if (rc > status)
                status = rc;
            continue;
        }
        for (size_t i = 0; i < document_num_dossiers(&doc); i++) {
            const clas_evaluation *ev = document_evaluation(&doc, i);
            if (!ev)
                continue;
            if (dossiers++ > 0)
                fputc('\n', cli->out);
            blocking += check_dossier(cli, doc.path, ev, document_dossier(&doc, i));
        }
        document_free(&doc);
    }
    if (dossiers > 0)
        fprintf(cli->out, "\n%s%s %zu%s %s%s %zu\n", tr(cli->lang, MSG_DOSSIERS_CHECKED), colon(cli->lang),
                dossiers, semicolon(cli->lang), tr(cli->lang, MSG_BLOCKING_CONSTATS), colon(cli->lang), blocking);
    if (blocking > 0 && status == EXIT_OK)
        status = EXIT_BLOCKING;
    return cli_finish_output(cli, status);
}
