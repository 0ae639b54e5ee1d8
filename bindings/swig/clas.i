/* SPDX-License-Identifier: Apache-2.0 */
/*
 * clas.i - the one SWIG interface of libclas, shared by every target language.
 *
 * It wraps the public headers only. Each opaque type becomes a class whose
 * methods call the C API; a failing call raises the language's exception
 * (see %exception below). Objects returned by factories belong to the
 * caller (%newobject); objects borrowed from a parent (a collectif from its
 * dossier, a constat from its evaluation...) are never freed by the wrapper
 * and, in Python, keep their parent alive.
 *
 * In Python this is the low-level module clas._capi (C extension
 * clas._clas); the Pythonic API is the hand-written package clas.
 */
#if defined(SWIGPYTHON)
%module(package="clas", docstring="Low-level SWIG wrapper of libclas; use the clas package instead.") _capi
#else
%module clas
#endif

%{
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <clas.h>

/* Status of the current wrapped call: set by the method bodies below,
 * turned into an exception by %exception. Thread-local, like the
 * library's own last error. */
static _Thread_local int clas_swig_status = CLAS_OK;
/* Message for errors detected by the wrapper itself (index out of range);
 * empty when the library raised the error (its last error has the detail). */
static _Thread_local char clas_swig_message[256];

static int clas_swig_check(int rc) {
    if (rc < 0) {
        clas_swig_status = rc;
        clas_swig_message[0] = '\0';
    }
    return rc;
}

static void clas_swig_fail(int code, const char *what, size_t index) {
    clas_swig_status = code;
    snprintf(clas_swig_message, sizeof clas_swig_message, "%s: index %zu out of range", what, index);
}

static const char *clas_swig_error_message(int code) {
    if (clas_swig_message[0] != '\0')
        return clas_swig_message;
    if (clas_error_last_code() == code && clas_error_last_message()[0] != '\0')
        return clas_error_last_message();
    return clas_strerror(code);
}

static const char *clas_swig_error_location(int code) {
    if (clas_swig_message[0] == '\0' && clas_error_last_code() == code)
        return clas_error_last_location();
    return "";
}

/* snprintf-style formatters write into one growing thread-local buffer;
 * the wrapper copies the text into a language string right away. */
static _Thread_local char *clas_swig_text;
static _Thread_local size_t clas_swig_text_size;

static char *clas_swig_text_buffer(size_t need) {
    if (need + 1 > clas_swig_text_size) {
        char *p = realloc(clas_swig_text, need + 1);
        if (p == NULL)
            return NULL;
        clas_swig_text = p;
        clas_swig_text_size = need + 1;
    }
    return clas_swig_text;
}
%}

%include <stdint.i>
%include <exception.i>

#if defined(SWIGPYTHON)
%{
/* Raises the exception class of clas.errors matching the status, carrying
 * code, message and location; falls back to ValueError if the package
 * layer cannot be imported. */
static void clas_swig_raise(int code) {
    const char *msg = clas_swig_error_message(code);
    const char *loc = clas_swig_error_location(code);
    PyObject *mod = PyImport_ImportModule("clas.errors");
    if (mod != NULL) {
        PyObject *m = PyUnicode_DecodeUTF8(msg, (Py_ssize_t)strlen(msg), "replace");
        PyObject *l = PyUnicode_DecodeUTF8(loc, (Py_ssize_t)strlen(loc), "replace");
        PyObject *exc = NULL;
        if (m != NULL && l != NULL)
            exc = PyObject_CallMethod(mod, "_from_status", "iOO", code, m, l);
        Py_XDECREF(m);
        Py_XDECREF(l);
        Py_DECREF(mod);
        if (exc != NULL) {
            PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
            Py_DECREF(exc);
            return;
        }
        if (PyErr_Occurred())
            return;
    }
    PyErr_Clear();
    PyErr_Format(code == CLAS_ENOMEM ? PyExc_MemoryError : PyExc_ValueError, "%s (%s)", msg, clas_status_name(code));
}
%}

/* Documents are passed as bytes (or str, encoded as UTF-8) with their length. */
%typemap(in) (const char *json, size_t len) (Py_buffer view, int has_view = 0) {
    if (PyUnicode_Check($input)) {
        Py_ssize_t n = 0;
        const char *s = PyUnicode_AsUTF8AndSize($input, &n);
        if (s == NULL)
            SWIG_fail;
        $1 = (char *)s;
        $2 = (size_t)n;
    } else if (PyObject_GetBuffer($input, &view, PyBUF_SIMPLE) == 0) {
        has_view = 1;
        $1 = (char *)view.buf;
        $2 = (size_t)view.len;
    } else {
        SWIG_exception_fail(SWIG_TypeError, "a document must be str or bytes");
    }
}
%typemap(freearg) (const char *json, size_t len) {
    if (has_view$argnum)
        PyBuffer_Release(&view$argnum);
}
%typemap(typecheck, precedence=SWIG_TYPECHECK_STRING) (const char *json, size_t len) {
    $1 = PyUnicode_Check($input) || PyObject_CheckBuffer($input);
}

