/* SPDX-License-Identifier: Apache-2.0 */
/*
 * clas_batch.i - the batch API (clas/batch.h) on Python buffers, %included by clas.i.
 *
 * Columns are any objects with the buffer protocol (array.array, memoryview,
 * bytearray, numpy arrays): they are read and written in place, without
 * copies, and the GIL is released while the loop runs. The Pythonic entry
 * point is clas.batch.evaluate(); these are the low-level functions
 * clas._capi.batch_evaluate() and clas._capi.batch_ps().
 */
%{
#include <clas/batch.h>

/* Integer buffer formats: the size of each code, and whether it is signed. */
static int clas_swig_format_ok(const char *format, Py_ssize_t itemsize, size_t want_size, int want_signed)
{
    if (format == NULL)
        format = "B";
    if (*format == '@' || *format == '=' || *format == '<')
        format++;
    if (format[0] == '\0' || format[1] != '\0' || (size_t)itemsize != want_size)
        return 0;
    if (want_size == 1 && !want_signed && (*format == 'B' || *format == '?' || *format == 'c'))
        return 1;
    return strchr(want_signed ? "bhilq" : "BHILQ", *format) != NULL;
}

/* Takes column @p name from the dict @p columns into @p view (NULL when the
 * column is absent or None). Checks format, contiguity and length; *n is
 * set by the first column and checked against the others. */
static int clas_swig_py_column(Py_buffer *view, void **ptr, PyObject *columns, const char *name, size_t itemsize,
                            int is_signed, int writable, Py_ssize_t *n)
{
    *ptr = NULL;
    view->obj = NULL;
    PyObject *obj = PyDict_GetItemString(columns, name);
    if (obj == NULL || obj == Py_None)
        return 0;
    int flags = PyBUF_FORMAT | PyBUF_C_CONTIGUOUS | (writable ? PyBUF_WRITABLE : 0);
    if (PyObject_GetBuffer(obj, view, flags) != 0) {
        PyErr_Clear();
        view->obj = NULL;
        snprintf(clas_swig_message, sizeof clas_swig_message, "column %s: not a contiguous%s buffer", name,
                 writable ? " writable" : "");
        return -1;
    }
    if (!clas_swig_format_ok(view->format, view->itemsize, itemsize, is_signed)) {
        snprintf(clas_swig_message, sizeof clas_swig_message, "column %s: format '%s' is not %s%zu-bit integers",
                 name, view->format ? view->format : "B", is_signed ? "signed " : "unsigned ", itemsize * 8);
        return -1;
    }
    Py_ssize_t len = view->len / view->itemsize;
    if (*n < 0)
        *n = len;
    else if (len != *n) {
        snprintf(clas_swig_message, sizeof clas_swig_message, "column %s: %zd elements, expected %zd", name, len,
                 *n);
        return -1;
    }
    *ptr = view->buf;
    return 0;
}

/* Every input (12, actions included) and output (5) column. */
enum { CLAS_SWIG_BATCH_COLUMNS = 20 };

static void clas_swig_py_batch(const clas_regles *regles, const char *annee_scolaire, const char *departement,
                            const clas_cadre *cadre, PyObject *inputs, PyObject *outputs)
{
    if (!PyDict_Check(inputs) || !PyDict_Check(outputs)) {
        clas_swig_status = CLAS_EINVAL;
        snprintf(clas_swig_message, sizeof clas_swig_message, "inputs and outputs must be dicts of columns");
        return;
    }
    static const char *const axes[CLAS_AXE_COUNT] = {"actions_enfants", "actions_parents", "actions_ecole",
                                                     "actions_territoire"};
    Py_buffer views[CLAS_SWIG_BATCH_COLUMNS];
    size_t used = 0;
    Py_ssize_t n = -1;
    clas_batch_entrees in = CLAS_BATCH_ENTREES_INIT;
    clas_batch_sorties out = CLAS_BATCH_SORTIES_INIT;
    void *p[CLAS_SWIG_BATCH_COLUMNS];
    for (size_t i = 0; i < CLAS_SWIG_BATCH_COLUMNS; i++) {
        views[i].obj = NULL;
        p[i] = NULL;
    }
    int bad = 0;
#define CLAS_SWIG_COL(dict, name, size, sign, w)                                                                   \
    (bad = bad || clas_swig_py_column(&views[used], &p[used], dict, name, size, sign, w, &n), p[used++])
    in.depenses = CLAS_SWIG_COL(inputs, "depenses", 8, 1, 0);
    in.autres_financements = CLAS_SWIG_COL(inputs, "autres_financements", 8, 1, 0);
    in.nb_enfants = CLAS_SWIG_COL(inputs, "nb_enfants", 4, 1, 0);
    in.nb_intervenants = CLAS_SWIG_COL(inputs, "nb_intervenants", 4, 1, 0);
    in.niveaux = CLAS_SWIG_COL(inputs, "niveaux", 4, 0, 0);
    for (int a = 0; a < CLAS_AXE_COUNT; a++)
        in.actions_axe[a] = CLAS_SWIG_COL(inputs, axes[a], 1, 0, 0);
    in.hors_temps = CLAS_SWIG_COL(inputs, "hors_temps", 1, 0, 0);
    in.flags = CLAS_SWIG_COL(inputs, "flags", 2, 0, 0);
    in.seances_par_semaine = CLAS_SWIG_COL(inputs, "seances_par_semaine", 1, 0, 0);
    in.minutes_par_seance = CLAS_SWIG_COL(inputs, "minutes_par_seance", 2, 0, 0);
    in.nb_semaines = CLAS_SWIG_COL(inputs, "nb_semaines", 1, 0, 0);
    /* "actions": n × 4, so its length is checked apart. */
    Py_ssize_t n4 = n < 0 ? -1 : 4 * n;
    bad = bad || clas_swig_py_column(&views[used], &p[used], inputs, "actions", 1, 0, 0, &n4);
    in.actions = p[used++];
    out.verdict = CLAS_SWIG_COL(outputs, "verdict", 1, 0, 1);
    out.code = CLAS_SWIG_COL(outputs, "code", 4, 1, 1);
    out.ps = CLAS_SWIG_COL(outputs, "ps", 8, 1, 1);
    out.bonus = CLAS_SWIG_COL(outputs, "bonus", 8, 1, 1);
    out.total = CLAS_SWIG_COL(outputs, "total", 8, 1, 1);
#undef CLAS_SWIG_COL
    if (!bad && in.actions && n >= 0 && n4 != 4 * n) {
        bad = 1;
        snprintf(clas_swig_message, sizeof clas_swig_message, "column actions: %zd elements, expected 4 x %zd", n4,
                 n);
    }
    if (bad) {
        clas_swig_status = CLAS_EINVAL;
    } else {
        in.n = n < 0 ? (in.actions ? (size_t)n4 / 4 : 0) : (size_t)n;
        int st;
        Py_BEGIN_ALLOW_THREADS
        if (cadre) {
            const clas_bareme *bareme = NULL;
            st = clas_regles_find_bareme(&bareme, NULL, regles, annee_scolaire, 0);
            if (st == CLAS_OK)
                st = clas_batch_evaluate(&out, bareme, cadre, &in);
        } else {
            st = clas_batch_evaluate_regles(&out, regles, annee_scolaire, departement, &in);
        }
        Py_END_ALLOW_THREADS
        clas_swig_check(st);
    }
    for (size_t i = 0; i < used; i++)
        if (views[i].obj != NULL)
            PyBuffer_Release(&views[i]);
}

static void clas_swig_batch_ps(const clas_bareme *bareme, PyObject *depenses, PyObject *ps)
{
    PyObject *cols = PyDict_New();
    if (cols == NULL) {
        clas_swig_status = CLAS_ENOMEM;
        return;
    }
    PyDict_SetItemString(cols, "depenses", depenses);
    PyDict_SetItemString(cols, "ps", ps);
    Py_buffer in_view, out_view;
    in_view.obj = out_view.obj = NULL;
    void *in_ptr = NULL, *out_ptr = NULL;
    Py_ssize_t n = -1;
    int bad = clas_swig_py_column(&in_view, &in_ptr, cols, "depenses", 8, 1, 0, &n) ||
              clas_swig_py_column(&out_view, &out_ptr, cols, "ps", 8, 1, 1, &n);
    if (bad || in_ptr == NULL || out_ptr == NULL) {
        clas_swig_status = CLAS_EINVAL;
        if (!bad)
            snprintf(clas_swig_message, sizeof clas_swig_message, "depenses and ps columns are required");
    } else {
        int st;
        Py_BEGIN_ALLOW_THREADS
        st = clas_batch_ps(out_ptr, bareme, in_ptr, (size_t)n);
        Py_END_ALLOW_THREADS
        clas_swig_check(st);
    }
    if (in_view.obj != NULL)
        PyBuffer_Release(&in_view);
    if (out_view.obj != NULL)
        PyBuffer_Release(&out_view);
    Py_DECREF(cols);
}
%}

