/* SPDX-License-Identifier: Apache-2.0 */
/* The CSV export of a spreadsheet, read the way LibreOffice and Excel
 * write it in France, and the French entries of its cells. */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "sheetin.h"


/* ---- bytes to UTF-8 text ---- */

static int valid_utf8(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (len == 0 || i + len > n || (len == 2 && c < 0xC2))
            return 0;
        for (size_t k = 1; k < len; k++)
            if ((s[i + k] & 0xC0) != 0x80)
                return 0;
        i += len;
    }
    return 1;
}

/* Windows-1252's 0x80-0x9F (the rest is Latin-1); 0 where undefined. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

static char *from_cp1252(const unsigned char *s, size_t n)
{
    char *out = malloc(n * 3 + 1), *o = out;
    if (!out)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        unsigned cp = s[i] >= 0x80 && s[i] < 0xA0 ? cp1252_high[s[i] - 0x80] : s[i];
        if (cp == 0)
            cp = 0xFFFD;
        if (cp < 0x80) {
            *o++ = (char)cp;
        } else if (cp < 0x800) {
            *o++ = (char)(0xC0 | (cp >> 6));
            *o++ = (char)(0x80 | (cp & 0x3F));
        } else {
            *o++ = (char)(0xE0 | (cp >> 12));
            *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
            *o++ = (char)(0x80 | (cp & 0x3F));
        }
    }
    *o = '\0';
    return out;
}

/* ---- CSV records ---- */

/* The separator of the header line: the most frequent of ';', ',' and tab
 * outside quotes (';' on a tie: the French default). */
static char guess_separator(const char *text)
{
    size_t semi = 0, comma = 0, tab = 0;
    int quoted = 0;
    for (const char *p = text; *p && (quoted || (*p != '\n' && *p != '\r')); p++) {
        if (*p == '"')
            quoted = !quoted;
        else if (!quoted)
            semi += *p == ';', comma += *p == ',', tab += *p == '\t';
    }
    if (tab > semi && tab > comma)
        return '\t';
    return comma > semi ? ',' : ';';
}

struct builder {
    char **cells;
    size_t n, cap;
    size_t row_start, cols, rows;
    char *field;
    size_t flen, fcap;
    /* Measuring: nothing is stored, the sizes are checked against the
     * limits and the first one passed is kept for the message. */
    int measure;
    size_t row_cells;
    int over; /* 0, or which limit: 'c'ell, c'o'lumns, 'l'ine */
    size_t over_row, over_col, over_value;
};

static void passed(struct builder *b, int which, size_t col, size_t value)
{
    if (b->over)
        return;
    b->over = which;
    b->over_row = b->rows + 1; /* as the spreadsheet numbers it */
    b->over_col = col;
    b->over_value = value;
}

static int push_char(struct builder *b, char c)
{
    if (b->measure) {
        b->flen++;
        return 0;
    }
    if (b->flen + 1 >= b->fcap) {
        size_t cap = b->fcap ? b->fcap * 2 : 64;
        char *f = realloc(b->field, cap);
        if (!f)
            return -1;
        b->field = f;
        b->fcap = cap;
    }
    b->field[b->flen++] = c;
    return 0;
}

static int push_field(struct builder *b)
{
    char *copy;
    if (b->measure) {
        b->row_cells++;
        if (b->flen > CLAS_CSV_LIMIT_CELL_BYTES)
            passed(b, 'c', b->row_cells, b->flen);
        b->flen = 0;
        return 0;
    }
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        char **cells = realloc(b->cells, cap * sizeof *cells);
        if (!cells)
            return -1;
        b->cells = cells;
        b->cap = cap;
    }
    copy = malloc(b->flen + 1);
    if (!copy)
        return -1;
    memcpy(copy, b->field ? b->field : "", b->flen);
    copy[b->flen] = '\0';
    b->cells[b->n++] = copy;
    b->flen = 0;
    return 0;
}

/* Ends a record of @p bytes; rows get as many cells as the header (extra
 * cells are kept only if not blank, widening the grid). */
