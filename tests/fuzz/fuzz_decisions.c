/* SPDX-License-Identifier: Apache-2.0 */
/* Fuzz target: the committee's decisions that `clas decide` reads (a CSV
 * export or a "clas-decisions/1" document), applied to the first dossier of
 * the example campaign; the campaign written reads back and writes as a
 * fixed point, and the same decisions applied again change nothing. */
#include "fuzz_cli.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_cli_records(cmd_decide, 0, data, size);
    return 0;
}
