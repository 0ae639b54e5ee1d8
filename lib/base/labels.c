/* SPDX-License-Identifier: Apache-2.0 */
/* The French and English labels of the enumerations a person reads. One
 * table per enumeration, indexed by value, so that a new value without its
 * label fails to compile. English keeps the glossary's French nouns
 * (collectif, porteur, dossier, barème, Ps, acompte, intervenant). */
#include "base/base.h"

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

typedef struct label {
    const char *fr, *en;
} label;

static const label verdicts[] = {
    [CLAS_VERDICT_ELIGIBLE] = {"éligible", "eligible"},
    [CLAS_VERDICT_INELIGIBLE] = {"inéligible", "ineligible"},
    [CLAS_VERDICT_PARTIEL] = {"partiel", "partial"},
};
_Static_assert(COUNT_OF(verdicts) == CLAS_VERDICT_PARTIEL + 1, "verdict labels");

static const label statuts[] = {
    [CLAS_STATUT_AGREE] = {"agréé", "approved"},
    [CLAS_STATUT_EN_ATTENTE] = {"éligible, en attente", "eligible, pending"},
    [CLAS_STATUT_REFUSE] = {"refusé", "refused"},
    [CLAS_STATUT_INELIGIBLE] = {"inéligible", "ineligible"},
};
_Static_assert(COUNT_OF(statuts) == CLAS_STATUT_COUNT, "statut labels");

static const label severities[] = {
    [CLAS_SEVERITY_INFO] = {"info", "info"},
    [CLAS_SEVERITY_WARNING] = {"avertissement", "warning"},
    [CLAS_SEVERITY_BLOCKING] = {"bloquant", "blocking"},
    [CLAS_SEVERITY_OFF] = {"désactivé", "off"},
};
_Static_assert(COUNT_OF(severities) == CLAS_SEVERITY_OFF + 1, "severity labels");

static const label decisions[] = {
    [CLAS_DECISION_EN_ATTENTE] = {"en attente", "pending"},
    [CLAS_DECISION_AGREE] = {"agréé", "approved"},
    [CLAS_DECISION_REFUSE] = {"refusé", "refused"},
};
_Static_assert(COUNT_OF(decisions) == CLAS_DECISION_REFUSE + 1, "decision labels");

static const label porteur_types[] = {
    [CLAS_PORTEUR_CENTRE_SOCIAL] = {"centre social", "social centre"},
    [CLAS_PORTEUR_ASSOCIATION_LOCALE] = {"association locale", "local association"},
    [CLAS_PORTEUR_ASSOCIATION_RESEAU] = {"association en réseau", "network association"},
    [CLAS_PORTEUR_SERVICE_MUNICIPAL] = {"service municipal", "municipal service"},
    [CLAS_PORTEUR_CCAS] = {"CCAS", "CCAS"},
    [CLAS_PORTEUR_AUTRE] = {"autre", "other"},
};
_Static_assert(COUNT_OF(porteur_types) == CLAS_PORTEUR_TYPE_COUNT, "porteur type labels");

static const label roundings[] = {
    [CLAS_ROUND_HALF_UP] = {"au centime, demi vers le haut", "to the cent, half up"},
    [CLAS_ROUND_HALF_EVEN] = {"au centime, demi au pair", "to the cent, half even"},
    [CLAS_ROUND_DOWN] = {"au centime, par défaut", "to the cent, down"},
    [CLAS_ROUND_UP] = {"au centime, par excès", "to the cent, up"},
    [CLAS_ROUND_EURO_HALF_UP] = {"à l'euro, demi vers le haut", "to the euro, half up"},
};
_Static_assert(COUNT_OF(roundings) == CLAS_ROUND_EURO_HALF_UP + 1, "rounding labels");

