/* SPDX-License-Identifier: Apache-2.0 */
/* The catalogue: one row per rule (its text, its national severity) and
 * one row per constat code (its rule, its stage, whether a cadre may switch
 * it off or it only informs, its champ, its messages in French and English,
 * its text when it is not the rule's). Every other module reads policy
 * from here; adding a code is a row below, the check that raises it and a
 * vector (doc/engine.md). */
#include "engine/engine.h"

#include <string.h>

#define SOURCE(t, s, u) {t, s, u, t ", " s}

#define CNAF_PAGE "CNAF, page partenaires « Contrat local d'accompagnement à la scolarité »"
#define CNAF_PAGE_URL "https://www.caf.fr/partenaires/contrat-local-d-accompagnement-la-scolarite"
#define REFERENTIEL "CNAF, référentiel national de financement du Clas"
#define REFERENTIEL_URL \
    "https://www.caf.fr/sites/default/files/cnaf/Documents/DCom/Partenaires_Bailleurs/Referentiel_National_financement_CLAS%20_Caf.pdf"
#define NOTE_MARNE "CAF de la Marne, note de cadrage départemental Clas 2025-2026"
#define CIRCULAIRE_2004 "Circulaire DIF/DIV/DGAS/DPM/DESCO n° 2004-198 du 25 mars 2004 (Clas)"
#define CIRCULAIRE_2004_URL "https://solidarites-sante.gouv.fr/fichiers/bo/2004/04-21/a0211495.htm"
#define LIBCLAS "libclas, paramètre sans texte public [U]"

/* The texts that state each rule (domain.md §3 and §9). A cadre's own
 * source is cited next to these for the values it sets, never instead. */
static const clas_source SRC_PUBLIC =
    SOURCE(CNAF_PAGE, "« En quelques mots » : « s'adresse aux enfants scolarisés du CP au lycée »", CNAF_PAGE_URL);
static const clas_source SRC_HORS_TEMPS =
    SOURCE(CNAF_PAGE, "« En quelques mots » : « les actions [...] ont lieu en dehors du temps scolaire »", CNAF_PAGE_URL);
static const clas_source SRC_AXES =
    SOURCE(REFERENTIEL, "éligibilité : les quatre axes d'intervention (enfants, parents, école, territoire) "
                        "développés de manière cumulative, repris par la note de la Marne, §3", REFERENTIEL_URL);
static const clas_source SRC_SOCLE_PARENTS =
    SOURCE(REFERENTIEL, "le socle minimum d'actions à réaliser en direction des parents, cité par la note de la Marne, §1",
           REFERENTIEL_URL);
static const clas_source SRC_GROUPE =
    SOURCE(CNAF_PAGE, "« En quelques mots » : « en petit groupe (8 à 12 enfants maximum) »", CNAF_PAGE_URL);
static const clas_source SRC_ENCADREMENT =
    SOURCE(CNAF_PAGE, "« En quelques mots » : « chaque groupe d'enfants est encadré par 2 intervenants "
                      "professionnels et/ou bénévoles »", CNAF_PAGE_URL);
static const clas_source SRC_DELAI =
    SOURCE("Francas du Gard, guide pratique Clas 2016-2017 (pratique départementale [D])",
           "page de garde : « tout dossier incomplet ou hors délai ne sera pas instruit »",
           "https://doczz.fr/doc/3994972/accompagnement-a-la-scolarite---poulx");
static const clas_source SRC_AIDE_DEVOIRS =
    SOURCE("CAF de Loire-Atlantique, appel à projets Clas (pratique départementale [D])",
           "l'aide aux devoirs seule ne répond pas aux objectifs du Clas", "");
static const clas_source SRC_BUDGET =
    SOURCE(LIBCLAS, "cohérence du budget prévisionnel : dépenses, autres financements, recettes au plus égales aux dépenses",
           "");
static const clas_source SRC_PS =
    SOURCE(NOTE_MARNE, "§3 « Les modalités d'éligibilité et de calcul de la Ps Clas » : 33 % des dépenses de "
                       "fonctionnement, dans la limite d'un prix plafond, valeur maximale de la Ps", "");
static const clas_source SRC_BONUS =
    SOURCE(NOTE_MARNE, "§3 bonus « enfants » et bonus « parents », attribués par le comité de manière cumulative ou "
                       "isolée aux projets qui vont au-delà du socle", "");
