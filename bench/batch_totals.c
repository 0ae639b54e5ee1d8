/* SPDX-License-Identifier: Apache-2.0 */
/*
 * batch_totals - the C side of the bindings' batch benchmarks: the same
 * 1 000 000 rows the Perl, Ruby, Lua, Tcl and R benchmarks build
 * (depenses = 100000 + i*7919 mod 900000 cents, nb_enfants = 8 + i mod 5,
 * 2 intervenants, one action per axis, approved), evaluated with
 * clas_batch_evaluate_regles(), median time of 7 runs and exact totals.
 *
 *   build/bench/batch_totals [ROWS]
 */
#define _POSIX_C_SOURCE 200809L
#include <clas.h>
#include <clas/batch.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? (size_t)strtoull(argv[1], NULL, 10) : 1000000;
    int64_t *dep = malloc(n * sizeof *dep), *ps = malloc(n * sizeof *ps), *bonus = malloc(n * sizeof *bonus),
            *total = malloc(n * sizeof *total);
    int32_t *enf = malloc(n * sizeof *enf), *inter = malloc(n * sizeof *inter), *code = malloc(n * sizeof *code);
    uint8_t *one = malloc(n), *verdict = malloc(n);
    uint16_t *flags = malloc(n * sizeof *flags);
    clas_regles *regles = NULL;
    if (!dep || !ps || !bonus || !total || !enf || !inter || !code || !one || !verdict || !flags ||
        clas_regles_new_default(&regles) != CLAS_OK) {
        fprintf(stderr, "batch_totals: out of memory\n");
        return 1;
    }
    for (size_t i = 0; i < n; i++) {
        dep[i] = 100000 + (int64_t)((i * 7919) % 900000);
        enf[i] = 8 + (int32_t)(i % 5);
        inter[i] = 2;
        one[i] = 1;
        flags[i] = CLAS_BATCH_AGREE;
    }
    clas_batch_entrees in = CLAS_BATCH_ENTREES_INIT;
    in.n = n;
    in.depenses = dep;
    in.nb_enfants = enf;
    in.nb_intervenants = inter;
    for (int a = 0; a < CLAS_AXE_COUNT; a++)
        in.actions_axe[a] = one;
    in.flags = flags;
    clas_batch_sorties out = CLAS_BATCH_SORTIES_INIT;
    out.verdict = verdict;
    out.code = code;
    out.ps = ps;
    out.bonus = bonus;
    out.total = total;
    double t[7];
    for (int r = 0; r < 7; r++) {
        double t0 = now();
        int rc = clas_batch_evaluate_regles(&out, regles, "2025-2026", "51", &in);
        t[r] = now() - t0;
        if (rc != CLAS_OK) {
            fprintf(stderr, "batch_totals: %s\n", clas_error_last_message());
            return 1;
        }
    }
    qsort(t, 7, sizeof t[0], cmp_double);
    int64_t sum_ps = 0, sum_bonus = 0, sum_total = 0;
    for (size_t i = 0; i < n; i++) {
        sum_ps += ps[i];
        sum_bonus += bonus[i];
        sum_total += total[i];
    }
    printf("C batch, %zu rows (clas_batch_evaluate_regles): %.3f s, %.1f ns per collectif\n", n, t[3], t[3] * 1e9 / (double)n);
    printf("totals: ps %lld bonus %lld total %lld\n", (long long)sum_ps, (long long)sum_bonus, (long long)sum_total);
    clas_regles_unref(regles);
    free(dep), free(ps), free(bonus), free(total), free(enf), free(inter), free(code), free(one), free(verdict);
    free(flags);
    return 0;
}
