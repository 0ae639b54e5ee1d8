/* SPDX-License-Identifier: Apache-2.0 */
/* CSV tables. RFC 4180 (',' separator, '.' decimals, no BOM) for programs;
 * the French dialect (--csv fr: ';', decimal comma, UTF-8 BOM) is what a
 * French LibreOffice or Excel opens by double-click with amounts as
 * numbers and accents intact. In both, a text cell a spreadsheet would run
 * as a formula (=, +, -, @, tab, CR first) is prefixed with a quote. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "sheet.h"

struct csv {
    FILE *out;
    char sep;
    int fr;
    int tables;     /* tables started */
    size_t cells;   /* cells in the current row */
};

static void separate(struct csv *c)
{
    if (c->cells++ > 0)
        fputc(c->sep, c->out);
}

/* Quotes a field holding the separator, a quote, CR or LF. */
static void field(struct csv *c, const char *text, int neutralise)
{
    int quote = strchr(text, c->sep) || strpbrk(text, "\"\r\n");
    int formula = neutralise && text[0] && strchr("=+-@\t\r", text[0]);
    separate(c);
    if (quote)
        fputc('"', c->out);
    if (formula)
        fputc('\'', c->out);
    for (const char *p = text; *p; p++) {
        if (*p == '"')
            fputc('"', c->out);
        fputc(*p, c->out);
    }
    if (quote)
        fputc('"', c->out);
}

static int csv_table(void *impl, const char *name, const char *const *headers, size_t n)
{
    struct csv *c = impl;
    (void)name;
    if (c->tables++ > 0)
        return 0;
    if (c->fr)
        fputs("\xEF\xBB\xBF", c->out);
    for (size_t i = 0; i < n; i++)
        field(c, headers[i], 1);
    fputs("\r\n", c->out);
    c->cells = 0;
    return 1;
}

static void csv_width(void *impl, size_t col, double width)
{
    (void)impl, (void)col, (void)width;
}

static void csv_text(void *impl, const char *text)
{
    field(impl, text, 1);
}

static void csv_money(void *impl, clas_cents cents)
{
    struct csv *c = impl;
    char buf[CLI_MONEY_BUF];
    cli_decimal(buf, sizeof buf, cents);
    if (c->fr) {
        char *dot = strchr(buf, '.');
        if (dot)
            *dot = ',';
    }
    field(c, buf, 0);
}

static void csv_integer(void *impl, int64_t value)
{
    char buf[24];
    snprintf(buf, sizeof buf, "%" PRId64, value);
    field(impl, buf, 0);
}

/* 330000 millionths: "0.33" (RFC 4180) or "0,33" (fr), exact. */
static void csv_rate(void *impl, int64_t millionths)
{
    struct csv *c = impl;
    char buf[40];
    int64_t whole = millionths / 1000000, frac = millionths % 1000000;
    int len;
    if (frac < 0)
        frac = -frac;
    len = snprintf(buf, sizeof buf, "%s%" PRId64 "%c%06" PRId64, millionths < 0 && whole == 0 ? "-" : "", whole,
                   c->fr ? ',' : '.', frac);
    while (len > 0 && buf[len - 1] == '0')
        buf[--len] = '\0';
    if (len > 0 && (buf[len - 1] == ',' || buf[len - 1] == '.'))
        buf[--len] = '\0';
    field(c, buf, 0);
}

static void csv_end_row(void *impl)
{
    struct csv *c = impl;
    fputs("\r\n", c->out);
    c->cells = 0;
}

static int csv_close(void *impl)
{
    free(impl);
    return EXIT_OK;
}

static const struct sheet_ops csv_ops = {csv_table, csv_width, csv_text, csv_money,
                                         csv_integer, csv_rate, csv_end_row, csv_close};

void *csv_sheet_new(const struct cli *cli, const struct sheet_ops **ops)
{
    struct csv *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->out = cli->out;
    c->fr = cli->csv_fr;
    c->sep = c->fr ? ';' : ',';
    *ops = &csv_ops;
    return c;
}