/* Borrowed objects keep their parent alive, so that releasing objects in
 * any order is safe. */
%define CLAS_BORROWED(method)
%pythonappend method %{
    if val is not None:
        object.__setattr__(val, "_parent", self)
%}
%enddef
#else
%apply (char *STRING, size_t LENGTH) { (const char *json, size_t len) };
%define CLAS_BORROWED(method)
%enddef
#endif

#if defined(SWIGLUA)
%typemap(in, checkfn="lua_isinteger") int64_t "$1 = (int64_t)lua_tointeger(L, $input);"
%typemap(out) int64_t "lua_pushinteger(L, (lua_Integer)$1); SWIG_arg++;"
#endif

/* Every wrapped call: reset the status, run, raise if the body failed. */
%exception {
    clas_swig_status = CLAS_OK;
    clas_swig_message[0] = '\0';
    $action
    if (clas_swig_status < 0) {
        int st_ = clas_swig_status;
        clas_swig_status = CLAS_OK;
#if defined(SWIGPYTHON)
        clas_swig_raise(st_);
        SWIG_fail;
#elif defined(SWIGLUA)
        lua_pushfstring(L, "%s: %s", clas_status_name(st_), clas_swig_error_message(st_));
        SWIG_fail;
#else
        SWIG_exception(st_ == CLAS_ENOMEM ? SWIG_MemoryError :
                       st_ == CLAS_EIO ? SWIG_IOError :
                       (st_ == CLAS_ERANGE || st_ == CLAS_EOVERFLOW) ? SWIG_OverflowError :
                       st_ == CLAS_ESTATE ? SWIG_RuntimeError : SWIG_ValueError,
                       clas_swig_error_message(st_));
#endif
    }
}

/* Strings returned by *_to_json() belong to the caller. */
%typemap(newfree) char * "clas_free($1);";

/* The raw C functions are replaced by the classes below; only the
 * stateless helpers (names of enumerations, versions, errors) stay. */
%rename("$ignore", regextarget=1, %$isfunction)
  "^clas_(?!((niveau|axe|action|porteur_type|bonus|severity|regle|rounding|date_kind|seuil|champ|decision|bilan_champ|verdict|statut|montant|code|unite|rapport_total|label_kind)_(name|label|axe|id|source|regle)|label|label_count|strerror|status_name|version_string|version_number|error_last_code|error_last_message|error_last_location|error_last_id|error_last_num_args|error_last_arg_name|error_last_arg_type|error_last_arg_text|error_last_arg_value|error_clear)$)";
/* Methods are written swig_<name> (so that the C helpers SWIG generates do
 * not collide with the library's clas_<type>_<name>) and exposed as <name>. */
%rename("%(strip:[swig_])s", regextarget=1) "^swig_";

%rename(Bareme) clas_bareme;
%rename(Cadre) clas_cadre;
%rename(Regles) clas_regles;
%rename(ReglesBuilder) clas_regles_builder;
%rename(Dossier) clas_dossier;
%rename(Porteur) clas_porteur;
%rename(Collectif) clas_collectif;
%rename(Campagne) clas_campagne;
%rename(Rapport) clas_rapport;
%rename(Evaluation) clas_evaluation;
%rename(Constat) clas_constat;
%rename(Etape) clas_etape;

/* Member-less definitions so that SWIG makes proxy classes; constructors
 * and destructors come from %extend, SWIG never does sizeof(). */
struct clas_bareme {};
struct clas_cadre {};
struct clas_regles {};
struct clas_regles_builder {};
struct clas_dossier {};
struct clas_campagne {};
struct clas_evaluation {};
%nodefaultctor clas_porteur;    %nodefaultdtor clas_porteur;
%nodefaultctor clas_collectif;  %nodefaultdtor clas_collectif;
%nodefaultctor clas_constat;    %nodefaultdtor clas_constat;
%nodefaultctor clas_etape;      %nodefaultdtor clas_etape;
%nodefaultctor clas_rapport;
struct clas_porteur {};
struct clas_collectif {};
struct clas_constat {};
struct clas_etape {};
struct clas_rapport {};

#define CLAS_API
%include <clas/common.h>
%include <clas/regles.h>
%include <clas/dossier.h>
%include <clas/evaluation.h>
%include <clas/campagne.h>
%include <clas/json.h>
%include <clas/labels.h>

%newobject clas_bareme::swig_copy;
%newobject clas_cadre::swig_copy;
%newobject clas_regles::swig_to_json;
%newobject clas_regles_builder::swig_build;
%newobject clas_dossier::swig_copy;
%newobject clas_dossier::swig_to_json;
%newobject clas_dossier::swig_from_json;
%newobject clas_dossier::swig_from_json_file;
%newobject clas_dossier::swig_evaluate;
%newobject clas_campagne::swig_to_json;
%newobject clas_campagne::swig_from_json;
%newobject clas_campagne::swig_from_json_file;
%newobject clas_campagne::swig_rapport;
%newobject clas_rapport::swig_to_json;
%newobject clas_evaluation::swig_to_json;
%newobject clas_evaluation::swig_regles;

