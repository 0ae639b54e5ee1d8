/* SPDX-License-Identifier: Apache-2.0 */
/* clas baremes [--format text|json]: the school years the rule set knows. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "table.h"

/* A rate in millionths as a percentage: 330000 -> "33 %", 333333 -> "33,3333 %". */
static const char *format_taux(char *buf, size_t size, int64_t taux, clas_lang lang)
{
    int64_t whole = taux / 10000, frac = taux % 10000;
    int digits = 4;
    if (frac < 0)
        frac = -frac;
    while (digits > 0 && frac % 10 == 0) {
        frac /= 10;
        digits--;
    }
    if (digits > 0)
        snprintf(buf, size, "%" PRId64 "%c%0*" PRId64 "%s", whole, lang == CLAS_LANG_FR ? ',' : '.', digits, frac,
                 lang == CLAS_LANG_FR ? " %" : "%");
    else
        snprintf(buf, size, "%" PRId64 "%s", whole, lang == CLAS_LANG_FR ? " %" : "%");
    return buf;
}

/* Field by field: "    taux prix_plafond ps_max : titre, section <url>",
 * or "    arrondi : not settled by any public text (note)". */
static void print_references(const struct cli *cli, const clas_bareme *b)
{
    for (size_t i = 0; i < clas_bareme_num_references(b); i++) {
        const char *titre = clas_bareme_get_reference(b, i, CLAS_REFERENCE_TITRE);
        const char *section = clas_bareme_get_reference(b, i, CLAS_REFERENCE_SECTION);
        const char *url = clas_bareme_get_reference(b, i, CLAS_REFERENCE_URL);
        const char *note = clas_bareme_get_reference(b, i, CLAS_REFERENCE_NOTE);
        size_t size = strlen(titre) + strlen(section) + strlen(url) + strlen(note) + 64;
        char lead[256], *text = malloc(size);
        if (!text)
            return;
        snprintf(lead, sizeof lead, "    %s%s ", clas_bareme_get_reference(b, i, CLAS_REFERENCE_CHAMPS),
                 colon(cli->lang));
        snprintf(text, size, "%s%s%s%s%s%s%s%s", titre[0] ? titre : tr(cli->lang, MSG_UNSETTLED),
                 section[0] ? ", " : "", section, url[0] ? " <" : "", url, url[0] ? ">" : "",
                 !titre[0] && note[0] ? " — " : "", !titre[0] ? note : "");
        cli_print_wrapped(cli->out, lead, "      ", text, 80);
        if (titre[0] && note[0])
            cli_print_wrapped(cli->out, "      ", "      ", note, 80);
        free(text);
    }
}

/* The rate and amounts of each school year in one table; the bonuses and
 * the rounding (a longer text) in a second one: both fit 80 columns. */
static int print_text(const struct cli *cli)
{
    const char *head[] = {tr(cli->lang, MSG_ANNEE), tr(cli->lang, MSG_TAUX), tr(cli->lang, MSG_PRIX_PLAFOND),
                          tr(cli->lang, MSG_PS_MAX)};
    const char *head2[] = {tr(cli->lang, MSG_ANNEE), tr(cli->lang, MSG_BONUS_ENFANTS), tr(cli->lang, MSG_BONUS_PARENTS),
                           tr(cli->lang, MSG_ARRONDI)};
    enum { N = sizeof head / sizeof head[0] };
    size_t num = clas_regles_num_baremes(cli->regles);
    struct table *t = table_new(N), *t2 = table_new(4);
    int rc;

    if (!t || !t2) {
        table_free(t);
        table_free(t2);
        return EXIT_INTERNAL;
    }
    for (size_t c = 1; c < N; c++)
        table_set_align(t, c, ALIGN_RIGHT);
    table_set_align(t2, 1, ALIGN_RIGHT);
    table_set_align(t2, 2, ALIGN_RIGHT);
    rc = table_add_row(t, head) | table_add_row(t2, head2);
    for (size_t i = 0; i < num; i++) {
        const clas_bareme *b = clas_regles_get_bareme(cli->regles, i);
        char taux[32], money[4][CLI_MONEY_BUF];
        const char *row[N], *row2[4];
        if (!b)
            continue;
        row[0] = clas_bareme_get_annee_scolaire(b);
        row[1] = format_taux(taux, sizeof taux, clas_bareme_get_taux(b), cli->lang);
        row[2] = cli_money(money[0], sizeof money[0], clas_bareme_get_prix_plafond(b), cli->lang);
        row[3] = cli_money(money[1], sizeof money[1], clas_bareme_get_ps_max(b), cli->lang);
        row2[0] = row[0];
        row2[1] = cli_money(money[2], sizeof money[2], clas_bareme_get_bonus(b, CLAS_BONUS_ENFANTS), cli->lang);
        row2[2] = cli_money(money[3], sizeof money[3], clas_bareme_get_bonus(b, CLAS_BONUS_PARENTS), cli->lang);
        row2[3] = label(cli->lang, CLAS_LABEL_ROUNDING, (int)clas_bareme_get_rounding(b));
        rc |= table_add_row(t, row) | table_add_row(t2, row2);
    }
    if (rc != 0) {
        table_free(t);
        table_free(t2);
        return EXIT_INTERNAL;
    }
    if (num == 0) {
        fprintf(cli->out, "%s\n", tr(cli->lang, MSG_NO_BAREME));
    } else {
        table_print(t, cli->out, "");
        fputc('\n', cli->out);
        table_print(t2, cli->out, "");
    }
    table_free(t);
    table_free(t2);
    if (num > 0)
        fprintf(cli->out, "\n%s%s\n", tr(cli->lang, MSG_SOURCES), colon(cli->lang));
    for (size_t i = 0; i < num; i++) {
        const clas_bareme *b = clas_regles_get_bareme(cli->regles, i);
        const char *section, *url, *titre;
        char lead[64], *text;
        size_t size;
        if (!b)
            continue;
        section = clas_bareme_get_source_section(b);
        url = clas_bareme_get_source_url(b);
        titre = clas_bareme_get_source_titre(b);
        size = strlen(titre) + strlen(section) + strlen(url) + 16;
        text = malloc(size);
        if (!text)
            return EXIT_INTERNAL;
        snprintf(lead, sizeof lead, "  %s%s ", clas_bareme_get_annee_scolaire(b), colon(cli->lang));
        snprintf(text, size, "%s%s%s%s%s%s", titre, section[0] ? ", " : "", section, url[0] ? " <" : "", url,
                 url[0] ? ">" : "");
        /* wrapped to 80 columns; an address longer than a line stays whole */
        cli_print_wrapped(cli->out, lead, "      ", text, 80);
        free(text);
        print_references(cli, b);
    }
    return EXIT_OK;
}

int cmd_baremes(const struct cli *cli)
{
    int rc = EXIT_OK;
    if (cli->format == FORMAT_JSON) {
        char *json = NULL;
        int st = clas_regles_to_json(&json, cli->regles, CLAS_JSON_PRETTY);
        if (st != CLAS_OK)
            return cli_report_error(cli, NULL, st);
        fputs(json, cli->out);
        clas_free(json);
    } else {
        rc = print_text(cli);
        if (rc == EXIT_INTERNAL)
            fprintf(cli->err, "clas: %s\n", tr(cli->lang, MSG_OUT_OF_MEMORY));
    }
    return cli_finish_output(cli, rc);
}