/* The French labels are the catalogue of the note de cadrage (domain.md §5). */
static const label actions[] = {
    [CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE] = {"Appui et méthodologie au travail scolaire",
                                                "Help and method for schoolwork"},
    [CLAS_ACTION_ENFANTS_RESSOURCES_LOCALES] = {"Élargir les centres d'intérêt en mobilisant les ressources locales "
                                                "(bibliothèques, médiathèques)",
                                                "Broadening interests with local resources (libraries, media libraries)"},
    [CLAS_ACTION_ENFANTS_VIE_COLLECTIVE] = {"Élargir les centres d'intérêt en développant la vie collective",
                                            "Broadening interests through group life"},
    [CLAS_ACTION_ENFANTS_ENTRAIDE] = {"Valoriser les compétences par l'entraide dans le groupe",
                                      "Building on skills through mutual help in the group"},
    [CLAS_ACTION_ENFANTS_SUIVI_PRESENCES] = {"Suivi régulier des présences (cahiers de présence, fiches "
                                             "individuelles)",
                                             "Regular attendance follow-up (attendance books, individual records)"},
    [CLAS_ACTION_ENFANTS_AUTRE] = {"Autre action avec les enfants", "Other action with the children"},
    [CLAS_ACTION_PARENTS_INFORMATION_INSCRIPTION] = {"Temps d'information sur les objectifs et le contenu au moment "
                                                     "de l'inscription",
                                                     "Information on the aims and content at registration"},
    [CLAS_ACTION_PARENTS_CONVIVIALITE] = {"Temps de convivialité enfants/parents",
                                          "Friendly times for children and parents"},
    [CLAS_ACTION_PARENTS_CODES_ECOLE] = {"Informer et accompagner les parents dans la compréhension des codes de "
                                         "l'école",
                                         "Informing and guiding parents in understanding the school's codes"},
    [CLAS_ACTION_PARENTS_ORIENTATION_PARTENAIRES] = {"Orienter les parents vers d'autres partenaires du territoire",
                                                     "Directing parents to other local partners"},
    [CLAS_ACTION_PARENTS_ECHANGES_INFORMELS] = {"Associer les parents par des échanges informels réguliers",
                                                "Involving parents through regular informal exchanges"},
    [CLAS_ACTION_PARENTS_AUTRE] = {"Autre action avec et pour les parents", "Other action with and for the parents"},
    [CLAS_ACTION_ECOLE_DIAGNOSTIC_PARTAGE] = {"Diagnostic partagé des difficultés de l'enfant",
                                              "Shared diagnosis of the child's difficulties"},
    [CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE] = {"Continuité de l'acte éducatif", "Continuity of education"},
    [CLAS_ACTION_ECOLE_ECHANGES_ENSEIGNANTS] = {"Échanges entre intervenants, parents et enseignants",
                                                "Exchanges between intervenants, parents and teachers"},
    [CLAS_ACTION_ECOLE_AUTRE] = {"Autre action de concertation avec l'école", "Other action with the school"},
    [CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE] = {"Mobilisation des ressources du proche environnement (locaux, "
                                                     "centre de documentation, bibliothèque, personnes ressources)",
                                                     "Using resources close at hand (premises, documentation centre, "
                                                     "library, resource people)"},
    [CLAS_ACTION_TERRITOIRE_REAAP] = {"Articulation avec le Reaap", "Links with the Reaap"},
    [CLAS_ACTION_TERRITOIRE_COHERENCE_PRE_PEDT_PEL] = {"Cohérence avec le PRE, le PEDT, le PEL",
                                                       "Consistency with the PRE, the PEDT, the PEL"},
    [CLAS_ACTION_TERRITOIRE_AUTRE] = {"Autre action de coordination avec le territoire",
                                      "Other action with local partners"},
};
_Static_assert(COUNT_OF(actions) == CLAS_ACTION_COUNT, "action labels");