static int push_row(struct builder *b, size_t bytes)
{
    size_t got = b->n - b->row_start;
    if (b->measure) {
        if (b->row_cells > CLAS_CSV_LIMIT_COLUMNS)
            passed(b, 'o', 0, b->row_cells);
        if (bytes > CLAS_CSV_LIMIT_LINE_BYTES)
            passed(b, 'l', 0, bytes);
        b->row_cells = 0;
        b->rows++;
        return 0;
    }
    if (b->rows == 0)
        b->cols = got;
    while (got < b->cols) {
        if (push_field(b) != 0)
            return -1;
        got++;
    }
    while (got > b->cols && b->cells[b->n - 1][0] == '\0') {
        free(b->cells[--b->n]);
        got--;
    }
    if (got > b->cols)
        return -2; /* more cells than headers */
    b->rows++;
    b->row_start = b->n;
    return 0;
}

/* Reads the records of @p text into @p b (or measures them). */
static int scan(struct builder *b, const char *text, char sep, size_t *bad_row)
{
    const char *p = text, *record = text;
    int rc = 0;
    while (*p && rc == 0) {
        int quoted = 0;
        if (*p == '"') {
            quoted = 1;
            p++;
        }
        for (;;) {
            if (quoted) {
                if (*p == '\0')
                    break;
                if (*p == '"' && p[1] == '"') {
                    rc = push_char(b, '"');
                    p += 2;
                } else if (*p == '"') {
                    quoted = 0;
                    p++;
                } else {
                    rc = push_char(b, *p++);
                }
            } else if (*p == sep || *p == '\n' || *p == '\r' || *p == '\0') {
                break;
            } else {
                rc = push_char(b, *p++);
            }
            if (rc)
                break;
        }
        if (rc == 0)
            rc = push_field(b);
        if (rc == 0 && *p == sep) {
            if (*++p)
                continue;
            /* A file that ends right after a separator: its last row ends
             * with an empty cell (dropping it lost the row). */
            rc = push_field(b);
        }
        if (*p == '\r')
            p++;
        if (*p == '\n')
            p++;
        if (rc == 0)
            rc = push_row(b, (size_t)(p - record));
        record = p;
        if (rc == -2)
            *bad_row = b->rows + 1;
    }
    return rc;
}

/* Prints which limit the text passes, and by how much; EXIT_INPUT. For
 * the records of a JSON document, @p json is their grid: a cell is then an
 * element's member. */
static int report_limit(const struct builder *m, const struct cli *cli, const char *path, const struct grid *json)
{
    fprintf(cli->err, "clas: %s: ", path);
    if (m->rows > CLAS_CSV_LIMIT_ROWS && json)
        fprintf(cli->err,
                L(cli, "%zu éléments, au-delà de la limite de %d éléments (CLAS_CSV_LIMIT_ROWS, en-tête compris)\n",
                  "%zu elements, above the limit of %d elements (CLAS_CSV_LIMIT_ROWS, counting a header)\n"),
                m->rows - 1, CLAS_CSV_LIMIT_ROWS - 1);
    else if (m->rows > CLAS_CSV_LIMIT_ROWS)
        fprintf(cli->err,
                L(cli, "%zu lignes, au-delà de la limite de %d lignes d'un tableau (CLAS_CSV_LIMIT_ROWS)\n",
                  "%zu rows, above the limit of %d rows of a sheet (CLAS_CSV_LIMIT_ROWS)\n"),
                m->rows, CLAS_CSV_LIMIT_ROWS);
    else if (m->over == 'c' && json)
        fprintf(cli->err,
                L(cli, "élément %zu, « %s » : texte de %zu octets, au-delà de la limite de %d octets "
                       "(CLAS_CSV_LIMIT_CELL_BYTES)\n",
                  "element %zu, '%s': a text of %zu bytes, above the limit of %d bytes "
                  "(CLAS_CSV_LIMIT_CELL_BYTES)\n"),
                m->over_row - 1, grid_cell(json, 0, m->over_col - 1), m->over_value, CLAS_CSV_LIMIT_CELL_BYTES);
    else if (m->over == 'c')
        fprintf(cli->err,
                L(cli, "ligne %zu, colonne %zu : cellule de %zu octets, au-delà de la limite de %d octets "
                       "(CLAS_CSV_LIMIT_CELL_BYTES)\n",
                  "row %zu, column %zu: a cell of %zu bytes, above the limit of %d bytes "
                  "(CLAS_CSV_LIMIT_CELL_BYTES)\n"),
                m->over_row, m->over_col, m->over_value, CLAS_CSV_LIMIT_CELL_BYTES);
    else if (m->over == 'o')
        fprintf(cli->err,
                L(cli, "ligne %zu : %zu cellules, au-delà de la limite de %d colonnes (CLAS_CSV_LIMIT_COLUMNS)\n",
                  "row %zu: %zu cells, above the limit of %d columns (CLAS_CSV_LIMIT_COLUMNS)\n"),
                m->over_row, m->over_value, CLAS_CSV_LIMIT_COLUMNS);
    else
        fprintf(cli->err,
                L(cli, "ligne %zu : %zu octets, au-delà de la limite de %d octets d'une ligne "
                       "(CLAS_CSV_LIMIT_LINE_BYTES)\n",
                  "row %zu: %zu bytes, above the limit of %d bytes of a row (CLAS_CSV_LIMIT_LINE_BYTES)\n"),
                m->over_row, m->over_value, CLAS_CSV_LIMIT_LINE_BYTES);
    return EXIT_INPUT;
}

