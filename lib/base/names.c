/* SPDX-License-Identifier: Apache-2.0 */
/* Stable names of every enumeration, and their parsers. The names are the
 * identifiers of the JSON documents (doc/json-format.md): never change one. */
#include "base/base.h"

#include <stdio.h>
#include <string.h>

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

static const char *name_at(const char *const *names, size_t count, int value)
{
    if (value < 0 || (size_t)value >= count)
        return NULL;
    return names[value];
}

/* Index of @p name in @p names, or a CLAS_EINVAL failure naming @p what. */
static int parse_in(int *out, const char *const *names, size_t count, const char *name, const char *what)
{
    if (!out || !name)
        return clas__fail_null(NULL);
    for (size_t i = 0; i < count; i++) {
        if (strcmp(names[i], name) == 0) {
            *out = (int)i;
            return CLAS_OK;
        }
    }
    char shown[65];
    snprintf(shown, sizeof shown, "%s", name);
    return clas__failm(CLAS_EINVAL, NULL, CLAS__MSG_NOM_INCONNU, CLAS__TEXT("quoi", what), CLAS__TEXT("nom", shown));
}

/* Parses into an enum of any type through an int, so *out is only written
 * on success. */
#define DEFINE_PARSE(fn, type, names, what) \
    int fn(type *out, const char *name) \
    { \
        int v = 0; \
        if (!out) \
            return clas__fail_null(NULL); \
        int st = parse_in(&v, names, COUNT_OF(names), name, what); \
        if (st == CLAS_OK) \
            *out = (type)v; \
        return st; \
    }

#define DEFINE_NAME(fn, type, names) \
    const char *fn(type value) { return name_at(names, COUNT_OF(names), (int)value); }

/* common.h */

static const char *const niveau_names[] = {
    "PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2",
    "6e", "5e", "4e", "3e", "2nde", "1re", "Terminale", "superieur",
};
_Static_assert(COUNT_OF(niveau_names) == CLAS_NIVEAU_COUNT, "niveau names");
DEFINE_NAME(clas_niveau_name, clas_niveau, niveau_names)
DEFINE_PARSE(clas_niveau_parse, clas_niveau, niveau_names, "niveau")

static const char *const axe_names[] = {"enfants", "parents", "ecole", "territoire"};
_Static_assert(COUNT_OF(axe_names) == CLAS_AXE_COUNT, "axe names");
DEFINE_NAME(clas_axe_name, clas_axe, axe_names)
DEFINE_PARSE(clas_axe_parse, clas_axe, axe_names, "axe")

static const char *const action_names[] = {
    "enfants.appui_methodologie",
    "enfants.ressources_locales",
    "enfants.vie_collective",
    "enfants.entraide",
    "enfants.suivi_presences",
    "enfants.autre",
    "parents.information_inscription",
    "parents.convivialite",
    "parents.codes_ecole",
    "parents.orientation_partenaires",
    "parents.echanges_informels",
    "parents.autre",
    "ecole.diagnostic_partage",
    "ecole.continuite_educative",
    "ecole.echanges_enseignants",
    "ecole.autre",
    "territoire.ressources_proximite",
    "territoire.reaap",
    "territoire.coherence_pre_pedt_pel",
    "territoire.autre",
};
_Static_assert(COUNT_OF(action_names) == CLAS_ACTION_COUNT, "action names");


const clas_axe clas__action_axes[CLAS_ACTION_COUNT] = {
    CLAS_AXE_ENFANTS, CLAS_AXE_ENFANTS, CLAS_AXE_ENFANTS, CLAS_AXE_ENFANTS, CLAS_AXE_ENFANTS, CLAS_AXE_ENFANTS,
    CLAS_AXE_PARENTS, CLAS_AXE_PARENTS, CLAS_AXE_PARENTS, CLAS_AXE_PARENTS, CLAS_AXE_PARENTS, CLAS_AXE_PARENTS,
    CLAS_AXE_ECOLE, CLAS_AXE_ECOLE, CLAS_AXE_ECOLE, CLAS_AXE_ECOLE,
    CLAS_AXE_TERRITOIRE, CLAS_AXE_TERRITOIRE, CLAS_AXE_TERRITOIRE, CLAS_AXE_TERRITOIRE,
};

