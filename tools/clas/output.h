/* SPDX-License-Identifier: Apache-2.0 */
/* A subcommand's output, held back until the command has succeeded. */
#ifndef CLAS_CLI_OUTPUT_H
#define CLAS_CLI_OUTPUT_H

#include <stdio.h>

struct cli;

/* Points cli->out at a memory buffer. Returns EXIT_OK or EXIT_INTERNAL. */
int output_open(struct cli *cli);
/* A temporary file beside the destination, for output a library writes
 * to a path (a workbook); it replaces the memory buffer. NULL on error
 * (already reported). */
const char *output_temp_file(const struct cli *cli);
/* Ends the command: if @p status is a result (0 or 1) the output goes to
 * -o FILE (atomically, by rename) or to @p stdout_stream; otherwise it is
 * discarded and an existing file is left as it was. Returns the final
 * status (EXIT_INTERNAL if writing failed). */
int output_close(struct cli *cli, FILE *stdout_stream, int status);
/* True if @p output_path names the same file as one of @p inputs. */
int output_is_input(const char *output_path, char *const *inputs, size_t n);

#endif