static const label champs[] = {
    [CLAS_CHAMP_NB_ENFANTS] = {"nombre d'enfants", "number of children"},
    [CLAS_CHAMP_NB_INTERVENANTS_SALARIES] = {"intervenants salariés", "paid intervenants"},
    [CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES] = {"intervenants bénévoles", "volunteer intervenants"},
    [CLAS_CHAMP_SEANCES_PAR_SEMAINE] = {"séances par semaine", "sessions per week"},
    [CLAS_CHAMP_MINUTES_PAR_SEANCE] = {"minutes par séance", "minutes per session"},
    [CLAS_CHAMP_NB_SEMAINES] = {"nombre de semaines", "number of weeks"},
    [CLAS_CHAMP_HORS_TEMPS_SCOLAIRE] = {"hors temps scolaire", "out of school time"},
    [CLAS_CHAMP_QPV] = {"quartier prioritaire (QPV)", "priority neighbourhood (QPV)"},
    [CLAS_CHAMP_EDUCATION_PRIORITAIRE] = {"éducation prioritaire (REP, REP+)", "priority education network (REP, REP+)"},
    [CLAS_CHAMP_ZONE_RURALE] = {"zone rurale", "rural area"},
};
_Static_assert(COUNT_OF(champs) == CLAS_CHAMP_COUNT, "champ labels");

static const label totals[] = {
    [CLAS_TOTAL_DOSSIERS] = {"Dossiers", "Dossiers"},
    [CLAS_TOTAL_PORTEURS] = {"Porteurs", "Porteurs"},
    [CLAS_TOTAL_PORTEURS_FINANCES] = {"Porteurs financés", "Porteurs funded"},
    [CLAS_TOTAL_COLLECTIFS] = {"Collectifs", "Collectifs"},
    [CLAS_TOTAL_COLLECTIFS_ELIGIBLES] = {"Collectifs éligibles", "Eligible collectifs"},
    [CLAS_TOTAL_ENFANTS] = {"Enfants (collectifs éligibles)", "Children (eligible collectifs)"},
    [CLAS_TOTAL_PS] = {"Ps", "Ps"},
    [CLAS_TOTAL_BONUS_ENFANTS] = {"Bonus enfants accordés", "Children bonuses granted"},
    [CLAS_TOTAL_BONUS_PARENTS] = {"Bonus parents accordés", "Parents bonuses granted"},
    [CLAS_TOTAL_BONUS_DEMANDES] = {"Bonus demandés", "Bonuses requested"},
    [CLAS_TOTAL_MONTANT] = {"Total (Ps + bonus accordés)", "Total (Ps + bonuses granted)"},
};
_Static_assert(COUNT_OF(totals) == CLAS_TOTAL_COUNT, "total labels");

static const label montants[] = {
    [CLAS_MONTANT_DEPENSES] = {"Dépenses", "Expenses"},
    [CLAS_MONTANT_AUTRES_FINANCEMENTS] = {"Autres financements", "Other funding"},
    [CLAS_MONTANT_BASE] = {"Base", "Base"},
    [CLAS_MONTANT_PS_CALCULEE] = {"Ps calculée", "Computed Ps"},
    [CLAS_MONTANT_PS] = {"Ps", "Ps"},
    [CLAS_MONTANT_BONUS_ENFANTS_DEMANDE] = {"Bonus enfants demandé", "Children bonus requested"},
    [CLAS_MONTANT_BONUS_PARENTS_DEMANDE] = {"Bonus parents demandé", "Parents bonus requested"},
    [CLAS_MONTANT_BONUS_ENFANTS] = {"Bonus enfants", "Children bonus"},
    [CLAS_MONTANT_BONUS_PARENTS] = {"Bonus parents", "Parents bonus"},
    [CLAS_MONTANT_TOTAL] = {"Total", "Total"},
    [CLAS_MONTANT_ACOMPTE] = {"Acompte", "Acompte"},
    [CLAS_MONTANT_DEPENSES_REELLES] = {"Dépenses réelles", "Actual expenses"},
    [CLAS_MONTANT_PS_REELLE] = {"Ps réelle", "Actual Ps"},
    [CLAS_MONTANT_DROIT_REEL] = {"Droit réel", "Actual entitlement"},
    [CLAS_MONTANT_ACOMPTES_VERSES] = {"Acomptes versés", "Acomptes paid"},
    [CLAS_MONTANT_REGULARISATION] = {"Régularisation", "Adjustment"},
};
_Static_assert(COUNT_OF(montants) == CLAS_MONTANT_COUNT, "montant labels");

