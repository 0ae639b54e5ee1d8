# SPDX-License-Identifier: Apache-2.0
# clas::Batch_evaluate_one (TAP): one collectif in one call gives exactly what
# the object API gives for a dossier of that one collectif filed on time, on
# boundary cases of R-PS, R-BUDGET, R-GROUPE, R-ENCADREMENT, R-AGREMENT, R-BONUS.
package require clas

set regles [clas::new_Regles]
set ev [clas::new_Evaluation]
set AGREE $clas::BATCH_AGREE
set BONUS [list [list $clas::CLAS_BONUS_ENFANTS $clas::BATCH_BONUS_ENFANTS_DEMANDE $clas::BATCH_BONUS_ENFANTS_ACCORDE] \
               [list $clas::CLAS_BONUS_PARENTS $clas::BATCH_BONUS_PARENTS_DEMANDE $clas::BATCH_BONUS_PARENTS_ACCORDE]]

# {verdict code ps bonus total} through Dossier, Collectif and Evaluation;
# bonus is "" or an index into BONUS.
proc object_api {depenses autres enfants intervenants decision bonus} {
    global regles ev AGREE BONUS
    set d [clas::new_Dossier 2025-2026]
    $d set_id D1
    $d set_departement 51
    $d set_date_depot 2025-08-01
    set c [$d add_collectif C1]
    $c add_niveau $clas::CLAS_NIVEAU_CM1
    $c set $clas::CLAS_CHAMP_NB_ENFANTS $enfants
    $c set $clas::CLAS_CHAMP_NB_INTERVENANTS_SALARIES [expr {$intervenants / 2}]
    $c set $clas::CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES [expr {$intervenants - $intervenants / 2}]
    $c set $clas::CLAS_CHAMP_HORS_TEMPS_SCOLAIRE 1
    $c set_depenses $depenses
    if {$autres > 0} { $c add_financement Ville $autres }
    foreach a [list $clas::CLAS_ACTION_ENFANTS_VIE_COLLECTIVE $clas::CLAS_ACTION_PARENTS_CONVIVIALITE \
                   $clas::CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE $clas::CLAS_ACTION_TERRITOIRE_REAAP] {
        $c add_action $a
    }
    if {$bonus ne ""} {
        $c set_bonus_demande [lindex $BONUS $bonus 0] 1 "Sorties culturelles"
        $c set_bonus_accorde [lindex $BONUS $bonus 0] [expr {$decision == $AGREE}]
    }
    if {$decision != 0} {
        $c set_decision [expr {$decision == $AGREE ? $clas::CLAS_DECISION_AGREE : $clas::CLAS_DECISION_REFUSE}]
    }
    $ev run $regles NULL $d 0
    set code $clas::BATCH_NO_CODE
    for {set j 0} {$j < [$ev num_collectif_constats 0]} {incr j} {
        set k [$ev collectif_constat 0 $j]
        set blocking [expr {[$k severity] == $clas::CLAS_SEVERITY_BLOCKING}]
        if {$blocking} { set code [$k code] }
        rename $k ""
        if {$blocking} break
    }
    rename $c ""
    rename $d ""
    return [list [$ev collectif_verdict 0] $code [$ev montant 0 $clas::CLAS_MONTANT_PS] \
                [expr {[$ev montant 0 $clas::CLAS_MONTANT_BONUS_ENFANTS] + [$ev montant 0 $clas::CLAS_MONTANT_BONUS_PARENTS]}] \
                [$ev montant 0 $clas::CLAS_MONTANT_TOTAL]]
}

# The same collectif as a row of input values, in BatchColumn order.
proc row {depenses autres enfants intervenants decision bonus} {
    global AGREE BONUS
    set flags $decision
    if {$bonus ne ""} {
        set flags [expr {$flags | [lindex $BONUS $bonus 1] | ($decision == $AGREE ? [lindex $BONUS $bonus 2] : 0)}]
    }
    return [list $depenses $autres $enfants $intervenants [expr {1 << $clas::CLAS_NIVEAU_CM1}] 1 1 1 1 1 $flags]
}

set cases 0
set same 0
set seen [dict create]
foreach dep {0 150 848699 848700 848701 1000000} {
    foreach autres {0 150000 2000000} {
        foreach enf {7 8 12 13} {
            foreach int {1 2 3} {
                foreach dec [list $AGREE $clas::BATCH_REFUSE 0] {
                    foreach b {"" 0 1} {
                        set want [object_api $dep $autres $enf $int $dec $b]
                        set got [clas::Batch_evaluate_one $regles 2025-2026 51 [row $dep $autres $enf $int $dec $b]]
                        incr cases
                        if {$got eq $want} { incr same } else { puts "# case $dep $autres $enf $int $dec '$b': got $got, want $want" }
                        dict set seen [list [lindex $want 0] [lindex $want 1] [expr {[lindex $want 2] > 0}] \
                                          [expr {[lindex $want 3] > 0}]] 1
                    }
                }
            }
        }
    }
}
puts "[expr {$same == $cases ? {ok} : {not ok}}] 1 - $same of $cases cases give the object API's verdict, code and amounts"
puts "[expr {[dict size $seen] >= 6 ? {ok} : {not ok}}] 2 - the cases reach several codes, with and without Ps and bonus"
set rc [catch {clas::Batch_evaluate_one $regles 2025-2026 51 {-1}} msg opts]
set code [expr {$rc ? [dict get $opts -errorcode] : ""}]
puts "[expr {[lrange $code 0 1] eq {CLAS CLAS_ERANGE} && [string match *depenses* [lindex $code 2]] ? {ok} : {not ok}}] 3 - a value out of range raises CLAS_ERANGE naming the column"
set rc [catch {clas::Batch_evaluate_one $regles 2025-2026 51 [lrepeat [expr {$clas::BATCH_ROW_INPUTS + 1}] 0]} msg opts]
set code [expr {$rc ? [dict get $opts -errorcode] : ""}]
puts "[expr {[lrange $code 0 1] eq {CLAS CLAS_EINVAL} ? {ok} : {not ok}}] 4 - too many values raise CLAS_EINVAL"
puts "1..4"
rename $ev ""
rename $regles ""