/* The grid of @p text: measured first, so that a sheet past a limit is
 * refused before any cell is stored. Returns 0, -1 (out of memory), -2
 * (more cells than headers, at *bad_row) or -3 (a limit, reported). */
static int parse_csv(struct grid *g, const char *text, size_t *bad_row, const struct cli *cli, const char *path)
{
    struct builder m = {0}, b = {0};
    int rc;
    g->sep = guess_separator(text);
    m.measure = 1;
    scan(&m, text, g->sep, bad_row);
    if (m.rows > CLAS_CSV_LIMIT_ROWS || m.over) {
        report_limit(&m, cli, path, NULL);
        return -3;
    }
    rc = scan(&b, text, g->sep, bad_row);
    free(b.field);
    g->cells = b.cells;
    g->rows = b.rows;
    g->cols = b.cols;
    if (rc != 0) {
        g->rows = b.n; /* free every cell */
        g->cols = 1;
    }
    return rc;
}

/* Spreadsheets and the records of decide and bilan. */
const struct input_kind input_sheet = {CLAS_CSV_LIMIT_BYTES, "64 Mio, CLAS_CSV_LIMIT_BYTES",
                                       "64 MiB, CLAS_CSV_LIMIT_BYTES", 0};

int grid_read(struct grid *g, const struct cli *cli, const char *path)
{
    char *raw = NULL;
    size_t len = 0, bad_row = 0;
    char *text;
    int rc;
    memset(g, 0, sizeof *g);
    rc = input_read(&raw, &len, cli, path, &input_sheet);
    if (rc != EXIT_OK)
        return rc;
    if (len >= 3 && memcmp(raw, "\xEF\xBB\xBF", 3) == 0) {
        text = strdup(raw + 3);
        g->encoding = "UTF-8 (BOM)";
    } else if (valid_utf8((const unsigned char *)raw, len)) {
        text = raw;
        raw = NULL;
        g->encoding = "UTF-8";
    } else {
        text = from_cp1252((const unsigned char *)raw, len);
        g->encoding = "Windows-1252";
    }
    free(raw);
    if (!text) {
        fprintf(cli->err, "clas: %s: %s\n", path, tr(cli->lang, MSG_OUT_OF_MEMORY));
        return EXIT_INTERNAL;
    }
    rc = parse_csv(g, text, &bad_row, cli, path);
    free(text);
    if (rc == -3)
        return EXIT_INPUT;
    if (rc == -2) {
        fprintf(cli->err, L(cli, "clas: %s: ligne %zu : plus de cellules que de colonnes d'en-tête\n",
                            "clas: %s: row %zu: more cells than header columns\n"),
                path, bad_row);
        grid_free(g);
        return EXIT_INPUT;
    }
    if (rc != 0) {
        fprintf(cli->err, "clas: %s: %s\n", path, tr(cli->lang, MSG_OUT_OF_MEMORY));
        grid_free(g);
        return EXIT_INTERNAL;
    }
    if (g->rows == 0) {
        fprintf(cli->err, "clas: %s: %s\n", path, L(cli, "fichier vide", "empty file"));
        grid_free(g);
        return EXIT_INPUT;
    }
    return EXIT_OK;
}

