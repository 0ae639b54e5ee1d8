/* SPDX-License-Identifier: Apache-2.0 */
/* Reading an input file, telling a dossier from a campaign, evaluating it. */
#include <errno.h>
#include <stdint.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"

/* Skips JSON white space. */
static const char *skip_ws(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    return p;
}

/* Index after the JSON string starting at p[0] == '"'. */
static const char *skip_string(const char *p, const char *end)
{
    for (p++; p < end && *p != '"'; p++)
        if (*p == '\\')
            p++;
    return p < end ? p + 1 : end;
}

/* True if the document's own "format" member (at the top level, not one
 * of a nested object such as the porteur) is "clas-campagne/1". Anything
 * else is read as a dossier and the library's parser reports what is
 * wrong with it. */
static int is_campagne(const char *text, size_t len)
{
    static const char key[] = "\"format\"";
    static const char value[] = "\"clas-campagne/1\"";
    const char *end = text + len, *p = text;
    int depth = 0;
    while (p < end) {
        if (*p == '"') {
            const char *after = skip_string(p, end);
            if (depth == 1 && (size_t)(after - p) == sizeof key - 1 && memcmp(p, key, sizeof key - 1) == 0) {
                const char *v = skip_ws(after, end);
                if (v < end && *v == ':') {
                    v = skip_ws(v + 1, end);
                    return (size_t)(end - v) >= sizeof value - 1 && memcmp(v, value, sizeof value - 1) == 0;
                }
            }
            p = after;
            continue;
        }
        if (*p == '{' || *p == '[')
            depth++;
        else if (*p == '}' || *p == ']')
            depth--;
        p++;
    }
    return 0;
}

/* Line and column (1-based, in bytes) of the value of the first
 * "annee_scolaire" member, to point at the year that has no barème. */
static int locate_annee(size_t *line, size_t *col, const char *text, size_t len)
{
    static const char key[] = "\"annee_scolaire\"";
    const char *end = text + len;
    for (const char *q = text; q + sizeof key - 1 <= end; q++) {
        if (memcmp(q, key, sizeof key - 1) == 0) {
            const char *p = skip_ws(q + sizeof key - 1, end);
            if (p >= end || *p != ':')
                continue;
            p = skip_ws(p + 1, end);
            *line = 1;
            *col = 1;
            for (const char *r = text; r < p; r++) {
                if (*r == '\n') {
                    ++*line;
                    *col = 1;
                } else {
                    ++*col;
                }
            }
            return 1;
        }
    }
    return 0;
}

int cli_exit_for_status(int status)
{
    switch (status) {
    case CLAS_OK:
        return EXIT_OK;
    case CLAS_ENOMEM:
    case CLAS_ESTATE:
        return EXIT_INTERNAL;
    default:
        return EXIT_INPUT;
    }
}

/* The last error's message in the tool's language; @p buf holds it. */
static const char *error_text(char *buf, size_t size, const struct cli *cli, int status)
{
    int n = clas_error_last_format(buf, size, cli->lang);
    if (status == CLAS_ENOMEM)
        return tr(cli->lang, MSG_OUT_OF_MEMORY);
    if (n <= 0)
        return clas_error_last_message()[0] ? clas_error_last_message() : clas_strerror(status);
    return buf;
}

int cli_report_error(const struct cli *cli, const char *path, int status)
{
    char text[1024];
    const char *loc = clas_error_last_location();
    const char *msg = error_text(text, sizeof text, cli, status);
    if (!path && !loc[0])
        fprintf(cli->err, "clas: %s\n", msg);
    else if (!path || (loc[0] && strncmp(loc, path, strlen(path)) == 0))
        fprintf(cli->err, "clas: %s: %s\n", loc, msg);
    else if (loc[0])
        fprintf(cli->err, "clas: %s: %s: %s\n", path, loc, msg);
    else
        fprintf(cli->err, "clas: %s: %s\n", path, msg);
    return cli_exit_for_status(status);
}

/* A year without a barème is the input's fault: say where the year is. */
static int report_eval_error(const struct cli *cli, const char *path, const char *text, size_t len, int status)
{
    size_t line, col;
    if (status == CLAS_ENOBAREME && locate_annee(&line, &col, text, len)) {
        char msg[1024];
        fprintf(cli->err, "clas: %s:%zu:%zu: $.annee_scolaire: %s\n", path, line, col,
                error_text(msg, sizeof msg, cli, status));
        fprintf(cli->err, "%s\n", tr(cli->lang, MSG_HINT_PROVISOIRE));
        return EXIT_INPUT;
    }
    return cli_report_error(cli, path, status);
}