CLAS_BORROWED(clas_regles::swig_bareme)
CLAS_BORROWED(clas_regles::swig_cadre)
CLAS_BORROWED(clas_regles::swig_find_bareme)
CLAS_BORROWED(clas_regles::swig_find_cadre)
CLAS_BORROWED(clas_dossier::swig_porteur)
CLAS_BORROWED(clas_dossier::swig_add_collectif)
CLAS_BORROWED(clas_dossier::swig_collectif)
CLAS_BORROWED(clas_dossier::swig_find_collectif)
CLAS_BORROWED(clas_campagne::swig_cadre)
CLAS_BORROWED(clas_campagne::swig_add_dossier)
CLAS_BORROWED(clas_campagne::swig_dossier)
CLAS_BORROWED(clas_rapport::swig_evaluation)
CLAS_BORROWED(clas_evaluation::swig_bareme)
CLAS_BORROWED(clas_evaluation::swig_cadre)
CLAS_BORROWED(clas_evaluation::swig_constat)
CLAS_BORROWED(clas_evaluation::swig_collectif_constat)
CLAS_BORROWED(clas_evaluation::swig_etape)

%extend clas_bareme {
    /** Creates an empty barème for a school year ("2025-2026"). */
    clas_bareme(const char *annee_scolaire) {
        clas_bareme *b = NULL;
        clas_swig_check(clas_bareme_new(&b, annee_scolaire));
        return b;
    }
    ~clas_bareme() { clas_bareme_free($self); }
    /** Deep copy, owned by the caller. */
    clas_bareme *swig_copy() {
        clas_bareme *b = NULL;
        clas_swig_check(clas_bareme_copy(&b, $self));
        return b;
    }
    const char *swig_annee_scolaire() { return clas_bareme_get_annee_scolaire($self); }
    /** Rate in millionths (330000 = 33 %). */
    int64_t swig_taux() { return clas_bareme_get_taux($self); }
    void swig_set_taux(int64_t taux) { clas_swig_check(clas_bareme_set_taux($self, taux)); }
    int64_t swig_prix_plafond() { return clas_bareme_get_prix_plafond($self); }
    void swig_set_prix_plafond(int64_t cents) { clas_swig_check(clas_bareme_set_prix_plafond($self, cents)); }
    int64_t swig_ps_max() { return clas_bareme_get_ps_max($self); }
    void swig_set_ps_max(int64_t cents) { clas_swig_check(clas_bareme_set_ps_max($self, cents)); }
    int64_t swig_bonus(int bonus) { return clas_bareme_get_bonus($self, (clas_bonus)bonus); }
    void swig_set_bonus(int bonus, int64_t cents) {
        clas_swig_check(clas_bareme_set_bonus($self, (clas_bonus)bonus, cents));
    }
    int swig_rounding() { return (int)clas_bareme_get_rounding($self); }
    void swig_set_rounding(int rounding) {
        clas_swig_check(clas_bareme_set_rounding($self, (clas_rounding)rounding));
    }
    void swig_set_source(const char *titre, const char *section, const char *url) {
        clas_swig_check(clas_bareme_set_source($self, titre, section, url));
    }
    const char *swig_source_titre() { return clas_bareme_get_source_titre($self); }
    const char *swig_source_section() { return clas_bareme_get_source_section($self); }
    const char *swig_source_url() { return clas_bareme_get_source_url($self); }
    /** Checks the barème as a whole; raises on inconsistent data. */
    void swig_validate() { clas_swig_check(clas_bareme_validate($self)); }
    /** The Ps of R-PS for given expenses (cents), without any check. */
    int64_t swig_compute_ps(int64_t depenses) {
        clas_cents ps = 0;
        clas_swig_check(clas_bareme_compute_ps(&ps, $self, depenses));
        return ps;
    }
}

