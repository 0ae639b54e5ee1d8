/* SPDX-License-Identifier: Apache-2.0 */
/* Benchmarks of libclas: one collectif through the full evaluator, the
 * batch API against the memory bandwidth, and a campaign loaded from JSON
 * against jansson alone. Each case prints the median of repeated runs, the
 * time per collectif, collectifs per second, the peak memory so far and its
 * target with PASS or MISS.
 *
 *   clas-bench [--quick] [--batch-n N] [--campagne-n N] [--case one|batch|campagne]
 *
 * --case runs only the named case (may be repeated); all cases by default.
 */
#define _GNU_SOURCE /* mallinfo2 */
#include <clas.h>

#include <jansson.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#define RUNS 7

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static long peak_kib(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static void die(const char *what, int st)
{
    fprintf(stderr, "clas-bench: %s: %s: %s (%s)\n", what, clas_status_name(st), clas_error_last_message(),
            clas_error_last_location());
    exit(1);
}

#define CHECK(what, expr)                                                                                          \
    do {                                                                                                           \
        int st_ = (expr);                                                                                          \
        if (st_ != CLAS_OK)                                                                                        \
            die(what, st_);                                                                                        \
    } while (0)

/* One result line: the median seconds of a run over @p n collectifs, and
 * the verdict against its target (@p pass < 0: a reference, no target). */
static void report(const char *name, double seconds, size_t n, const char *target, int pass)
{
    double ns = seconds * 1e9 / (double)n;
    printf("%-44s %10.3f ms %10.1f ns/coll %12.0f coll/s %8ld KiB  %-22s %s\n", name, seconds * 1e3, ns,
           (double)n / seconds, peak_kib(), target, pass < 0 ? "" : pass ? "PASS" : "MISS");
}

/* An eligible, approved collectif of the Marne, as in the worked examples. */
static void fill_collectif(clas_collectif *c, clas_cents depenses, unsigned seed)
{
    CHECK("niveau", clas_collectif_add_niveau(c, (clas_niveau)(CLAS_NIVEAU_CP + seed % 12)));
    CHECK("niveau", clas_collectif_add_niveau(c, CLAS_NIVEAU_CM2));
    CHECK("enfants", clas_collectif_set(c, CLAS_CHAMP_NB_ENFANTS, 7 + seed % 7));
    CHECK("hors temps", clas_collectif_set(c, CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1));
    CHECK("salaries", clas_collectif_set(c, CLAS_CHAMP_NB_INTERVENANTS_SALARIES, 1));
    CHECK("benevoles", clas_collectif_set(c, CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, 1 + seed % 2));
    CHECK("seances", clas_collectif_set(c, CLAS_CHAMP_SEANCES_PAR_SEMAINE, 2));
    CHECK("minutes", clas_collectif_set(c, CLAS_CHAMP_MINUTES_PAR_SEANCE, 90));
    CHECK("semaines", clas_collectif_set(c, CLAS_CHAMP_NB_SEMAINES, 30));
    CHECK("depenses", clas_collectif_set_depenses(c, depenses));
    CHECK("financement", clas_collectif_add_financement(c, "Ville", 100000 + seed % 50000));
    CHECK("action", clas_collectif_add_action(c, CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE, NULL));
    CHECK("action", clas_collectif_add_action(c, CLAS_ACTION_ENFANTS_VIE_COLLECTIVE, NULL));
    CHECK("action", clas_collectif_add_action(c, CLAS_ACTION_PARENTS_CONVIVIALITE, NULL));
    CHECK("action", clas_collectif_add_action(c, CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE, NULL));
    CHECK("action", clas_collectif_add_action(c, CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE, NULL));
    CHECK("bonus", clas_collectif_set_bonus_demande(c, CLAS_BONUS_ENFANTS, seed % 3 == 0, "Sorties culturelles"));
    CHECK("decision", clas_collectif_set_decision(c, CLAS_DECISION_AGREE, NULL));
    CHECK("bonus", clas_collectif_set_bonus_accorde(c, CLAS_BONUS_ENFANTS, seed % 3 == 0));
}

static clas_dossier *new_dossier(const char *id)
{
    clas_dossier *d = NULL;
    CHECK("dossier", clas_dossier_new(&d, "2025-2026"));
    CHECK("dossier id", clas_dossier_set_id(d, id));
    CHECK("departement", clas_dossier_set_departement(d, "51"));
    CHECK("date", clas_dossier_set_date_depot(d, "2025-08-01"));
    clas_porteur *p = clas_dossier_get_porteur(d);
    CHECK("porteur", clas_porteur_set_id(p, "P1"));
    CHECK("porteur", clas_porteur_set_nom(p, "Centre social"));
    return d;
}

/* ---- 1. one collectif, full evaluation ---- */

/* What every binding's Batch.evaluate_one() calls: a batch of one collectif
 * through clas_batch_evaluate_regles(), year and department looked up each
 * time. The C floor of the bindings' one-call figures. */
static void bench_batch_of_one(const clas_regles *regles, int quick)
{
    int64_t depenses = 1000000, autres = 150000, ps = 0, bonus = 0, total = 0;
    int32_t enfants = 10, intervenants = 2, code = 0;
    uint32_t niveaux = 1u << CLAS_NIVEAU_CM1;
    uint8_t one = 1, verdict = 0;
    uint16_t flags = CLAS_BATCH_AGREE;
    clas_batch_entrees in = CLAS_BATCH_ENTREES_INIT;
    in.n = 1;
    in.depenses = &depenses;
    in.autres_financements = &autres;
    in.nb_enfants = &enfants;
    in.nb_intervenants = &intervenants;
    in.niveaux = &niveaux;
    for (int a = 0; a < CLAS_AXE_COUNT; a++)
        in.actions_axe[a] = &one;
    in.hors_temps = &one;
    in.flags = &flags;
    clas_batch_sorties out = {sizeof out, &verdict, &code, &ps, &bonus, &total};
    const int iters = quick ? 20000 : 200000;
    double t[RUNS];
    int64_t sum = 0;
    for (int r = 0; r < RUNS; r++) {
        double t0 = now();
        for (int i = 0; i < iters; i++) {
            depenses = 100000 + (i * 7919) % 900000;
            CHECK("batch of one", clas_batch_evaluate_regles(&out, regles, "2025-2026", "51", &in));
            sum += ps;
        }
        t[r] = now() - t0;
    }
    if (sum <= 0)
        die("batch of one: no Ps", CLAS_OK);
    double m = median(t, RUNS);
    report("one collectif, batch of one (evaluate_regles)", m / iters, 1, "<= 2 us", m / iters <= 2e-6);
}

static void bench_one(const clas_regles *regles, int quick)
{
    clas_dossier *d = new_dossier("D1");
    clas_collectif *c = NULL;
    CHECK("collectif", clas_dossier_add_collectif(&c, d, "C1"));
    fill_collectif(c, 1000000, 1);
    clas_evaluation *ev = NULL;
    CHECK("evaluation", clas_evaluation_new(&ev));
    static const struct {
        const char *name;
        unsigned flags;
        double target_ns;
        const char *target;
    } cases[] = {{"one collectif, evaluation_run, trace off", 0, 100, "<= 100 ns"},
                 {"one collectif, evaluation_run, trace on", CLAS_EVAL_TRACE, 2000, "<= 2 us"}};
    for (size_t k = 0; k < 2; k++) {
        const int iters = quick ? 20000 : 200000;
        double t[RUNS];
        CHECK("warm-up", clas_evaluation_run(ev, regles, NULL, d, cases[k].flags));
        for (int r = 0; r < RUNS; r++) {
            double t0 = now();
            for (int i = 0; i < iters; i++)
                CHECK("run", clas_evaluation_run(ev, regles, NULL, d, cases[k].flags));
            t[r] = now() - t0;
        }
        if (clas_evaluation_get_montant(ev, 0, CLAS_MONTANT_TOTAL) != 280070)
            die("one collectif: unexpected total", CLAS_OK);
        double m = median(t, RUNS);
        report(cases[k].name, m / iters, 1, cases[k].target, m / iters * 1e9 <= cases[k].target_ns);
    }
    clas_evaluation_free(ev);
    clas_dossier_free(d);
    bench_batch_of_one(regles, quick);
}

/* ---- 2. batch over millions of collectifs ---- */

static uint64_t rng = 88172645463325252u;
static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p) {
        fprintf(stderr, "clas-bench: out of memory (%zu bytes)\n", n);
        exit(1);
    }
    memset(p, 0, n); /* touch every page before timing */
    return p;
}

