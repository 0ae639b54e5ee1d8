/* SPDX-License-Identifier: Apache-2.0 */
/* Fuzz target: the campaign spreadsheet that `clas import` reads (a CSV
 * export, ';' ',' or tab, UTF-8 or Windows-1252). Every cell refused is a
 * message and no output; a sheet accepted writes a campaign that reads
 * back and writes as a fixed point. */
#include "fuzz_cli.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[128];
    struct fuzz_run run;
    const char *files[1] = {fuzz_cli_file(path, sizeof path, "records.csv", data, size)};
    fuzz_cli_run(&run, cmd_import, files, 1, size & 1);
    if (run.rc == EXIT_OK)
        clas_campagne_free(fuzz_cli_output_campaign(&run));
    fuzz_cli_run_free(&run);
    return 0;
}
