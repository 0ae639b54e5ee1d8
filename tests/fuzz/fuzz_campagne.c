/* SPDX-License-Identifier: Apache-2.0 */
/* Fuzz target: a "clas-campagne/1" document. Accepted campaigns are
 * reported (every dossier evaluated with the trace), written, read back
 * and compared dossier by dossier. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int statuses[] = {CLAS_EPARSE, CLAS_ESCHEMA, CLAS_EUTF8, CLAS_ERANGE, CLAS_ERULES, CLAS_ELIMIT, CLAS_ENOMEM, 0};
    clas_campagne *c = NULL;
    clas_error_clear();
    int st = clas_campagne_from_json(&c, (const char *)data, size, "fuzz.json");
    if (st != CLAS_OK) {
        fuzz_check_refused(st, statuses, "clas_campagne_from_json refuses with a documented status");
        fuzz_require(c == NULL, "a refused campaign gives nothing");
        return 0;
    }
    fuzz_check_report(c);
    fuzz_check_campaign_round_trip(c);
    clas_campagne_free(c);
    return 0;
}