%extend clas_cadre {
    /** Creates a cadre with the national defaults for a department ("51" or "national"). */
    clas_cadre(const char *departement, const char *annee_scolaire) {
        clas_cadre *c = NULL;
        clas_swig_check(clas_cadre_new(&c, departement, annee_scolaire));
        return c;
    }
    ~clas_cadre() { clas_cadre_free($self); }
    clas_cadre *swig_copy() {
        clas_cadre *c = NULL;
        clas_swig_check(clas_cadre_copy(&c, $self));
        return c;
    }
    const char *swig_departement() { return clas_cadre_get_departement($self); }
    const char *swig_annee_scolaire() { return clas_cadre_get_annee_scolaire($self); }
    const char *swig_nom() { return clas_cadre_get_nom($self); }
    void swig_set_nom(const char *nom) { clas_swig_check(clas_cadre_set_nom($self, nom)); }
    const char *swig_date(int kind) { return clas_cadre_get_date($self, (clas_date_kind)kind); }
    void swig_set_date(int kind, const char *date) {
        clas_swig_check(clas_cadre_set_date($self, (clas_date_kind)kind, date));
    }
    int64_t swig_seuil(int seuil) { return clas_cadre_get_seuil($self, (clas_seuil)seuil); }
    void swig_set_seuil(int seuil, int64_t value) {
        clas_swig_check(clas_cadre_set_seuil($self, (clas_seuil)seuil, value));
    }
    int swig_severity(int regle) { return (int)clas_cadre_get_severity($self, (clas_regle)regle); }
    void swig_set_severity(int regle, int severity) {
        clas_swig_check(clas_cadre_set_severity($self, (clas_regle)regle, (clas_severity)severity));
    }
    void swig_set_source(const char *titre, const char *section, const char *url) {
        clas_swig_check(clas_cadre_set_source($self, titre, section, url));
    }
    const char *swig_source_titre() { return clas_cadre_get_source_titre($self); }
    const char *swig_source_section() { return clas_cadre_get_source_section($self); }
    const char *swig_source_url() { return clas_cadre_get_source_url($self); }
    void swig_validate() { clas_swig_check(clas_cadre_validate($self)); }
}

%extend clas_regles_builder {
    clas_regles_builder() {
        clas_regles_builder *b = NULL;
        clas_swig_check(clas_regles_builder_new(&b));
        return b;
    }
    ~clas_regles_builder() { clas_regles_builder_free($self); }
    void swig_add_bareme(const clas_bareme *bareme, unsigned flags = 0) {
        clas_swig_check(clas_regles_builder_add_bareme($self, bareme, flags));
    }
    void swig_add_cadre(const clas_cadre *cadre, unsigned flags = 0) {
        clas_swig_check(clas_regles_builder_add_cadre($self, cadre, flags));
    }
    /** Adds the rule data compiled into the library. */
    void swig_add_defaults(unsigned flags = 0) {
        clas_swig_check(clas_regles_builder_add_defaults($self, flags));
    }
    /** Adds the barèmes and cadres of a "clas-regles/1" document. */
    void swig_add_json(const char *json, size_t len, const char *origin = NULL, unsigned flags = 0) {
        clas_swig_check(clas_regles_builder_add_json($self, json, len, origin, flags));
    }
    void swig_add_json_file(const char *path, unsigned flags = 0) {
        clas_swig_check(clas_regles_builder_add_json_file($self, path, flags));
    }
    /** Builds the immutable rule set; the builder stays usable. */
    clas_regles *swig_build() {
        clas_regles *r = NULL;
        clas_swig_check(clas_regles_builder_build(&r, $self));
        return r;
    }
}

%extend clas_regles {
    /** The embedded default rule set (every shipped barème and cadre). */
    clas_regles() {
        clas_regles *r = NULL;
        clas_swig_check(clas_regles_new_default(&r));
        return r;
    }
    ~clas_regles() { clas_regles_unref($self); }
    size_t swig_num_baremes() { return clas_regles_num_baremes($self); }
    clas_bareme *swig_bareme(size_t i) {
        const clas_bareme *b = clas_regles_get_bareme($self, i);
        if (b == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "barème", i);
        return (clas_bareme *)b;
    }
    size_t swig_num_cadres() { return clas_regles_num_cadres($self); }
    clas_cadre *swig_cadre(size_t i) {
        const clas_cadre *c = clas_regles_get_cadre($self, i);
        if (c == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "cadre", i);
        return (clas_cadre *)c;
    }
    /** The barème of a school year (flags: CLAS_CARRY_FORWARD); borrowed. */
    clas_bareme *swig_find_bareme(const char *annee_scolaire, unsigned flags = 0) {
        const clas_bareme *b = NULL;
        clas_swig_check(clas_regles_find_bareme(&b, NULL, $self, annee_scolaire, flags));
        return (clas_bareme *)b;
    }
    /** The cadre for a department and year (its own, else the national one); borrowed. */
    clas_cadre *swig_find_cadre(const char *departement, const char *annee_scolaire) {
        const clas_cadre *c = NULL;
        clas_swig_check(clas_regles_find_cadre(&c, $self, departement, annee_scolaire));
        return (clas_cadre *)c;
    }
    /** SHA-256 (hex) of the rule set's canonical content. */
    const char *swig_hash() { return clas_regles_hash($self); }
    char *swig_to_json(unsigned flags = 0) {
        char *s = NULL;
        clas_swig_check(clas_regles_to_json(&s, $self, flags));
        return s;
    }
}

