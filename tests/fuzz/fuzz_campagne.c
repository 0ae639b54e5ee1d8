/* SPDX-License-Identifier: Apache-2.0 */
/* Fuzz target: a "clas-campagne/1" document. Accepted campaigns are
 * reported (every dossier evaluated with the trace), written, read back
 * and compared dossier by dossier. */
#include "fuzz.h"

#include <string.h>

static void check_round_trip(const clas_campagne *c)
{
    char *first = NULL, *second = NULL;
    clas_campagne *again = NULL;
    fuzz_require(clas_campagne_to_json(&first, c, 0) == CLAS_OK, "an accepted campaign writes");
    fuzz_require(clas_campagne_from_json(&again, first, strlen(first), "saved.json") == CLAS_OK,
                 "a written campaign reads back");
    size_t n = clas_campagne_num_dossiers(c);
    fuzz_require(clas_campagne_num_dossiers(again) == n, "as many dossiers read back");
    for (size_t i = 0; i < n; i++)
        fuzz_require(clas_dossier_equal(clas_campagne_get_dossier_const(c, i),
                                        clas_campagne_get_dossier_const(again, i)),
                     "each dossier read back is equal");
    fuzz_require(clas_campagne_to_json(&second, again, 0) == CLAS_OK, "the campaign read back writes");
    fuzz_require(strcmp(first, second) == 0, "writing is a fixed point");
    clas_free(first);
    clas_free(second);
    clas_campagne_free(again);
}

static void check_report(const clas_campagne *c)
{
    static const int statuses[] = {CLAS_ENOBAREME, CLAS_EOVERFLOW, CLAS_ERANGE, CLAS_ERULES, CLAS_EINVAL, CLAS_ENOMEM, 0};
    clas_rapport *r = NULL;
    int st = clas_rapport_new(&r, fuzz_regles(), c, CLAS_CARRY_FORWARD | CLAS_EVAL_TRACE);
    if (st != CLAS_OK) {
        fuzz_check_refused(st, statuses, "clas_rapport_new");
        return;
    }
    char *out = NULL;
    fuzz_require(clas_rapport_to_json(&out, r, c, 0) == CLAS_OK && out, "a report writes as JSON");
    clas_free(out);
    clas_rapport_free(r);
}

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
    check_report(c);
    check_round_trip(c);
    clas_campagne_free(c);
    return 0;
}
