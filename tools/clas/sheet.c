/* SPDX-License-Identifier: Apache-2.0 */
/* Dispatch of typed table cells to the CSV or xlsx writer. */
#include <stdlib.h>

#include "cli.h"
#include "sheet.h"

struct sheet {
    const struct sheet_ops *ops;
    void *impl;
    int skip; /* the current table is not written (CSV: one table per file) */
};

struct sheet *sheet_new(const struct cli *cli)
{
    struct sheet *s = calloc(1, sizeof *s);
    if (!s) {
        fprintf(cli->err, "clas: %s\n", tr(cli->lang, MSG_OUT_OF_MEMORY));
        return NULL;
    }
    s->impl = cli->format == FORMAT_XLSX ? xlsx_sheet_new(cli, &s->ops) : csv_sheet_new(cli, &s->ops);
    if (!s->impl) {
        if (cli->format == FORMAT_XLSX && !s->ops)
            fprintf(cli->err, "clas: %s\n",
                    L(cli, "cet outil a été construit sans libxlsxwriter : le format xlsx n'est pas disponible",
                      "this tool was built without libxlsxwriter: the xlsx format is not available"));
        free(s);
        return NULL;
    }
    return s;
}

int sheet_table(struct sheet *s, const char *name, const char *const *headers, size_t n)
{
    s->skip = !s->ops->table(s->impl, name, headers, n);
    return !s->skip;
}

void sheet_width(struct sheet *s, size_t col, double width)
{
    if (!s->skip)
        s->ops->width(s->impl, col, width);
}

void sheet_text(struct sheet *s, const char *text)
{
    if (!s->skip)
        s->ops->text(s->impl, text ? text : "");
}

void sheet_money(struct sheet *s, clas_cents cents)
{
    if (!s->skip)
        s->ops->money(s->impl, cents);
}

void sheet_int(struct sheet *s, int64_t value)
{
    if (!s->skip)
        s->ops->integer(s->impl, value);
}

void sheet_rate(struct sheet *s, int64_t millionths)
{
    if (!s->skip)
        s->ops->rate(s->impl, millionths);
}

void sheet_end_row(struct sheet *s)
{
    if (!s->skip)
        s->ops->end_row(s->impl);
}

int sheet_close(struct sheet *s)
{
    int rc;
    if (!s)
        return EXIT_OK;
    rc = s->ops->close(s->impl);
    free(s);
    return rc;
}