%extend clas_dossier {
    /** Creates an empty dossier for a school year ("2025-2026"). */
    clas_dossier(const char *annee_scolaire) {
        clas_dossier *d = NULL;
        clas_swig_check(clas_dossier_new(&d, annee_scolaire));
        return d;
    }
    ~clas_dossier() { clas_dossier_free($self); }
    static clas_dossier *swig_from_json(const char *json, size_t len, const char *origin = NULL) {
        clas_dossier *d = NULL;
        clas_swig_check(clas_dossier_from_json(&d, json, len, origin));
        return d;
    }
    static clas_dossier *swig_from_json_file(const char *path) {
        clas_dossier *d = NULL;
        clas_swig_check(clas_dossier_from_json_file(&d, path));
        return d;
    }
    char *swig_to_json(unsigned flags = 0) {
        char *s = NULL;
        clas_swig_check(clas_dossier_to_json(&s, $self, flags));
        return s;
    }
    clas_dossier *swig_copy() {
        clas_dossier *d = NULL;
        clas_swig_check(clas_dossier_copy(&d, $self));
        return d;
    }
    /** Structural equality: every field, collectifs in order. */
    bool swig_equal(const clas_dossier *other) { return clas_dossier_equal($self, other) == 1; }
    const char *swig_annee_scolaire() { return clas_dossier_get_annee_scolaire($self); }
    const char *swig_id() { return clas_dossier_get_id($self); }
    void swig_set_id(const char *id) { clas_swig_check(clas_dossier_set_id($self, id)); }
    const char *swig_departement() { return clas_dossier_get_departement($self); }
    void swig_set_departement(const char *dep) { clas_swig_check(clas_dossier_set_departement($self, dep)); }
    const char *swig_date_depot() { return clas_dossier_get_date_depot($self); }
    void swig_set_date_depot(const char *date) { clas_swig_check(clas_dossier_set_date_depot($self, date)); }
    clas_porteur *swig_porteur() { return clas_dossier_get_porteur($self); }
    /** Adds a new, empty collectif; returns it, borrowed from the dossier. */
    clas_collectif *swig_add_collectif(const char *id) {
        clas_collectif *c = NULL;
        clas_swig_check(clas_dossier_add_collectif(&c, $self, id));
        return c;
    }
    size_t swig_num_collectifs() { return clas_dossier_num_collectifs($self); }
    clas_collectif *swig_collectif(size_t i) {
        clas_collectif *c = clas_dossier_get_collectif($self, i);
        if (c == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "collectif", i);
        return c;
    }
    clas_collectif *swig_find_collectif(const char *id) {
        clas_collectif *c = NULL;
        clas_swig_check(clas_dossier_find_collectif(&c, $self, id));
        return c;
    }
    /** Evaluates the dossier (cadre may be NULL; flags CLAS_EVAL_TRACE, CLAS_CARRY_FORWARD). */
    clas_evaluation *swig_evaluate(const clas_regles *regles, const clas_cadre *cadre = NULL, unsigned flags = 0) {
        clas_evaluation *e = NULL;
        clas_swig_check(clas_evaluate(&e, regles, cadre, $self, flags));
        return e;
    }
}

%extend clas_porteur {
    const char *swig_id() { return clas_porteur_get_id($self); }
    void swig_set_id(const char *id) { clas_swig_check(clas_porteur_set_id($self, id)); }
    const char *swig_nom() { return clas_porteur_get_nom($self); }
    void swig_set_nom(const char *nom) { clas_swig_check(clas_porteur_set_nom($self, nom)); }
    int swig_type() { return (int)clas_porteur_get_type($self); }
    void swig_set_type(int type) { clas_swig_check(clas_porteur_set_type($self, (clas_porteur_type)type)); }
    const char *swig_commune() { return clas_porteur_get_commune($self); }
    void swig_set_commune(const char *commune) { clas_swig_check(clas_porteur_set_commune($self, commune)); }
}

