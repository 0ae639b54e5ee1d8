/* SPDX-License-Identifier: Apache-2.0 */
/* Reading an input file whole, within a stated limit (see input.h). */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "input.h"

const struct input_kind input_json = {CLAS_LIMIT_DOCUMENT_BYTES, "1 Gio, CLAS_LIMIT_DOCUMENT_BYTES",
                                     "1 GiB, CLAS_LIMIT_DOCUMENT_BYTES", 1};

static void report_nul(const struct cli *cli, const char *path, const struct input_kind *kind, size_t offset)
{
    fprintf(cli->err, "clas: %s: ", path);
    if (kind->json)
        fprintf(cli->err, tr(cli->lang, MSG_INPUT_NUL), offset);
    else
        fputs(L(cli, "fichier binaire : enregistrez le tableau au format CSV (Fichier > Enregistrer sous > Texte CSV)",
                "binary file: save the spreadsheet as CSV (File > Save as > Text CSV)"),
              cli->err);
    fputc('\n', cli->err);
}

static int read_stream(char **out, size_t *out_len, FILE *f, const struct cli *cli, const char *path,
                       const struct input_kind *kind)
{
    struct stat sb;
    size_t cap = 65536, len = 0, most = kind->limit + 1; /* room for the NUL */
    char *buf;
    if (fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode)) {
        if ((uintmax_t)sb.st_size > kind->limit) {
            fprintf(cli->err, "clas: %s: ", path);
            fprintf(cli->err, tr(cli->lang, MSG_INPUT_TOO_LARGE), (intmax_t)sb.st_size, kind->limit, L(cli, kind->name_fr, kind->name_en));
            fputc('\n', cli->err);
            return EXIT_INPUT;
        }
        cap = (size_t)sb.st_size + 1;
    }
    buf = malloc(cap);
    if (!buf)
        goto nomem;
    for (;;) {
        size_t n;
        const char *nul;
        if (len + 1 >= cap) {
            /* full: look for one more byte before growing */
            int c = getc(f);
            char *bigger;
            if (c == EOF)
                break;
            ungetc(c, f);
            if (len >= kind->limit) {
                free(buf);
                fprintf(cli->err, "clas: %s: ", path);
                fprintf(cli->err, tr(cli->lang, MSG_INPUT_BEYOND_LIMIT), kind->limit, L(cli, kind->name_fr, kind->name_en));
                fputc('\n', cli->err);
                return EXIT_INPUT;
            }
            cap = cap * 2 > most ? most : cap * 2;
            bigger = realloc(buf, cap);
            if (!bigger)
                goto nomem;
            buf = bigger;
        }
        n = fread(buf + len, 1, cap - 1 - len, f);
        if (n == 0)
            break;
        nul = memchr(buf + len, '\0', n);
        if (nul) {
            report_nul(cli, path, kind, (size_t)(nul - buf));
            free(buf);
            return EXIT_INPUT;
        }
        len += n;
    }
    if (ferror(f)) {
        fprintf(cli->err, "clas: %s: %s\n", path, strerror(errno ? errno : EIO));
        free(buf);
        return EXIT_INPUT;
    }
    buf[len] = '\0';
    *out = buf;
    *out_len = len;
    return EXIT_OK;
nomem:
    free(buf);
    fprintf(cli->err, "clas: %s: %s\n", path, tr(cli->lang, MSG_OUT_OF_MEMORY));
    return EXIT_INTERNAL;
}

int input_read(char **out, size_t *out_len, const struct cli *cli, const char *path, const struct input_kind *kind)
{
    int rc;
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(cli->err, "clas: %s: %s\n", path, strerror(errno));
        return EXIT_INPUT;
    }
    errno = 0;
    rc = read_stream(out, out_len, f, cli, path, kind);
    if (f != stdin)
        fclose(f);
    return rc;
}
