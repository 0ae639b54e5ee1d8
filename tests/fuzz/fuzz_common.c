/* SPDX-License-Identifier: Apache-2.0 */
/* Shared checks of the fuzz targets (see fuzz.h). */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void fuzz_require(int cond, const char *what)
{
    if (!cond) {
        fprintf(stderr, "fuzz check failed: %s (last error %s: %s at %s)\n", what,
                clas_status_name(clas_error_last_code()), clas_error_last_message(), clas_error_last_location());
        abort();
    }
}

const clas_regles *fuzz_regles(void)
{
    /* One rule set for the whole run: building it for every input would
     * spend the time budget on data/ instead of the input. */
    static clas_regles *regles;
    if (!regles)
        fuzz_require(clas_regles_new_default(&regles) == CLAS_OK, "the built-in rule set builds");
    return regles;
}

void fuzz_check_refused(int st, const int *allowed, const char *what)
{
    int known = 0;
    for (const int *a = allowed; *a; a++)
        known |= st == *a;
    fuzz_require(st < 0, what);
    fuzz_require(known, "the status is one the function documents");
    fuzz_require(clas_error_last_code() == st, "the status is the last error");
    fuzz_require(clas_error_last_message()[0] != '\0', "a refusal has a message");
}

void fuzz_check_evaluation(const clas_regles *regles, const clas_dossier *d)
{
    static const int statuses[] = {CLAS_ENOBAREME, CLAS_EOVERFLOW, CLAS_ERANGE, CLAS_ERULES, CLAS_EINVAL, CLAS_ENOMEM, 0};
    clas_evaluation *ev = NULL;
    int st = clas_evaluate(&ev, regles, NULL, d, CLAS_CARRY_FORWARD | CLAS_EVAL_TRACE);
    if (st != CLAS_OK) {
        fuzz_check_refused(st, statuses, "clas_evaluate");
        fuzz_require(ev == NULL, "a refused evaluation gives nothing");
        return;
    }
    char *out = NULL;
    fuzz_require(clas_evaluation_to_json(&out, ev, 0) == CLAS_OK && out, "an evaluation writes as JSON");
    clas_free(out);
    clas_evaluation_free(ev);
}

void fuzz_check_dossier_round_trip(const clas_dossier *d)
{
    char *first = NULL, *second = NULL;
    clas_dossier *again = NULL;
    fuzz_require(clas_dossier_to_json(&first, d, 0) == CLAS_OK, "an accepted dossier writes");
    fuzz_require(clas_dossier_from_json(&again, first, strlen(first), "saved.json") == CLAS_OK,
                 "a written dossier reads back");
    fuzz_require(clas_dossier_equal(d, again), "the dossier read back is equal");
    fuzz_require(clas_dossier_to_json(&second, again, 0) == CLAS_OK, "the dossier read back writes");
    fuzz_require(strcmp(first, second) == 0, "writing is a fixed point");
    clas_free(first);
    clas_free(second);
    clas_dossier_free(again);
}

void fuzz_check_campaign_round_trip(const clas_campagne *c)
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

void fuzz_check_report(const clas_campagne *c)
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
