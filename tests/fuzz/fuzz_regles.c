/* SPDX-License-Identifier: Apache-2.0 */
/* Fuzz target: a "clas-regles/1" document added to an empty builder.
 * Accepted rule data is built, evaluates a fixed dossier, is written, read
 * back and must give the same text and hash. */
#include "fuzz.h"

#include <string.h>

/* A small dossier that reaches every stage of the evaluation. */
static const char probe_json[] =
    "{\"format\":\"clas-dossier/1\",\"id\":\"D\",\"annee_scolaire\":\"2025-2026\",\"departement\":\"51\","
    "\"date_depot\":\"2025-06-01\",\"porteur\":{\"id\":\"P\",\"nom\":\"n\",\"type\":\"association_locale\"},"
    "\"collectifs\":[{\"id\":\"C1\",\"niveaux\":[\"CM1\"],\"nb_enfants\":10,"
    "\"intervenants\":{\"salaries\":1,\"benevoles\":1},\"seances_par_semaine\":2,\"minutes_par_seance\":90,"
    "\"nb_semaines\":30,\"hors_temps_scolaire\":true,\"depenses\":\"6000.00\","
    "\"financements\":[{\"libelle\":\"Ville\",\"montant\":\"1500.00\"}],"
    "\"actions\":[{\"action\":\"enfants.appui_methodologie\"},{\"action\":\"parents.convivialite\"},"
    "{\"action\":\"ecole.diagnostic_partage\"},{\"action\":\"territoire.reaap\"}]}]}";

static const clas_dossier *probe(void)
{
    static clas_dossier *d;
    if (!d)
        fuzz_require(clas_dossier_from_json(&d, probe_json, sizeof probe_json - 1, "probe") == CLAS_OK,
                     "the probe dossier reads");
    return d;
}

static void check_round_trip(const clas_regles *a)
{
    char *first = NULL, *second = NULL;
    clas_regles_builder *again = NULL;
    clas_regles *b = NULL;
    fuzz_require(clas_regles_to_json(&first, a, 0) == CLAS_OK, "a rule set writes");
    fuzz_require(clas_regles_builder_new(&again) == CLAS_OK, "a builder");
    fuzz_require(clas_regles_builder_add_json(again, first, strlen(first), "saved.json", 0) == CLAS_OK,
                 "written rule data reads back");
    fuzz_require(clas_regles_builder_build(&b, again) == CLAS_OK, "rule data read back builds");
    fuzz_require(clas_regles_to_json(&second, b, 0) == CLAS_OK, "the rule set read back writes");
    fuzz_require(strcmp(first, second) == 0, "writing is a fixed point");
    fuzz_require(strcmp(clas_regles_hash(a), clas_regles_hash(b)) == 0, "same hash after the round trip");
    clas_free(first);
    clas_free(second);
    clas_regles_unref(b);
    clas_regles_builder_free(again);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int add_statuses[] = {CLAS_EPARSE, CLAS_ESCHEMA, CLAS_ERULES, CLAS_EEXISTS, CLAS_ERANGE,
                                       CLAS_EUTF8, CLAS_ELIMIT, CLAS_ENOMEM, CLAS_EINVAL, 0};
    static const int build_statuses[] = {CLAS_ERULES, CLAS_EINVAL, CLAS_ENOMEM, 0};
    const clas_dossier *d = probe();
    clas_regles_builder *builder = NULL;
    clas_regles *regles = NULL;
    clas_error_clear();
    fuzz_require(clas_regles_builder_new(&builder) == CLAS_OK, "a builder");
    int st = clas_regles_builder_add_json(builder, (const char *)data, size, "fuzz.json", 0);
    if (st != CLAS_OK) {
        fuzz_check_refused(st, add_statuses, "clas_regles_builder_add_json refuses with a documented status");
    } else if ((st = clas_regles_builder_build(&regles, builder)) != CLAS_OK) {
        fuzz_check_refused(st, build_statuses, "clas_regles_builder_build");
    } else {
        fuzz_check_evaluation(regles, d);
        check_round_trip(regles);
    }
    clas_regles_unref(regles);
    clas_regles_builder_free(builder);
    return 0;
}
