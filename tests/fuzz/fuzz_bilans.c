/* SPDX-License-Identifier: Apache-2.0 */
/* Fuzz target: the end-of-year bilans that `clas bilan` reads (a CSV
 * export or a "clas-bilans/1" document), recorded in the first dossier of
 * the example campaign after the committee; the campaign written reads back
 * and writes as a fixed point, and the same bilans recorded again
 * change nothing. */
#include "fuzz_cli.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_cli_records(cmd_bilan, 1, data, size);
    return 0;
}
