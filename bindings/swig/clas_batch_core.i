/* SPDX-License-Identifier: Apache-2.0 */
/*
 * clas_batch_core.i - the batch API (clas/batch.h) for every language,
 * %included by clas.i.
 *
 * A Batch holds n collectifs as columns owned by the wrapper. Columns go in
 * and out as arrays of int64 (each value range-checked against the
 * column's C type), so a language needs one pair of array typemaps:
 *   (clas_swig_i64 *in_values, size_t count)  an array argument, read;
 *   (clas_swig_i64 *values, size_t count)        an array filled with a column
 *                                          (or, in languages without
 *                                          writable arrays, returned);
 * and value()/set_value() work everywhere one element at a time.
 * Optional input columns that were never set are passed as NULL, so the
 * library's defaults apply (clas/batch.h).
 */
%{
/* The element type of array arguments, named so that SWIG's casts keep it. */
typedef int64_t clas_swig_i64;

typedef enum clas_swig_column {
    CLAS_BATCH_COL_DEPENSES,
    CLAS_BATCH_COL_AUTRES_FINANCEMENTS,
    CLAS_BATCH_COL_NB_ENFANTS,
    CLAS_BATCH_COL_NB_INTERVENANTS,
    CLAS_BATCH_COL_NIVEAUX,
    CLAS_BATCH_COL_ACTIONS_ENFANTS,
    CLAS_BATCH_COL_ACTIONS_PARENTS,
    CLAS_BATCH_COL_ACTIONS_ECOLE,
    CLAS_BATCH_COL_ACTIONS_TERRITOIRE,
    CLAS_BATCH_COL_HORS_TEMPS,
    CLAS_BATCH_COL_FLAGS,
    CLAS_BATCH_COL_SEANCES_PAR_SEMAINE,
    CLAS_BATCH_COL_MINUTES_PAR_SEANCE,
    CLAS_BATCH_COL_NB_SEMAINES,
    CLAS_BATCH_COL_VERDICT,
    CLAS_BATCH_COL_CODE,
    CLAS_BATCH_COL_PS,
    CLAS_BATCH_COL_BONUS,
    CLAS_BATCH_COL_TOTAL,
    CLAS_BATCH_COL_COUNT
} clas_swig_column;

/* Element size, signedness and name of each column; inputs come first. */
static const struct {
    unsigned char size, is_signed;
    const char *name;
} clas_swig_columns[CLAS_BATCH_COL_COUNT] = {
    {8, 1, "depenses"},        {8, 1, "autres_financements"}, {4, 1, "nb_enfants"},
    {4, 1, "nb_intervenants"}, {4, 0, "niveaux"},             {1, 0, "actions_enfants"},
    {1, 0, "actions_parents"}, {1, 0, "actions_ecole"},       {1, 0, "actions_territoire"},
    {1, 0, "hors_temps"},      {2, 0, "flags"},               {1, 0, "seances_par_semaine"},
    {2, 0, "minutes_par_seance"}, {1, 0, "nb_semaines"},      {1, 0, "verdict"},
    {4, 1, "code"},            {8, 1, "ps"},                  {8, 1, "bonus"},
    {8, 1, "total"},
};

typedef struct clas_swig_batch {
    size_t n;
    void *col[CLAS_BATCH_COL_COUNT];
    unsigned char given[CLAS_BATCH_COL_COUNT];
} clas_swig_batch;

static int clas_swig_column_ok(clas_swig_column col)
{
    if ((unsigned)col >= CLAS_BATCH_COL_COUNT) {
        clas_swig_set(CLAS_EINVAL, "batch", "batch: unknown column %d", (int)col);
        return 0;
    }
    return 1;
}

static int64_t clas_swig_cell(const clas_swig_batch *b, clas_swig_column col, size_t i)
{
    const void *p = b->col[col];
    switch (clas_swig_columns[col].size * 2 + clas_swig_columns[col].is_signed) {
    case 2: return ((const uint8_t *)p)[i];
    case 4: return ((const uint16_t *)p)[i];
    case 8: return ((const uint32_t *)p)[i];
    case 9: return ((const int32_t *)p)[i];
    default: return ((const int64_t *)p)[i];
    }
}

/* Stores @p v in an input column after checking it fits its C type. */
static int clas_swig_store(clas_swig_batch *b, clas_swig_column col, size_t i, int64_t v)
{
    void *p = b->col[col];
    unsigned size = clas_swig_columns[col].size;
    int64_t lo = clas_swig_columns[col].is_signed ? (size == 4 ? INT32_MIN : INT64_MIN) : 0;
    int64_t hi = size == 1 ? UINT8_MAX : size == 2 ? UINT16_MAX : size == 4 ? (lo ? INT32_MAX : (int64_t)UINT32_MAX)
                                                                            : INT64_MAX;
    if (v < lo || v > hi) {
        clas_swig_set(CLAS_ERANGE, clas_swig_columns[col].name, "batch column %s[%zu]: %lld is out of range",
                      clas_swig_columns[col].name, i, (long long)v);
        return -1;
    }
    switch (size * 2 + clas_swig_columns[col].is_signed) {
    case 2: ((uint8_t *)p)[i] = (uint8_t)v; break;
    case 4: ((uint16_t *)p)[i] = (uint16_t)v; break;
    case 8: ((uint32_t *)p)[i] = (uint32_t)v; break;
    case 9: ((int32_t *)p)[i] = (int32_t)v; break;
    default: ((int64_t *)p)[i] = v; break;
    }
    b->given[col] = 1;
    return 0;
}

static int clas_swig_input_column(clas_swig_column col)
{
    if (!clas_swig_column_ok(col))
        return 0;
    if (col >= CLAS_BATCH_COL_VERDICT) {
        clas_swig_set(CLAS_EINVAL, "batch", "batch: %s is an output column", clas_swig_columns[col].name);
        return 0;
    }
    return 1;
}

static int clas_swig_count_ok(const clas_swig_batch *b, size_t count)
{
    if (count != b->n) {
        clas_swig_set(CLAS_EINVAL, "batch", "batch: %zu values for %zu collectifs", count, b->n);
        return 0;
    }
    return 1;
}

static void clas_swig_batch_free(clas_swig_batch *b)
{
    if (b == NULL)
        return;
    for (int c = 0; c < CLAS_BATCH_COL_COUNT; c++)
        free(b->col[c]);
    free(b);
}

static void clas_swig_batch_run(clas_swig_batch *b, const clas_regles *regles, const char *annee_scolaire,
                                const char *departement, const clas_cadre *cadre)
{
    clas_batch_entrees in = CLAS_BATCH_ENTREES_INIT;
    clas_batch_sorties out = CLAS_BATCH_SORTIES_INIT;
    void *const *c = b->col;
    in.n = b->n;
    in.depenses = c[CLAS_BATCH_COL_DEPENSES];
    in.autres_financements = b->given[CLAS_BATCH_COL_AUTRES_FINANCEMENTS] ? c[CLAS_BATCH_COL_AUTRES_FINANCEMENTS] : NULL;
    in.nb_enfants = c[CLAS_BATCH_COL_NB_ENFANTS];
    in.nb_intervenants = c[CLAS_BATCH_COL_NB_INTERVENANTS];
    in.niveaux = b->given[CLAS_BATCH_COL_NIVEAUX] ? c[CLAS_BATCH_COL_NIVEAUX] : NULL;
    for (int a = 0; a < CLAS_AXE_COUNT; a++)
        in.actions_axe[a] = c[CLAS_BATCH_COL_ACTIONS_ENFANTS + a];
    in.hors_temps = b->given[CLAS_BATCH_COL_HORS_TEMPS] ? c[CLAS_BATCH_COL_HORS_TEMPS] : NULL;
    in.flags = b->given[CLAS_BATCH_COL_FLAGS] ? c[CLAS_BATCH_COL_FLAGS] : NULL;
    in.seances_par_semaine = b->given[CLAS_BATCH_COL_SEANCES_PAR_SEMAINE] ? c[CLAS_BATCH_COL_SEANCES_PAR_SEMAINE] : NULL;
    in.minutes_par_seance = b->given[CLAS_BATCH_COL_MINUTES_PAR_SEANCE] ? c[CLAS_BATCH_COL_MINUTES_PAR_SEANCE] : NULL;
    in.nb_semaines = b->given[CLAS_BATCH_COL_NB_SEMAINES] ? c[CLAS_BATCH_COL_NB_SEMAINES] : NULL;
    out.verdict = c[CLAS_BATCH_COL_VERDICT];
    out.code = c[CLAS_BATCH_COL_CODE];
    out.ps = c[CLAS_BATCH_COL_PS];
    out.bonus = c[CLAS_BATCH_COL_BONUS];
    out.total = c[CLAS_BATCH_COL_TOTAL];
    if (cadre != NULL) {
        const clas_bareme *bareme = NULL;
        if (clas_swig_check(clas_regles_find_bareme(&bareme, NULL, regles, annee_scolaire, 0)) == CLAS_OK)
            clas_swig_check(clas_batch_evaluate(&out, bareme, cadre, &in));
    } else {
        clas_swig_check(clas_batch_evaluate_regles(&out, regles, annee_scolaire, departement, &in));
    }
}

/* A row: one value per input column, in BatchColumn order; the outputs in
 * the same order (verdict, code, ps, bonus, total). */
enum {
    CLAS_SWIG_ROW_INPUTS = CLAS_BATCH_COL_VERDICT,
    CLAS_SWIG_ROW_OUTPUTS = CLAS_BATCH_COL_COUNT - CLAS_BATCH_COL_VERDICT
};

/* Evaluates one collectif as a batch of one whose columns are single cells
 * on the stack: no allocation, the range checks and library call of a
 * Batch. A row shorter than CLAS_SWIG_ROW_INPUTS leaves the trailing
 * columns as a new Batch has them (0, or the library's default for an
 * optional column), so rows written before a column was added still work. */
static void clas_swig_batch_one(const clas_regles *regles, const char *annee_scolaire, const char *departement,
                                const int64_t *row, size_t count, int64_t *result, size_t result_count)
{
    int64_t cells[CLAS_BATCH_COL_COUNT] = {0}; /* 8 bytes each: aligned for any column type */
    clas_swig_batch b = {.n = 1};
    if (count > CLAS_SWIG_ROW_INPUTS) {
        clas_swig_set(CLAS_EINVAL, "row", "row: %zu values for %d input columns", count, (int)CLAS_SWIG_ROW_INPUTS);
        return;
    }
    if (result_count != CLAS_SWIG_ROW_OUTPUTS) {
        clas_swig_set(CLAS_EINVAL, "row", "row: %zu result values, expected %d", result_count,
                      (int)CLAS_SWIG_ROW_OUTPUTS);
        return;
    }
    for (int c = 0; c < CLAS_BATCH_COL_COUNT; c++)
        b.col[c] = &cells[c];
    for (size_t i = 0; i < count; i++)
        if (clas_swig_store(&b, (clas_swig_column)i, 0, row[i]) != 0)
            return;
    clas_swig_batch_run(&b, regles, annee_scolaire, departement, NULL);
    if (clas_swig_status == CLAS_OK)
        for (int k = 0; k < CLAS_SWIG_ROW_OUTPUTS; k++)
            result[k] = clas_swig_cell(&b, (clas_swig_column)(CLAS_BATCH_COL_VERDICT + k), 0);
}
%}

