/* SPDX-License-Identifier: Apache-2.0 */
/* Fuzz target: the campaign spreadsheet that `clas import` reads (a CSV
 * export, ';' ',' or tab, UTF-8 or Windows-1252). Every cell refused is a
 * message and no output; a sheet accepted writes a campaign that reads
 * back, writes as a fixed point, and holds one collectif for each of its
 * data rows that is not blank: an accepted sheet reported nothing, so a
 * row missing from the campaign was lost silently. */
#include "fuzz_cli.h"
#include "sheetin.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Counts the records after the header that have a cell other than spaces
 * and tabs, reading @p text on its own (RFC 4180 quotes, records ended by
 * LF, CR LF or a lone CR outside quotes, a leading UTF-8 byte order mark)
 * rather than through the tool's grid, so that a record the grid drops is
 * seen. Only the separator is the tool's guess (@p sep). Bytes of
 * Windows-1252 are not ASCII, so they count as text either way. */
static size_t data_rows(const uint8_t *text, size_t size, char sep)
{
    size_t i = 0, rows = 0, records = 0;
    if (size >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < size) {
        int filled = 0, quoted = 0, field_start = 1;
        /* One record: cells until a line end outside quotes; a quote
         * opens a quoted part only at the start of a cell. */
        while (i < size) {
            uint8_t ch = text[i];
            if (quoted) {
                if (ch == '"' && i + 1 < size && text[i + 1] == '"') {
                    filled = 1;
                    i++;
                } else if (ch == '"') {
                    quoted = 0;
                } else if (ch != ' ' && ch != '\t') {
                    filled = 1;
                }
                i++;
                continue;
            }
            if (ch == '\r' || ch == '\n')
                break;
            if (ch == '"' && field_start)
                quoted = 1;
            else if (ch != (uint8_t)sep && ch != ' ' && ch != '\t')
                filled = 1;
            field_start = ch == (uint8_t)sep;
            i++;
        }
        if (i < size && text[i] == '\r')
            i++;
        if (i < size && text[i] == '\n')
            i++;
        if (records++ > 0 && filled)
            rows++;
    }
    return rows;
}

/* The separator the tool found in the sheet at @p path. */
static char separator(const char *path)
{
    struct cli cli;
    struct grid g;
    char *err = NULL;
    size_t err_len = 0;
    char sep;
    memset(&cli, 0, sizeof cli);
    cli.lang = CLAS_LANG_EN;
    cli.err = open_memstream(&err, &err_len);
    fuzz_require(cli.err != NULL, "a memory stream");
    fuzz_require(grid_read(&g, &cli, path) == EXIT_OK, "a sheet the tool accepted reads again");
    sep = g.sep;
    grid_free(&g);
    fclose(cli.err);
    free(err);
    return sep;
}

static size_t num_collectifs(const clas_campagne *c)
{
    size_t n = 0;
    for (size_t d = 0; d < clas_campagne_num_dossiers(c); d++)
        n += clas_dossier_num_collectifs(clas_campagne_get_dossier_const(c, d));
    return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[128];
    struct fuzz_run run;
    const char *files[1] = {fuzz_cli_file(path, sizeof path, "records.csv", data, size)};
    fuzz_cli_run(&run, cmd_import, files, 1, size & 1);
    if (run.rc == EXIT_OK) {
        clas_campagne *c = fuzz_cli_output_campaign(&run);
        fuzz_require(num_collectifs(c) == data_rows(data, size, separator(files[0])),
                     "every data row of an accepted sheet is one collectif");
        clas_campagne_free(c);
    }
    fuzz_cli_run_free(&run);
    return 0;
}