/* Median time of copying @p bytes from one buffer to another. */
static double memcpy_time(size_t bytes, int runs)
{
    char *a = xmalloc(bytes), *b = xmalloc(bytes);
    memset(a, 1, bytes);
    double t[RUNS];
    for (int r = 0; r < runs; r++) {
        double t0 = now();
        memcpy(b, a, bytes);
        t[r] = now() - t0;
        a[r] = b[bytes - 1 - (size_t)r]; /* keep the copy observable */
    }
    free(a);
    free(b);
    return median(t, runs);
}

static void bench_batch(const clas_regles *regles, size_t n, int quick)
{
    int64_t *dep = xmalloc(n * 8), *autres = xmalloc(n * 8);
    int32_t *enf = xmalloc(n * 4), *itv = xmalloc(n * 4);
    uint32_t *niv = xmalloc(n * 4);
    uint8_t *actions = xmalloc(n * 4), *hors = xmalloc(n);
    uint16_t *flags = xmalloc(n * 2);
    for (size_t i = 0; i < n; i++) {
        uint64_t r = next();
        dep[i] = (int64_t)(r % 1500000);
        autres[i] = (int64_t)((r >> 21) % 300000);
        enf[i] = (int32_t)(6 + (r >> 40) % 9);
        itv[i] = (int32_t)(1 + (r >> 44) % 3);
        niv[i] = UINT32_C(1) << (3 + (r >> 48) % 12);
        for (int a = 0; a < 4; a++)
            actions[i * 4 + a] = (uint8_t)(((r >> (52 + a)) & 7) != 0);
        hors[i] = 1;
        flags[i] = (uint16_t)(CLAS_BATCH_AGREE | ((r >> 56) & 0xf));
    }
    uint8_t *verdict = xmalloc(n);
    int32_t *code = xmalloc(n * 4);
    int64_t *ps = xmalloc(n * 8), *bonus = xmalloc(n * 8), *total = xmalloc(n * 8);

    clas_batch_entrees in = CLAS_BATCH_ENTREES_INIT;
    in.n = n;
    in.depenses = dep;
    in.autres_financements = autres;
    in.nb_enfants = enf;
    in.nb_intervenants = itv;
    in.niveaux = niv;
    in.actions = actions;
    in.hors_temps = hors;
    in.flags = flags;
    clas_batch_sorties out = CLAS_BATCH_SORTIES_INIT;
    out.verdict = verdict;
    out.code = code;
    out.ps = ps;
    out.bonus = bonus;
    out.total = total;
    const clas_bareme *b = NULL;
    const clas_cadre *cadre = NULL;
    CHECK("bareme", clas_regles_find_bareme(&b, NULL, regles, "2025-2026", 0));
    CHECK("cadre", clas_regles_find_cadre(&cadre, regles, "51", "2025-2026"));
    const int runs = quick ? 3 : 5;

    double t[RUNS];
    for (int r = 0; r < runs; r++) {
        double t0 = now();
        CHECK("batch", clas_batch_evaluate(&out, b, cadre, &in));
        t[r] = now() - t0;
    }
    double full = median(t, runs);
    size_t eligible = 0;
    for (size_t i = 0; i < n; i++)
        eligible += verdict[i] == CLAS_VERDICT_ELIGIBLE;
    const size_t full_bytes = n * (8 + 8 + 4 + 4 + 4 + 4 + 1 + 2 + 1 + 4 + 8 + 8 + 8);
    double copy_full = memcpy_time(full_bytes, runs);
    char label[96];
    snprintf(label, sizeof label, "batch evaluate, %zu M collectifs", n / 1000000);
    report(label, full, n, "<= 2x memcpy", full <= 2 * copy_full);
    snprintf(label, sizeof label, "  memcpy of the same %zu MB", full_bytes >> 20);
    report(label, copy_full, n, "(reference)", -1);
    printf("  ratio batch/memcpy: %.2f; %zu of %zu collectifs eligible\n", full / copy_full, eligible, n);

    for (int r = 0; r < runs; r++) {
        double t0 = now();
        CHECK("batch ps", clas_batch_ps(ps, b, dep, n));
        t[r] = now() - t0;
    }
    double ps_only = median(t, runs);
    double copy_ps = memcpy_time(n * 16, runs);
    snprintf(label, sizeof label, "batch Ps only, %zu M collectifs", n / 1000000);
    report(label, ps_only, n, "<= 2x memcpy", ps_only <= 2 * copy_ps);
    snprintf(label, sizeof label, "  memcpy of the same %zu MB", (n * 16) >> 20);
    report(label, copy_ps, n, "(reference)", -1);
    printf("  ratio batch Ps/memcpy: %.2f\n", ps_only / copy_ps);

    free(dep), free(autres), free(enf), free(itv), free(niv), free(actions), free(hors), free(flags);
    free(verdict), free(code), free(ps), free(bonus), free(total);
}

