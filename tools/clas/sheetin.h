/* SPDX-License-Identifier: Apache-2.0 */
/* Reading the CSV export of a spreadsheet (LibreOffice, Excel): ';' or ','
 * separator, UTF-8 with or without BOM, or Windows-1252; French headers and
 * French ways of writing numbers, dates and yes/no. Every rejected cell is
 * collected, so one run reports all of them. */
#ifndef CLAS_CLI_SHEETIN_H
#define CLAS_CLI_SHEETIN_H

#include <stddef.h>
#include <stdint.h>
#include <clas.h>

struct cli;
struct input_kind;

/*
 * Limits of a spreadsheet (CSV) or of the records of a clas-decisions/1 or
 * clas-bilans/1 document read by import, decide and bilan: far above any
 * department's sheet (a few hundred rows of 42 columns), they bound the
 * time and memory a hostile file costs. A file above CLAS_CSV_LIMIT_BYTES
 * is refused before it is read; the others are measured on the text before
 * any cell is stored, and the message names the limit and the value.
 * Listed in `clas import --help`, doc/security.md and doc/guide-campagne.md.
 */
#define CLAS_CSV_LIMIT_BYTES ((size_t)64 << 20) /* the file: 64 MiB */
#define CLAS_CSV_LIMIT_ROWS 100000              /* rows, the header included */
#define CLAS_CSV_LIMIT_COLUMNS 128              /* cells in one row */
#define CLAS_CSV_LIMIT_CELL_BYTES CLAS_TEXT_MAX /* one cell: the longest text a dossier holds */
#define CLAS_CSV_LIMIT_LINE_BYTES 65536         /* one row, its quoted line ends included */

/* The cells of a CSV file, converted to UTF-8. Row 0 is the header. */
struct grid {
    char **cells;      /* rows * cols, "" for a missing cell */
    size_t rows, cols;
    char sep;          /* the separator found */
    const char *encoding;
};

/* Reads @p path ("-" for standard input). Returns EXIT_OK or an exit
 * status (reported). */
int grid_read(struct grid *g, const struct cli *cli, const char *path);
void grid_free(struct grid *g);
/* The limits of a grid not read from CSV (JSON records): rows (checked
 * first: @p g->cells may then be NULL) and cell lengths. Returns EXIT_OK,
 * or EXIT_INPUT with the message printed. */
int grid_check_limits(const struct grid *g, const struct cli *cli, const char *path);

/* What grid_read() reads: at most CLAS_CSV_LIMIT_BYTES. */
extern const struct input_kind input_sheet;
const char *grid_cell(const struct grid *g, size_t row, size_t col);
/* True if every cell of the row is blank. */
int grid_row_blank(const struct grid *g, size_t row);

/* Rejected cells. */
struct problems {
    char **lines;
    size_t n, cap;
    int nomem;
    int json; /* rows are the elements of a JSON array: "élément N" */
};
/* Records "ligne ROW, colonne « HEADER » : « VALUE » MESSAGE" (ROW as the
 * spreadsheet numbers it: the header is row 1). */
void problem(struct problems *p, const struct cli *cli, size_t row, const char *header, const char *value,
             const char *message);
/* Prints every problem as "clas: PATH: ...", and a count. Returns
 * EXIT_INPUT if there was one, else EXIT_OK; frees them. */
int problems_report(struct problems *p, const struct cli *cli, const char *path);

/* A column the importer knows: its header as the template writes it and
 * other spellings accepted (compared without case, accents, spaces or
 * punctuation). */
struct column {
    int id;
    const char *header;
    const char *aliases;   /* "|"-separated, may be NULL */
    int required;
    const char *example;   /* the template's example row */
};
/* Finds each known column in the header row: @p where[id] is its index or
 * -1. Duplicate headers, missing required columns and, if @p strict,
 * unknown headers are problems. */
void grid_columns(const struct grid *g, const struct column *cols, size_t n, long *where, struct problems *p,
                  const struct cli *cli, int strict);

/* French entries. Each returns 0, or -1 with a message for the problem. */
int parse_montant(clas_cents *out, const char *text, const char **why, const struct cli *cli);
int parse_entier(int64_t *out, const char *text, const char **why, const struct cli *cli);
int parse_oui_non(int *out, const char *text, const char **why, const struct cli *cli);
/* "10/08/2025", "10-08-2025", "2025-08-10" -> "2025-08-10" in @p out (11 bytes). */
int parse_date(char *out, const char *text, const char **why, const struct cli *cli);
int parse_niveaux(uint32_t *mask, const char *text, const char **why, const struct cli *cli);
int parse_decision(clas_decision *out, const char *text, const char **why, const struct cli *cli);
int parse_porteur_type(clas_porteur_type *out, const char *text, const char **why, const struct cli *cli);
/* A percentage "70", "70 %", "0,7" -> millionths. */
int parse_taux(int64_t *out, const char *text, const char **why, const struct cli *cli);
/* Lower case ASCII without accents, spaces or punctuation, for matching. */
void fold(char *out, size_t size, const char *text);

#endif
