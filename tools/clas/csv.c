/* SPDX-License-Identifier: Apache-2.0 */
/* RFC 4180 records: every spreadsheet and Python's csv module read them. */
#include <string.h>

#include "csv.h"

static void csv_field(FILE *out, const char *field)
{
    if (!field)
        return;
    if (!strpbrk(field, ",\"\r\n")) {
        fputs(field, out);
        return;
    }
    fputc('"', out);
    for (const char *p = field; *p; p++) {
        if (*p == '"')
            fputc('"', out);
        fputc(*p, out);
    }
    fputc('"', out);
}

void csv_row(FILE *out, const char *const *fields, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            fputc(',', out);
        csv_field(out, fields[i]);
    }
    fputs("\r\n", out);
}