/* ---- 3. a campaign from JSON ---- */

static char *generate_campagne(size_t num_collectifs, size_t *len)
{
    const size_t per_dossier = 5;
    clas_campagne *camp = NULL;
    CHECK("campagne", clas_campagne_new(&camp, "51", "2025-2026"));
    for (size_t k = 0; k * per_dossier < num_collectifs; k++) {
        char id[32];
        snprintf(id, sizeof id, "D%zu", k + 1);
        clas_dossier *d = new_dossier(id);
        for (size_t j = 0; j < per_dossier && k * per_dossier + j < num_collectifs; j++) {
            clas_collectif *c = NULL;
            snprintf(id, sizeof id, "C%zu", j + 1);
            CHECK("collectif", clas_dossier_add_collectif(&c, d, id));
            fill_collectif(c, (clas_cents)(next() % 1500000), (unsigned)(k * per_dossier + j));
        }
        CHECK("add dossier", clas_campagne_add_dossier(NULL, camp, d));
        clas_dossier_free(d);
    }
    char *json = NULL;
    CHECK("to_json", clas_campagne_to_json(&json, camp, 0));
    clas_campagne_free(camp);
    *len = strlen(json);
    return json;
}

static void bench_campagne(const clas_regles *regles, size_t n, int quick)
{
    size_t len = 0;
    char *json = generate_campagne(n, &len);
    const int runs = quick ? 3 : 5;
    double t_load[RUNS], t_eval[RUNS], t_jansson[RUNS];
    size_t bytes_per_load = 0;
    for (int r = 0; r < runs; r++) {
        struct mallinfo2 before = mallinfo2();
        double t0 = now();
        clas_campagne *camp = NULL;
        CHECK("from_json", clas_campagne_from_json(&camp, json, len, "bench"));
        double t1 = now();
        struct mallinfo2 after = mallinfo2();
        clas_rapport *rapport = NULL;
        CHECK("rapport", clas_rapport_new(&rapport, regles, camp, 0));
        double t2 = now();
        t_load[r] = t1 - t0;
        t_eval[r] = t2 - t1;
        bytes_per_load = after.uordblks > before.uordblks ? after.uordblks - before.uordblks : 0;
        clas_rapport_free(rapport);
        clas_campagne_free(camp);
    }
    /* jansson in a loop of its own: run after each load above, it would
     * find a heap shaped by that load (fresh pages or recycled ones), which
     * made the reference swing by 2x between library versions. */
    for (int r = 0; r < runs; r++) {
        json_error_t err;
        double t0 = now();
        json_t *root = json_loads(json, 0, &err);
        t_jansson[r] = now() - t0;
        if (!root) {
            fprintf(stderr, "clas-bench: jansson: %s\n", err.text);
            exit(1);
        }
        json_decref(root);
    }
    double load = median(t_load, runs), eval = median(t_eval, runs), jansson = median(t_jansson, runs);
    double mb = (double)len / 1e6;
    char label[96];
    snprintf(label, sizeof label, "campaign %zu collectifs, %.1f MB: from_json", n, mb);
    report(label, load, n, "", -1);
    report("  + rapport_new (evaluate every dossier)", eval, n, "", -1);
    report("  from_json + rapport_new", load + eval, n, "<= 1.5x jansson", load + eval <= 1.5 * jansson);
    report("  jansson json_loads alone", jansson, n, "(reference)", -1);
    printf("  from_json %.0f MB/s, from_json+rapport %.0f MB/s, jansson %.0f MB/s; ratio %.2f x jansson\n",
           mb / load, mb / (load + eval), mb / jansson, (load + eval) / jansson);
    double per = (double)bytes_per_load / (double)n;
    printf("%-44s %10.0f B/coll %44s %-22s %s\n", "  memory per loaded collectif (mallinfo2)", per, "", "<= 1 KiB",
           per <= 1024 ? "PASS" : "MISS");
    free(json);
}