/* The row of Batch.evaluate_one() is an input array like a column; its
 * result is returned as the language's array or list of
 * CLAS_SWIG_ROW_OUTPUTS values, except in Java and C#, which fill the
 * caller's long[] (their files add an overload returning a new one). Java
 * has its own pair: small arrays copied through the stack. */
#if !defined(SWIGJAVA)
%apply (clas_swig_i64 *in_values, size_t count) { (clas_swig_i64 *row, size_t count) };
#endif
#if defined(SWIGCSHARP)
%apply (clas_swig_i64 *values, size_t count) { (clas_swig_i64 *result, size_t result_count) };
#elif !defined(SWIGJAVA)
%typemap(in, numinputs=0) (clas_swig_i64 *result, size_t result_count) (clas_swig_i64 result_[CLAS_SWIG_ROW_OUTPUTS]) {
    $1 = result_;
    $2 = CLAS_SWIG_ROW_OUTPUTS;
}
%typemap(argout) (clas_swig_i64 *result, size_t result_count) = (clas_swig_i64 *values, size_t count);
#endif

typedef int64_t clas_swig_i64;

%rename(BatchColumn) clas_swig_column;
typedef enum clas_swig_column {
    CLAS_BATCH_COL_DEPENSES,
    CLAS_BATCH_COL_AUTRES_FINANCEMENTS,
    CLAS_BATCH_COL_NB_ENFANTS,
    CLAS_BATCH_COL_NB_INTERVENANTS,
    CLAS_BATCH_COL_NIVEAUX,
    CLAS_BATCH_COL_ACTIONS_ENFANTS,
    CLAS_BATCH_COL_ACTIONS_PARENTS,
    CLAS_BATCH_COL_ACTIONS_ECOLE,
    CLAS_BATCH_COL_ACTIONS_TERRITOIRE,
    CLAS_BATCH_COL_HORS_TEMPS,
    CLAS_BATCH_COL_FLAGS,
    CLAS_BATCH_COL_SEANCES_PAR_SEMAINE,
    CLAS_BATCH_COL_MINUTES_PAR_SEANCE,
    CLAS_BATCH_COL_NB_SEMAINES,
    CLAS_BATCH_COL_VERDICT,
    CLAS_BATCH_COL_CODE,
    CLAS_BATCH_COL_PS,
    CLAS_BATCH_COL_BONUS,
    CLAS_BATCH_COL_TOTAL,
    CLAS_BATCH_COL_COUNT
} clas_swig_column;