DEFINE_NAME(clas_action_name, clas_action, action_names)
DEFINE_PARSE(clas_action_parse, clas_action, action_names, "action")

clas_axe clas_action_axe(clas_action action)
{
    if ((int)action < 0 || action >= CLAS_ACTION_COUNT)
        return CLAS_AXE_COUNT;
    return clas__action_axe(action);
}

static const char *const porteur_type_names[] = {
    "centre_social", "association_locale", "association_reseau", "service_municipal", "ccas", "autre",
};
_Static_assert(COUNT_OF(porteur_type_names) == CLAS_PORTEUR_TYPE_COUNT, "porteur type names");
DEFINE_NAME(clas_porteur_type_name, clas_porteur_type, porteur_type_names)
DEFINE_PARSE(clas_porteur_type_parse, clas_porteur_type, porteur_type_names, "porteur type")

static const char *const bonus_names[] = {"enfants", "parents"};
_Static_assert(COUNT_OF(bonus_names) == CLAS_BONUS_COUNT, "bonus names");
DEFINE_NAME(clas_bonus_name, clas_bonus, bonus_names)
DEFINE_PARSE(clas_bonus_parse, clas_bonus, bonus_names, "bonus")

static const char *const severity_names[] = {"info", "warning", "blocking", "off"};
DEFINE_NAME(clas_severity_name, clas_severity, severity_names)
DEFINE_PARSE(clas_severity_parse, clas_severity, severity_names, "severity")

static const char *const regle_ids[] = {
    "R-PUBLIC", "R-HORS-TEMPS", "R-AXES", "R-SOCLE-PARENTS", "R-GROUPE", "R-ENCADREMENT", "R-DELAI",
    "R-AIDE-DEVOIRS", "R-BUDGET", "R-PS", "R-BONUS", "R-BAREME", "R-AGREMENT", "R-BILAN",
    "R-FREQUENCE", "R-COMPOSITION", "R-BILAN-PRECEDENT",
};
_Static_assert(COUNT_OF(regle_ids) == CLAS_REGLE_COUNT, "regle ids");

DEFINE_NAME(clas_regle_id, clas_regle, regle_ids)
DEFINE_PARSE(clas_regle_parse, clas_regle, regle_ids, "rule id")

static const char *const rounding_names[] = {"half_up", "half_even", "down", "up", "euro_half_up"};
DEFINE_NAME(clas_rounding_name, clas_rounding, rounding_names)
DEFINE_PARSE(clas_rounding_parse, clas_rounding, rounding_names, "rounding")

/* regles.h */

static const char *const date_kind_names[] = {"lancement", "limite_depot", "comite"};
_Static_assert(COUNT_OF(date_kind_names) == CLAS_DATE_KIND_COUNT, "date kind names");
DEFINE_NAME(clas_date_kind_name, clas_date_kind, date_kind_names)

static const char *const seuil_names[] = {
    "enfants_min", "enfants_max", "intervenants_min", "actions_parents_min", "actions_par_axe_min", "taux_acompte",
    "seances_par_semaine_min", "minutes_par_seance_min", "semaines_min", "cycles_max",
    "bilan_reduction", "droit_reel_plafonne", "surfinancement_ecrete",
};
_Static_assert(COUNT_OF(seuil_names) == CLAS_SEUIL_COUNT, "seuil names");
DEFINE_NAME(clas_seuil_name, clas_seuil, seuil_names)
DEFINE_PARSE(clas_seuil_parse, clas_seuil, seuil_names, "seuil")

/* dossier.h */

static const char *const champ_names[] = {
    "nb_enfants", "nb_intervenants_salaries", "nb_intervenants_benevoles", "seances_par_semaine",
    "minutes_par_seance", "nb_semaines", "hors_temps_scolaire", "qpv", "education_prioritaire", "zone_rurale",
};
_Static_assert(COUNT_OF(champ_names) == CLAS_CHAMP_COUNT, "champ names");
DEFINE_NAME(clas_champ_name, clas_champ, champ_names)
DEFINE_PARSE(clas_champ_parse, clas_champ, champ_names, "champ")

