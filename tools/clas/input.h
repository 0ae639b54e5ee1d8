/* SPDX-License-Identifier: Apache-2.0 */
/* Reading an input file whole, within a size limit stated in the
 * messages: JSON documents (the library's limit) and spreadsheets (the
 * tool's, see sheetin.h). */
#ifndef CLAS_CLI_INPUT_H
#define CLAS_CLI_INPUT_H

#include <stddef.h>

struct cli;

/* What an input may hold. */
struct input_kind {
    size_t limit;           /* most bytes read */
    const char *name_fr;    /* the limit in messages: "1 Gio, CLAS_LIMIT_DOCUMENT_BYTES" */
    const char *name_en;    /* "1 GiB, CLAS_LIMIT_DOCUMENT_BYTES" */
    int json;               /* a NUL byte is "not a JSON text"; else "a binary file, save as CSV" */
};

/* A clas-dossier/1, clas-campagne/1 or rules document. */
extern const struct input_kind input_json;

/* Reads @p path ("-" for standard input) into a NUL-terminated buffer
 * (free()): a regular file is measured before any byte is read, a pipe or
 * device is read at most @p kind->limit bytes, and a NUL byte stops at
 * once, so that /dev/zero or a huge sparse file is refused with one
 * buffer of memory. Errors are reported on cli->err, naming the limit and
 * the value. Returns EXIT_OK, EXIT_INPUT or EXIT_INTERNAL. */
int input_read(char **out, size_t *len, const struct cli *cli, const char *path, const struct input_kind *kind);

#endif
