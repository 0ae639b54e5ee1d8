/* SPDX-License-Identifier: Apache-2.0 */
/*
 * clas.i - the one SWIG interface of libclas, shared by every target language.
 *
 * It wraps the public headers only. Each opaque type becomes a class whose
 * methods call the C API through a checked handle (clas_runtime.swg): an
 * object borrowed from a parent keeps the parent's memory alive, a handle
 * whose target its parent replaced raises CLAS_ESTATE, and objects that
 * belong to a built rule set or an evaluation are read-only. A failing call
 * raises the language's own exception carrying the status name, message,
 * location and message id (see %exception below and clas_<language>.swg).
 *
 * A language adds only what it cannot share: typemaps for strings and
 * arrays, its exception type, its proxy conveniences, in clas_<lang>.swg.
 * In Python this is the low-level module clas._capi (C extension
 * clas._clas); the Pythonic API is the hand-written package clas.
 */
#if defined(SWIGPYTHON)
%module(package="clas", docstring="Low-level SWIG wrapper of libclas; use the clas package instead.") _capi
#else
%module clas
#endif

%include <stdint.i>
%include <exception.i>
%include "clas_runtime.swg"

/* Optional trailing arguments. Java and C# get overloads instead (in C
 * mode SWIG drops defaults there): see clas_java_end.swg. */
#if defined(SWIGJAVA) || defined(SWIGCSHARP)
#define CLAS_OPT_0
#define CLAS_OPT_NULL
#define CLAS_OPT_FR
#else
/* %define, not #define: SWIG would try to wrap "= 0" as a constant. */
%define CLAS_OPT_0 = 0 %enddef
%define CLAS_OPT_NULL = NULL %enddef
%define CLAS_OPT_FR = CLAS_LANG_FR %enddef
#endif

#if defined(SWIGPYTHON)
%include "clas_python.swg"
#elif defined(SWIGJAVA)
%include "clas_java.swg"
#elif defined(SWIGCSHARP)
%include "clas_csharp.swg"
#elif defined(SWIGPHP)
%include "clas_php.swg"
#elif defined(SWIGPERL)
%include "clas_perl.swg"
#elif defined(SWIGRUBY)
%include "clas_ruby.swg"
#elif defined(SWIGLUA)
%include "clas_lua.swg"
#elif defined(SWIGTCL)
%include "clas_tcl.swg"
#elif defined(SWIGR)
%include "clas_r.swg"
#elif defined(CLAS_SWIG_LANGUAGE_FILE)
/* Other languages: swig -DCLAS_SWIG_LANGUAGE_FILE -includeall ... and a
 * clas_<lang>.swg defining clas_swig_raise() and CLAS_SWIG_RAISE_FAIL. */
%include CLAS_SWIG_LANGUAGE_FILE
#else
%apply (char *STRING, size_t LENGTH) { (const char *json, size_t len) };
#endif

/* Every wrapped call: reset the status, run, raise if the body failed. Each
 * language raises its own exception type (clas_swig_raise() in its file);
 * others get SWIG's, with the status name in the message. */
%exception {
    clas_swig_status = CLAS_OK;
    clas_swig_message[0] = '\0';
    $action
    if (clas_swig_status < 0) {
        int clas_st_ = clas_swig_status;
        clas_swig_status = CLAS_OK;
#if defined(SWIGPYTHON) || defined(SWIGPHP)
        clas_swig_raise(clas_st_);
        SWIG_fail;
#elif defined(SWIGJAVA)
        clas_swig_raise(jenv, clas_st_);
        return $null;
#elif defined(SWIGCSHARP)
        clas_swig_raise(clas_st_);
        return $null;
#elif defined(CLAS_SWIG_RAISE_FAIL)
        CLAS_SWIG_RAISE_FAIL(clas_st_)
#else
        {
            int clas_cat_ = clas_swig_error_category(clas_st_);
            SWIG_exception(clas_cat_, clas_swig_error_text(clas_st_));
        }
#endif
    }
}

/* Strings returned by *_to_json() belong to the caller. */
%typemap(newfree) char * "clas_free($1);";

/* The raw C functions are replaced by the classes below; only the
 * stateless helpers (names and labels of enumerations, versions, errors)
 * stay. */
%rename("$ignore", regextarget=1, %$isfunction)
  "^clas_(?!(\\w+_(name|label)|label|label_count|(action|code)_(axe|regle)|regle_(id|source|source_url|default_severity|can_switch_off)|code_(source|source_url)|statistique_unite|strerror|version_string|version_number)$)";
%rename("$ignore", regextarget=1, %$isfunction) "^clas_\\w+_parse$";
%rename("$ignore", regextarget=1, %$isfunction) "^clas_error_";
/* Methods are written swig_<name> (distinct from the library's functions in
 * the C helpers SWIG generates) and exposed as <name>, or as a language's
 * conventions name them (CLAS_SWIG_METHOD_NAMES in its file: Java, C#). */
#ifdef CLAS_SWIG_METHOD_NAMES
CLAS_SWIG_METHOD_NAMES
#else
%rename("%(strip:[swig_])s", regextarget=1) "^swig_";
#endif

%rename(Bareme) clas_swig_bareme;
%rename(Cadre) clas_swig_cadre;
%rename(Regles) clas_swig_regles;
%rename(ReglesBuilder) clas_swig_builder;
%rename(Dossier) clas_swig_dossier;
%rename(Porteur) clas_swig_porteur;
%rename(Collectif) clas_swig_collectif;
%rename(Campagne) clas_swig_campagne;
%rename(Rapport) clas_swig_rapport;
%rename(Statistiques) clas_swig_statistiques;
%rename(Evaluation) clas_swig_evaluation;
%rename(Constat) clas_swig_constat;
%rename(Etape) clas_swig_etape;
/* Enumerations are typed in every language that has enum types. */
%rename(Status) clas_status;
%rename(Niveau) clas_niveau;
%rename(Axe) clas_axe;
%rename(Action) clas_action;
%rename(PorteurType) clas_porteur_type;
%rename(Bonus) clas_bonus;
%rename(Severity) clas_severity;
%rename(Regle) clas_regle;
%rename(Lang) clas_lang;
%rename(Rounding) clas_rounding;
%rename(DateKind) clas_date_kind;
%rename(Seuil) clas_seuil;
%rename(Champ) clas_champ;
%rename(Decision) clas_decision;
%rename(BilanChamp) clas_bilan_champ;
%rename(Verdict) clas_verdict;
%rename(Montant) clas_montant;
%rename(Code) clas_code;
%rename(Unite) clas_unite;
%rename(RapportTotal) clas_rapport_total;
%rename(Statistique) clas_statistique;
%rename(Statut) clas_statut;
%rename(LabelKind) clas_label_kind;
%rename(ReferencePart) clas_reference_part;
%rename(ErrorArgType) clas_error_arg_type;
%rename(EducationPrioritaire) clas_education_prioritaire;
%rename(Lien) clas_lien;
%rename(BilanPrecedent) clas_bilan_precedent;
%rename(ConsequencePart) clas_consequence_part;

/* Member-less definitions so that SWIG makes proxy classes; constructors
 * come from %extend or from a parent, SWIG never does sizeof(). */
%nodefaultctor;
struct clas_swig_bareme {};
struct clas_swig_cadre {};
struct clas_swig_regles {};
struct clas_swig_builder {};
struct clas_swig_dossier {};
struct clas_swig_porteur {};
struct clas_swig_collectif {};
struct clas_swig_campagne {};
struct clas_swig_rapport {};
struct clas_swig_statistiques {};
struct clas_swig_evaluation {};
struct clas_swig_constat {};
struct clas_swig_etape {};
%clearnodefaultctor;