int grid_check_limits(const struct grid *g, const struct cli *cli, const char *path)
{
    struct builder m = {0};
    m.rows = g->rows;
    if (m.rows > CLAS_CSV_LIMIT_ROWS)
        return report_limit(&m, cli, path, g); /* before any cell is looked at */
    for (size_t r = 0; g->cells && r < g->rows && !m.over; r++)
        for (size_t c = 0; c < g->cols && !m.over; c++) {
            size_t n = strlen(grid_cell(g, r, c));
            if (n > CLAS_CSV_LIMIT_CELL_BYTES) {
                m.rows = r;
                passed(&m, 'c', c + 1, n);
                m.rows = g->rows;
            }
        }
    return m.rows > CLAS_CSV_LIMIT_ROWS || m.over ? report_limit(&m, cli, path, g) : EXIT_OK;
}

void grid_free(struct grid *g)
{
    for (size_t i = 0; g->cells && i < g->rows * g->cols; i++)
        free(g->cells[i]);
    free(g->cells);
    memset(g, 0, sizeof *g);
}

const char *grid_cell(const struct grid *g, size_t row, size_t col)
{
    return row < g->rows && col < g->cols ? g->cells[row * g->cols + col] : "";
}

static int blank(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    return *s == '\0';
}

int grid_row_blank(const struct grid *g, size_t row)
{
    for (size_t c = 0; c < g->cols; c++)
        if (!blank(grid_cell(g, row, c)))
            return 0;
    return 1;
}

/* ---- problems ---- */

void problem(struct problems *p, const struct cli *cli, size_t row, const char *header, const char *value,
             const char *message)
{
    char *line;
    int n;
    if (p->nomem)
        return;
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 32;
        char **lines = realloc(p->lines, cap * sizeof *lines);
        if (!lines) {
            p->nomem = 1;
            return;
        }
        p->lines = lines;
        p->cap = cap;
    }
    if (p->json && value)
        n = asprintf(&line, L(cli, "élément %zu, « %s » : « %s » : %s", "element %zu, '%s': '%s': %s"), row, header,
                     value, message);
    else if (value)
        n = asprintf(&line, L(cli, "ligne %zu, colonne « %s » : « %s » : %s", "row %zu, column '%s': '%s': %s"),
                     row + 1, header, value, message);
    else if (header)
        n = asprintf(&line, L(cli, "ligne %zu, colonne « %s » : %s", "row %zu, column '%s': %s"), row + 1, header,
                     message);
    else
        n = asprintf(&line, L(cli, "ligne %zu : %s", "row %zu: %s"), row + 1, message);
    if (n < 0) {
        p->nomem = 1;
        return;
    }
    p->lines[p->n++] = line;
}

int problems_report(struct problems *p, const struct cli *cli, const char *path)
{
    int rc = p->n ? EXIT_INPUT : EXIT_OK;
    for (size_t i = 0; i < p->n; i++) {
        fprintf(cli->err, "clas: %s: %s\n", path, p->lines[i]);
        free(p->lines[i]);
    }
    if (p->n)
        fprintf(cli->err, L(cli, "clas: %s: %zu cellule(s) refusée(s) ; rien n'a été écrit\n",
                            "clas: %s: %zu cell(s) rejected; nothing was written\n"),
                path, p->n);
    if (p->nomem) {
        fprintf(cli->err, "clas: %s\n", tr(cli->lang, MSG_OUT_OF_MEMORY));
        rc = EXIT_INTERNAL;
    }
    free(p->lines);
    memset(p, 0, sizeof *p);
    return rc;
}

/* ---- headers ---- */