int main(int argc, char **argv)
{
    int quick = 0;
    size_t batch_n = 10000000, campagne_n = 100000;
    int only_one = 0, only_batch = 0, only_campagne = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--quick") == 0) {
            quick = 1;
            batch_n = 1000000;
            campagne_n = 10000;
        } else if (strcmp(argv[i], "--batch-n") == 0 && i + 1 < argc) {
            batch_n = strtoull(argv[++i], NULL, 10);
        } else if (strcmp(argv[i], "--campagne-n") == 0 && i + 1 < argc) {
            campagne_n = strtoull(argv[++i], NULL, 10);
        } else if (strcmp(argv[i], "--case") == 0 && i + 1 < argc && strcmp(argv[i + 1], "one") == 0) {
            only_one = 1, i++;
        } else if (strcmp(argv[i], "--case") == 0 && i + 1 < argc && strcmp(argv[i + 1], "batch") == 0) {
            only_batch = 1, i++;
        } else if (strcmp(argv[i], "--case") == 0 && i + 1 < argc && strcmp(argv[i + 1], "campagne") == 0) {
            only_campagne = 1, i++;
        } else {
            fprintf(stderr, "usage: %s [--quick] [--batch-n N] [--campagne-n N] [--case one|batch|campagne]\n",
                    argv[0]);
            return 2;
        }
    }
    clas_regles *regles = NULL;
    CHECK("rule set", clas_regles_new_default(&regles));
    printf("libclas %s, %d runs per case (median)\n", clas_version_string(), quick ? 3 : RUNS);
    const int all = !only_one && !only_batch && !only_campagne;
    if (all || only_one)
        bench_one(regles, quick);
    if (all || only_batch)
        bench_batch(regles, batch_n, quick);
    if (all || only_campagne)
        bench_campagne(regles, campagne_n, quick);
    clas_regles_unref(regles);
    return 0;
}