/* Every handle is released the same way: the root object goes with its last handle. */
%extend clas_swig_bareme {
    ~clas_swig_bareme() { clas_swig_release(&self->n); }
}
%extend clas_swig_cadre {
    ~clas_swig_cadre() { clas_swig_release(&self->n); }
}
%extend clas_swig_regles {
    ~clas_swig_regles() { clas_swig_release(&self->n); }
}
%extend clas_swig_builder {
    ~clas_swig_builder() { clas_swig_release(&self->n); }
}
%extend clas_swig_dossier {
    ~clas_swig_dossier() { clas_swig_release(&self->n); }
}
%extend clas_swig_porteur {
    ~clas_swig_porteur() { clas_swig_release(&self->n); }
}
%extend clas_swig_collectif {
    ~clas_swig_collectif() { clas_swig_release(&self->n); }
}
%extend clas_swig_campagne {
    ~clas_swig_campagne() { clas_swig_release(&self->n); }
}
%extend clas_swig_rapport {
    ~clas_swig_rapport() { clas_swig_release(&self->n); }
}
%extend clas_swig_statistiques {
    ~clas_swig_statistiques() { clas_swig_release(&self->n); }
}
%extend clas_swig_evaluation {
    ~clas_swig_evaluation() { clas_swig_release(&self->n); }
}
%extend clas_swig_constat {
    ~clas_swig_constat() { clas_swig_release(&self->n); }
}
%extend clas_swig_etape {
    ~clas_swig_etape() { clas_swig_release(&self->n); }
}

#define CLAS_API
%include <clas/common.h>
%include <clas/regles.h>
%include <clas/dossier.h>
%include <clas/codes.h> /* CLAS_CODE_LIST, which clas_code expands: SWIG skips #include */
%include <clas/evaluation.h>
%include <clas/campagne.h>
%include <clas/statistiques.h>
%include <clas/json.h>
%include <clas/labels.h>

/* Every method returning an object returns a new handle (even a borrowed
 * object's handle is new), which the proxy owns. */
%newobject clas_swig_bareme::swig_copy;
%newobject clas_swig_cadre::swig_copy;
%newobject clas_swig_regles::swig_to_json;
%newobject clas_swig_regles::swig_bareme;
%newobject clas_swig_regles::swig_cadre;
%newobject clas_swig_regles::swig_find_bareme;
%newobject clas_swig_regles::swig_find_cadre;
%newobject clas_swig_regles::swig_default;
%newobject clas_swig_builder::swig_build;
%newobject clas_swig_dossier::swig_copy;
%newobject clas_swig_dossier::swig_to_json;
%newobject clas_swig_dossier::swig_from_json;
%newobject clas_swig_dossier::swig_from_json_file;
%newobject clas_swig_dossier::swig_evaluate;
%newobject clas_swig_dossier::swig_porteur;
%newobject clas_swig_dossier::swig_add_collectif;
%newobject clas_swig_dossier::swig_collectif;
%newobject clas_swig_dossier::swig_find_collectif;
%newobject clas_swig_campagne::swig_to_json;
%newobject clas_swig_campagne::swig_from_json;
%newobject clas_swig_campagne::swig_from_json_file;
%newobject clas_swig_campagne::swig_rapport;
%newobject clas_swig_campagne::swig_cadre;
%newobject clas_swig_campagne::swig_add_dossier;
%newobject clas_swig_campagne::swig_dossier;
%newobject clas_swig_rapport::swig_to_json;
%newobject clas_swig_rapport::swig_evaluation;
%newobject clas_swig_rapport::swig_statistiques;
%newobject clas_swig_statistiques::swig_to_json;
%newobject clas_swig_evaluation::swig_to_json;
%newobject clas_swig_evaluation::swig_regles;
%newobject clas_swig_evaluation::swig_bareme;
%newobject clas_swig_evaluation::swig_cadre;
%newobject clas_swig_evaluation::swig_constat;
%newobject clas_swig_evaluation::swig_collectif_constat;
%newobject clas_swig_evaluation::swig_etape;

%extend clas_swig_bareme {
    /** Creates an empty barème for a school year ("2025-2026"). */
    clas_swig_bareme(const char *annee_scolaire) {
        clas_bareme *b = NULL;
        clas_swig_check(clas_bareme_new(&b, annee_scolaire));
        return clas_swig_own(CLAS_SWIG_BAREME, b, 0);
    }
    /** Deep copy, owned by the caller and changeable. */
    clas_swig_bareme *swig_copy() {
        CLAS_SELF(clas_bareme, s, NULL);
        clas_bareme *b = NULL;
        clas_swig_check(clas_bareme_copy(&b, s));
        return clas_swig_own(CLAS_SWIG_BAREME, b, 0);
    }
    /** True when the barème belongs to a built rule set or an evaluation: setters then fail. */
    bool swig_is_readonly() { return clas_swig_live(self, "clas_bareme") && self->n.readonly != 0; }
    const char *swig_annee_scolaire() { CLAS_SELF(clas_bareme, s, NULL); return clas_bareme_get_annee_scolaire(s); }
    /** Rate in millionths (330000 = 33 %). */
    int64_t swig_taux() { CLAS_SELF(clas_bareme, s, 0); return clas_bareme_get_taux(s); }
    void swig_set_taux(int64_t taux) { CLAS_SELF_MUT(clas_bareme, s, ); clas_swig_check(clas_bareme_set_taux(s, taux)); }
    int64_t swig_prix_plafond() { CLAS_SELF(clas_bareme, s, 0); return clas_bareme_get_prix_plafond(s); }
    void swig_set_prix_plafond(int64_t cents) {
        CLAS_SELF_MUT(clas_bareme, s, );
        clas_swig_check(clas_bareme_set_prix_plafond(s, cents));
    }
    int64_t swig_ps_max() { CLAS_SELF(clas_bareme, s, 0); return clas_bareme_get_ps_max(s); }
    void swig_set_ps_max(int64_t cents) { CLAS_SELF_MUT(clas_bareme, s, ); clas_swig_check(clas_bareme_set_ps_max(s, cents)); }
    int64_t swig_bonus(clas_bonus bonus) { CLAS_SELF(clas_bareme, s, 0); return clas_bareme_get_bonus(s, bonus); }
    void swig_set_bonus(clas_bonus bonus, int64_t cents) {
        CLAS_SELF_MUT(clas_bareme, s, );
        clas_swig_check(clas_bareme_set_bonus(s, bonus, cents));
    }
    clas_rounding swig_rounding() { CLAS_SELF(clas_bareme, s, (clas_rounding)0); return clas_bareme_get_rounding(s); }
    void swig_set_rounding(clas_rounding rounding) {
        CLAS_SELF_MUT(clas_bareme, s, );
        clas_swig_check(clas_bareme_set_rounding(s, rounding));
    }
    void swig_set_source(const char *titre, const char *section, const char *url) {
        CLAS_SELF_MUT(clas_bareme, s, );
        clas_swig_check(clas_bareme_set_source(s, titre, section, url));
    }
    const char *swig_source_titre() { CLAS_SELF(clas_bareme, s, NULL); return clas_bareme_get_source_titre(s); }
    const char *swig_source_section() { CLAS_SELF(clas_bareme, s, NULL); return clas_bareme_get_source_section(s); }
    const char *swig_source_url() { CLAS_SELF(clas_bareme, s, NULL); return clas_bareme_get_source_url(s); }
    void swig_add_reference(const char *champs, const char *titre, const char *section, const char *url,
                            const char *note) {
        CLAS_SELF_MUT(clas_bareme, s, );
        clas_swig_check(clas_bareme_add_reference(s, champs, titre, section, url, note));
    }
    size_t swig_num_references() { CLAS_SELF(clas_bareme, s, 0); return clas_bareme_num_references(s); }
    const char *swig_reference(size_t i, clas_reference_part part) {
        CLAS_SELF(clas_bareme, s, NULL);
        return clas_bareme_get_reference(s, i, part);
    }
    /** Checks the barème as a whole; raises on inconsistent data. */
    void swig_validate() { CLAS_SELF(clas_bareme, s, ); clas_swig_check(clas_bareme_validate(s)); }
    /** The Ps of R-PS for given expenses (cents), without any check. */
    int64_t swig_compute_ps(int64_t depenses) {
        CLAS_SELF(clas_bareme, s, 0);
        clas_cents ps = 0;
        clas_swig_check(clas_bareme_compute_ps(&ps, s, depenses));
        return ps;
    }
}