int document_load(struct document *doc, const struct cli *cli, const char *path, unsigned eval_flags)
{
    char *text = NULL;
    size_t len = 0;
    const char *origin = strcmp(path, "-") == 0 ? "<stdin>" : path;
    int rc;

    memset(doc, 0, sizeof *doc);
    doc->path = origin;
    rc = input_read(&text, &len, cli, path, &input_json);
    if (rc != EXIT_OK)
        return rc;
    if (cli->provisoire)
        eval_flags |= CLAS_CARRY_FORWARD;

    clas_error_clear();
    if (is_campagne(text, len)) {
        rc = clas_campagne_from_json(&doc->campagne, text, len, origin);
        if (rc == CLAS_OK)
            rc = clas_rapport_new(&doc->rapport, cli->regles, doc->campagne, eval_flags);
    } else {
        rc = clas_dossier_from_json(&doc->dossier, text, len, origin);
        if (rc == CLAS_OK)
            rc = clas_evaluate(&doc->evaluation, cli->regles, NULL, doc->dossier, eval_flags);
    }
    if (rc != CLAS_OK) {
        int parsed = doc->campagne || doc->dossier;
        int exit_status = parsed ? report_eval_error(cli, origin, text, len, rc)
                                 : cli_report_error(cli, origin, rc);
        free(text);
        document_free(doc);
        return exit_status;
    }
    free(text);
    return EXIT_OK;
}

int document_load_campaign(struct document *doc, const struct cli *cli, const char *path, const char *not_campaign)
{
    int rc = document_load(doc, cli, path, 0);
    if (rc != EXIT_OK || doc->campagne)
        return rc;
    fprintf(cli->err, "clas: %s: %s\n", doc->path,
            not_campaign ? not_campaign
                         : L(cli, "une campagne (document clas-campagne/1) est attendue, pas un dossier",
                             "a campaign (clas-campagne/1 document) is expected, not a dossier"));
    document_free(doc);
    return EXIT_INPUT;
}

void document_free(struct document *doc)
{
    clas_evaluation_free(doc->evaluation);
    clas_dossier_free(doc->dossier);
    clas_rapport_free(doc->rapport);
    clas_campagne_free(doc->campagne);
    doc->evaluation = NULL;
    doc->dossier = NULL;
    doc->rapport = NULL;
    doc->campagne = NULL;
}

size_t document_num_dossiers(const struct document *doc)
{
    if (doc->rapport)
        return clas_rapport_num_evaluations(doc->rapport);
    return doc->evaluation ? 1 : 0;
}

const clas_evaluation *document_evaluation(const struct document *doc, size_t i)
{
    if (doc->rapport)
        return clas_rapport_get_evaluation(doc->rapport, i);
    return i == 0 ? doc->evaluation : NULL;
}

const clas_dossier *document_dossier(const struct document *doc, size_t i)
{
    const clas_evaluation *ev = document_evaluation(doc, i);
    const clas_dossier *d;
    size_t n;
    if (!doc->campagne)
        return i == 0 ? doc->dossier : NULL;
    /* The report keeps the campaign's order; check the id to be sure. */
    d = clas_campagne_get_dossier_const(doc->campagne, i);
    if (d && ev && strcmp(clas_dossier_get_id(d), clas_evaluation_get_dossier_id(ev)) == 0)
        return d;
    n = clas_campagne_num_dossiers(doc->campagne);
    for (size_t k = 0; ev && k < n; k++) {
        d = clas_campagne_get_dossier_const(doc->campagne, k);
        if (d && strcmp(clas_dossier_get_id(d), clas_evaluation_get_dossier_id(ev)) == 0)
            return d;
    }
    return NULL;
}

void cli_note_provisional(const struct cli *cli, FILE *f, const clas_evaluation *ev)
{
    const clas_bareme *b = clas_evaluation_get_bareme(ev);
    if (!clas_evaluation_is_provisional(ev))
        return;
    fprintf(f, tr(cli->lang, MSG_PROVISIONAL_NOTE), clas_evaluation_get_annee_scolaire(ev),
            b ? clas_bareme_get_annee_scolaire(b) : "?");
    fputc('\n', f);
}

const char *cli_money(char *buf, size_t size, clas_cents cents, clas_lang lang)
{
    int n = clas_cents_format_human(buf, size, cents, lang);
    if (n < 0 || (size_t)n >= size)
        snprintf(buf, size, "%lld", (long long)cents);
    return buf;
}