static const char *const decision_names[] = {"en_attente", "agree", "refuse"};
DEFINE_NAME(clas_decision_name, clas_decision, decision_names)
DEFINE_PARSE(clas_decision_parse, clas_decision, decision_names, "decision")

static const char *const bilan_champ_names[] = {
    "nb_enfants", "nb_familles", "nb_intervenants_salaries", "nb_intervenants_benevoles", "nb_seances",
    "nb_heures", "taux_presence", "nb_actions_parents", "nb_parents_touches", "depenses_reelles",
    "financements_reels", "nb_enfants_primaire", "nb_enfants_college", "nb_enfants_lycee", "nb_filles",
    "nb_garcons",
};
_Static_assert(COUNT_OF(bilan_champ_names) == CLAS_BILAN_CHAMP_COUNT, "bilan champ names");
DEFINE_NAME(clas_bilan_champ_name, clas_bilan_champ, bilan_champ_names)
DEFINE_PARSE(clas_bilan_champ_parse, clas_bilan_champ, bilan_champ_names, "bilan champ")

static const char *const education_prioritaire_names[] = {"aucune", "rep", "rep_plus"};
_Static_assert(COUNT_OF(education_prioritaire_names) == CLAS_EDUCATION_PRIORITAIRE_COUNT, "education names");
DEFINE_NAME(clas_education_prioritaire_name, clas_education_prioritaire, education_prioritaire_names)
DEFINE_PARSE(clas_education_prioritaire_parse, clas_education_prioritaire, education_prioritaire_names,
             "education prioritaire")

static const char *const lien_names[] = {"pedt", "pre", "reaap"};
_Static_assert(COUNT_OF(lien_names) == CLAS_LIEN_COUNT, "lien names");
DEFINE_NAME(clas_lien_name, clas_lien, lien_names)
DEFINE_PARSE(clas_lien_parse, clas_lien, lien_names, "lien")

static const char *const bilan_precedent_names[] = {"non_renseigne", "depose", "non_depose", "sans_objet"};
_Static_assert(COUNT_OF(bilan_precedent_names) == CLAS_BILAN_PRECEDENT_COUNT, "bilan precedent names");
DEFINE_NAME(clas_bilan_precedent_name, clas_bilan_precedent, bilan_precedent_names)
DEFINE_PARSE(clas_bilan_precedent_parse, clas_bilan_precedent, bilan_precedent_names, "bilan precedent")

/* evaluation.h */

static const char *const verdict_names[] = {"eligible", "ineligible", "partiel"};
DEFINE_NAME(clas_verdict_name, clas_verdict, verdict_names)

static const char *const statut_names[] = {"agree", "en_attente", "refuse", "ineligible"};
_Static_assert(COUNT_OF(statut_names) == CLAS_STATUT_COUNT, "statut names");
DEFINE_NAME(clas_statut_name, clas_statut, statut_names)
DEFINE_PARSE(clas_statut_parse, clas_statut, statut_names, "statut")

static const char *const montant_names[] = {
    "depenses", "autres_financements", "base", "ps_calculee", "ps", "bonus_enfants_demande",
    "bonus_parents_demande", "bonus_enfants", "bonus_parents", "total", "acompte", "depenses_reelles",
    "ps_reelle", "droit_reel", "acomptes_verses", "regularisation",
};
_Static_assert(COUNT_OF(montant_names) == CLAS_MONTANT_COUNT, "montant names");
DEFINE_NAME(clas_montant_name, clas_montant, montant_names)
DEFINE_PARSE(clas_montant_parse, clas_montant, montant_names, "montant")

static const char *const unite_names[] = {"cents", "taux", "nombre", "booleen", "date", "niveaux", "decision"};
DEFINE_NAME(clas_unite_name, clas_unite, unite_names)

/* campagne.h */

static const char *const rapport_total_names[] = {
    "dossiers", "porteurs", "porteurs_finances", "collectifs", "collectifs_eligibles", "enfants", "ps",
    "bonus_enfants", "bonus_parents", "bonus_demandes", "montant",
};
_Static_assert(COUNT_OF(rapport_total_names) == CLAS_TOTAL_COUNT, "rapport total names");
DEFINE_NAME(clas_rapport_total_name, clas_rapport_total, rapport_total_names)
