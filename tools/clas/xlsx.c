/* SPDX-License-Identifier: Apache-2.0 */
/* xlsx workbooks through Debian's libxlsxwriter: one worksheet per table,
 * a bold header row frozen in place, amounts as numbers in a euro format
 * so they can be summed, text always as text (never a formula). */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "output.h"
#include "sheet.h"
#include "table.h"

#ifdef CLAS_HAVE_XLSX
#include <xlsxwriter.h>

struct xlsx {
    const struct cli *cli;
    lxw_workbook *wb;
    lxw_worksheet *ws;
    lxw_format *head, *euro, *percent;
    lxw_row_t row;
    lxw_col_t col;
    int failed;
};

static void check(struct xlsx *x, lxw_error e)
{
    if (e != LXW_NO_ERROR && !x->failed) {
        fprintf(x->cli->err, "clas: xlsx: %s\n", lxw_strerror(e));
        x->failed = 1;
    }
}

/* Worksheet names: at most 31 characters, none of []:*?/\ (Excel's rule). */
static void sheet_name(char *buf, size_t size, const char *name)
{
    size_t n = 0, chars = 0;
    for (const unsigned char *p = (const unsigned char *)name; *p && n + 4 < size; p++) {
        if ((*p & 0xC0) != 0x80 && ++chars > 31)
            break;
        buf[n++] = strchr("[]:*?/\\", *p) ? '-' : (char)*p;
    }
    buf[n] = '\0';
}

static int xlsx_table(void *impl, const char *name, const char *const *headers, size_t n)
{
    struct xlsx *x = impl;
    char title[160];
    sheet_name(title, sizeof title, name);
    x->ws = workbook_add_worksheet(x->wb, title);
    if (!x->ws) {
        check(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        double w = (double)utf8_width(headers[i]) + 2;
        check(x, worksheet_write_string(x->ws, 0, (lxw_col_t)i, headers[i], x->head));
        check(x, worksheet_set_column(x->ws, (lxw_col_t)i, (lxw_col_t)i, w < 12 ? 12 : w, NULL));
    }
    worksheet_freeze_panes(x->ws, 1, 0);
    x->row = 1;
    x->col = 0;
    return 1;
}

static void xlsx_width(void *impl, size_t col, double width)
{
    struct xlsx *x = impl;
    check(x, worksheet_set_column(x->ws, (lxw_col_t)col, (lxw_col_t)col, width, NULL));
}

static void xlsx_text(void *impl, const char *text)
{
    struct xlsx *x = impl;
    if (text[0])
        check(x, worksheet_write_string(x->ws, x->row, x->col, text, NULL));
    x->col++;
}

/* The one place an amount becomes a double: the file format stores numbers
 * as text of a double, and every amount up to CLAS_CENTS_MAX is exact in a
 * double's 53 bits; libxlsxwriter prints it with 17 significant digits, so
 * the cell holds the exact decimal. */
static void xlsx_money(void *impl, clas_cents cents)
{
    struct xlsx *x = impl;
    check(x, worksheet_write_number(x->ws, x->row, x->col++, (double)cents / 100.0, x->euro));
}

static void xlsx_integer(void *impl, int64_t value)
{
    struct xlsx *x = impl;
    check(x, worksheet_write_number(x->ws, x->row, x->col++, (double)value, NULL));
}

static void xlsx_rate(void *impl, int64_t millionths)
{
    struct xlsx *x = impl;
    check(x, worksheet_write_number(x->ws, x->row, x->col++, (double)millionths / 1e6, x->percent));
}

static void xlsx_end_row(void *impl)
{
    struct xlsx *x = impl;
    x->row++;
    x->col = 0;
}

static int xlsx_close(void *impl)
{
    struct xlsx *x = impl;
    int failed;
    if (!x->ws && !x->failed) /* a workbook needs one worksheet */
        workbook_add_worksheet(x->wb, NULL);
    check(x, workbook_close(x->wb));
    failed = x->failed;
    free(x);
    return failed ? EXIT_INTERNAL : EXIT_OK;
}

static const struct sheet_ops xlsx_ops = {xlsx_table, xlsx_width, xlsx_text, xlsx_money,
                                          xlsx_integer, xlsx_rate, xlsx_end_row, xlsx_close};

void *xlsx_sheet_new(const struct cli *cli, const struct sheet_ops **ops)
{
    const char *path = output_temp_file(cli);
    lxw_workbook_options options = {.constant_memory = LXW_FALSE, .tmpdir = NULL};
    struct xlsx *x;
    *ops = &xlsx_ops;
    if (!path)
        return NULL;
    x = calloc(1, sizeof *x);
    if (!x)
        return NULL;
    x->cli = cli;
    x->wb = workbook_new_opt(path, &options);
    if (!x->wb) {
        fprintf(cli->err, "clas: %s: xlsx\n", path);
        free(x);
        return NULL;
    }
    x->head = workbook_add_format(x->wb);
    format_set_bold(x->head);
    format_set_bg_color(x->head, 0xDDE6F0);
    format_set_border(x->head, LXW_BORDER_THIN);
    x->euro = workbook_add_format(x->wb);
    format_set_num_format(x->euro, "#,##0.00\\ \"€\";-#,##0.00\\ \"€\"");
    x->percent = workbook_add_format(x->wb);
    format_set_num_format(x->percent, "0.00%");
    return x;
}

#else

void *xlsx_sheet_new(const struct cli *cli, const struct sheet_ops **ops)
{
    (void)cli;
    *ops = NULL;
    return NULL;
}

#endif