%rename(Batch) clas_swig_batch;
%nodefaultctor clas_swig_batch;
struct clas_swig_batch {};

%extend clas_swig_batch {
    /** @p n collectifs, every column 0 (optional inputs unset: library defaults). */
    clas_swig_batch(size_t n) {
        clas_swig_batch *b = calloc(1, sizeof *b);
        if (b != NULL) {
            b->n = n;
            for (int c = 0; c < CLAS_BATCH_COL_COUNT; c++)
                if ((b->col[c] = calloc(n ? n : 1, clas_swig_columns[c].size)) == NULL) {
                    clas_swig_batch_free(b);
                    b = NULL;
                    break;
                }
        }
        if (b == NULL)
            clas_swig_set(CLAS_ENOMEM, "batch", "out of memory");
        return b;
    }
    ~clas_swig_batch() { clas_swig_batch_free(self); }
    size_t swig_size() { return clas_swig_live(self, "batch") ? self->n : 0; }
    /** Sets an input column from an array of exactly size() values. */
    void swig_set(clas_swig_column column, clas_swig_i64 *in_values, size_t count) {
        if (!clas_swig_live(self, "batch") || !clas_swig_input_column(column) || !clas_swig_count_ok(self, count))
            return;
        for (size_t i = 0; i < count; i++)
            if (clas_swig_store(self, column, i, in_values[i]) != 0)
                return;
    }
    void swig_set_value(clas_swig_column column, size_t i, int64_t value) {
        if (!clas_swig_live(self, "batch") || !clas_swig_input_column(column))
            return;
        if (i >= self->n) {
            clas_swig_fail(CLAS_ENOTFOUND, "batch", i);
            return;
        }
        clas_swig_store(self, column, i, value);
    }
    /** Copies a column (input or output) into an array of size() values. */
    void swig_get(clas_swig_column column, clas_swig_i64 *values, size_t count) {
        if (!clas_swig_live(self, "batch") || !clas_swig_column_ok(column) || !clas_swig_count_ok(self, count))
            return;
        for (size_t i = 0; i < count; i++)
            values[i] = clas_swig_cell(self, column, i);
    }
    int64_t swig_value(clas_swig_column column, size_t i) {
        if (!clas_swig_live(self, "batch") || !clas_swig_column_ok(column))
            return 0;
        if (i >= self->n) {
            clas_swig_fail(CLAS_ENOTFOUND, "batch", i);
            return 0;
        }
        return clas_swig_cell(self, column, i);
    }
    /** Evaluates every row under the rule set's barème and cadre for a year and department. */
    void swig_evaluate(clas_swig_regles *regles, const char *annee_scolaire, const char *departement) {
        CLAS_ARG(const clas_regles, r, regles, );
        if (clas_swig_live(self, "batch"))
            clas_swig_batch_run(self, r, annee_scolaire, departement, NULL);
    }
    /** Evaluates every row under the year's barème of @p regles and the given cadre. */
    void swig_evaluate_cadre(clas_swig_regles *regles, const char *annee_scolaire, clas_swig_cadre *cadre) {
        CLAS_ARG(const clas_regles, r, regles, );
        CLAS_ARG(const clas_cadre, c, cadre, );
        if (!clas_swig_live(self, "batch"))
            return;
        if (c == NULL) {
            clas_swig_set(CLAS_EINVAL, "batch", "batch: NULL cadre");
            return;
        }
        clas_swig_batch_run(self, r, annee_scolaire, NULL, c);
    }
    /**
     * Evaluates one collectif in one call: @p row holds one value per
     * input column in BatchColumn order (depenses, autres_financements,
     * nb_enfants, nb_intervenants, niveaux, the four actions columns,
     * hors_temps, flags...), as a Batch of one would; missing trailing
     * values are unset columns. The result is (verdict, code, ps, bonus,
     * total), the output columns in their order.
     */
    static void swig_evaluate_one(clas_swig_regles *regles, const char *annee_scolaire, const char *departement,
                                  clas_swig_i64 *row, size_t count, clas_swig_i64 *result, size_t result_count) {
        CLAS_ARG(const clas_regles, r, regles, );
        clas_swig_batch_one(r, annee_scolaire, departement, row, count, result, result_count);
    }
}