%extend clas_swig_cadre {
    /** Creates a cadre with the national defaults for a department ("51" or "national"). */
    clas_swig_cadre(const char *departement, const char *annee_scolaire) {
        clas_cadre *c = NULL;
        clas_swig_check(clas_cadre_new(&c, departement, annee_scolaire));
        return clas_swig_own(CLAS_SWIG_CADRE, c, 0);
    }
    /** Deep copy, owned by the caller and changeable. */
    clas_swig_cadre *swig_copy() {
        CLAS_SELF(clas_cadre, s, NULL);
        clas_cadre *c = NULL;
        clas_swig_check(clas_cadre_copy(&c, s));
        return clas_swig_own(CLAS_SWIG_CADRE, c, 0);
    }
    /** True when the cadre belongs to a built rule set or an evaluation: setters then fail. */
    bool swig_is_readonly() { return clas_swig_live(self, "clas_cadre") && self->n.readonly != 0; }
    const char *swig_departement() { CLAS_SELF(clas_cadre, s, NULL); return clas_cadre_get_departement(s); }
    const char *swig_annee_scolaire() { CLAS_SELF(clas_cadre, s, NULL); return clas_cadre_get_annee_scolaire(s); }
    const char *swig_nom() { CLAS_SELF(clas_cadre, s, NULL); return clas_cadre_get_nom(s); }
    void swig_set_nom(const char *nom) { CLAS_SELF_MUT(clas_cadre, s, ); clas_swig_check(clas_cadre_set_nom(s, nom)); }
    const char *swig_date(clas_date_kind kind) { CLAS_SELF(clas_cadre, s, NULL); return clas_cadre_get_date(s, kind); }
    void swig_set_date(clas_date_kind kind, const char *date) {
        CLAS_SELF_MUT(clas_cadre, s, );
        clas_swig_check(clas_cadre_set_date(s, kind, date));
    }
    int64_t swig_seuil(clas_seuil seuil) { CLAS_SELF(clas_cadre, s, 0); return clas_cadre_get_seuil(s, seuil); }
    void swig_set_seuil(clas_seuil seuil, int64_t value) {
        CLAS_SELF_MUT(clas_cadre, s, );
        clas_swig_check(clas_cadre_set_seuil(s, seuil, value));
    }
    clas_severity swig_severity(clas_regle regle) {
        CLAS_SELF(clas_cadre, s, (clas_severity)0);
        return clas_cadre_get_severity(s, regle);
    }
    void swig_set_severity(clas_regle regle, clas_severity severity) {
        CLAS_SELF_MUT(clas_cadre, s, );
        clas_swig_check(clas_cadre_set_severity(s, regle, severity));
    }
    void swig_set_source(const char *titre, const char *section, const char *url) {
        CLAS_SELF_MUT(clas_cadre, s, );
        clas_swig_check(clas_cadre_set_source(s, titre, section, url));
    }
    const char *swig_source_titre() { CLAS_SELF(clas_cadre, s, NULL); return clas_cadre_get_source_titre(s); }
    const char *swig_source_section() { CLAS_SELF(clas_cadre, s, NULL); return clas_cadre_get_source_section(s); }
    const char *swig_source_url() { CLAS_SELF(clas_cadre, s, NULL); return clas_cadre_get_source_url(s); }
    void swig_add_reference(const char *champs, const char *titre, const char *section, const char *url,
                            const char *note) {
        CLAS_SELF_MUT(clas_cadre, s, );
        clas_swig_check(clas_cadre_add_reference(s, champs, titre, section, url, note));
    }
    size_t swig_num_references() { CLAS_SELF(clas_cadre, s, 0); return clas_cadre_num_references(s); }
    const char *swig_reference(size_t i, clas_reference_part part) {
        CLAS_SELF(clas_cadre, s, NULL);
        return clas_cadre_get_reference(s, i, part);
    }
    int swig_action_parents_requise(clas_action action) {
        CLAS_SELF(clas_cadre, s, 0);
        return clas_cadre_get_action_parents_requise(s, action);
    }
    void swig_set_action_parents_requise(clas_action action, int requise) {
        CLAS_SELF_MUT(clas_cadre, s, );
        clas_swig_check(clas_cadre_set_action_parents_requise(s, action, requise));
    }
    /** The consequence the cadre gives a code, in its own words, with its text; "" removes it. */
    void swig_set_consequence(clas_code code, const char *texte, const char *titre, const char *section,
                              const char *url) {
        CLAS_SELF_MUT(clas_cadre, s, );
        clas_swig_check(clas_cadre_set_consequence(s, code, texte, titre, section, url));
    }
    const char *swig_consequence(clas_code code, clas_consequence_part part) {
        CLAS_SELF(clas_cadre, s, NULL);
        return clas_cadre_get_consequence(s, code, part);
    }
    size_t swig_num_consequences() { CLAS_SELF(clas_cadre, s, 0); return clas_cadre_num_consequences(s); }
    clas_code swig_consequence_code(size_t i) {
        CLAS_SELF(clas_cadre, s, (clas_code)0);
        return clas_cadre_get_consequence_code(s, i);
    }
    void swig_validate() { CLAS_SELF(clas_cadre, s, ); clas_swig_check(clas_cadre_validate(s)); }
}

%extend clas_swig_builder {
    clas_swig_builder() {
        clas_regles_builder *b = NULL;
        clas_swig_check(clas_regles_builder_new(&b));
        return clas_swig_own(CLAS_SWIG_BUILDER, b, 0);
    }
    void swig_add_bareme(clas_swig_bareme *bareme, unsigned flags CLAS_OPT_0) {
        CLAS_SELF(clas_regles_builder, s, );
        CLAS_ARG(const clas_bareme, b, bareme, );
        clas_swig_check(clas_regles_builder_add_bareme(s, b, flags));
    }
    void swig_add_cadre(clas_swig_cadre *cadre, unsigned flags CLAS_OPT_0) {
        CLAS_SELF(clas_regles_builder, s, );
        CLAS_ARG(const clas_cadre, c, cadre, );
        clas_swig_check(clas_regles_builder_add_cadre(s, c, flags));
    }
    /** Adds the rule data compiled into the library. */
    void swig_add_defaults(unsigned flags CLAS_OPT_0) {
        CLAS_SELF(clas_regles_builder, s, );
        clas_swig_check(clas_regles_builder_add_defaults(s, flags));
    }
    /** Adds the barèmes and cadres of a "clas-regles/1" document. */
    void swig_add_json(const char *json, size_t len, const char *origin CLAS_OPT_NULL,
                       unsigned flags CLAS_OPT_0) {
        CLAS_SELF(clas_regles_builder, s, );
        clas_swig_check(clas_regles_builder_add_json(s, json, len, origin, flags));
    }
    void swig_add_json_file(const char *path, unsigned flags CLAS_OPT_0) {
        CLAS_SELF(clas_regles_builder, s, );
        clas_swig_check(clas_regles_builder_add_json_file(s, path, flags));
    }
    /** Builds the immutable rule set; the builder stays usable. */
    clas_swig_regles *swig_build() {
        CLAS_SELF(clas_regles_builder, s, NULL);
        clas_regles *r = NULL;
        clas_swig_check(clas_regles_builder_build(&r, s));
        return clas_swig_own(CLAS_SWIG_REGLES, r, 1);
    }
}

