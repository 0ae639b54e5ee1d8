/* SPDX-License-Identifier: Apache-2.0 */
/* Running the clas tool's subcommands in the fuzz targets (see fuzz_cli.h). */
#include "fuzz_cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef FUZZ_EXAMPLES
#error "FUZZ_EXAMPLES names the examples/ directory of the source tree"
#endif

/* How many of the example campaign's dossiers the records apply to: the
 * first holds eight collectifs, eligible and not, and keeps each run
 * short (fuzz.py seeds records for it). */
#define FUZZ_DOSSIERS 1

static char scratch[64];

static void remove_scratch(void)
{
    static const char *const names[] = {"records.csv", "records.json", "campaign.json", "decided.json", "again.json"};
    char path[128];
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", scratch, names[i]);
        unlink(path);
    }
    rmdir(scratch);
}

const char *fuzz_cli_file(char *path, size_t path_size, const char *name, const void *data, size_t size)
{
    if (!scratch[0]) {
        snprintf(scratch, sizeof scratch, "/tmp/clas-fuzz-XXXXXX");
        fuzz_require(mkdtemp(scratch) != NULL, "a scratch directory");
        atexit(remove_scratch);
    }
    snprintf(path, path_size, "%s/%s", scratch, name);
    FILE *f = fopen(path, "wb");
    fuzz_require(f && fwrite(data, 1, size, f) == size && fclose(f) == 0, "the scratch file is written");
    return path;
}

/* Approves every collectif the rules find eligible. */
static void approve_eligible(clas_campagne *c)
{
    clas_rapport *r = NULL;
    fuzz_require(clas_rapport_new(&r, fuzz_regles(), c, 0) == CLAS_OK, "the example campaign evaluates");
    for (size_t d = 0; d < clas_campagne_num_dossiers(c); d++) {
        const clas_evaluation *ev = clas_rapport_get_evaluation(r, d);
        clas_dossier *dos = clas_campagne_get_dossier(c, d);
        for (size_t i = 0; i < clas_dossier_num_collectifs(dos); i++)
            if (clas_evaluation_get_collectif_verdict(ev, i) == CLAS_VERDICT_ELIGIBLE)
                fuzz_require(clas_collectif_set_decision(clas_dossier_get_collectif(dos, i), CLAS_DECISION_AGREE,
                                                         NULL) == CLAS_OK,
                             "an eligible collectif is approved");
    }
    clas_rapport_free(r);
}

const char *fuzz_cli_campaign(int decided)
{
    static char paths[2][128];
    char *p = paths[decided != 0];
    if (p[0])
        return p;
    clas_campagne *all = NULL, *some = NULL;
    char *json = NULL;
    fuzz_require(clas_campagne_from_json_file(&all, FUZZ_EXAMPLES "/campagne-marne-2025-2026.json") == CLAS_OK,
                 "the example campaign reads");
    fuzz_require(clas_campagne_new(&some, clas_campagne_get_departement(all), clas_campagne_get_annee_scolaire(all)) ==
                     CLAS_OK,
                 "a campaign");
    if (clas_campagne_get_cadre(all))
        fuzz_require(clas_campagne_set_cadre(some, clas_campagne_get_cadre(all)) == CLAS_OK, "its cadre");
    for (size_t d = 0; d < FUZZ_DOSSIERS && d < clas_campagne_num_dossiers(all); d++)
        fuzz_require(clas_campagne_add_dossier(NULL, some, clas_campagne_get_dossier_const(all, d)) == CLAS_OK,
                     "its first dossiers");
    if (decided)
        approve_eligible(some);
    fuzz_require(clas_campagne_to_json(&json, some, 0) == CLAS_OK, "the campaign writes");
    fuzz_cli_file(p, sizeof paths[0], decided ? "decided.json" : "campaign.json", json, strlen(json));
    clas_free(json);
    clas_campagne_free(some);
    clas_campagne_free(all);
    return p;
}