static const clas_source SRC_BAREME =
    SOURCE(CIRCULAIRE_2004, "la prestation de service : un taux, un prix plafond fixé chaque année et un montant "
                            "maximal publié", CIRCULAIRE_2004_URL);
static const clas_source SRC_AGREMENT =
    SOURCE(NOTE_MARNE, "§2 « L'organisation départementale » : le comité examine et sélectionne les projets en vue "
                       "de l'agrément", "");
static const clas_source SRC_BILAN =
    SOURCE(NOTE_MARNE, "§3 « 1 – Le bilan » : le questionnaire des données d'activités de chaque action", "");
static const clas_source SRC_FREQUENCE =
    SOURCE(REFERENTIEL, "le cadre organisationnel : composition des groupes, encadrement, fréquence (cité par la note "
                        "de la Marne, §1) ; seuils sans texte public lu, fixés par le cadre [U]", REFERENTIEL_URL);
static const clas_source SRC_COMPOSITION =
    SOURCE(REFERENTIEL, "le cadre organisationnel : la composition des groupes d'enfants (cité par la note de la "
                        "Marne, §1) ; règle départementale, désactivée nationalement [U]", REFERENTIEL_URL);
static const clas_source SRC_BILAN_PRECEDENT =
    SOURCE(NOTE_MARNE, "§3 « Gestion du CLAS : Appel à projet et bilan des actions Clas » : « Ce bilan permet l'étude "
                       "de votre nouveau dossier » ; la suite donnée à un bilan non déposé n'est fixée par aucun "
                       "texte lu [U]", "");
/* Codes whose text is not their rule's. */
static const clas_source SRC_REGULARISATION =
    SOURCE(LIBCLAS, "régularisation = droit réel − acomptes versés (solde ou indu), pratique générale des CAF", "");
static const clas_source SRC_DELAI_NON_VERIFIE =
    SOURCE(LIBCLAS, "sans date limite dans le cadre appliqué, le délai de dépôt ne peut pas être vérifié", "");
static const clas_source SRC_RECONDUCTION =
    SOURCE(LIBCLAS, "à la demande de l'appelant, le dernier barème connu est reconduit et les montants sont "
                    "provisoires", "");

/* One row per rule: its national severity (domain.md §3), its text, and
 * the cadre and barème fields whose references the trace cites. */
const clas_regle_row clas__regles[CLAS_REGLE_COUNT] = {
    [CLAS_REGLE_PUBLIC] = {CLAS_SEVERITY_BLOCKING, &SRC_PUBLIC, NULL, NULL},
    [CLAS_REGLE_HORS_TEMPS] = {CLAS_SEVERITY_BLOCKING, &SRC_HORS_TEMPS, NULL, NULL},
    [CLAS_REGLE_AXES] = {CLAS_SEVERITY_BLOCKING, &SRC_AXES, "seuils.actions_par_axe_min", NULL},
    [CLAS_REGLE_SOCLE_PARENTS] = {CLAS_SEVERITY_BLOCKING, &SRC_SOCLE_PARENTS, "seuils.actions_parents_min", NULL},
    [CLAS_REGLE_GROUPE] = {CLAS_SEVERITY_BLOCKING, &SRC_GROUPE, "seuils.enfants_min", NULL},
    [CLAS_REGLE_ENCADREMENT] = {CLAS_SEVERITY_BLOCKING, &SRC_ENCADREMENT, "seuils.intervenants_min", NULL},
    [CLAS_REGLE_DELAI] = {CLAS_SEVERITY_BLOCKING, &SRC_DELAI, "calendrier.limite_depot", NULL},
    /* [D]: off nationally, a department may enable it */
    [CLAS_REGLE_AIDE_DEVOIRS] = {CLAS_SEVERITY_OFF, &SRC_AIDE_DEVOIRS, NULL, NULL},
    [CLAS_REGLE_BUDGET] = {CLAS_SEVERITY_WARNING, &SRC_BUDGET, NULL, NULL},
    [CLAS_REGLE_PS] = {CLAS_SEVERITY_INFO, &SRC_PS, NULL, "taux"},
    [CLAS_REGLE_BONUS] = {CLAS_SEVERITY_WARNING, &SRC_BONUS, NULL, "bonus.enfants"},
    [CLAS_REGLE_BAREME] = {CLAS_SEVERITY_WARNING, &SRC_BAREME, NULL, "taux"},
    [CLAS_REGLE_AGREMENT] = {CLAS_SEVERITY_WARNING, &SRC_AGREMENT, NULL, NULL},
    [CLAS_REGLE_BILAN] = {CLAS_SEVERITY_WARNING, &SRC_BILAN, "seuils.taux_acompte", "taux"},
    [CLAS_REGLE_FREQUENCE] = {CLAS_SEVERITY_WARNING, &SRC_FREQUENCE, "seuils.seances_par_semaine_min", NULL},
    /* a department may enable it */
    [CLAS_REGLE_COMPOSITION] = {CLAS_SEVERITY_OFF, &SRC_COMPOSITION, "seuils.cycles_max", NULL},
    /* [U]: the note says the bilan is used, not what follows when it is missing */
    [CLAS_REGLE_BILAN_PRECEDENT] = {CLAS_SEVERITY_WARNING, &SRC_BILAN_PRECEDENT, NULL, NULL},
};