%extend clas_collectif {
    const char *swig_id() { return clas_collectif_get_id($self); }
    const char *swig_nom() { return clas_collectif_get_nom($self); }
    void swig_set_nom(const char *nom) { clas_swig_check(clas_collectif_set_nom($self, nom)); }
    void swig_add_niveau(int niveau) { clas_swig_check(clas_collectif_add_niveau($self, (clas_niveau)niveau)); }
    void swig_remove_niveau(int niveau) {
        clas_swig_check(clas_collectif_remove_niveau($self, (clas_niveau)niveau));
    }
    bool swig_has_niveau(int niveau) { return clas_collectif_has_niveau($self, (clas_niveau)niveau) == 1; }
    /** Levels as a bit mask (bit n = niveau n). */
    uint32_t swig_niveaux() { return clas_collectif_get_niveaux($self); }
    void swig_set_niveaux(uint32_t mask) { clas_swig_check(clas_collectif_set_niveaux($self, mask)); }
    /** An integer field (CLAS_CHAMP_*). */
    int64_t swig_get(int champ) { return clas_collectif_get($self, (clas_champ)champ); }
    void swig_set(int champ, int64_t value) { clas_swig_check(clas_collectif_set($self, (clas_champ)champ, value)); }
    int64_t swig_depenses() { return clas_collectif_get_depenses($self); }
    void swig_set_depenses(int64_t cents) { clas_swig_check(clas_collectif_set_depenses($self, cents)); }
    void swig_add_financement(const char *libelle, int64_t cents) {
        clas_swig_check(clas_collectif_add_financement($self, libelle, cents));
    }
    size_t swig_num_financements() { return clas_collectif_num_financements($self); }
    const char *swig_financement_libelle(size_t i) {
        const char *s = clas_collectif_get_financement_libelle($self, i);
        if (s == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "financement", i);
        return s;
    }
    int64_t swig_financement_montant(size_t i) { return clas_collectif_get_financement_montant($self, i); }
    void swig_add_action(int action, const char *texte = NULL) {
        clas_swig_check(clas_collectif_add_action($self, (clas_action)action, texte));
    }
    size_t swig_num_actions() { return clas_collectif_num_actions($self); }
    int swig_action(size_t i) {
        if (i >= clas_collectif_num_actions($self))
            clas_swig_fail(CLAS_ENOTFOUND, "action", i);
        return (int)clas_collectif_get_action($self, i);
    }
    const char *swig_action_texte(size_t i) {
        const char *s = clas_collectif_get_action_texte($self, i);
        if (s == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "action", i);
        return s;
    }
    size_t swig_num_actions_axe(int axe) { return clas_collectif_num_actions_axe($self, (clas_axe)axe); }
    void swig_set_bonus_demande(int bonus, bool requested, const char *projet = NULL) {
        clas_swig_check(clas_collectif_set_bonus_demande($self, (clas_bonus)bonus, requested ? 1 : 0, projet));
    }
    bool swig_bonus_demande(int bonus) { return clas_collectif_get_bonus_demande($self, (clas_bonus)bonus) == 1; }
    const char *swig_bonus_projet(int bonus) { return clas_collectif_get_bonus_projet($self, (clas_bonus)bonus); }
    void swig_set_decision(int decision, const char *motif = NULL) {
        clas_swig_check(clas_collectif_set_decision($self, (clas_decision)decision, motif));
    }
    int swig_decision() { return (int)clas_collectif_get_decision($self); }
    const char *swig_decision_motif() { return clas_collectif_get_decision_motif($self); }
    void swig_set_bonus_accorde(int bonus, bool granted) {
        clas_swig_check(clas_collectif_set_bonus_accorde($self, (clas_bonus)bonus, granted ? 1 : 0));
    }
    bool swig_bonus_accorde(int bonus) { return clas_collectif_get_bonus_accorde($self, (clas_bonus)bonus) == 1; }
    int64_t swig_acomptes_verses() { return clas_collectif_get_acomptes_verses($self); }
    void swig_set_acomptes_verses(int64_t cents) {
        clas_swig_check(clas_collectif_set_acomptes_verses($self, cents));
    }
    void swig_set_bilan(int champ, int64_t value) {
        clas_swig_check(clas_collectif_set_bilan($self, (clas_bilan_champ)champ, value));
    }
    int64_t swig_bilan(int champ) { return clas_collectif_get_bilan($self, (clas_bilan_champ)champ); }
    bool swig_has_bilan() { return clas_collectif_has_bilan($self) == 1; }
    void swig_clear_bilan() { clas_collectif_clear_bilan($self); }
}

%extend clas_campagne {
    /** Creates an empty campaign for a department and school year. */
    clas_campagne(const char *departement, const char *annee_scolaire) {
        clas_campagne *c = NULL;
        clas_swig_check(clas_campagne_new(&c, departement, annee_scolaire));
        return c;
    }
    ~clas_campagne() { clas_campagne_free($self); }
    static clas_campagne *swig_from_json(const char *json, size_t len, const char *origin = NULL) {
        clas_campagne *c = NULL;
        clas_swig_check(clas_campagne_from_json(&c, json, len, origin));
        return c;
    }
    static clas_campagne *swig_from_json_file(const char *path) {
        clas_campagne *c = NULL;
        clas_swig_check(clas_campagne_from_json_file(&c, path));
        return c;
    }
    char *swig_to_json(unsigned flags = 0) {
        char *s = NULL;
        clas_swig_check(clas_campagne_to_json(&s, $self, flags));
        return s;
    }
    const char *swig_departement() { return clas_campagne_get_departement($self); }
    const char *swig_annee_scolaire() { return clas_campagne_get_annee_scolaire($self); }
    const char *swig_nom() { return clas_campagne_get_nom($self); }
    void swig_set_nom(const char *nom) { clas_swig_check(clas_campagne_set_nom($self, nom)); }
    clas_cadre *swig_cadre() { return (clas_cadre *)clas_campagne_get_cadre($self); }
    void swig_set_cadre(const clas_cadre *cadre) { clas_swig_check(clas_campagne_set_cadre($self, cadre)); }
    /** Adds a copy of a dossier; returns the copy, borrowed from the campaign. */
    clas_dossier *swig_add_dossier(const clas_dossier *dossier) {
        clas_dossier *d = NULL;
        clas_swig_check(clas_campagne_add_dossier(&d, $self, dossier));
        return d;
    }
    size_t swig_num_dossiers() { return clas_campagne_num_dossiers($self); }
    clas_dossier *swig_dossier(size_t i) {
        clas_dossier *d = clas_campagne_get_dossier($self, i);
        if (d == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "dossier", i);
        return d;
    }
    /** Evaluates every dossier of the campaign. */
    clas_rapport *swig_rapport(const clas_regles *regles, unsigned flags = 0) {
        clas_rapport *r = NULL;
        clas_swig_check(clas_rapport_new(&r, regles, $self, flags));
        return r;
    }
}