void fold(char *out, size_t size, const char *text)
{
    /* Latin-1 supplement letters U+00C0..U+00FF, folded */
    static const char latin[] = "aaaaaaaceeeeiiiidnooooo*ouuuuyts" "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p && n + 3 < size; p++) {
        if (isalnum(*p)) {
            out[n++] = (char)tolower(*p);
        } else if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0xBF) {
            char c = latin[(p[1] & 0x3F) ^ 0x00];
            if (isalpha((unsigned char)c))
                out[n++] = c;
            p++;
        } else if (*p == 0xC5 && (p[1] == 0x93 || p[1] == 0x92)) { /* œ Œ */
            out[n++] = 'o';
            out[n++] = 'e';
            p++;
        }
    }
    out[n] = '\0';
}

static int header_matches(const char *folded, const struct column *col)
{
    char want[128];
    const char *a = col->aliases;
    fold(want, sizeof want, col->header);
    if (strcmp(folded, want) == 0)
        return 1;
    while (a && *a) {
        size_t len = strcspn(a, "|");
        char one[128];
        snprintf(one, sizeof one, "%.*s", (int)len, a);
        fold(want, sizeof want, one);
        if (strcmp(folded, want) == 0)
            return 1;
        a += len + (a[len] == '|');
    }
    return 0;
}

void grid_columns(const struct grid *g, const struct column *cols, size_t n, long *where, struct problems *p,
                  const struct cli *cli, int strict)
{
    for (size_t k = 0; k < n; k++)
        where[cols[k].id] = -1;
    for (size_t c = 0; c < g->cols; c++) {
        char folded[128];
        size_t k;
        const char *head = grid_cell(g, 0, c);
        if (blank(head))
            continue;
        fold(folded, sizeof folded, head);
        for (k = 0; k < n && !header_matches(folded, &cols[k]); k++)
            ;
        if (k == n && strict)
            problem(p, cli, 0, head, NULL, L(cli, "colonne inconnue (voir « clas template »)",
                                             "unknown column (see 'clas template')"));
        else if (k == n)
            continue;
        else if (where[cols[k].id] >= 0)
            problem(p, cli, 0, head, NULL, L(cli, "colonne en double", "duplicate column"));
        else
            where[cols[k].id] = (long)c;
    }
    for (size_t k = 0; k < n; k++)
        if (cols[k].required && where[cols[k].id] < 0)
            problem(p, cli, 0, cols[k].header, NULL, L(cli, "colonne obligatoire absente", "required column missing"));
}

/* ---- French entries ---- */

/* Copies @p text without spaces (also no-break and narrow no-break), the
 * euro sign and a trailing "EUR"/"euros". */
static void compact(char *out, size_t size, const char *text)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p && n + 1 < size; p++) {
        if (*p == ' ' || *p == '\t')
            continue;
        if (p[0] == 0xC2 && p[1] == 0xA0) { p++; continue; }
        if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xAF || p[2] == 0x89)) { p += 2; continue; }
        if (p[0] == 0xE2 && p[1] == 0x82 && p[2] == 0xAC) { p += 2; continue; }
        out[n++] = (char)*p;
    }
    out[n] = '\0';
    if (n >= 5 && strcasecmp(out + n - 5, "euros") == 0)
        out[n - 5] = '\0';
    else if (n >= 3 && strcasecmp(out + n - 3, "eur") == 0)
        out[n - 3] = '\0';
}

/* Splits a number written with ',' and/or '.' into integer digits and
 * decimals, refusing what could be read two ways ("7.500", "7,500"). */