/* One row per constat code. may_switch_off false: the cadre may grade the
 * code but never silence it (amounts, the barème, the committee, the bilan
 * are always reported). inform_only: informational by nature. */
const clas_code_row clas__codes[CLAS_CODE_COUNT] = {
    [CLAS_CODE_PUBLIC_AUCUN_NIVEAU] = {
        .name = "PUBLIC_AUCUN_NIVEAU", .regle = CLAS_REGLE_PUBLIC, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "niveaux", .kind = CLAS_VK_COUNT,
        .fr = "Aucun niveau scolaire indiqué : le Clas s'adresse aux élèves du CP à la Terminale.",
        .en = "No school level given: the Clas is for pupils from CP to Terminale."},
    [CLAS_CODE_PUBLIC_NIVEAU_HORS_CHAMP] = {
        .name = "PUBLIC_NIVEAU_HORS_CHAMP", .regle = CLAS_REGLE_PUBLIC, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "niveaux", .kind = CLAS_VK_LEVELS,
        .fr = "Niveaux hors du public du Clas (CP à Terminale) : %V.",
        .en = "Levels outside the Clas public (CP to Terminale): %V."},
    [CLAS_CODE_HORS_TEMPS_NON] = {
        .name = "HORS_TEMPS_NON", .regle = CLAS_REGLE_HORS_TEMPS, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "hors_temps_scolaire", .kind = CLAS_VK_COUNT,
        .fr = "Le collectif n'est pas déclaré hors temps scolaire ; le Clas se déroule hors temps scolaire.",
        .en = "The collectif is not declared as outside school time; the Clas takes place outside school time."},
    [CLAS_CODE_AXE_ENFANTS_ABSENT] = {
        .name = "AXE_ENFANTS_ABSENT", .regle = CLAS_REGLE_AXES, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "actions.enfants", .kind = CLAS_VK_COUNT,
        .fr = "Axe « enfants » : %V action(s), il en faut au moins %L.",
        .en = "Axis \"children\": %V action(s), at least %L required."},
    [CLAS_CODE_AXE_PARENTS_ABSENT] = {
        .name = "AXE_PARENTS_ABSENT", .regle = CLAS_REGLE_AXES, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "actions.parents", .kind = CLAS_VK_COUNT,
        .fr = "Axe « parents » : %V action(s), il en faut au moins %L.",
        .en = "Axis \"parents\": %V action(s), at least %L required."},
    [CLAS_CODE_AXE_ECOLE_ABSENT] = {
        .name = "AXE_ECOLE_ABSENT", .regle = CLAS_REGLE_AXES, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "actions.ecole", .kind = CLAS_VK_COUNT,
        .fr = "Axe « école » : %V action(s), il en faut au moins %L.",
        .en = "Axis \"school\": %V action(s), at least %L required."},
    [CLAS_CODE_AXE_TERRITOIRE_ABSENT] = {
        .name = "AXE_TERRITOIRE_ABSENT", .regle = CLAS_REGLE_AXES, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "actions.territoire", .kind = CLAS_VK_COUNT,
        .fr = "Axe « territoire » : %V action(s), il en faut au moins %L.",
        .en = "Axis \"territory\": %V action(s), at least %L required."},
    [CLAS_CODE_SOCLE_PARENTS_INSUFFISANT] = {
        .name = "SOCLE_PARENTS_INSUFFISANT", .regle = CLAS_REGLE_SOCLE_PARENTS, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "actions.parents", .kind = CLAS_VK_COUNT,
        .fr = "Socle d'actions envers les parents insuffisant : %V action(s), minimum %L.",
        .en = "Minimum set of actions toward parents not met: %V action(s), at least %L."},
    [CLAS_CODE_GROUPE_TROP_PETIT] = {
        .name = "GROUPE_TROP_PETIT", .regle = CLAS_REGLE_GROUPE, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "nb_enfants", .kind = CLAS_VK_COUNT,
        .fr = "Collectif de %V enfant(s) : le minimum est de %L.",
        .en = "Group of %V child(ren): the minimum is %L."},
    [CLAS_CODE_GROUPE_TROP_GRAND] = {
        .name = "GROUPE_TROP_GRAND", .regle = CLAS_REGLE_GROUPE, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "nb_enfants", .kind = CLAS_VK_COUNT,
        .fr = "Collectif de %V enfants : le maximum est de %L.",
        .en = "Group of %V children: the maximum is %L."},
    [CLAS_CODE_ENCADREMENT_INSUFFISANT] = {
        .name = "ENCADREMENT_INSUFFISANT", .regle = CLAS_REGLE_ENCADREMENT, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "intervenants", .kind = CLAS_VK_COUNT,
        .fr = "%V intervenant(s), salariés et bénévoles compris : il en faut au moins %L.",
        .en = "%V adult(s) running the sessions, paid and volunteer: at least %L required."},
    [CLAS_CODE_DEPOT_HORS_DELAI] = {
        .name = "DEPOT_HORS_DELAI", .regle = CLAS_REGLE_DELAI, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "date_depot", .kind = CLAS_VK_DATE,
        .fr = "Dossier déposé le %V, après la date limite du %L.",
        .en = "Dossier filed on %V, after the %L deadline."},
    [CLAS_CODE_DEPOT_DATE_ABSENTE] = {
        .name = "DEPOT_DATE_ABSENTE", .regle = CLAS_REGLE_DELAI, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "date_depot", .kind = CLAS_VK_DATE,
        .fr = "Date de dépôt absente : le respect de la date limite ne peut pas être vérifié.",
        .en = "No filing date: the deadline cannot be checked."},
    [CLAS_CODE_DOSSIER_SANS_COLLECTIF] = {
        .name = "DOSSIER_SANS_COLLECTIF", .regle = CLAS_REGLE_DELAI, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "collectifs", .kind = CLAS_VK_COUNT,
        .fr = "Dossier incomplet : aucun collectif n'est décrit.",
        .en = "Incomplete dossier: no collectif is described."},
    [CLAS_CODE_AIDE_DEVOIRS_SEULE] = {
        .name = "AIDE_DEVOIRS_SEULE", .regle = CLAS_REGLE_AIDE_DEVOIRS, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "actions.enfants", .kind = CLAS_VK_COUNT,
        .fr = "L'axe « enfants » se limite à l'aide aux devoirs, ce qui ne répond pas aux objectifs du Clas.",
        .en = "The children axis is homework help only, which does not meet the aims of the Clas."},
    [CLAS_CODE_BUDGET_DEPENSES_NULLES] = {
        .name = "BUDGET_DEPENSES_NULLES", .regle = CLAS_REGLE_BUDGET, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "depenses", .kind = CLAS_VK_CENTS,
        .fr = "Dépenses de fonctionnement nulles : le budget prévisionnel est à compléter.",
        .en = "Operating expenses are zero: the forecast budget must be completed."},
    [CLAS_CODE_BUDGET_FINANCEMENTS_NON_DECLARES] = {
        .name = "BUDGET_FINANCEMENTS_NON_DECLARES", .regle = CLAS_REGLE_BUDGET, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "financements", .kind = CLAS_VK_COUNT,
        .fr = "Aucun autre financement n'est déclaré dans le budget prévisionnel.",
        .en = "No other funding is declared in the forecast budget."},
    [CLAS_CODE_BUDGET_SURFINANCEMENT] = {
        .name = "BUDGET_SURFINANCEMENT", .regle = CLAS_REGLE_BUDGET, .stage = CLAS_STAGE_FINANCEMENT,
        .may_switch_off = true, .champ = "financements", .kind = CLAS_VK_CENTS,
        .fr = "Ps, bonus et autres financements (%V) dépassent les dépenses (%L).",
        .en = "Ps, bonuses and other funding (%V) exceed the expenses (%L)."},
    [CLAS_CODE_PS_PRIX_PLAFOND_APPLIQUE] = {
        .name = "PS_PRIX_PLAFOND_APPLIQUE", .regle = CLAS_REGLE_PS, .stage = CLAS_STAGE_FINANCEMENT,
        .may_switch_off = false, .inform_only = true, .champ = "depenses", .kind = CLAS_VK_CENTS,
        .fr = "Dépenses de %V retenues dans la limite du prix plafond de %L.",
        .en = "Expenses of %V taken into account up to the ceiling of %L."},
    [CLAS_CODE_PS_MAXIMUM_APPLIQUE] = {
        .name = "PS_MAXIMUM_APPLIQUE", .regle = CLAS_REGLE_PS, .stage = CLAS_STAGE_FINANCEMENT,
        .may_switch_off = false, .inform_only = true, .champ = "ps", .kind = CLAS_VK_CENTS,
        .fr = "Ps calculée de %V ramenée au montant maximal publié de %L.",
        .en = "Computed Ps of %V reduced to the published maximum of %L."},
    [CLAS_CODE_BONUS_SANS_AGREMENT] = {
        .name = "BONUS_SANS_AGREMENT", .regle = CLAS_REGLE_BONUS, .stage = CLAS_STAGE_FINANCEMENT,
        .may_switch_off = true, .champ = "bonus", .kind = CLAS_VK_CENTS,
        .fr = "Bonus « %K » accordé à un collectif non agréé ou non éligible : les %V ne sont pas versés.",
        .en = "Bonus \"%K\" granted to a collectif that is not approved or not eligible: %V is not paid."},
    [CLAS_CODE_BONUS_SANS_PROJET] = {
        .name = "BONUS_SANS_PROJET", .regle = CLAS_REGLE_BONUS, .stage = CLAS_STAGE_FINANCEMENT,
        .may_switch_off = true, .champ = "bonus", .kind = CLAS_VK_COUNT,
        .fr = "Bonus « %K » sans description du projet qui va au-delà du socle de la Ps.",
        .en = "Bonus \"%K\" without a description of the project that goes beyond the base Ps."},
    [CLAS_CODE_BONUS_NON_DEMANDE] = {
        .name = "BONUS_NON_DEMANDE", .regle = CLAS_REGLE_BONUS, .stage = CLAS_STAGE_FINANCEMENT,
        .may_switch_off = true, .champ = "bonus", .kind = CLAS_VK_COUNT,
        .fr = "Bonus « %K » accordé sans avoir été demandé.",
        .en = "Bonus \"%K\" granted without being requested."},
    [CLAS_CODE_BAREME_PROVISOIRE] = {
        .name = "BAREME_PROVISOIRE", .regle = CLAS_REGLE_BAREME, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = false, .champ = "annee_scolaire", .kind = CLAS_VK_COUNT,
        .fr = "Aucun barème publié pour cette année scolaire : le dernier barème connu est reconduit, les montants sont provisoires.",
        .en = "No barème published for this school year: the last known one is carried forward, amounts are provisional.",
        .source = &SRC_RECONDUCTION},
    [CLAS_CODE_AGREMENT_REFUSE] = {
        .name = "AGREMENT_REFUSE", .regle = CLAS_REGLE_AGREMENT, .stage = CLAS_STAGE_FINANCEMENT,
        .may_switch_off = false, .champ = "decision", .kind = CLAS_VK_COUNT,
        .fr = "Collectif refusé par le comité : aucun financement.",
        .en = "Collectif refused by the committee: no funding."},
    [CLAS_CODE_AGREMENT_EN_ATTENTE] = {
        .name = "AGREMENT_EN_ATTENTE", .regle = CLAS_REGLE_AGREMENT, .stage = CLAS_STAGE_FINANCEMENT,
        .may_switch_off = false, .inform_only = true, .champ = "decision", .kind = CLAS_VK_COUNT,
        .fr = "Décision du comité en attente : les montants sont prévisionnels et aucun bonus n'est retenu.",
        .en = "Committee decision pending: amounts are forecasts and no bonus is counted."},
    [CLAS_CODE_BILAN_SOLDE] = {
        .name = "BILAN_SOLDE", .regle = CLAS_REGLE_BILAN, .stage = CLAS_STAGE_FINANCEMENT,
        .may_switch_off = false, .inform_only = true, .champ = "regularisation", .kind = CLAS_VK_CENTS,
        .fr = "Après le bilan, solde à verser : %V.",
        .en = "After the bilan, balance to pay: %V.",
        .source = &SRC_REGULARISATION},
    [CLAS_CODE_BILAN_INDU] = {
        .name = "BILAN_INDU", .regle = CLAS_REGLE_BILAN, .stage = CLAS_STAGE_FINANCEMENT,
        .may_switch_off = false, .champ = "regularisation", .kind = CLAS_VK_CENTS,
        .fr = "Après le bilan, indu à récupérer : %V.",
        .en = "After the bilan, overpayment to recover: %V.",
        .source = &SRC_REGULARISATION},
    [CLAS_CODE_BILAN_GROUPE_HORS_NORME] = {
        .name = "BILAN_GROUPE_HORS_NORME", .regle = CLAS_REGLE_BILAN, .stage = CLAS_STAGE_FINANCEMENT,
        .may_switch_off = false, .champ = "bilan.nb_enfants", .kind = CLAS_VK_COUNT,
        .fr = "Bilan : %V enfant(s) accueilli(s), hors de la taille de collectif admise (limite %L).",
        .en = "Bilan: %V child(ren) attended, outside the allowed group size (limit %L).",
        .source = &SRC_GROUPE},
    [CLAS_CODE_DEPOT_DELAI_NON_VERIFIE] = {
        .name = "DEPOT_DELAI_NON_VERIFIE", .regle = CLAS_REGLE_DELAI, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .inform_only = true, .champ = "date_depot", .kind = CLAS_VK_DATE,
        .fr = "Le cadre appliqué ne fixe pas de date limite de dépôt : le délai n'est pas vérifié.",
        .en = "The cadre applied sets no filing deadline: the deadline is not checked.",
        .source = &SRC_DELAI_NON_VERIFIE},
    [CLAS_CODE_FREQUENCE_SEANCES_INSUFFISANTES] = {
        .name = "FREQUENCE_SEANCES_INSUFFISANTES", .regle = CLAS_REGLE_FREQUENCE, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "seances_par_semaine", .kind = CLAS_VK_COUNT,
        .fr = "%V séance(s) par semaine prévue(s) ; le cadre en demande au moins %L.",
        .en = "%V session(s) per week planned; the cadre requires at least %L."},
    [CLAS_CODE_FREQUENCE_DUREE_INSUFFISANTE] = {
        .name = "FREQUENCE_DUREE_INSUFFISANTE", .regle = CLAS_REGLE_FREQUENCE, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "minutes_par_seance", .kind = CLAS_VK_COUNT,
        .fr = "Séances de %V minute(s) prévues ; le cadre en demande au moins %L.",
        .en = "Sessions of %V minute(s) planned; the cadre requires at least %L."},
    [CLAS_CODE_FREQUENCE_SEMAINES_INSUFFISANTES] = {
        .name = "FREQUENCE_SEMAINES_INSUFFISANTES", .regle = CLAS_REGLE_FREQUENCE, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "nb_semaines", .kind = CLAS_VK_COUNT,
        .fr = "%V semaine(s) d'activité prévue(s) ; le cadre en demande au moins %L.",
        .en = "%V week(s) of activity planned; the cadre requires at least %L."},
    [CLAS_CODE_BILAN_SEANCES_INSUFFISANTES] = {
        .name = "BILAN_SEANCES_INSUFFISANTES", .regle = CLAS_REGLE_FREQUENCE, .stage = CLAS_STAGE_FINANCEMENT,
        .may_switch_off = true, .champ = "bilan.nb_seances", .kind = CLAS_VK_COUNT,
        .fr = "Bilan : %V séance(s) tenue(s) ; la fréquence minimale du cadre en donne %L.",
        .en = "Bilan: %V session(s) held; the cadre's minimum frequency gives %L."},
    [CLAS_CODE_BILAN_HEURES_INSUFFISANTES] = {
        .name = "BILAN_HEURES_INSUFFISANTES", .regle = CLAS_REGLE_FREQUENCE, .stage = CLAS_STAGE_FINANCEMENT,
        .may_switch_off = true, .champ = "bilan.nb_heures", .kind = CLAS_VK_COUNT,
        .fr = "Bilan : %V heure(s) tenue(s) ; la fréquence et la durée minimales du cadre en donnent %L.",
        .en = "Bilan: %V hour(s) held; the cadre's minimum frequency and duration give %L."},
    [CLAS_CODE_COMPOSITION_CYCLES_MELANGES] = {
        .name = "COMPOSITION_CYCLES_MELANGES", .regle = CLAS_REGLE_COMPOSITION, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "niveaux", .kind = CLAS_VK_COUNT,
        .fr = "Le collectif mêle %V cycle(s) (primaire, collège, lycée) ; le cadre en admet au plus %L.",
        .en = "The collectif mixes %V school cycle(s) (primaire, collège, lycée); the cadre allows at most %L."},
    [CLAS_CODE_BILAN_PRECEDENT_NON_DEPOSE] = {
        .name = "BILAN_PRECEDENT_NON_DEPOSE", .regle = CLAS_REGLE_BILAN_PRECEDENT, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "bilan_precedent", .kind = CLAS_VK_COUNT,
        .fr = "Le bilan de l'année scolaire précédente n'a pas été déposé ; il sert à l'étude du nouveau dossier.",
        .en = "The previous school year's bilan was not filed; it is used to study the new dossier."},
    [CLAS_CODE_SOCLE_PARENTS_ACTION_MANQUANTE] = {
        .name = "SOCLE_PARENTS_ACTION_MANQUANTE", .regle = CLAS_REGLE_SOCLE_PARENTS, .stage = CLAS_STAGE_ELIGIBILITE,
        .may_switch_off = true, .champ = "actions.parents", .kind = CLAS_VK_ACTION,
        .fr = "Action envers les parents absente : %V ; le cadre la compte dans le socle requis.",
        .en = "Action toward parents missing: %V; the cadre counts it in the required base."},
};

