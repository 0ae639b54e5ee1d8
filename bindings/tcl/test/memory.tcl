# SPDX-License-Identifier: Apache-2.0
# Memory loop: N cycles (default 100000) of building case A, evaluating it
# with the trace, using a constat after its evaluation and dossier are
# released (renamed to ""), and an error path. Prints the resident memory
# after the first tenth and at the end; fails if it grew by more than 1 MiB.
package require clas
source [file join [file dirname [info script]] case_a.tcl]

set n [expr {[llength $argv] ? [lindex $argv 0] : 100000}]
proc rss_kb {} {
    set fh [open /proc/self/status]
    set text [read $fh]
    close $fh
    regexp -line {^VmRSS:\s+(\d+)} $text -> kb
    return $kb
}
set regles [clas::new_Regles]
for {set i 1} {$i <= $n} {incr i} {
    set d [case_a]
    set c [$d collectif 0]
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
