# SPDX-License-Identifier: Apache-2.0
# Memory loop: N cycles (default 100000) of building case A, evaluating it
# with the trace, using a constat after its evaluation and dossier are
# released (renamed to ""), and an error path. Prints the resident memory
# after the first tenth and at the end; fails if it grew by more than 1 MiB.
package require clas

set n [expr {[llength $argv] ? [lindex $argv 0] : 100000}]
proc rss_kb {} {
    set fh [open /proc/self/status]
    set text [read $fh]
    close $fh
    regexp -line {^VmRSS:\s+(\d+)} $text -> kb
    return $kb
}
set regles [clas::new_Regles]
set actions [list $clas::CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE $clas::CLAS_ACTION_PARENTS_CONVIVIALITE \
                 $clas::CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE $clas::CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE]
for {set i 1} {$i <= $n} {incr i} {
    set d [clas::new_Dossier 2025-2026]
    $d set_departement 51
    $d set_date_depot 2025-08-12
    set c [$d add_collectif C1]
    $c add_niveau $clas::CLAS_NIVEAU_CM1
    $c set $clas::CLAS_CHAMP_NB_ENFANTS 10
    $c set $clas::CLAS_CHAMP_NB_INTERVENANTS_SALARIES 2
    $c set $clas::CLAS_CHAMP_HORS_TEMPS_SCOLAIRE 1
    $c set_depenses 1000000
    foreach a $actions { $c add_action $a }
    $c set_decision $clas::CLAS_DECISION_AGREE
    set ev [$d evaluate $regles NULL $clas::CLAS_EVAL_TRACE]
    set k [$ev collectif_constat 0 0]
    rename $ev ""
    rename $d ""
    if {[clas::clas_code_name [$k code]] eq ""} { error "child after parent" }
    if {![catch {$c set_depenses -1}] || [lindex $::errorCode 1] ne "CLAS_ERANGE"} { error "error path" }
    rename $k ""
    rename $c ""
    if {$i == $n / 10} { set start [rss_kb] }
}
set end [rss_kb]
puts [format "tcl: %d cycles, RSS %d kB after %d, %d kB at the end (%+d kB)" $n $start [expr {$n / 10}] $end [expr {$end - $start}]]
exit [expr {$end - $start > 1024}]