static const label unites[] = {
    [CLAS_UNITE_CENTS] = {"euros", "euros"},
    [CLAS_UNITE_TAUX] = {"taux", "rate"},
    [CLAS_UNITE_NOMBRE] = {"nombre", "number"},
    [CLAS_UNITE_BOOLEEN] = {"oui ou non", "yes or no"},
    [CLAS_UNITE_DATE] = {"date", "date"},
    [CLAS_UNITE_NIVEAUX] = {"niveaux scolaires", "school levels"},
    [CLAS_UNITE_DECISION] = {"décision du comité", "committee decision"},
};
_Static_assert(COUNT_OF(unites) == CLAS_UNITE_DECISION + 1, "unite labels");

static const label axes[] = {
    [CLAS_AXE_ENFANTS] = {"enfants", "children"},
    [CLAS_AXE_PARENTS] = {"parents", "parents"},
    [CLAS_AXE_ECOLE] = {"école", "school"},
    [CLAS_AXE_TERRITOIRE] = {"territoire", "territory"},
};
_Static_assert(COUNT_OF(axes) == CLAS_AXE_COUNT, "axe labels");

static const label bonuses[] = {
    [CLAS_BONUS_ENFANTS] = {"bonus enfants", "children bonus"},
    [CLAS_BONUS_PARENTS] = {"bonus parents", "parents bonus"},
};
_Static_assert(COUNT_OF(bonuses) == CLAS_BONUS_COUNT, "bonus labels");

typedef struct label_table {
    const char *name;
    const label *labels;
    size_t count;
} label_table;

#define TABLE(name, t) {name, t, COUNT_OF(t)}

static const label_table tables[] = {
    [CLAS_LABEL_VERDICT] = TABLE("verdict", verdicts),
    [CLAS_LABEL_STATUT] = TABLE("statut", statuts),
    [CLAS_LABEL_SEVERITY] = TABLE("severity", severities),
    [CLAS_LABEL_DECISION] = TABLE("decision", decisions),
    [CLAS_LABEL_PORTEUR_TYPE] = TABLE("porteur_type", porteur_types),
    [CLAS_LABEL_ROUNDING] = TABLE("rounding", roundings),
    [CLAS_LABEL_ACTION] = TABLE("action", actions),
    [CLAS_LABEL_CHAMP] = TABLE("champ", champs),
    [CLAS_LABEL_TOTAL] = TABLE("total", totals),
    [CLAS_LABEL_MONTANT] = TABLE("montant", montants),
    [CLAS_LABEL_UNITE] = TABLE("unite", unites),
    [CLAS_LABEL_AXE] = TABLE("axe", axes),
    [CLAS_LABEL_BONUS] = TABLE("bonus", bonuses),
};
_Static_assert(COUNT_OF(tables) == CLAS_LABEL_KIND_COUNT, "label tables");

static const label_table *table_of(clas_label_kind kind)
{
    return (int)kind >= 0 && kind < CLAS_LABEL_KIND_COUNT ? &tables[kind] : NULL;
}

const char *clas_label(clas_label_kind kind, int value, clas_lang lang)
{
    const label_table *t = table_of(kind);
    if (!t || value < 0 || (size_t)value >= t->count)
        return NULL;
    switch (lang) {
    case CLAS_LANG_FR: return t->labels[value].fr;
    case CLAS_LANG_EN: return t->labels[value].en;
    }
    return NULL;
}

const char *clas_label_kind_name(clas_label_kind kind)
{
    const label_table *t = table_of(kind);
    return t ? t->name : NULL;
}

size_t clas_label_count(clas_label_kind kind)
{
    const label_table *t = table_of(kind);
    return t ? t->count : 0;
}

const char *clas_action_label(clas_action action)
{
    return clas_label(CLAS_LABEL_ACTION, (int)action, CLAS_LANG_FR);
}