static int split_number(char *ip, size_t isz, char *fp, size_t fsz, const char *s, const char **why,
                        const struct cli *cli)
{
    const char *last_comma = strrchr(s, ','), *last_dot = strrchr(s, '.');
    const char *dec = NULL;
    char grouping = 0;
    size_t ni = 0, nf = 0, group = 0;
    int digits = 0, after_group = 0;
    if (last_comma && last_dot) {
        dec = last_comma > last_dot ? last_comma : last_dot;
        grouping = dec == last_comma ? '.' : ',';
    } else if (last_comma || last_dot) {
        const char *sep = last_comma ? last_comma : last_dot;
        char c = *sep;
        size_t count = 0, tail = strlen(sep + 1);
        for (const char *q = s; *q; q++)
            count += *q == c;
        if (count == 1 && tail == 3) {
            *why = L(cli, "ambigu : écrivez 7500,00 ou 7,50", "ambiguous: write 7500.00 or 7.50");
            return -1;
        }
        if (count == 1)
            dec = sep;
        else
            grouping = c;
    }
    for (const char *q = s; *q; q++) {
        if (q == dec)
            break;
        if (*q == grouping && grouping) {
            if (digits == 0 || (after_group && group != 3) || (!after_group && group > 3))
                goto bad;
            after_group = 1;
            group = 0;
            continue;
        }
        if (!isdigit((unsigned char)*q) || ni + 1 >= isz)
            goto bad;
        ip[ni++] = *q;
        digits++;
        group++;
    }
    if (digits == 0 || (after_group && group != 3))
        goto bad;
    ip[ni] = '\0';
    for (const char *q = dec ? dec + 1 : ""; *q; q++) {
        if (!isdigit((unsigned char)*q) || nf + 1 >= fsz)
            goto bad;
        fp[nf++] = *q;
    }
    fp[nf] = '\0';
    return 0;
bad:
    *why = L(cli, "nombre illisible", "not a number");
    return -1;
}

int parse_montant(clas_cents *out, const char *text, const char **why, const struct cli *cli)
{
    char s[64], ip[32], fp[32], norm[80];
    compact(s, sizeof s, text);
    if (s[0] == '-') {
        *why = L(cli, "montant négatif", "negative amount");
        return -1;
    }
    if (split_number(ip, sizeof ip, fp, sizeof fp, s[0] == '+' ? s + 1 : s, why, cli) != 0) {
        if (strcmp(*why, L(cli, "nombre illisible", "not a number")) == 0)
            *why = L(cli, "montant illisible (exemple : 7 500,00)", "not an amount (example: 7500.00)");
        return -1;
    }
    while (strlen(fp) > 2 && fp[strlen(fp) - 1] == '0')
        fp[strlen(fp) - 1] = '\0';
    if (strlen(fp) > 2) {
        *why = L(cli, "plus de deux décimales", "more than two decimals");
        return -1;
    }
    snprintf(norm, sizeof norm, "%s.%s%s", ip, fp, fp[0] ? (fp[1] ? "" : "0") : "00");
    if (clas_cents_parse(out, norm) != CLAS_OK) {
        *why = L(cli, "montant hors limites", "amount out of range");
        return -1;
    }
    return 0;
}

int parse_entier(int64_t *out, const char *text, const char **why, const struct cli *cli)
{
    char s[64];
    int64_t v = 0;
    compact(s, sizeof s, text);
    if (!s[0]) {
        *why = L(cli, "nombre entier attendu", "whole number expected");
        return -1;
    }
    for (const char *q = s; *q; q++) {
        if (!isdigit((unsigned char)*q) || v > (INT64_C(1) << 40)) {
            *why = L(cli, "nombre entier attendu", "whole number expected");
            return -1;
        }
        v = v * 10 + (*q - '0');
    }
    *out = v;
    return 0;
}

static int word_in(const char *folded, const char *const *words)
{
    for (; *words; words++)
        if (strcmp(folded, *words) == 0)
            return 1;
    return 0;
}

int parse_oui_non(int *out, const char *text, const char **why, const struct cli *cli)
{
    static const char *const yes[] = {"oui", "o", "yes", "y", "vrai", "true", "1", "x", NULL};
    static const char *const no[] = {"non", "n", "no", "faux", "false", "0", "", NULL};
    char f[32];
    fold(f, sizeof f, text);
    if (word_in(f, yes))
        *out = 1;
    else if (word_in(f, no))
        *out = 0;
    else {
        *why = L(cli, "oui ou non attendu", "oui or non expected");
        return -1;
    }
    return 0;
}

static int days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : d[m - 1];
}