%extend clas_swig_regles {
    /** The embedded default rule set (every shipped barème and cadre). */
    clas_swig_regles() {
        clas_regles *r = NULL;
        clas_swig_check(clas_regles_new_default(&r));
        return clas_swig_own(CLAS_SWIG_REGLES, r, 1);
    }
    size_t swig_num_baremes() { CLAS_SELF(clas_regles, s, 0); return clas_regles_num_baremes(s); }
    /** A barème of the rule set: read-only (copy() it to change it). */
    clas_swig_bareme *swig_bareme(size_t i) {
        CLAS_SELF(clas_regles, s, NULL);
        const clas_bareme *b = clas_regles_get_bareme(s, i);
        if (b == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "bareme", i);
        return clas_swig_borrow(&self->n, b, 1, CLAS_SWIG_SLOT_CONTENT);
    }
    size_t swig_num_cadres() { CLAS_SELF(clas_regles, s, 0); return clas_regles_num_cadres(s); }
    /** A cadre of the rule set: read-only (copy() it to change it). */
    clas_swig_cadre *swig_cadre(size_t i) {
        CLAS_SELF(clas_regles, s, NULL);
        const clas_cadre *c = clas_regles_get_cadre(s, i);
        if (c == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "cadre", i);
        return clas_swig_borrow(&self->n, c, 1, CLAS_SWIG_SLOT_CONTENT);
    }
    /** The barème of a school year (flags: CLAS_CARRY_FORWARD); read-only. */
    clas_swig_bareme *swig_find_bareme(const char *annee_scolaire, unsigned flags CLAS_OPT_0) {
        CLAS_SELF(clas_regles, s, NULL);
        const clas_bareme *b = NULL;
        clas_swig_check(clas_regles_find_bareme(&b, NULL, s, annee_scolaire, flags));
        return clas_swig_borrow(&self->n, b, 1, CLAS_SWIG_SLOT_CONTENT);
    }
    /** The cadre for a department and year (its own, else the national one); read-only. */
    clas_swig_cadre *swig_find_cadre(const char *departement, const char *annee_scolaire) {
        CLAS_SELF(clas_regles, s, NULL);
        const clas_cadre *c = NULL;
        clas_swig_check(clas_regles_find_cadre(&c, s, departement, annee_scolaire));
        return clas_swig_borrow(&self->n, c, 1, CLAS_SWIG_SLOT_CONTENT);
    }
    /** SHA-256 (hex) of the rule set's canonical content. */
    const char *swig_hash() { CLAS_SELF(clas_regles, s, NULL); return clas_regles_hash(s); }
    char *swig_to_json(unsigned flags CLAS_OPT_0) {
        CLAS_SELF(clas_regles, s, NULL);
        char *text = NULL;
        clas_swig_check(clas_regles_to_json(&text, s, flags));
        return text;
    }
}

%extend clas_swig_dossier {
    /** Creates an empty dossier for a school year ("2025-2026"). */
    clas_swig_dossier(const char *annee_scolaire) {
        clas_dossier *d = NULL;
        clas_swig_check(clas_dossier_new(&d, annee_scolaire));
        return clas_swig_own(CLAS_SWIG_DOSSIER, d, 0);
    }
    static clas_swig_dossier *swig_from_json(const char *json, size_t len, const char *origin CLAS_OPT_NULL) {
        clas_dossier *d = NULL;
        clas_swig_check(clas_dossier_from_json(&d, json, len, origin));
        return clas_swig_own(CLAS_SWIG_DOSSIER, d, 0);
    }
    static clas_swig_dossier *swig_from_json_file(const char *path) {
        clas_dossier *d = NULL;
        clas_swig_check(clas_dossier_from_json_file(&d, path));
        return clas_swig_own(CLAS_SWIG_DOSSIER, d, 0);
    }
    char *swig_to_json(unsigned flags CLAS_OPT_0) {
        CLAS_SELF(clas_dossier, s, NULL);
        char *text = NULL;
        clas_swig_check(clas_dossier_to_json(&text, s, flags));
        return text;
    }
    clas_swig_dossier *swig_copy() {
        CLAS_SELF(clas_dossier, s, NULL);
        clas_dossier *d = NULL;
        clas_swig_check(clas_dossier_copy(&d, s));
        return clas_swig_own(CLAS_SWIG_DOSSIER, d, 0);
    }
    /** Structural equality: every field, collectifs in order. */
    bool swig_equal(clas_swig_dossier *other) {
        CLAS_SELF(clas_dossier, s, false);
        CLAS_ARG(const clas_dossier, o, other, false);
        return clas_dossier_equal(s, o) == 1;
    }
    const char *swig_annee_scolaire() { CLAS_SELF(clas_dossier, s, NULL); return clas_dossier_get_annee_scolaire(s); }
    const char *swig_id() { CLAS_SELF(clas_dossier, s, NULL); return clas_dossier_get_id(s); }
    void swig_set_id(const char *id) { CLAS_SELF_MUT(clas_dossier, s, ); clas_swig_check(clas_dossier_set_id(s, id)); }
    const char *swig_departement() { CLAS_SELF(clas_dossier, s, NULL); return clas_dossier_get_departement(s); }
    void swig_set_departement(const char *dep) {
        CLAS_SELF_MUT(clas_dossier, s, );
        clas_swig_check(clas_dossier_set_departement(s, dep));
    }
    const char *swig_date_depot() { CLAS_SELF(clas_dossier, s, NULL); return clas_dossier_get_date_depot(s); }
    void swig_set_date_depot(const char *date) {
        CLAS_SELF_MUT(clas_dossier, s, );
        clas_swig_check(clas_dossier_set_date_depot(s, date));
    }
    /** Records the committee's exception for @p regle (its reason, its date or NULL). */
    void swig_set_derogation(clas_regle regle, const char *motif, const char *date CLAS_OPT_NULL) {
        CLAS_SELF_MUT(clas_dossier, s, );
        clas_swig_check(clas_dossier_set_derogation(s, regle, motif, date));
    }
    void swig_remove_derogation(clas_regle regle) {
        CLAS_SELF_MUT(clas_dossier, s, );
        clas_swig_check(clas_dossier_remove_derogation(s, regle));
    }
    bool swig_has_derogation(clas_regle regle) { CLAS_SELF(clas_dossier, s, 0); return clas_dossier_has_derogation(s, regle) != 0; }
    const char *swig_derogation_motif(clas_regle regle) {
        CLAS_SELF(clas_dossier, s, NULL);
        return clas_dossier_get_derogation_motif(s, regle);
    }
    const char *swig_derogation_date(clas_regle regle) {
        CLAS_SELF(clas_dossier, s, NULL);
        return clas_dossier_get_derogation_date(s, regle);
    }
    int swig_lien(clas_lien lien) { CLAS_SELF(clas_dossier, s, 0); return clas_dossier_get_lien(s, lien); }
    void swig_set_lien(clas_lien lien, int linked) {
        CLAS_SELF_MUT(clas_dossier, s, );
        clas_swig_check(clas_dossier_set_lien(s, lien, linked));
    }
    clas_bilan_precedent swig_bilan_precedent() {
        CLAS_SELF(clas_dossier, s, (clas_bilan_precedent)0);
        return clas_dossier_get_bilan_precedent(s);
    }
    void swig_set_bilan_precedent(clas_bilan_precedent value) {
        CLAS_SELF_MUT(clas_dossier, s, );
        clas_swig_check(clas_dossier_set_bilan_precedent(s, value));
    }
    clas_swig_porteur *swig_porteur() {
        CLAS_SELF(clas_dossier, s, NULL);
        return clas_swig_borrow(&self->n, clas_dossier_get_porteur(s), 0, CLAS_SWIG_SLOT_CONTENT);
    }
    /** Adds a new, empty collectif; returns it, borrowed from the dossier. */
    clas_swig_collectif *swig_add_collectif(const char *id) {
        CLAS_SELF_MUT(clas_dossier, s, NULL);
        clas_collectif *c = NULL;
        clas_swig_check(clas_dossier_add_collectif(&c, s, id));
        return clas_swig_borrow(&self->n, c, 0, CLAS_SWIG_SLOT_CONTENT);
    }
    size_t swig_num_collectifs() { CLAS_SELF(clas_dossier, s, 0); return clas_dossier_num_collectifs(s); }
    clas_swig_collectif *swig_collectif(size_t i) {
        CLAS_SELF(clas_dossier, s, NULL);
        clas_collectif *c = clas_dossier_get_collectif(s, i);
        if (c == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "collectif", i);
        return clas_swig_borrow(&self->n, c, 0, CLAS_SWIG_SLOT_CONTENT);
    }
    clas_swig_collectif *swig_find_collectif(const char *id) {
        CLAS_SELF(clas_dossier, s, NULL);
        clas_collectif *c = NULL;
        clas_swig_check(clas_dossier_find_collectif(&c, s, id));
        return clas_swig_borrow(&self->n, c, 0, CLAS_SWIG_SLOT_CONTENT);
    }
    /** Evaluates the dossier (cadre may be NULL; flags CLAS_EVAL_TRACE, CLAS_CARRY_FORWARD). */
    clas_swig_evaluation *swig_evaluate(clas_swig_regles *regles, clas_swig_cadre *cadre CLAS_OPT_NULL,
                                        unsigned flags CLAS_OPT_0) {
        CLAS_SELF(clas_dossier, s, NULL);
        CLAS_ARG(const clas_regles, r, regles, NULL);
        CLAS_ARG(const clas_cadre, c, cadre, NULL);
        clas_evaluation *e = NULL;
        clas_swig_check(clas_evaluate(&e, r, c, s, flags));
        return clas_swig_own(CLAS_SWIG_EVALUATION, e, 0);
    }
}

