/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file clas/codes.h
 * @brief The catalogue of constat codes: one row per code.
 *
 * This list is the one place a constat code is declared. It gives the
 * public enumeration clas_code (evaluation.h) and the library's catalogue
 * (each code's rule, stage, policy, champ and messages); the bindings'
 * enumerations are built from it. Codes are never renumbered: a new code
 * takes the next value, at the end of the list.
 */
#ifndef CLAS_CODES_H
#define CLAS_CODES_H

#include "common.h"

/**
 * Every constat code, in the order of its values: X(name, value, regle,
 * stage, policy, champ, kind, source, fr, en), where
 *  - name: the code, CLAS_CODE_ followed by the name in C, the name alone
 *    in JSON and clas_code_name();
 *  - value: its stable number;
 *  - regle: the rule raising it, CLAS_REGLE_ followed by it; its severity is the
 *    cadre's for that rule;
 *  - stage: ELIGIBILITE (checking the dossier or collectif, before any
 *    amount) or FINANCEMENT (amounts, decision, budget balance, bilan);
 *  - policy: SWITCHABLE (a cadre may switch its rule off), ALWAYS (never
 *    silenced), INFORM (never silenced, always informational),
 *    SWITCHABLE_INFORM (may be switched off, informational otherwise) or
 *    BLOCKING (never silenced, always blocking: a contradiction in the data);
 *  - champ: the field concerned (bonus codes add ".enfants"/".parents",
 *    BILAN_REPARTITION_INCOHERENTE ".niveau"/".sexe");
 *  - kind: how valeur and limite read: COUNT, CENTS, DATE, LEVELS or ACTION;
 *  - source: RULE (the text of its rule) or the name of its own text in
 *    the library's catalogue;
 *  - fr, en: the messages, where \%V is the valeur, \%L the limite and
 *    \%K the bonus kind.
 * @since 1.0
 * @sa clas_code, clas_code_name(), clas_code_regle(), clas_code_source()
 */
#define CLAS_CODE_LIST(X) \
    X(PUBLIC_AUCUN_NIVEAU, 0, PUBLIC, ELIGIBILITE, SWITCHABLE, "niveaux", COUNT, RULE, \
      "Aucun niveau scolaire indiqué : le Clas s'adresse aux élèves du CP à la Terminale.", \
      "No school level given: the Clas is for pupils from CP to Terminale.") \
    X(PUBLIC_NIVEAU_HORS_CHAMP, 1, PUBLIC, ELIGIBILITE, SWITCHABLE, "niveaux", LEVELS, RULE, \
      "Niveaux hors du public du Clas (CP à Terminale) : %V.", \
      "Levels outside the Clas public (CP to Terminale): %V.") \
    X(HORS_TEMPS_NON, 2, HORS_TEMPS, ELIGIBILITE, SWITCHABLE, "hors_temps_scolaire", COUNT, RULE, \
      "Le collectif n'est pas déclaré hors temps scolaire ; le Clas se déroule hors temps scolaire.", \
      "The collectif is not declared as outside school time; the Clas takes place outside school time.") \
    X(AXE_ENFANTS_ABSENT, 3, AXES, ELIGIBILITE, SWITCHABLE, "actions.enfants", COUNT, RULE, \
      "Axe « enfants » : %V action(s), il en faut au moins %L.", \
      "Axis \"children\": %V action(s), at least %L required.") \
    X(AXE_PARENTS_ABSENT, 4, AXES, ELIGIBILITE, SWITCHABLE, "actions.parents", COUNT, RULE, \
      "Axe « parents » : %V action(s), il en faut au moins %L.", \
      "Axis \"parents\": %V action(s), at least %L required.") \
    X(AXE_ECOLE_ABSENT, 5, AXES, ELIGIBILITE, SWITCHABLE, "actions.ecole", COUNT, RULE, \
      "Axe « école » : %V action(s), il en faut au moins %L.", \
      "Axis \"school\": %V action(s), at least %L required.") \
    X(AXE_TERRITOIRE_ABSENT, 6, AXES, ELIGIBILITE, SWITCHABLE, "actions.territoire", COUNT, RULE, \
      "Axe « territoire » : %V action(s), il en faut au moins %L.", \
      "Axis \"territory\": %V action(s), at least %L required.") \
    X(SOCLE_PARENTS_INSUFFISANT, 7, SOCLE_PARENTS, ELIGIBILITE, SWITCHABLE, "actions.parents", COUNT, RULE, \
      "Socle d'actions envers les parents insuffisant : %V action(s), minimum %L.", \
      "Minimum set of actions toward parents not met: %V action(s), at least %L.") \
    X(GROUPE_TROP_PETIT, 8, GROUPE, ELIGIBILITE, SWITCHABLE, "nb_enfants", COUNT, RULE, \
      "Collectif de %V enfant(s) : le minimum est de %L.", \
      "Collectif of %V child(ren): the minimum is %L.") \
    X(GROUPE_TROP_GRAND, 9, GROUPE, ELIGIBILITE, SWITCHABLE, "nb_enfants", COUNT, RULE, \
      "Collectif de %V enfants : le maximum est de %L.", \
      "Collectif of %V children: the maximum is %L.") \
    X(ENCADREMENT_INSUFFISANT, 10, ENCADREMENT, ELIGIBILITE, SWITCHABLE, "intervenants", COUNT, RULE, \
      "%V intervenant(s), salariés et bénévoles compris : il en faut au moins %L.", \
      "%V adult(s) running the sessions, paid and volunteer: at least %L required.") \
    X(DEPOT_HORS_DELAI, 11, DELAI, ELIGIBILITE, SWITCHABLE, "date_depot", DATE, RULE, \
      "Dossier déposé le %V, après la date limite du %L.", \
      "Dossier filed on %V, after the %L deadline.") \
    X(DEPOT_DATE_ABSENTE, 12, DELAI, ELIGIBILITE, SWITCHABLE, "date_depot", DATE, RULE, \
      "Date de dépôt absente : le respect de la date limite ne peut pas être vérifié.", \
      "No filing date: the deadline cannot be checked.") \
    X(DOSSIER_SANS_COLLECTIF, 13, DELAI, ELIGIBILITE, SWITCHABLE, "collectifs", COUNT, RULE, \
      "Dossier incomplet : aucun collectif n'est décrit.", \
      "Incomplete dossier: no collectif is described.") \
    X(AIDE_DEVOIRS_SEULE, 14, AIDE_DEVOIRS, ELIGIBILITE, SWITCHABLE, "actions.enfants", COUNT, RULE, \
      "L'axe « enfants » se limite à l'aide aux devoirs, ce qui ne répond pas aux objectifs du Clas.", \
      "The children axis is homework help only, which does not meet the aims of the Clas.") \
    X(BUDGET_DEPENSES_NULLES, 15, BUDGET, ELIGIBILITE, SWITCHABLE, "depenses", CENTS, RULE, \
      "Dépenses de fonctionnement nulles : le budget prévisionnel est à compléter.", \
      "Operating expenses are zero: the forecast budget must be completed.") \
    X(BUDGET_FINANCEMENTS_NON_DECLARES, 16, BUDGET, ELIGIBILITE, SWITCHABLE, "financements", COUNT, RULE, \
      "Aucun autre financement n'est déclaré dans le budget prévisionnel.", \
      "No other funding is declared in the forecast budget.") \
    X(BUDGET_SURFINANCEMENT, 17, BUDGET, FINANCEMENT, SWITCHABLE, "financements", CENTS, RULE, \
      "Ps, bonus et autres financements (%V) dépassent les dépenses (%L).", \
      "Ps, bonuses and other funding (%V) exceed the expenses (%L).") \
    X(PS_PRIX_PLAFOND_APPLIQUE, 18, PS, FINANCEMENT, INFORM, "depenses", CENTS, RULE, \
      "Dépenses de %V retenues dans la limite du prix plafond de %L.", \
      "Expenses of %V taken into account up to the ceiling of %L.") \
    X(PS_MAXIMUM_APPLIQUE, 19, PS, FINANCEMENT, INFORM, "ps", CENTS, RULE, \
      "Ps calculée de %V ramenée au montant maximal publié de %L.", \
      "Computed Ps of %V reduced to the published maximum of %L.") \
    X(BONUS_SANS_AGREMENT, 20, BONUS, FINANCEMENT, SWITCHABLE, "bonus", CENTS, RULE, \
      "Bonus « %K » accordé à un collectif non agréé ou non éligible : les %V ne sont pas versés.", \
      "Bonus \"%K\" granted to a collectif that is not approved or not eligible: %V is not paid.") \
    X(BONUS_SANS_PROJET, 21, BONUS, FINANCEMENT, SWITCHABLE, "bonus", COUNT, RULE, \
      "Bonus « %K » sans description du projet qui va au-delà du socle de la Ps.", \
      "Bonus \"%K\" without a description of the project that goes beyond the base Ps.") \
    X(BONUS_NON_DEMANDE, 22, BONUS, FINANCEMENT, SWITCHABLE, "bonus", COUNT, RULE, \
      "Bonus « %K » accordé sans avoir été demandé.", \
      "Bonus \"%K\" granted without being requested.") \
    X(BAREME_PROVISOIRE, 23, BAREME, ELIGIBILITE, ALWAYS, "annee_scolaire", COUNT, RECONDUCTION, \
      "Aucun barème publié pour cette année scolaire : le dernier barème connu est reconduit, les montants sont provisoires.", \
      "No barème published for this school year: the last known one is carried forward, amounts are provisional.") \
    X(AGREMENT_REFUSE, 24, AGREMENT, FINANCEMENT, ALWAYS, "decision", COUNT, RULE, \
      "Collectif refusé par le comité : aucun financement.", \
      "Collectif refused by the committee: no funding.") \
    X(AGREMENT_EN_ATTENTE, 25, AGREMENT, FINANCEMENT, INFORM, "decision", COUNT, RULE, \
      "Décision du comité en attente : les montants sont prévisionnels et aucun bonus n'est retenu.", \
      "Committee decision pending: amounts are forecasts and no bonus is counted.") \
    X(BILAN_SOLDE, 26, BILAN, FINANCEMENT, INFORM, "regularisation", CENTS, REGULARISATION, \
      "Après le bilan, solde à verser : %V.", \
      "After the bilan, balance to pay: %V.") \
    X(BILAN_INDU, 27, BILAN, FINANCEMENT, ALWAYS, "regularisation", CENTS, REGULARISATION, \
      "Après le bilan, indu à récupérer : %V.", \
      "After the bilan, overpayment to recover: %V.") \
    X(BILAN_GROUPE_HORS_NORME, 28, BILAN, FINANCEMENT, ALWAYS, "bilan.nb_enfants", COUNT, GROUPE, \
      "Bilan : %V enfant(s) accueilli(s), hors de la taille de collectif admise (limite %L).", \
      "Bilan: %V child(ren) attended, outside the allowed group size (limit %L).") \
    X(DEPOT_DELAI_NON_VERIFIE, 29, DELAI, ELIGIBILITE, SWITCHABLE_INFORM, "date_depot", DATE, DELAI_NON_VERIFIE, \
      "Le cadre appliqué ne fixe pas de date limite de dépôt : le délai n'est pas vérifié.", \
      "The cadre applied sets no filing deadline: the deadline is not checked.") \
    X(FREQUENCE_SEANCES_INSUFFISANTES, 30, FREQUENCE, ELIGIBILITE, SWITCHABLE, "seances_par_semaine", COUNT, RULE, \
      "%V séance(s) par semaine prévue(s) ; le cadre en demande au moins %L.", \
      "%V session(s) per week planned; the cadre requires at least %L.") \
    X(FREQUENCE_DUREE_INSUFFISANTE, 31, FREQUENCE, ELIGIBILITE, SWITCHABLE, "minutes_par_seance", COUNT, RULE, \
      "Séances de %V minute(s) prévues ; le cadre en demande au moins %L.", \
      "Sessions of %V minute(s) planned; the cadre requires at least %L.") \
    X(FREQUENCE_SEMAINES_INSUFFISANTES, 32, FREQUENCE, ELIGIBILITE, SWITCHABLE, "nb_semaines", COUNT, RULE, \
      "%V semaine(s) d'activité prévue(s) ; le cadre en demande au moins %L.", \
      "%V week(s) of activity planned; the cadre requires at least %L.") \
    X(BILAN_SEANCES_INSUFFISANTES, 33, FREQUENCE, FINANCEMENT, SWITCHABLE, "bilan.nb_seances", COUNT, RULE, \
      "Bilan : %V séance(s) tenue(s) ; la fréquence minimale du cadre en donne %L.", \
      "Bilan: %V session(s) held; the cadre's minimum frequency gives %L.") \
    X(BILAN_HEURES_INSUFFISANTES, 34, FREQUENCE, FINANCEMENT, SWITCHABLE, "bilan.nb_heures", COUNT, RULE, \
      "Bilan : %V heure(s) tenue(s) ; la fréquence et la durée minimales du cadre en donnent %L.", \
      "Bilan: %V hour(s) held; the cadre's minimum frequency and duration give %L.") \
    X(COMPOSITION_CYCLES_MELANGES, 35, COMPOSITION, ELIGIBILITE, SWITCHABLE, "niveaux", COUNT, RULE, \
      "Le collectif mêle %V cycle(s) (primaire, collège, lycée) ; le cadre en admet au plus %L.", \
      "The collectif mixes %V school cycle(s) (primaire, collège, lycée); the cadre allows at most %L.") \
    X(BILAN_PRECEDENT_NON_DEPOSE, 36, BILAN_PRECEDENT, ELIGIBILITE, SWITCHABLE, "bilan_precedent", COUNT, RULE, \
      "Le bilan de l'année scolaire précédente n'a pas été déposé ; il sert à l'étude du nouveau dossier.", \
      "The previous school year's bilan was not filed; it is used to study the new dossier.") \
    X(SOCLE_PARENTS_ACTION_MANQUANTE, 37, SOCLE_PARENTS, ELIGIBILITE, SWITCHABLE, "actions.parents", ACTION, RULE, \
      "Action envers les parents absente : %V ; le cadre la compte dans le socle requis.", \
      "Action toward parents missing: %V; the cadre counts it in the required base.") \
    X(BONUS_ACCORDE_INELIGIBLE, 38, BONUS, FINANCEMENT, BLOCKING, "bonus", CENTS, RULE, \
      "Bonus « %K » accordé à un collectif inéligible : décision incohérente, les %V ne sont pas versés.", \
      "Bonus \"%K\" granted to an ineligible collectif: inconsistent decision, %V is not paid.") \
    X(BILAN_REPARTITION_INCOHERENTE, 39, BILAN, FINANCEMENT, ALWAYS, "bilan", COUNT, REPARTITION, \
      "Bilan : les enfants par « %K » font %V, pour %L enfant(s) accueilli(s) ; les deux comptes doivent concorder.", \
      "Bilan: the children by \"%K\" add up to %V, for %L child(ren) attended; the two counts must agree.")

#endif