int parse_date(char *out, const char *text, const char **why, const struct cli *cli)
{
    int a, b, c, n = 0;
    char s1, s2, s[40];
    compact(s, sizeof s, text);
    if (sscanf(s, "%d%c%d%c%d%n", &a, &s1, &b, &s2, &c, &n) != 5 || s[n] != '\0' || s1 != s2 ||
        !strchr("/-.", s1))
        goto bad;
    if (a >= 1000) { /* 2025-08-10 */
        int t = a;
        a = c;
        c = t;
    } else if (c < 1000) { /* 10/08/25: which century? */
        goto bad;
    }
    if (b < 1 || b > 12 || a < 1 || a > days_in_month(c, b) || c > 9999)
        goto bad;
    {
        char buf[48];
        snprintf(buf, sizeof buf, "%04d-%02d-%02d", c, b, a);
        memcpy(out, buf, 11);
        out[10] = '\0';
    }
    return 0;
bad:
    *why = L(cli, "date illisible (exemple : 10/08/2025)", "not a date (example: 10/08/2025)");
    return -1;
}

/* One school level in any of its usual spellings. */
static int niveau_word(clas_niveau *out, const char *w)
{
    static const struct { const char *word; clas_niveau niveau; } words[] = {
        {"ps", CLAS_NIVEAU_PS}, {"ms", CLAS_NIVEAU_MS}, {"gs", CLAS_NIVEAU_GS}, {"cp", CLAS_NIVEAU_CP},
        {"ce1", CLAS_NIVEAU_CE1}, {"ce2", CLAS_NIVEAU_CE2}, {"cm1", CLAS_NIVEAU_CM1}, {"cm2", CLAS_NIVEAU_CM2},
        {"sixieme", CLAS_NIVEAU_6E}, {"cinquieme", CLAS_NIVEAU_5E}, {"quatrieme", CLAS_NIVEAU_4E},
        {"troisieme", CLAS_NIVEAU_3E}, {"2nde", CLAS_NIVEAU_2NDE}, {"2de", CLAS_NIVEAU_2NDE},
        {"2nd", CLAS_NIVEAU_2NDE}, {"seconde", CLAS_NIVEAU_2NDE}, {"1re", CLAS_NIVEAU_1RE},
        {"1ere", CLAS_NIVEAU_1RE}, {"premiere", CLAS_NIVEAU_1RE}, {"terminale", CLAS_NIVEAU_TERMINALE},
        {"tle", CLAS_NIVEAU_TERMINALE}, {"term", CLAS_NIVEAU_TERMINALE}, {"superieur", CLAS_NIVEAU_SUPERIEUR},
    };
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (strcmp(w, words[k].word) == 0) {
            *out = words[k].niveau;
            return 0;
        }
    /* 6e, 6eme, 6ieme, 6em ... 3e */
    if (w[0] >= '3' && w[0] <= '6' && (strcmp(w + 1, "e") == 0 || strcmp(w + 1, "eme") == 0 ||
                                       strcmp(w + 1, "ieme") == 0 || strcmp(w + 1, "em") == 0)) {
        *out = (clas_niveau)(CLAS_NIVEAU_6E + ('6' - w[0]));
        return 0;
    }
    return -1;
}

int parse_niveaux(uint32_t *mask, const char *text, const char **why, const struct cli *cli)
{
    const char *p = text;
    *mask = 0;
    while (*p) {
        size_t len = strcspn(p, ",;/+- \t\n");
        char word[64], f[64];
        clas_niveau n;
        if (len > 0 && len < sizeof word) {
            snprintf(word, sizeof word, "%.*s", (int)len, p);
            fold(f, sizeof f, word);
            if (strcmp(f, "et") != 0 && f[0]) {
                if (niveau_word(&n, f) != 0) {
                    *why = L(cli, "niveau inconnu (CP à Terminale : CP, CE1, CE2, CM1, CM2, 6e, 5e, 4e, 3e, "
                                  "2nde, 1re, Terminale)",
                             "unknown level (CP to Terminale: CP, CE1, CE2, CM1, CM2, 6e, 5e, 4e, 3e, 2nde, 1re, "
                             "Terminale)");
                    return -1;
                }
                *mask |= 1u << n;
            }
        } else if (len >= sizeof word) {
            *why = L(cli, "niveau inconnu", "unknown level");
            return -1;
        }
        p += len;
        if (*p)
            p++;
    }
    if (!*mask) {
        *why = L(cli, "aucun niveau", "no level");
        return -1;
    }
    return 0;
}