%inline %{
/** Evaluates columns of collectifs (clas_batch_evaluate_regles(), or
 * clas_batch_evaluate() under @p cadre when it is given). @p inputs and
 * @p outputs are dicts of buffers: depenses (int64), autres_financements
 * (int64), nb_enfants (int32), nb_intervenants (int32), niveaux (uint32),
 * actions (uint8, n x 4) or actions_enfants/parents/ecole/territoire
 * (uint8), hors_temps (uint8), flags (uint16), seances_par_semaine (uint8),
 * minutes_par_seance (uint16), nb_semaines (uint8); verdict (uint8), code
 * (int32), ps, bonus, total (int64). */
void swig_batch_evaluate(clas_swig_regles *regles, const char *annee_scolaire, const char *departement,
                         clas_swig_cadre *cadre, PyObject *inputs, PyObject *outputs)
{
    CLAS_ARG(const clas_regles, r, regles, );
    CLAS_ARG(const clas_cadre, c, cadre, );
    clas_swig_py_batch(r, annee_scolaire, departement, c, inputs, outputs);
}

/** R-PS over a column of expenses (int64 buffer) into a writable int64 buffer. */
void swig_batch_ps(clas_swig_bareme *bareme, PyObject *depenses, PyObject *ps)
{
    CLAS_ARG(const clas_bareme, b, bareme, );
    clas_swig_batch_ps(b, depenses, ps);
}
%}