%constant int BATCH_BONUS_ENFANTS_DEMANDE = CLAS_BATCH_BONUS_ENFANTS_DEMANDE;
%constant int BATCH_BONUS_ENFANTS_ACCORDE = CLAS_BATCH_BONUS_ENFANTS_ACCORDE;
%constant int BATCH_BONUS_PARENTS_DEMANDE = CLAS_BATCH_BONUS_PARENTS_DEMANDE;
%constant int BATCH_BONUS_PARENTS_ACCORDE = CLAS_BATCH_BONUS_PARENTS_ACCORDE;
%constant int BATCH_AGREE = CLAS_BATCH_AGREE;
%constant int BATCH_REFUSE = CLAS_BATCH_REFUSE;
%constant int BATCH_FINANCEMENTS_DECLARES = CLAS_BATCH_FINANCEMENTS_DECLARES;
%constant int BATCH_BONUS_ENFANTS_SANS_PROJET = CLAS_BATCH_BONUS_ENFANTS_SANS_PROJET;
%constant int BATCH_BONUS_PARENTS_SANS_PROJET = CLAS_BATCH_BONUS_PARENTS_SANS_PROJET;
%constant int BATCH_AIDE_DEVOIRS_SEULE = CLAS_BATCH_AIDE_DEVOIRS_SEULE;
%constant int BATCH_NO_CODE = CLAS_BATCH_NO_CODE;
/* Number of values in a row of Batch.evaluate_one(): inputs, and results. */
%constant int BATCH_ROW_INPUTS = CLAS_SWIG_ROW_INPUTS;
%constant int BATCH_ROW_OUTPUTS = CLAS_SWIG_ROW_OUTPUTS;