%extend clas_swig_porteur {
    const char *swig_id() { CLAS_SELF(clas_porteur, s, NULL); return clas_porteur_get_id(s); }
    void swig_set_id(const char *id) { CLAS_SELF_MUT(clas_porteur, s, ); clas_swig_check(clas_porteur_set_id(s, id)); }
    const char *swig_nom() { CLAS_SELF(clas_porteur, s, NULL); return clas_porteur_get_nom(s); }
    void swig_set_nom(const char *nom) { CLAS_SELF_MUT(clas_porteur, s, ); clas_swig_check(clas_porteur_set_nom(s, nom)); }
    clas_porteur_type swig_type() { CLAS_SELF(clas_porteur, s, (clas_porteur_type)0); return clas_porteur_get_type(s); }
    void swig_set_type(clas_porteur_type type) {
        CLAS_SELF_MUT(clas_porteur, s, );
        clas_swig_check(clas_porteur_set_type(s, type));
    }
    const char *swig_commune() { CLAS_SELF(clas_porteur, s, NULL); return clas_porteur_get_commune(s); }
    void swig_set_commune(const char *commune) {
        CLAS_SELF_MUT(clas_porteur, s, );
        clas_swig_check(clas_porteur_set_commune(s, commune));
    }
}

%extend clas_swig_collectif {
    const char *swig_id() { CLAS_SELF(clas_collectif, s, NULL); return clas_collectif_get_id(s); }
    const char *swig_nom() { CLAS_SELF(clas_collectif, s, NULL); return clas_collectif_get_nom(s); }
    void swig_set_nom(const char *nom) { CLAS_SELF_MUT(clas_collectif, s, ); clas_swig_check(clas_collectif_set_nom(s, nom)); }
    void swig_add_niveau(clas_niveau niveau) {
        CLAS_SELF_MUT(clas_collectif, s, );
        clas_swig_check(clas_collectif_add_niveau(s, niveau));
    }
    void swig_remove_niveau(clas_niveau niveau) {
        CLAS_SELF_MUT(clas_collectif, s, );
        clas_swig_check(clas_collectif_remove_niveau(s, niveau));
    }
    bool swig_has_niveau(clas_niveau niveau) {
        CLAS_SELF(clas_collectif, s, false);
        return clas_collectif_has_niveau(s, niveau) == 1;
    }
    /** Levels as a bit mask (bit n = niveau n). */
    uint32_t swig_niveaux() { CLAS_SELF(clas_collectif, s, 0); return clas_collectif_get_niveaux(s); }
    void swig_set_niveaux(uint32_t mask) {
        CLAS_SELF_MUT(clas_collectif, s, );
        clas_swig_check(clas_collectif_set_niveaux(s, mask));
    }
    /** An integer field (CLAS_CHAMP_*). */
    int64_t swig_get(clas_champ champ) { CLAS_SELF(clas_collectif, s, 0); return clas_collectif_get(s, champ); }
    void swig_set(clas_champ champ, int64_t value) {
        CLAS_SELF_MUT(clas_collectif, s, );
        clas_swig_check(clas_collectif_set(s, champ, value));
    }
    int64_t swig_depenses() { CLAS_SELF(clas_collectif, s, 0); return clas_collectif_get_depenses(s); }
    void swig_set_depenses(int64_t cents) {
        CLAS_SELF_MUT(clas_collectif, s, );
        clas_swig_check(clas_collectif_set_depenses(s, cents));
    }
    void swig_add_financement(const char *libelle, int64_t cents) {
        CLAS_SELF_MUT(clas_collectif, s, );
        clas_swig_check(clas_collectif_add_financement(s, libelle, cents));
    }
    size_t swig_num_financements() { CLAS_SELF(clas_collectif, s, 0); return clas_collectif_num_financements(s); }
    const char *swig_financement_libelle(size_t i) {
        CLAS_SELF(clas_collectif, s, NULL);
        const char *text = clas_collectif_get_financement_libelle(s, i);
        if (text == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "financement", i);
        return text;
    }
    int64_t swig_financement_montant(size_t i) {
        CLAS_SELF(clas_collectif, s, 0);
        return clas_collectif_get_financement_montant(s, i);
    }
    void swig_add_action(clas_action action, const char *texte CLAS_OPT_NULL) {
        CLAS_SELF_MUT(clas_collectif, s, );
        clas_swig_check(clas_collectif_add_action(s, action, texte));
    }
    size_t swig_num_actions() { CLAS_SELF(clas_collectif, s, 0); return clas_collectif_num_actions(s); }
    clas_action swig_action(size_t i) {
        CLAS_SELF(clas_collectif, s, (clas_action)0);
        if (i >= clas_collectif_num_actions(s))
            clas_swig_fail(CLAS_ENOTFOUND, "action", i);
        return clas_collectif_get_action(s, i);
    }
    const char *swig_action_texte(size_t i) {
        CLAS_SELF(clas_collectif, s, NULL);
        const char *text = clas_collectif_get_action_texte(s, i);
        if (text == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "action", i);
        return text;
    }
    size_t swig_num_actions_axe(clas_axe axe) {
        CLAS_SELF(clas_collectif, s, 0);
        return clas_collectif_num_actions_axe(s, axe);
    }
    void swig_set_bonus_demande(clas_bonus bonus, bool requested, const char *projet CLAS_OPT_NULL) {
        CLAS_SELF_MUT(clas_collectif, s, );
        clas_swig_check(clas_collectif_set_bonus_demande(s, bonus, requested ? 1 : 0, projet));
    }
    bool swig_bonus_demande(clas_bonus bonus) {
        CLAS_SELF(clas_collectif, s, false);
        return clas_collectif_get_bonus_demande(s, bonus) == 1;
    }
    const char *swig_bonus_projet(clas_bonus bonus) {
        CLAS_SELF(clas_collectif, s, NULL);
        return clas_collectif_get_bonus_projet(s, bonus);
    }
    void swig_set_decision(clas_decision decision, const char *motif CLAS_OPT_NULL) {
        CLAS_SELF_MUT(clas_collectif, s, );
        clas_swig_check(clas_collectif_set_decision(s, decision, motif));
    }
    clas_decision swig_decision() {
        CLAS_SELF(clas_collectif, s, (clas_decision)0);
        return clas_collectif_get_decision(s);
    }
    const char *swig_decision_motif() { CLAS_SELF(clas_collectif, s, NULL); return clas_collectif_get_decision_motif(s); }
    void swig_set_bonus_accorde(clas_bonus bonus, bool granted) {
        CLAS_SELF_MUT(clas_collectif, s, );
        clas_swig_check(clas_collectif_set_bonus_accorde(s, bonus, granted ? 1 : 0));
    }
    bool swig_bonus_accorde(clas_bonus bonus) {
        CLAS_SELF(clas_collectif, s, false);
        return clas_collectif_get_bonus_accorde(s, bonus) == 1;
    }
    int64_t swig_acomptes_verses() { CLAS_SELF(clas_collectif, s, 0); return clas_collectif_get_acomptes_verses(s); }
    void swig_set_acomptes_verses(int64_t cents) {
        CLAS_SELF_MUT(clas_collectif, s, );
        clas_swig_check(clas_collectif_set_acomptes_verses(s, cents));
    }
    void swig_set_bilan(clas_bilan_champ champ, int64_t value) {
        CLAS_SELF_MUT(clas_collectif, s, );
        clas_swig_check(clas_collectif_set_bilan(s, champ, value));
    }
    int64_t swig_bilan(clas_bilan_champ champ) { CLAS_SELF(clas_collectif, s, 0); return clas_collectif_get_bilan(s, champ); }
    bool swig_has_bilan() { CLAS_SELF(clas_collectif, s, false); return clas_collectif_has_bilan(s) == 1; }
    void swig_clear_bilan() { CLAS_SELF_MUT(clas_collectif, s, ); clas_collectif_clear_bilan(s); }
}