static bool code_ok(clas_code code) { return (unsigned)code < CLAS_CODE_COUNT; }
static bool regle_ok(clas_regle regle) { return (unsigned)regle < CLAS_REGLE_COUNT; }

const char *clas_code_name(clas_code code) { return code_ok(code) ? clas__codes[code].name : NULL; }

int clas_code_parse(clas_code *out, const char *name)
{
    if (!out || !name)
        return clas__fail_null(NULL);
    for (int i = 0; i < CLAS_CODE_COUNT; i++)
        if (strcmp(clas__codes[i].name, name) == 0) {
            *out = (clas_code)i;
            return CLAS_OK;
        }
    return clas__failm(CLAS_EINVAL, NULL, CLAS__MSG_CODE_INCONNU, CLAS__TEXT("code", name));
}

clas_regle clas_code_regle(clas_code code) { return code_ok(code) ? clas__codes[code].regle : CLAS_REGLE_COUNT; }

const clas_source *clas__code_source(clas_code code)
{
    return clas__codes[code].source ? clas__codes[code].source : clas__regles[clas__codes[code].regle].source;
}

const char *clas_code_source(clas_code code) { return code_ok(code) ? clas__code_source(code)->texte : ""; }
const char *clas_code_source_url(clas_code code) { return code_ok(code) ? clas__code_source(code)->url : ""; }

const char *clas_regle_source(clas_regle regle) { return regle_ok(regle) ? clas__regles[regle].source->texte : NULL; }
const char *clas_regle_source_url(clas_regle regle) { return regle_ok(regle) ? clas__regles[regle].source->url : ""; }

clas_severity clas_regle_default_severity(clas_regle regle)
{
    return regle_ok(regle) ? clas__regles[regle].severity : CLAS_SEVERITY_OFF;
}

int clas_regle_can_switch_off(clas_regle regle)
{
    if (!regle_ok(regle))
        return 0;
    for (int i = 0; i < CLAS_CODE_COUNT; i++)
        if (clas__codes[i].regle == regle && !clas__codes[i].may_switch_off)
            return 0;
    return 1;
}

clas_severity clas__code_severity(const clas_cadre *cadre, clas_code code)
{
    return clas__code_severity_for(&clas__codes[code], cadre->severities[clas__codes[code].regle]);
}
