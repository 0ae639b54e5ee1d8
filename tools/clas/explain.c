/* SPDX-License-Identifier: Apache-2.0 */
/* clas explain FILE --collectif ID: the trace of one collectif, step by step. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "derogation.h"

struct match {
    const clas_evaluation *ev;
    size_t index;
};

/* Finds ID in every dossier of the document; "DOSSIER/ID" picks a dossier
 * when the same collectif id appears in several. Returns the number of
 * matches (the first one in *out). */
static size_t find_collectif(struct match *out, const struct document *doc, const char *id)
{
    size_t found = 0;
    const char *slash = strchr(id, '/');
    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        const char *dossier_id = clas_evaluation_get_dossier_id(ev);
        for (size_t i = 0; i < clas_evaluation_num_collectifs(ev); i++) {
            const char *cid = clas_evaluation_get_collectif_id(ev, i);
            int hit = strcmp(cid, id) == 0;
            if (!hit && slash && strncmp(dossier_id, id, (size_t)(slash - id)) == 0 &&
                dossier_id[slash - id] == '\0' && strcmp(cid, slash + 1) == 0)
                hit = 1;
            if (hit && found++ == 0) {
                out->ev = ev;
                out->index = i;
            }
        }
    }
    return found;
}

/* Lists the collectif ids, only those named @p only when it is not NULL. */
static void list_known(const struct cli *cli, const struct document *doc, const char *only)
{
    int several = document_num_dossiers(doc) > 1;
    fprintf(cli->err, "%s%s", tr(cli->lang, MSG_KNOWN_COLLECTIFS), colon(cli->lang));
    for (size_t d = 0; d < document_num_dossiers(doc); d++) {
        const clas_evaluation *ev = document_evaluation(doc, d);
        for (size_t i = 0; i < clas_evaluation_num_collectifs(ev); i++) {
            if (only && strcmp(only, clas_evaluation_get_collectif_id(ev, i)) != 0)
                continue;
            if (several)
                fprintf(cli->err, " %s/%s", clas_evaluation_get_dossier_id(ev), clas_evaluation_get_collectif_id(ev, i));
            else
                fprintf(cli->err, " %s", clas_evaluation_get_collectif_id(ev, i));
        }
    }
    fputc('\n', cli->err);
}

static int print_etape(const struct cli *cli, size_t n, const clas_etape *e)
{
    char small[512];
    char *text = small;
    int len = clas_etape_format(small, sizeof small, e, cli->lang);
    const char *regle = clas_regle_id(clas_etape_get_regle(e));
    const char *source = clas_etape_get_source(e);
    const char *valeurs = clas_etape_get_source_valeurs(e);

    if (len < 0)
        return EXIT_INTERNAL;
    if ((size_t)len >= sizeof small) {
        text = malloc((size_t)len + 1);
        if (!text)
            return EXIT_INTERNAL;
        clas_etape_format(text, (size_t)len + 1, e, cli->lang);
    }
    /* The library's text names the rule and shows the formula with its
     * values; long formulas and sources are wrapped to 80 columns. */
    char lead[CLAS_ID_MAX + 96];
    if (text[0] == '[')
        snprintf(lead, sizeof lead, "  %2zu. ", n);
    else
        snprintf(lead, sizeof lead, "  %2zu. [%s] ", n, regle ? regle : "?");
    cli_print_wrapped(cli->out, lead, "        ", text, 80);
    /* The rule's own text, then the barème or cadre that set its values. */
    if (source && source[0]) {
        snprintf(lead, sizeof lead, "      %s%s ", tr(cli->lang, MSG_SOURCE), colon(cli->lang));
        cli_print_wrapped(cli->out, lead, "        ", source, 80);
    }
    if (valeurs && valeurs[0]) {
        snprintf(lead, sizeof lead, "      %s%s ", tr(cli->lang, MSG_SOURCE_VALEURS), colon(cli->lang));
        cli_print_wrapped(cli->out, lead, "        ", valeurs, 80);
    }
    if (text != small)
        free(text);
    return EXIT_OK;
}

