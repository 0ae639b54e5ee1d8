/* SPDX-License-Identifier: Apache-2.0 */
/* Text tables: widths count characters, not bytes, so "Éligible" and
 * "2 800,70 €" line up with plain ASCII. */
#include <stdlib.h>
#include <string.h>

#include "table.h"

struct table {
    size_t num_cols;
    size_t num_rows, cap_rows;
    char **cells;           /* num_rows * num_cols; a rule row is all NULL */
    unsigned char *is_rule; /* per row: 0 cells, 1 rule, 2 heading (text in the first cell) */
    enum table_align *align;
    size_t header_rows; /* rows above the underline: 1 unless set */
};

size_t utf8_width(const char *text)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        if ((*p & 0xC0) != 0x80) /* count every byte but continuation bytes */
            n++;
    return n;
}

struct table *table_new(size_t num_cols)
{
    struct table *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->num_cols = num_cols;
    t->header_rows = 1;
    t->align = calloc(num_cols ? num_cols : 1, sizeof *t->align);
    if (!t->align) {
        free(t);
        return NULL;
    }
    return t;
}

void table_free(struct table *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->num_rows * t->num_cols; i++)
        free(t->cells[i]);
    free(t->cells);
    free(t->is_rule);
    free(t->align);
    free(t);
}

void table_set_align(struct table *t, size_t col, enum table_align align)
{
    if (col < t->num_cols)
        t->align[col] = align;
}

void table_set_header_rows(struct table *t, size_t rows)
{
    t->header_rows = rows ? rows : 1;
}

static int grow(struct table *t)
{
    size_t cap;
    char **cells;
    unsigned char *rule;
    if (t->num_rows < t->cap_rows)
        return 0;
    cap = t->cap_rows ? t->cap_rows * 2 : 16;
    cells = realloc(t->cells, cap * t->num_cols * sizeof *cells);
    if (!cells)
        return -1;
    t->cells = cells;
    rule = realloc(t->is_rule, cap);
    if (!rule)
        return -1;
    t->is_rule = rule;
    t->cap_rows = cap;
    return 0;
}

int table_add_row(struct table *t, const char *const *cells)
{
    char **row;
    if (grow(t) != 0)
        return -1;
    row = t->cells + t->num_rows * t->num_cols;
    for (size_t c = 0; c < t->num_cols; c++) {
        row[c] = strdup(cells[c] ? cells[c] : "");
        if (!row[c]) {
            while (c > 0)
                free(row[--c]);
            return -1;
        }
    }
    t->is_rule[t->num_rows++] = 0;
    return 0;
}

int table_add_rule(struct table *t)
{
    if (grow(t) != 0)
        return -1;
    for (size_t c = 0; c < t->num_cols; c++)
        t->cells[t->num_rows * t->num_cols + c] = NULL;
    t->is_rule[t->num_rows++] = 1;
    return 0;
}

int table_add_heading(struct table *t, const char *text)
{
    char **row;
    if (grow(t) != 0)
        return -1;
    row = t->cells + t->num_rows * t->num_cols;
    for (size_t c = 0; c < t->num_cols; c++) {
        row[c] = strdup(c == 0 ? text : "");
        if (!row[c]) {
            while (c > 0)
                free(row[--c]);
            return -1;
        }
    }
    t->is_rule[t->num_rows++] = 2;
    return 0;
}

static void print_rule(const struct table *t, const size_t *width, FILE *out, const char *indent)
{
    fputs(indent, out);
    for (size_t c = 0; c < t->num_cols; c++) {
        if (c > 0)
            fputs("  ", out);
        for (size_t k = 0; k < width[c]; k++)
            fputc('-', out);
    }
    fputc('\n', out);
}

void table_print(const struct table *t, FILE *out, const char *indent)
{
    size_t *width = calloc(t->num_cols ? t->num_cols : 1, sizeof *width);
    if (!width)
        return;
    for (size_t r = 0; r < t->num_rows; r++)
        for (size_t c = 0; !t->is_rule[r] && c < t->num_cols; c++) {
            size_t w = utf8_width(t->cells[r * t->num_cols + c]);
            if (w > width[c])
                width[c] = w;
        }
    for (size_t r = 0; r < t->num_rows; r++) {
        if (t->is_rule[r] == 1) {
            print_rule(t, width, out, indent);
            continue;
        }
        if (t->is_rule[r] == 2) {
            fprintf(out, "%s%s\n", indent, t->cells[r * t->num_cols]);
            continue;
        }
        fputs(indent, out);
        /* Cells after the last non-empty one are not printed: no trailing blanks. */
        size_t end = t->num_cols;
        while (end > 1 && t->cells[r * t->num_cols + end - 1][0] == '\0')
            end--;
        for (size_t c = 0; c < end; c++) {
            const char *cell = t->cells[r * t->num_cols + c];
            size_t pad = width[c] - utf8_width(cell);
            int last = c + 1 == end;
            if (c > 0)
                fputs("  ", out);
            if (t->align[c] == ALIGN_RIGHT)
                fprintf(out, "%*s", (int)pad, "");
            fputs(cell, out);
            if (t->align[c] == ALIGN_LEFT && !last) /* no trailing blanks */
                fprintf(out, "%*s", (int)pad, "");
        }
        fputc('\n', out);
        if (r + 1 == t->header_rows)
            print_rule(t, width, out, indent);
    }
    free(width);
}