void fuzz_cli_run(struct fuzz_run *run, int (*cmd)(const struct cli *), const char *const *files, size_t n,
                  int english)
{
    struct cli cli;
    memset(&cli, 0, sizeof cli);
    memset(run, 0, sizeof *run);
    cli.lang = english ? CLAS_LANG_EN : CLAS_LANG_FR;
    cli.format = FORMAT_JSON;
    cli.files = (char **)files;
    cli.num_files = n;
    cli.regles = fuzz_regles();
    cli.out = open_memstream(&run->out, &run->out_len);
    cli.err = open_memstream(&run->err, &run->err_len);
    fuzz_require(cli.out && cli.err, "memory streams");
    clas_error_clear();
    run->rc = cmd(&cli);
    fuzz_require(fclose(cli.out) == 0 && fclose(cli.err) == 0, "the streams close");
    fuzz_require(run->rc == EXIT_OK || run->rc == EXIT_INPUT, "the tool exits 0, or 3 for a bad input");
    if (run->rc == EXIT_OK) {
        fuzz_require(run->out_len > 0, "a successful command writes its result");
    } else {
        fuzz_require(run->out_len == 0, "a refused input gives no output");
        fuzz_require(run->err_len > 0, "a refused input is explained");
        fuzz_require(strncmp(run->err, "clas: ", 6) == 0, "messages start with the tool's name");
    }
}

void fuzz_cli_run_free(struct fuzz_run *run)
{
    free(run->out);
    free(run->err);
    memset(run, 0, sizeof *run);
}

clas_campagne *fuzz_cli_output_campaign(const struct fuzz_run *run)
{
    clas_campagne *c = NULL;
    fuzz_require(clas_campagne_from_json(&c, run->out, run->out_len, "output.json") == CLAS_OK,
                 "the campaign written reads back");
    /* The command evaluated it already; the campagne target reports
     * campaigns with the trace. */
    fuzz_check_campaign_round_trip(c);
    return c;
}

int fuzz_cli_same_collectifs(const clas_campagne *a, const clas_campagne *b)
{
    size_t n = clas_campagne_num_dossiers(a);
    if (clas_campagne_num_dossiers(b) != n)
        return 0;
    for (size_t d = 0; d < n; d++) {
        const clas_dossier *x = clas_campagne_get_dossier_const(a, d), *y = clas_campagne_get_dossier_const(b, d);
        size_t k = clas_dossier_num_collectifs(x);
        if (strcmp(clas_dossier_get_id(x), clas_dossier_get_id(y)) != 0 || clas_dossier_num_collectifs(y) != k)
            return 0;
        for (size_t i = 0; i < k; i++)
            if (strcmp(clas_collectif_get_id(clas_dossier_get_collectif_const(x, i)),
                       clas_collectif_get_id(clas_dossier_get_collectif_const(y, i))) != 0)
                return 0;
    }
    return 1;
}

void fuzz_cli_check_idempotent(int (*cmd)(const struct cli *), const struct fuzz_run *first, const char *records,
                               int english)
{
    struct fuzz_run again;
    const char *files[2] = {NULL, records};
    char campaign[128];
    files[0] = fuzz_cli_file(campaign, sizeof campaign, "again.json", first->out, first->out_len);
    fuzz_cli_run(&again, cmd, files, 2, english);
    fuzz_require(again.rc == EXIT_OK, "records accepted once are accepted again");
    fuzz_require(again.out_len == first->out_len && memcmp(again.out, first->out, first->out_len) == 0,
                 "records applied twice give what they gave once");
    fuzz_cli_run_free(&again);
}

/* A clas-decisions/1 or clas-bilans/1 document: the tool tells JSON by the
 * file name, the fuzzer by the first byte that is not blank. */
static int looks_like_json(const uint8_t *data, size_t size)
{
    size_t i = 0;
    while (i < size && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
        i++;
    return i < size && data[i] == '{';
}

void fuzz_cli_records(int (*cmd)(const struct cli *), int decided, const uint8_t *data, size_t size)
{
    static clas_campagne *before[2];
    char path[128];
    struct fuzz_run run;
    const char *files[2] = {fuzz_cli_campaign(decided), NULL};
    int english = size & 1;
    if (!before[decided != 0])
        fuzz_require(clas_campagne_from_json_file(&before[decided != 0], files[0]) == CLAS_OK,
                     "the campaign of the records reads");
    files[1] = fuzz_cli_file(path, sizeof path, looks_like_json(data, size) ? "records.json" : "records.csv", data,
                             size);
    fuzz_cli_run(&run, cmd, files, 2, english);
    if (run.rc == EXIT_OK) {
        clas_campagne *after = fuzz_cli_output_campaign(&run);
        fuzz_require(fuzz_cli_same_collectifs(before[decided != 0], after),
                     "records change collectifs, never which ones a campaign holds");
        clas_campagne_free(after);
        fuzz_cli_check_idempotent(cmd, &run, files[1], english);
    }
    fuzz_cli_run_free(&run);
}