static int explain(const struct cli *cli, const clas_evaluation *ev, size_t i)
{
    const clas_bareme *b = clas_evaluation_get_bareme(ev);
    size_t num_etapes = clas_evaluation_num_etapes(ev, i);
    size_t num_constats = clas_evaluation_num_collectif_constats(ev, i);
    char money[CLI_MONEY_BUF];

    fprintf(cli->out, "%s %s, %s %s, %s\n", tr(cli->lang, MSG_COLLECTIF_CAP), clas_evaluation_get_collectif_id(ev, i),
            tr(cli->lang, MSG_DOSSIER), clas_evaluation_get_dossier_id(ev), clas_evaluation_get_annee_scolaire(ev));
    if (b)
        fprintf(cli->out, "%s%s %s\n", tr(cli->lang, MSG_BAREME), colon(cli->lang), clas_bareme_get_annee_scolaire(b));
    cli_note_provisional(cli, cli->out, ev);
    fprintf(cli->out, "%s%s %s\n", tr(cli->lang, MSG_VERDICT), colon(cli->lang),
            label(cli->lang, CLAS_LABEL_VERDICT, (int)clas_evaluation_get_collectif_verdict(ev, i)));
    fprintf(cli->out, "%s%s %s\n", tr(cli->lang, MSG_DECISION), colon(cli->lang),
            label(cli->lang, CLAS_LABEL_DECISION, (int)clas_evaluation_get_collectif_decision(ev, i)));
    fprintf(cli->out, "%s%s %s\n", tr(cli->lang, MSG_STATUT), colon(cli->lang),
            label(cli->lang, CLAS_LABEL_STATUT, (int)clas_evaluation_get_collectif_statut(ev, i)));
    fprintf(cli->out, "%s%s %s\n", tr(cli->lang, MSG_TOTAL), colon(cli->lang),
            cli_money(money, sizeof money, clas_evaluation_get_montant(ev, i, CLAS_MONTANT_TOTAL), cli->lang));
    derogation_print(cli, cli->out, ev, "");
    fputc('\n', cli->out);

    fprintf(cli->out, "%s%s\n", tr(cli->lang, MSG_STEPS), colon(cli->lang));
    if (num_etapes == 0)
        fprintf(cli->out, "  %s\n", tr(cli->lang, MSG_NO_STEP));
    for (size_t j = 0; j < num_etapes; j++) {
        const clas_etape *e = clas_evaluation_get_etape(ev, i, j);
        if (e && print_etape(cli, j + 1, e) != EXIT_OK)
            return EXIT_INTERNAL;
    }
    fprintf(cli->out, "\n%s%s\n", tr(cli->lang, MSG_CONSTATS), colon(cli->lang));
    for (size_t j = 0; j < num_constats; j++) {
        const clas_constat *c = clas_evaluation_get_collectif_constat(ev, i, j);
        if (c)
            cli_print_constat(cli, c, "  ");
    }
    /* Dossier-level constats (deadline, no collectif) concern every collectif. */
    for (size_t j = 0; j < clas_evaluation_num_constats(ev); j++) {
        const clas_constat *c = clas_evaluation_get_constat(ev, j);
        if (c && clas_constat_get_collectif_index(c) < 0) {
            cli_print_constat(cli, c, "  ");
            num_constats++;
        }
    }
    if (num_constats == 0)
        fprintf(cli->out, "  %s\n", tr(cli->lang, MSG_NO_CONSTAT));
    return EXIT_OK;
}

int cmd_explain(const struct cli *cli)
{
    struct document doc;
    struct match m = {NULL, 0};
    size_t found;
    int rc = document_load(&doc, cli, cli->files[0], CLAS_EVAL_TRACE);

    if (rc != EXIT_OK)
        return rc;
    found = find_collectif(&m, &doc, cli->collectif);
    if (found == 0) {
        fprintf(cli->err, "clas: %s: ", doc.path);
        fprintf(cli->err, tr(cli->lang, MSG_UNKNOWN_COLLECTIF), cli->collectif);
        fputc('\n', cli->err);
        list_known(cli, &doc, NULL);
        rc = EXIT_INPUT;
    } else if (found > 1) {
        fprintf(cli->err, "clas: %s: ", doc.path);
        fprintf(cli->err, tr(cli->lang, MSG_AMBIGUOUS_COLLECTIF), cli->collectif, cli->collectif);
        fputc('\n', cli->err);
        list_known(cli, &doc, cli->collectif);
        rc = EXIT_INPUT;
    } else {
        rc = explain(cli, m.ev, m.index);
    }
    document_free(&doc);
    return cli_finish_output(cli, rc);
}