%extend clas_rapport {
    ~clas_rapport() { clas_rapport_free($self); }
    size_t swig_num_evaluations() { return clas_rapport_num_evaluations($self); }
    clas_evaluation *swig_evaluation(size_t i) {
        const clas_evaluation *e = clas_rapport_get_evaluation($self, i);
        if (e == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "evaluation", i);
        return (clas_evaluation *)e;
    }
    int64_t swig_total(int total) { return clas_rapport_get_total($self, (clas_rapport_total)total); }
    char *swig_to_json(const clas_campagne *campagne, unsigned flags = 0) {
        char *s = NULL;
        clas_swig_check(clas_rapport_to_json(&s, $self, campagne, flags));
        return s;
    }
}

%extend clas_evaluation {
    /** An empty, reusable evaluation (see run()). */
    clas_evaluation() {
        clas_evaluation *e = NULL;
        clas_swig_check(clas_evaluation_new(&e));
        return e;
    }
    ~clas_evaluation() { clas_evaluation_free($self); }
    /** Evaluates a dossier, replacing the previous content: constats and
     *  steps taken from this evaluation before must not be used afterwards. */
    void swig_run(const clas_regles *regles, const clas_cadre *cadre, const clas_dossier *dossier,
                  unsigned flags = 0) {
        clas_swig_check(clas_evaluation_run($self, regles, cadre, dossier, flags));
    }
    char *swig_to_json(unsigned flags = 0) {
        char *s = NULL;
        clas_swig_check(clas_evaluation_to_json(&s, $self, flags));
        return s;
    }
    /** The rule set used (a new reference). */
    clas_regles *swig_regles() {
        return clas_regles_ref((clas_regles *)clas_evaluation_get_regles($self));
    }
    clas_bareme *swig_bareme() { return (clas_bareme *)clas_evaluation_get_bareme($self); }
    clas_cadre *swig_cadre() { return (clas_cadre *)clas_evaluation_get_cadre($self); }
    const char *swig_annee_scolaire() { return clas_evaluation_get_annee_scolaire($self); }
    const char *swig_dossier_id() { return clas_evaluation_get_dossier_id($self); }
    bool swig_is_provisional() { return clas_evaluation_is_provisional($self) == 1; }
    bool swig_has_trace() { return clas_evaluation_has_trace($self) == 1; }
    int swig_verdict() { return (int)clas_evaluation_get_verdict($self); }
    size_t swig_num_collectifs() { return clas_evaluation_num_collectifs($self); }
    const char *swig_collectif_id(size_t i) {
        const char *s = clas_evaluation_get_collectif_id($self, i);
        if (s == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "collectif", i);
        return s;
    }
    int swig_collectif_verdict(size_t i) { return (int)clas_evaluation_get_collectif_verdict($self, i); }
    int swig_collectif_decision(size_t i) { return (int)clas_evaluation_get_collectif_decision($self, i); }
    int swig_collectif_statut(size_t i) { return (int)clas_evaluation_get_collectif_statut($self, i); }
    size_t swig_find_collectif(const char *id) {
        size_t i = 0;
        clas_swig_check(clas_evaluation_find_collectif(&i, $self, id));
        return i;
    }
    int64_t swig_montant(size_t i, int montant) {
        return clas_evaluation_get_montant($self, i, (clas_montant)montant);
    }
    int64_t swig_total(int montant) { return clas_evaluation_get_total($self, (clas_montant)montant); }
    bool swig_has_bilan(size_t i) { return clas_evaluation_has_bilan($self, i) == 1; }
    size_t swig_num_constats() { return clas_evaluation_num_constats($self); }
    clas_constat *swig_constat(size_t i) {
        const clas_constat *c = clas_evaluation_get_constat($self, i);
        if (c == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "constat", i);
        return (clas_constat *)c;
    }
    size_t swig_num_collectif_constats(size_t i) { return clas_evaluation_num_collectif_constats($self, i); }
    clas_constat *swig_collectif_constat(size_t i, size_t j) {
        const clas_constat *c = clas_evaluation_get_collectif_constat($self, i, j);
        if (c == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "constat", j);
        return (clas_constat *)c;
    }
    size_t swig_num_etapes(size_t i) { return clas_evaluation_num_etapes($self, i); }
    clas_etape *swig_etape(size_t i, size_t j) {
        const clas_etape *e = clas_evaluation_get_etape($self, i, j);
        if (e == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "etape", j);
        return (clas_etape *)e;
    }
}