%extend clas_swig_campagne {
    /** Creates an empty campaign for a department and school year. */
    clas_swig_campagne(const char *departement, const char *annee_scolaire) {
        clas_campagne *c = NULL;
        clas_swig_check(clas_campagne_new(&c, departement, annee_scolaire));
        return clas_swig_own(CLAS_SWIG_CAMPAGNE, c, 0);
    }
    static clas_swig_campagne *swig_from_json(const char *json, size_t len, const char *origin CLAS_OPT_NULL) {
        clas_campagne *c = NULL;
        clas_swig_check(clas_campagne_from_json(&c, json, len, origin));
        return clas_swig_own(CLAS_SWIG_CAMPAGNE, c, 0);
    }
    static clas_swig_campagne *swig_from_json_file(const char *path) {
        clas_campagne *c = NULL;
        clas_swig_check(clas_campagne_from_json_file(&c, path));
        return clas_swig_own(CLAS_SWIG_CAMPAGNE, c, 0);
    }
    char *swig_to_json(unsigned flags CLAS_OPT_0) {
        CLAS_SELF(clas_campagne, s, NULL);
        char *text = NULL;
        clas_swig_check(clas_campagne_to_json(&text, s, flags));
        return text;
    }
    const char *swig_departement() { CLAS_SELF(clas_campagne, s, NULL); return clas_campagne_get_departement(s); }
    const char *swig_annee_scolaire() { CLAS_SELF(clas_campagne, s, NULL); return clas_campagne_get_annee_scolaire(s); }
    const char *swig_nom() { CLAS_SELF(clas_campagne, s, NULL); return clas_campagne_get_nom(s); }
    void swig_set_nom(const char *nom) { CLAS_SELF_MUT(clas_campagne, s, ); clas_swig_check(clas_campagne_set_nom(s, nom)); }
    /** The campaign's own cadre (NULL if none), borrowed: it stops working once set_cadre() replaces it. */
    clas_swig_cadre *swig_cadre() {
        CLAS_SELF(clas_campagne, s, NULL);
        return clas_swig_borrow(&self->n, clas_campagne_get_cadre(s), 0, CLAS_SWIG_SLOT_CADRE);
    }
    /** Sets a copy of @p cadre (or none) as the campaign's cadre. */
    void swig_set_cadre(clas_swig_cadre *cadre) {
        CLAS_SELF_MUT(clas_campagne, s, );
        CLAS_ARG(const clas_cadre, c, cadre, );
        if (clas_swig_check(clas_campagne_set_cadre(s, c)) == CLAS_OK)
            clas_swig_renew(&self->n, CLAS_SWIG_SLOT_CADRE);
    }
    /** Adds a copy of a dossier; returns the copy, borrowed from the campaign. */
    clas_swig_dossier *swig_add_dossier(clas_swig_dossier *dossier) {
        CLAS_SELF_MUT(clas_campagne, s, NULL);
        CLAS_ARG(const clas_dossier, src, dossier, NULL);
        clas_dossier *d = NULL;
        clas_swig_check(clas_campagne_add_dossier(&d, s, src));
        return clas_swig_borrow(&self->n, d, 0, CLAS_SWIG_SLOT_CONTENT);
    }
    size_t swig_num_dossiers() { CLAS_SELF(clas_campagne, s, 0); return clas_campagne_num_dossiers(s); }
    clas_swig_dossier *swig_dossier(size_t i) {
        CLAS_SELF(clas_campagne, s, NULL);
        clas_dossier *d = clas_campagne_get_dossier(s, i);
        if (d == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "dossier", i);
        return clas_swig_borrow(&self->n, d, 0, CLAS_SWIG_SLOT_CONTENT);
    }
    /** Evaluates every dossier of the campaign. */
    clas_swig_rapport *swig_rapport(clas_swig_regles *regles, unsigned flags CLAS_OPT_0) {
        CLAS_SELF(clas_campagne, s, NULL);
        CLAS_ARG(const clas_regles, r, regles, NULL);
        clas_rapport *rapport = NULL;
        clas_swig_check(clas_rapport_new(&rapport, r, s, flags));
        return clas_swig_own(CLAS_SWIG_RAPPORT, rapport, 1);
    }
}

%extend clas_swig_rapport {
    size_t swig_num_evaluations() { CLAS_SELF(clas_rapport, s, 0); return clas_rapport_num_evaluations(s); }
    clas_swig_evaluation *swig_evaluation(size_t i) {
        CLAS_SELF(clas_rapport, s, NULL);
        const clas_evaluation *e = clas_rapport_get_evaluation(s, i);
        if (e == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "evaluation", i);
        return clas_swig_borrow(&self->n, e, 1, CLAS_SWIG_SLOT_CONTENT);
    }
    int64_t swig_total(clas_rapport_total total) { CLAS_SELF(clas_rapport, s, 0); return clas_rapport_get_total(s, total); }
    char *swig_to_json(clas_swig_campagne *campagne, unsigned flags CLAS_OPT_0) {
        CLAS_SELF(clas_rapport, s, NULL);
        CLAS_ARG(const clas_campagne, c, campagne, NULL);
        char *text = NULL;
        clas_swig_check(clas_rapport_to_json(&text, s, c, flags));
        return text;
    }
    /** The department's statistics; @p campagne is the campaign the report was made from. */
    clas_swig_statistiques *swig_statistiques(clas_swig_campagne *campagne) {
        CLAS_SELF(clas_rapport, s, NULL);
        CLAS_ARG(const clas_campagne, c, campagne, NULL);
        clas_statistiques *st = NULL;
        clas_swig_check(clas_statistiques_new(&st, s, c));
        return clas_swig_own(CLAS_SWIG_STATISTIQUES, st, 1);
    }
}

