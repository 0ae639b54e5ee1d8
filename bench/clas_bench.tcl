# SPDX-License-Identifier: Apache-2.0
# Cost per call from Tcl: one collectif built from values and evaluated, a
# built dossier evaluated into a reused Evaluation, one collectif from values
# in one call (Batch_evaluate_one), and the batch per collectif. Median of 7 runs (3 with --quick). Objects are released with
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

source [file join [file dirname [info script]] .. bindings tcl test case_a.tcl]

set regles [clas::new_Regles]
set ev [clas::new_Evaluation]
set sink 0
set t [median $n $runs {
    for {set i 0} {$i < $k} {incr i} {
        set d [case_a]
        $ev run $regles NULL $d 0
        incr sink [$ev montant 0 $clas::CLAS_MONTANT_PS]
        rename $d ""
    }
}]
puts [format "build one collectif from values + evaluate: %.0f ns" [expr {$t * 1000}]]
set built [case_a]
set t [median $n $runs {
    for {set i 0} {$i < $k} {incr i} {
        $ev run $regles NULL $built 0
        incr sink [$ev montant 0 $clas::CLAS_MONTANT_PS]
    }
}]
puts [format "evaluate a built dossier of one collectif (Evaluation.run reused): %.0f ns" [expr {$t * 1000}]]
# One collectif from values in one call: a row in BatchColumn order (case A's values).
set row [list 1000000 150000 10 2 [expr {1 << $clas::CLAS_NIVEAU_CM1}] 1 1 1 1 1 $clas::BATCH_AGREE]
set t [median $n $runs {
    for {set i 0} {$i < $k} {incr i} {
        lset row 0 [expr {100000 + ($i * 7919) % 900000}]
        incr sink [lindex [clas::Batch_evaluate_one $regles 2025-2026 51 $row] 2]
    }
}]
puts [format "one collectif from values in one call (Batch_evaluate_one): %.0f ns  <= 2 us %s" [expr {$t * 1000}] \
          [expr {$t <= 2.0 ? "PASS" : "MISS"}]]
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