%extend clas_constat {
    int swig_code() { return (int)clas_constat_get_code($self); }
    int swig_severity() { return (int)clas_constat_get_severity($self); }
    int swig_regle() { return (int)clas_constat_get_regle($self); }
    long swig_collectif_index() { return clas_constat_get_collectif_index($self); }
    const char *swig_collectif_id() { return clas_constat_get_collectif_id($self); }
    const char *swig_champ() { return clas_constat_get_champ($self); }
    int64_t swig_valeur() { return clas_constat_get_valeur($self); }
    int64_t swig_limite() { return clas_constat_get_limite($self); }
    const char *swig_source() { return clas_constat_get_source($self); }
    /** The message in French (CLAS_LANG_FR) or English (CLAS_LANG_EN). */
    const char *swig_message(int lang = 0) {
        int n = clas_constat_format_message(NULL, 0, $self, (clas_lang)lang);
        char *buf = n < 0 ? NULL : clas_swig_text_buffer((size_t)n);
        if (n < 0 || buf == NULL) {
            clas_swig_check(n < 0 ? n : CLAS_ENOMEM);
            return NULL;
        }
        clas_constat_format_message(buf, (size_t)n + 1, $self, (clas_lang)lang);
        return buf;
    }
}

%extend clas_etape {
    int swig_regle() { return (int)clas_etape_get_regle($self); }
    const char *swig_operation() { return clas_etape_get_operation($self); }
    const char *swig_formule() { return clas_etape_get_formule($self); }
    const char *swig_source() { return clas_etape_get_source($self); }
    size_t swig_num_entrees() { return clas_etape_num_entrees($self); }
    const char *swig_entree_nom(size_t i) {
        const char *s = clas_etape_get_entree_nom($self, i);
        if (s == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "entree", i);
        return s;
    }
    int64_t swig_entree_valeur(size_t i) { return clas_etape_get_entree_valeur($self, i); }
    int swig_entree_unite(size_t i) { return (int)clas_etape_get_entree_unite($self, i); }
    const char *swig_sortie_nom() { return clas_etape_get_sortie_nom($self); }
    int64_t swig_sortie_valeur() { return clas_etape_get_sortie_valeur($self); }
    int swig_sortie_unite() { return (int)clas_etape_get_sortie_unite($self); }
    /** One-line human description of the step, in French or English. */
    const char *swig_text(int lang = 0) {
        int n = clas_etape_format(NULL, 0, $self, (clas_lang)lang);
        char *buf = n < 0 ? NULL : clas_swig_text_buffer((size_t)n);
        if (n < 0 || buf == NULL) {
            clas_swig_check(n < 0 ? n : CLAS_ENOMEM);
            return NULL;
        }
        clas_etape_format(buf, (size_t)n + 1, $self, (clas_lang)lang);
        return buf;
    }
}

%inline %{
/** Formats cents as an exact decimal string in euros ("2800.70"). */
const char *swig_cents_format(int64_t cents) {
    static _Thread_local char buf[32];
    clas_swig_check(clas_cents_format(buf, sizeof buf, cents));
    return buf;
}
/** Parses an exact decimal amount in euros (at most two decimals) into cents. */
int64_t swig_cents_parse(const char *text) {
    clas_cents c = 0;
    clas_swig_check(clas_cents_parse(&c, text));
    return c;
}
%}

%{
const char *swig_cents_format_human(int64_t cents, int lang) {
    int n = clas_cents_format_human(NULL, 0, cents, (clas_lang)lang);
    char *buf = n < 0 ? NULL : clas_swig_text_buffer((size_t)n);
    if (n < 0 || buf == NULL) {
        clas_swig_check(n < 0 ? n : CLAS_ENOMEM);
        return NULL;
    }
    clas_cents_format_human(buf, (size_t)n + 1, cents, (clas_lang)lang);
    return buf;
}
%}
/** Formats cents for people: "2 800,70 €" (CLAS_LANG_FR) or "€2,800.70" (CLAS_LANG_EN). */
const char *swig_cents_format_human(int64_t cents, int lang = 0);

%{
const char *swig_error_last_format(int lang) {
    int n = clas_error_last_format(NULL, 0, (clas_lang)lang);
    char *buf = n < 0 ? NULL : clas_swig_text_buffer((size_t)n);
    if (buf == NULL)
        return "";
    clas_error_last_format(buf, (size_t)n + 1, (clas_lang)lang);
    return buf;
}
%}
/** The last error's message in French (0) or English (1), amounts in euros. */
const char *swig_error_last_format(int lang);

/* The batch API (clas/batch.h): columns through the buffer protocol. */
%include "clas_batch.i"