const char *cli_decimal(char *buf, size_t size, clas_cents cents)
{
    if (clas_cents_format(buf, size, cents) != CLAS_OK)
        snprintf(buf, size, "%lld", (long long)cents);
    return buf;
}

int cli_finish_output(const struct cli *cli, int status)
{
    if (fflush(cli->out) != 0 || ferror(cli->out)) {
        fprintf(cli->err, "clas: %s\n", tr(cli->lang, MSG_WRITE_ERROR));
        return EXIT_INTERNAL;
    }
    return status;
}

static size_t utf8_chars(const char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += ((unsigned char)s[i] & 0xC0) != 0x80;
    return count;
}

/* Whether a line may break at the space at @p sp: never inside a French
 * number ("5 599 €"), before "€", "%", "»", ":" or ";", nor after "«". */
static int breakable(const char *text, const char *sp)
{
    const char *next = sp + 1;
    unsigned char before = sp > text ? (unsigned char)sp[-1] : 0;
    if (before >= '0' && before <= '9' && ((*next >= '0' && *next <= '9') || strncmp(next, "\xE2\x82\xAC", 3) == 0))
        return 0;
    if (strncmp(next, "\xE2\x82\xAC", 3) == 0 || strncmp(next, "\xC2\xBB", 2) == 0 ||
        ((*next == '%' || *next == ':' || *next == ';' || *next == '!' || *next == '?') &&
         (next[1] == ' ' || next[1] == '\0')))
        return 0;
    if (sp - text >= 2 && strncmp(sp - 2, "\xC2\xAB", 2) == 0)
        return 0;
    return 1;
}

void cli_print_wrapped(FILE *f, const char *first, const char *indent, const char *text, size_t width)
{
    size_t col = utf8_chars(first, strlen(first)), start = col;
    const char *all = text;
    fputs(first, f);
    while (*text) {
        while (*text == ' ')
            text++;
        /* a word runs to the next space a line may break at */
        size_t n = 0;
        for (;;) {
            n += strcspn(text + n, " ");
            if (text[n] != ' ' || text[n + 1] == ' ' || text[n + 1] == '\0' || breakable(all, text + n))
                break;
            n++;
        }
        if (n == 0)
            break;
        size_t w = utf8_chars(text, n);
        if (col > start && col + 1 + w > width) {
            fputc('\n', f);
            fputs(indent, f);
            col = start = utf8_chars(indent, strlen(indent));
        } else if (col > start) {
            fputc(' ', f);
            col++;
        }
        fwrite(text, 1, n, f);
        col += w;
        text += n;
    }
    fputc('\n', f);
}

void cli_print_dossier_heading(const struct cli *cli, const char *path, const clas_evaluation *ev,
                               const clas_dossier *d, int with_verdict)
{
    const clas_porteur *p = d ? clas_dossier_get_porteur_const(d) : NULL;
    const char *nom = p ? clas_porteur_get_nom(p) : "";
    size_t size = strlen(path) + strlen(nom) + CLAS_ID_MAX + 160;
    char *text = malloc(size), verdict[160];
    int n;
    if (!text) {
        fprintf(cli->out, "%s %s\n", tr(cli->lang, MSG_DOSSIER), clas_evaluation_get_dossier_id(ev));
        return;
    }
    n = snprintf(verdict, sizeof verdict, ", %s", clas_evaluation_get_annee_scolaire(ev));
    if (with_verdict)
        snprintf(verdict + n, sizeof verdict - (size_t)n, "%s %s", colon(cli->lang),
                 label(cli->lang, CLAS_LABEL_VERDICT, (int)clas_evaluation_get_verdict(ev)));
    n = snprintf(text, size, "%s%s %s %s", path, colon(cli->lang), tr(cli->lang, MSG_DOSSIER),
                 clas_evaluation_get_dossier_id(ev));
    if (nom[0] && utf8_chars(text, (size_t)n) + utf8_chars(nom, strlen(nom)) + 3 + utf8_chars(verdict, strlen(verdict)) <= 80) {
        fprintf(cli->out, "%s (%s)%s\n", text, nom, verdict);
    } else {
        /* too long for 80 columns: the porteur on a line of its own */
        snprintf(text + n, size - (size_t)n, "%s", verdict);
        cli_print_wrapped(cli->out, "", "    ", text, 80);
        if (nom[0]) {
            char lead[64];
            snprintf(lead, sizeof lead, "%s%s ", L(cli, "Porteur", "Porteur"), colon(cli->lang));
            cli_print_wrapped(cli->out, lead, "    ", nom, 80);
        }
    }
    free(text);
}