%extend clas_swig_statistiques {
    /** One figure, in its unit (statistique_unite()): a count, cents or millionths. */
    int64_t swig_get(clas_statistique stat) { CLAS_SELF(clas_statistiques, s, 0); return clas_statistiques_get(s, stat); }
    const char *swig_departement() { CLAS_SELF(clas_statistiques, s, ""); return clas_statistiques_get_departement(s); }
    const char *swig_annee_scolaire() {
        CLAS_SELF(clas_statistiques, s, "");
        return clas_statistiques_get_annee_scolaire(s);
    }
    /** The statistics as a clas-statistiques/1 document, with @p precedente's (or none) beside them. */
    char *swig_to_json(clas_swig_statistiques *precedente CLAS_OPT_NULL, unsigned flags CLAS_OPT_0) {
        CLAS_SELF(clas_statistiques, s, NULL);
        CLAS_ARG(const clas_statistiques, p, precedente, NULL);
        char *text = NULL;
        clas_swig_check(clas_statistiques_to_json(&text, s, p, flags));
        return text;
    }
}

%extend clas_swig_evaluation {
    /** An empty, reusable evaluation (see run()). */
    clas_swig_evaluation() {
        clas_evaluation *e = NULL;
        clas_swig_check(clas_evaluation_new(&e));
        return clas_swig_own(CLAS_SWIG_EVALUATION, e, 0);
    }
    /** Evaluates a dossier, replacing the previous content: constats, steps,
     *  barème and cadre taken from this evaluation before raise CLAS_ESTATE
     *  afterwards. */
    void swig_run(clas_swig_regles *regles, clas_swig_cadre *cadre, clas_swig_dossier *dossier,
                  unsigned flags CLAS_OPT_0) {
        CLAS_SELF_MUT(clas_evaluation, s, );
        CLAS_ARG(const clas_regles, r, regles, );
        CLAS_ARG(const clas_cadre, c, cadre, );
        CLAS_ARG(const clas_dossier, d, dossier, );
        clas_swig_renew(&self->n, CLAS_SWIG_SLOT_CONTENT);
        self->n.gen = atomic_load(&self->n.root->gen[CLAS_SWIG_SLOT_CONTENT]);
        clas_swig_check(clas_evaluation_run(s, r, c, d, flags));
    }
    /** True while another handle (a constat, a step...) shares this evaluation. */
    bool swig_is_shared() { return clas_swig_live(self, "clas_evaluation") && atomic_load(&self->n.root->refs) > 1; }
    char *swig_to_json(unsigned flags CLAS_OPT_0) {
        CLAS_SELF(clas_evaluation, s, NULL);
        char *text = NULL;
        clas_swig_check(clas_evaluation_to_json(&text, s, flags));
        return text;
    }
    /** The rule set used (a new reference; NULL before the first run). */
    clas_swig_regles *swig_regles() {
        CLAS_SELF(clas_evaluation, s, NULL);
        const clas_regles *r = clas_evaluation_get_regles(s);
        return r ? clas_swig_own(CLAS_SWIG_REGLES, clas_regles_ref((clas_regles *)r), 1) : NULL;
    }
    clas_swig_bareme *swig_bareme() {
        CLAS_SELF(clas_evaluation, s, NULL);
        return clas_swig_borrow(&self->n, clas_evaluation_get_bareme(s), 1, CLAS_SWIG_SLOT_CONTENT);
    }
    clas_swig_cadre *swig_cadre() {
        CLAS_SELF(clas_evaluation, s, NULL);
        return clas_swig_borrow(&self->n, clas_evaluation_get_cadre(s), 1, CLAS_SWIG_SLOT_CONTENT);
    }
    const char *swig_annee_scolaire() { CLAS_SELF(clas_evaluation, s, NULL); return clas_evaluation_get_annee_scolaire(s); }
    const char *swig_dossier_id() { CLAS_SELF(clas_evaluation, s, NULL); return clas_evaluation_get_dossier_id(s); }
    bool swig_is_provisional() { CLAS_SELF(clas_evaluation, s, false); return clas_evaluation_is_provisional(s) == 1; }
    bool swig_has_trace() { CLAS_SELF(clas_evaluation, s, false); return clas_evaluation_has_trace(s) == 1; }
    clas_verdict swig_verdict() { CLAS_SELF(clas_evaluation, s, (clas_verdict)0); return clas_evaluation_get_verdict(s); }
    const char *swig_derogation_motif(clas_regle regle) {
        CLAS_SELF(clas_evaluation, s, NULL);
        return clas_evaluation_get_derogation_motif(s, regle);
    }
    const char *swig_derogation_date(clas_regle regle) {
        CLAS_SELF(clas_evaluation, s, NULL);
        return clas_evaluation_get_derogation_date(s, regle);
    }
    size_t swig_num_collectifs() { CLAS_SELF(clas_evaluation, s, 0); return clas_evaluation_num_collectifs(s); }
    const char *swig_collectif_id(size_t i) {
        CLAS_SELF(clas_evaluation, s, NULL);
        const char *text = clas_evaluation_get_collectif_id(s, i);
        if (text == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "collectif", i);
        return text;
    }
    clas_verdict swig_collectif_verdict(size_t i) {
        CLAS_SELF(clas_evaluation, s, (clas_verdict)0);
        return clas_evaluation_get_collectif_verdict(s, i);
    }
    clas_decision swig_collectif_decision(size_t i) {
        CLAS_SELF(clas_evaluation, s, (clas_decision)0);
        return clas_evaluation_get_collectif_decision(s, i);
    }
    clas_statut swig_collectif_statut(size_t i) {
        CLAS_SELF(clas_evaluation, s, CLAS_STATUT_INELIGIBLE);
        return clas_evaluation_get_collectif_statut(s, i);
    }
    size_t swig_find_collectif(const char *id) {
        CLAS_SELF(clas_evaluation, s, 0);
        size_t i = 0;
        clas_swig_check(clas_evaluation_find_collectif(&i, s, id));
        return i;
    }
    int64_t swig_montant(size_t i, clas_montant montant) {
        CLAS_SELF(clas_evaluation, s, 0);
        return clas_evaluation_get_montant(s, i, montant);
    }
    int64_t swig_total(clas_montant montant) { CLAS_SELF(clas_evaluation, s, 0); return clas_evaluation_get_total(s, montant); }
    bool swig_has_bilan(size_t i) { CLAS_SELF(clas_evaluation, s, false); return clas_evaluation_has_bilan(s, i) == 1; }
    size_t swig_num_constats() { CLAS_SELF(clas_evaluation, s, 0); return clas_evaluation_num_constats(s); }
    clas_swig_constat *swig_constat(size_t i) {
        CLAS_SELF(clas_evaluation, s, NULL);
        const clas_constat *c = clas_evaluation_get_constat(s, i);
        if (c == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "constat", i);
        return clas_swig_borrow(&self->n, c, 1, CLAS_SWIG_SLOT_CONTENT);
    }
    size_t swig_num_collectif_constats(size_t i) {
        CLAS_SELF(clas_evaluation, s, 0);
        return clas_evaluation_num_collectif_constats(s, i);
    }
    clas_swig_constat *swig_collectif_constat(size_t i, size_t j) {
        CLAS_SELF(clas_evaluation, s, NULL);
        const clas_constat *c = clas_evaluation_get_collectif_constat(s, i, j);
        if (c == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "constat", j);
        return clas_swig_borrow(&self->n, c, 1, CLAS_SWIG_SLOT_CONTENT);
    }
    size_t swig_num_etapes(size_t i) { CLAS_SELF(clas_evaluation, s, 0); return clas_evaluation_num_etapes(s, i); }
    clas_swig_etape *swig_etape(size_t i, size_t j) {
        CLAS_SELF(clas_evaluation, s, NULL);
        const clas_etape *e = clas_evaluation_get_etape(s, i, j);
        if (e == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "etape", j);
        return clas_swig_borrow(&self->n, e, 1, CLAS_SWIG_SLOT_CONTENT);
    }
}

