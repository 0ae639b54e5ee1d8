/* SPDX-License-Identifier: Apache-2.0 */
/* What the fuzz targets of the formats only the clas tool reads share:
 * running one of its subcommands on the input (written to a scratch file,
 * as the tool reads files), with the tool's own code (tools/clas), and the
 * checks of what it did. */
#ifndef CLAS_TESTS_FUZZ_CLI_H
#define CLAS_TESTS_FUZZ_CLI_H

#include "fuzz.h"
#include "cli.h"

/* What a subcommand did: its exit status, its standard output and its
 * messages. */
struct fuzz_run {
    int rc;
    char *out, *err;
    size_t out_len, err_len;
};

/* Writes @p size bytes to the scratch file @p name (in a directory of the
 * process, removed at exit); its path goes to @p path, which is returned. */
const char *fuzz_cli_file(char *path, size_t path_size, const char *name, const void *data, size_t size);

/* The campaign the decisions and bilans apply to: the first dossiers of
 * examples/campagne-marne-2025-2026.json, written once to a scratch file;
 * with @p decided, every eligible collectif is approved (as after the
 * committee), for the bilans. */
const char *fuzz_cli_campaign(int decided);

/* Runs @p cmd on @p files (French, or English when @p english) and checks
 * the tool's promises: exit 0 or 3, and on 3 a message and no output. */
void fuzz_cli_run(struct fuzz_run *run, int (*cmd)(const struct cli *), const char *const *files, size_t n,
                  int english);
void fuzz_cli_run_free(struct fuzz_run *run);

/* The campaign a successful run wrote: it reads back and writes as a
 * fixed point. The caller frees it. */
clas_campagne *fuzz_cli_output_campaign(const struct fuzz_run *run);

/* True if @p a and @p b hold the same dossiers, with the same collectifs,
 * in the same order. */
int fuzz_cli_same_collectifs(const clas_campagne *a, const clas_campagne *b);

/* Runs @p cmd on the campaign @p campaign_json (a run's output) and the
 * same @p records again, and checks the result is @p campaign_json: the
 * records applied twice give what they gave once. */
void fuzz_cli_check_idempotent(int (*cmd)(const struct cli *), const struct fuzz_run *first, const char *records,
                               int english);

/* The body of the decisions and bilans targets: @p data as the records
 * (JSON when it starts with '{', else CSV) of @p cmd applied to
 * fuzz_cli_campaign(@p decided); what is accepted must write a campaign
 * that reads back with the same collectifs, and applying the records
 * again must change nothing. */
void fuzz_cli_records(int (*cmd)(const struct cli *), int decided, const uint8_t *data, size_t size);

#endif
