# SPDX-License-Identifier: Apache-2.0
# Cost per call from Tcl: one collectif built from values and evaluated, a
# built dossier evaluated into a reused Evaluation, and the batch per
# collectif. Median of 7 runs (3 with --quick). Objects are released with
# `rename $obj ""`, which is part of what is measured.
#   TCLLIBPATH=build/bindings/tcl tclsh bench/clas_bench.tcl [--quick]
package require clas

set quick [expr {"--quick" in $argv}]
lassign [expr {$quick ? {20000 3 100000} : {200000 7 1000000}}] n runs rows

proc median {k runs script} {
    uplevel 1 [list set k [expr {$k / 10 + 1}]]
    uplevel 1 $script
    set t {}
    for {set r 0} {$r < $runs} {incr r} {
        uplevel 1 [list set k $k]
        set t0 [clock microseconds]
        uplevel 1 $script
        lappend t [expr {double([clock microseconds] - $t0) / $k}]
    }
    return [lindex [lsort -real $t] [expr {$runs / 2}]]
}

set actions [list $clas::CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE $clas::CLAS_ACTION_PARENTS_CONVIVIALITE \
                 $clas::CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE $clas::CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE]
proc build {} {
    global actions
    set d [clas::new_Dossier 2025-2026]
    $d set_departement 51
    $d set_date_depot 2025-08-12
    set c [$d add_collectif C1]
    $c add_niveau $clas::CLAS_NIVEAU_CM1
    $c set $clas::CLAS_CHAMP_NB_ENFANTS 10
    $c set $clas::CLAS_CHAMP_NB_INTERVENANTS_SALARIES 1
    $c set $clas::CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES 1
    $c set $clas::CLAS_CHAMP_HORS_TEMPS_SCOLAIRE 1
    $c set_depenses 1000000
    $c add_financement Ville 150000
    foreach a $actions { $c add_action $a }
    $c set_decision $clas::CLAS_DECISION_AGREE
    rename $c ""
    return $d
}

set regles [clas::new_Regles]
set ev [clas::new_Evaluation]
set sink 0
set t [median $n $runs {
    for {set i 0} {$i < $k} {incr i} {
        set d [build]
        $ev run $regles NULL $d 0
        incr sink [$ev montant 0 $clas::CLAS_MONTANT_PS]
        rename $d ""
    }
}]
puts [format "build one collectif from values + evaluate: %.0f ns" [expr {$t * 1000}]]
set built [build]
set t [median $n $runs {
    for {set i 0} {$i < $k} {incr i} {
        $ev run $regles NULL $built 0
        incr sink [$ev montant 0 $clas::CLAS_MONTANT_PS]
    }
}]
puts [format "evaluate a built dossier of one collectif (Evaluation.run reused): %.0f ns" [expr {$t * 1000}]]
set dep {}; set enf {}
for {set i 0} {$i < $rows} {incr i} {
    lappend dep [expr {100000 + ($i * 7919) % 900000}]
    lappend enf [expr {8 + $i % 5}]
}
set two [lrepeat $rows 2]
set one [lrepeat $rows 1]
set flags [lrepeat $rows $clas::BATCH_AGREE]
set t [median 1 $runs {
    for {set i 0} {$i < $k} {incr i} {
        set b [clas::new_Batch $rows]
        $b set $clas::CLAS_BATCH_COL_DEPENSES $dep
        $b set $clas::CLAS_BATCH_COL_NB_ENFANTS $enf
        $b set $clas::CLAS_BATCH_COL_NB_INTERVENANTS $two
        foreach col [list $clas::CLAS_BATCH_COL_ACTIONS_ENFANTS $clas::CLAS_BATCH_COL_ACTIONS_PARENTS \
                         $clas::CLAS_BATCH_COL_ACTIONS_ECOLE $clas::CLAS_BATCH_COL_ACTIONS_TERRITOIRE] {
            $b set $col $one
        }
        $b set $clas::CLAS_BATCH_COL_FLAGS $flags
        $b evaluate $regles 2025-2026 51
        set ps [$b get $clas::CLAS_BATCH_COL_PS $rows]
        rename $b ""
    }
}]
puts [format "batch per collectif (%d rows: set columns, evaluate, get Ps): %.1f ns" $rows [expr {$t * 1000 / $rows}]]
puts "checksum [expr {$sink + [lindex $ps 0]}]"