%extend clas_swig_constat {
    clas_code swig_code() { CLAS_SELF(const clas_constat, s, (clas_code)0); return clas_constat_get_code(s); }
    clas_severity swig_severity() {
        CLAS_SELF(const clas_constat, s, (clas_severity)0);
        return clas_constat_get_severity(s);
    }
    clas_regle swig_regle() { CLAS_SELF(const clas_constat, s, (clas_regle)0); return clas_constat_get_regle(s); }
    long swig_collectif_index() { CLAS_SELF(const clas_constat, s, 0); return clas_constat_get_collectif_index(s); }
    const char *swig_collectif_id() { CLAS_SELF(const clas_constat, s, NULL); return clas_constat_get_collectif_id(s); }
    const char *swig_champ() { CLAS_SELF(const clas_constat, s, NULL); return clas_constat_get_champ(s); }
    int64_t swig_valeur() { CLAS_SELF(const clas_constat, s, 0); return clas_constat_get_valeur(s); }
    int64_t swig_limite() { CLAS_SELF(const clas_constat, s, 0); return clas_constat_get_limite(s); }
    const char *swig_source() { CLAS_SELF(const clas_constat, s, NULL); return clas_constat_get_source(s); }
    /** The committee's reason when it lifted the constat's rule for the dossier, or "". */
    const char *swig_derogation() { CLAS_SELF(const clas_constat, s, NULL); return clas_constat_get_derogation(s); }
    /** The consequence the evaluation's cadre gives this code ("" when none). */
    const char *swig_consequence(clas_consequence_part part) {
        CLAS_SELF(const clas_constat, s, NULL);
        return clas_constat_get_consequence(s, part);
    }
    /** The message in French (CLAS_LANG_FR) or English (CLAS_LANG_EN). */
    const char *swig_message(clas_lang lang CLAS_OPT_FR) {
        CLAS_SELF(const clas_constat, s, NULL);
        int n = clas_constat_format_message(NULL, 0, s, lang);
        char *buf = n < 0 ? NULL : clas_swig_text_buffer((size_t)n);
        if (n < 0 || buf == NULL) {
            clas_swig_check(n < 0 ? n : CLAS_ENOMEM);
            return NULL;
        }
        clas_constat_format_message(buf, (size_t)n + 1, s, lang);
        return buf;
    }
}

%extend clas_swig_etape {
    clas_regle swig_regle() { CLAS_SELF(const clas_etape, s, (clas_regle)0); return clas_etape_get_regle(s); }
    const char *swig_operation() { CLAS_SELF(const clas_etape, s, NULL); return clas_etape_get_operation(s); }
    const char *swig_formule() { CLAS_SELF(const clas_etape, s, NULL); return clas_etape_get_formule(s); }
    const char *swig_source() { CLAS_SELF(const clas_etape, s, NULL); return clas_etape_get_source(s); }
    const char *swig_source_valeurs() { CLAS_SELF(const clas_etape, s, NULL); return clas_etape_get_source_valeurs(s); }
    size_t swig_num_entrees() { CLAS_SELF(const clas_etape, s, 0); return clas_etape_num_entrees(s); }
    const char *swig_entree_nom(size_t i) {
        CLAS_SELF(const clas_etape, s, NULL);
        const char *text = clas_etape_get_entree_nom(s, i);
        if (text == NULL)
            clas_swig_fail(CLAS_ENOTFOUND, "entree", i);
        return text;
    }
    int64_t swig_entree_valeur(size_t i) { CLAS_SELF(const clas_etape, s, 0); return clas_etape_get_entree_valeur(s, i); }
    clas_unite swig_entree_unite(size_t i) {
        CLAS_SELF(const clas_etape, s, (clas_unite)0);
        return clas_etape_get_entree_unite(s, i);
    }
    const char *swig_sortie_nom() { CLAS_SELF(const clas_etape, s, NULL); return clas_etape_get_sortie_nom(s); }
    int64_t swig_sortie_valeur() { CLAS_SELF(const clas_etape, s, 0); return clas_etape_get_sortie_valeur(s); }
    clas_unite swig_sortie_unite() { CLAS_SELF(const clas_etape, s, (clas_unite)0); return clas_etape_get_sortie_unite(s); }
    /** One-line human description of the step, in French or English. */
    const char *swig_text(clas_lang lang CLAS_OPT_FR) {
        CLAS_SELF(const clas_etape, s, NULL);
        int n = clas_etape_format(NULL, 0, s, lang);
        char *buf = n < 0 ? NULL : clas_swig_text_buffer((size_t)n);
        if (n < 0 || buf == NULL) {
            clas_swig_check(n < 0 ? n : CLAS_ENOMEM);
            return NULL;
        }
        clas_etape_format(buf, (size_t)n + 1, s, lang);
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
const char *swig_cents_format_human(int64_t cents, clas_lang lang) {
    int n = clas_cents_format_human(NULL, 0, cents, lang);
    char *buf = n < 0 ? NULL : clas_swig_text_buffer((size_t)n);
    if (n < 0 || buf == NULL) {
        clas_swig_check(n < 0 ? n : CLAS_ENOMEM);
        return NULL;
    }
    clas_cents_format_human(buf, (size_t)n + 1, cents, lang);
    return buf;
}
%}
/** Formats cents for people: "2 800,70 €" (CLAS_LANG_FR) or "€2,800.70" (CLAS_LANG_EN). */
const char *swig_cents_format_human(int64_t cents, clas_lang lang CLAS_OPT_FR);

/* The last error's message id, typed arguments and French or English text,
 * read by a binding right after a call failed (clas_error_last_id()...).
 * When the last failure was the wrapper's own (a released handle, an index
 * out of range, a NUL in a text), it has no id or arguments and its text is
 * the exception's English message. */
%inline %{
/** Message id of the last error ("montant_negatif"), "" if none or if the wrapper raised it. */
const char *swig_error_last_id(void) { return clas_swig_own_message[0] ? "" : clas_error_last_id(); }
/** Number of arguments of the last error's message. */
size_t swig_error_last_num_args(void) { return clas_swig_own_message[0] ? 0 : clas_error_last_num_args(); }
/** Name of the i-th argument, "" if out of range. */
const char *swig_error_last_arg_name(size_t i) {
    const char *name = clas_swig_own_message[0] ? NULL : clas_error_last_arg_name(i);
    return name ? name : "";
}
/** Type of the i-th argument (a clas_error_arg_type). */
clas_error_arg_type swig_error_last_arg_type(size_t i) {
    return clas_swig_own_message[0] ? CLAS_ERROR_ARG_TEXT : clas_error_last_arg_type(i);
}
/** The i-th argument as text; amounts as exact euros ("-0.05"). */
const char *swig_error_last_arg_text(size_t i) { return clas_swig_own_message[0] ? "" : clas_error_last_arg_text(i); }
/** The i-th argument as a number (integers, amounts in cents). */
int64_t swig_error_last_arg_value(size_t i) { return clas_swig_own_message[0] ? 0 : clas_error_last_arg_value(i); }
%}
%{
const char *swig_error_last_format(clas_lang lang) {
    if (clas_swig_own_message[0])
        return clas_swig_own_message;
    int n = clas_error_last_format(NULL, 0, lang);
    char *buf = n < 0 ? NULL : clas_swig_text_buffer((size_t)n);
    if (buf == NULL)
        return "";
    clas_error_last_format(buf, (size_t)n + 1, lang);
    return buf;
}
%}
/** The last error's message in French or English, amounts in euros, without its location. */
const char *swig_error_last_format(clas_lang lang CLAS_OPT_FR);

/* The batch API (clas/batch.h): a Batch of int64 columns in every language;
 * Python also reads and writes buffers in place (clas_batch.i). */
%include "clas_batch_core.i"
#if defined(SWIGPYTHON)
%include "clas_batch.i"
#endif

/* Conveniences a language adds last (R's overloads). */
#if defined(SWIGR)
%include "clas_r_end.swg"
#endif
