/* SPDX-License-Identifier: Apache-2.0 */
/* Fuzz target: a "clas-dossier/1" document. Accepted dossiers are
 * evaluated with the trace, written, read back and compared. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int statuses[] = {CLAS_EPARSE, CLAS_ESCHEMA, CLAS_EUTF8, CLAS_ERANGE, CLAS_ELIMIT, CLAS_ENOMEM, 0};
    clas_dossier *d = NULL;
    clas_error_clear();
    int st = clas_dossier_from_json(&d, (const char *)data, size, "fuzz.json");
    if (st != CLAS_OK) {
        fuzz_check_refused(st, statuses, "clas_dossier_from_json refuses with a documented status");
        fuzz_require(d == NULL, "a refused dossier gives nothing");
        return 0;
    }
    fuzz_check_evaluation(fuzz_regles(), d);
    fuzz_check_dossier_round_trip(d);
    clas_dossier_free(d);
    return 0;
}