int parse_decision(clas_decision *out, const char *text, const char **why, const struct cli *cli)
{
    static const char *const agree[] = {"agree", "agreee", "agrement", "accorde", "accordee", "favorable", "oui",
                                        "approuve", "approved", NULL};
    static const char *const refuse[] = {"refuse", "refusee", "refus", "defavorable", "non", "refused", NULL};
    static const char *const pending[] = {"", "enattente", "attente", "aexaminer", "ajourne", "pending", NULL};
    char f[64];
    fold(f, sizeof f, text);
    if (word_in(f, agree))
        *out = CLAS_DECISION_AGREE;
    else if (word_in(f, refuse))
        *out = CLAS_DECISION_REFUSE;
    else if (word_in(f, pending))
        *out = CLAS_DECISION_EN_ATTENTE;
    else {
        *why = L(cli, "décision attendue : agréé, refusé ou en attente", "decision expected: agréé, refusé or en attente");
        return -1;
    }
    return 0;
}

int parse_porteur_type(clas_porteur_type *out, const char *text, const char **why, const struct cli *cli)
{
    static const struct { const char *word; clas_porteur_type type; } words[] = {
        {"centresocial", CLAS_PORTEUR_CENTRE_SOCIAL}, {"associationlocale", CLAS_PORTEUR_ASSOCIATION_LOCALE},
        {"associationenreseau", CLAS_PORTEUR_ASSOCIATION_RESEAU}, {"associationreseau", CLAS_PORTEUR_ASSOCIATION_RESEAU},
        {"servicemunicipal", CLAS_PORTEUR_SERVICE_MUNICIPAL}, {"serviceintercommunal", CLAS_PORTEUR_SERVICE_MUNICIPAL},
        {"commune", CLAS_PORTEUR_SERVICE_MUNICIPAL}, {"ccas", CLAS_PORTEUR_CCAS}, {"autre", CLAS_PORTEUR_AUTRE},
    };
    char f[64];
    if (clas_porteur_type_parse(out, text) == CLAS_OK)
        return 0;
    fold(f, sizeof f, text);
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (strcmp(f, words[k].word) == 0) {
            *out = words[k].type;
            return 0;
        }
    *why = L(cli, "type attendu : centre social, association locale, association en réseau, service municipal, "
                  "CCAS ou autre",
             "type expected: centre social, association locale, association en réseau, service municipal, CCAS "
             "or autre");
    return -1;
}

int parse_taux(int64_t *out, const char *text, const char **why, const struct cli *cli)
{
    char s[64], ip[32], fp[32];
    size_t len;
    int percent;
    int64_t v = 0, scale;
    compact(s, sizeof s, text);
    len = strlen(s);
    percent = len > 0 && s[len - 1] == '%';
    if (percent)
        s[--len] = '\0';
    if (split_number(ip, sizeof ip, fp, sizeof fp, s, why, cli) != 0 || strlen(ip) > 7 || strlen(fp) > 6)
        goto bad;
    /* without '%', "70" is a percentage and "0,7" a fraction */
    if (!percent && !(strcmp(ip, "0") == 0 || (strcmp(ip, "1") == 0 && fp[0])))
        percent = 1;
    scale = percent ? 10000 : 1000000;
    v = strtoll(ip, NULL, 10) * scale;
    for (size_t k = 0; fp[k]; k++) {
        scale /= 10;
        if (scale == 0 && fp[k] != '0')
            goto bad;
        v += (fp[k] - '0') * scale;
    }
    if (v > CLAS_TAUX_UN)
        goto bad;
    *out = v;
    return 0;
bad:
    *why = L(cli, "taux attendu entre 0 et 100 % (exemple : 70 %)", "rate expected between 0 and 100% (example: 70%)");
    return -1;
}
