# SPDX-License-Identifier: Apache-2.0
# TAP output and checks shared by the Tcl tests (sourced): ok, is,
# status_of and done at the end.
set n 0
set failed 0
proc ok {cond name {diag ""}} {
    global n failed
    incr n
    if {$cond} {
        puts "ok $n - $name"
    } else {
        incr failed
        puts "not ok $n - $name"
        if {$diag ne ""} { puts "# [string map [list \n "\n# "] $diag]" }
    }
}
proc is {got want name} { ok [expr {$got eq $want}] $name "got '$got', want '$want'" }
# The status of the error a script raises (from errorCode), or "ok".
proc status_of {script} {
    if {[catch {uplevel 1 $script} msg opts]} {
        set code [dict get $opts -errorcode]
        if {[lindex $code 0] eq "CLAS"} { return [lindex $code 1] }
        return "not a library error: $msg ($code)"
    }
    return ok
}
# Prints the plan and exits with the verdict.
proc done {} {
    global n failed
    puts "1..$n"
    exit [expr {$failed ? 1 : 0}]
}
