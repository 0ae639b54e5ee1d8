# SPDX-License-Identifier: Apache-2.0
# Case A of the rules (domain.md §7) from Tcl: 10 000,00 € of expenses give
# a Ps of 2 800,70 € (33 % of the 8 487,00 € prix plafond, capped).
package require clas
fconfigure stdout -encoding utf-8

set dossier [clas::new_Dossier 2025-2026]
$dossier set_id D51-EXEMPLE
$dossier set_departement 51
$dossier set_date_depot 2025-08-12
set c [$dossier add_collectif C1]
$c add_niveau $clas::CLAS_NIVEAU_CM1
$c add_niveau $clas::CLAS_NIVEAU_CM2
$c set $clas::CLAS_CHAMP_NB_ENFANTS 10
$c set $clas::CLAS_CHAMP_NB_INTERVENANTS_SALARIES 1
$c set $clas::CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES 1
$c set $clas::CLAS_CHAMP_HORS_TEMPS_SCOLAIRE 1
$c set_depenses [clas::cents_parse 10000.00]
$c add_financement Ville [clas::cents_parse 1500.00]
foreach a [list $clas::CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE $clas::CLAS_ACTION_PARENTS_CONVIVIALITE \
               $clas::CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE $clas::CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE] {
    $c add_action $a
}
$c set_decision $clas::CLAS_DECISION_AGREE

set regles [clas::new_Regles]
if {[catch {$dossier evaluate $regles} ev]} {
    puts stderr "$::errorCode: $ev"    ;# errorCode is {CLAS <status> <location>}
    exit 1
}
puts "[$ev collectif_id 0]: [clas::clas_verdict_name [$ev collectif_verdict 0]],\
 Ps [clas::cents_format_human [$ev montant 0 $clas::CLAS_MONTANT_PS]]"
# Objects are commands: releasing them frees the library's objects.
foreach o [list $ev $regles $c $dossier] { rename $o "" }
