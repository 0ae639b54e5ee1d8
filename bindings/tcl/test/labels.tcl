# SPDX-License-Identifier: Apache-2.0
# Labels and error message ids reach Tcl (TAP): a French label, a French
# error with euros, nothing stale after an error the wrapper raised itself.
package require clas
encoding system utf-8

set n 0
set failed 0
proc is {got want name} {
    global n failed
    incr n
    if {$got eq $want} {
        puts "ok $n - $name"
    } else {
        incr failed
        puts "not ok $n - $name"
        puts "# got '$got', want '$want'"
    }
}

is [clas::clas_label $clas::CLAS_LABEL_SEVERITY $clas::CLAS_SEVERITY_BLOCKING $clas::CLAS_LANG_FR] bloquant "French label"
is [clas::clas_label $clas::CLAS_LABEL_SEVERITY $clas::CLAS_SEVERITY_BLOCKING $clas::CLAS_LANG_EN] blocking "English label"

set d [clas::new_Dossier 2025-2026]
set c [$d add_collectif C1]
is [catch {$c set_depenses -5}] 1 "a negative amount fails"
is [clas::error_last_id] montant_hors_bornes "message id"
is [clas::error_last_format $clas::CLAS_LANG_FR] "depenses = -0,05 € est hors des bornes 0,00 € à 1 000 000 000,00 €" \
    "French message with euros"
is [string match "*-€0.05*" [clas::error_last_format $clas::CLAS_LANG_EN]] 1 "English message with euros"
is [clas::error_last_arg_value 1] -5 "the amount in cents"

set d2 [clas::new_Dossier 2025-2026]
is [catch {$d2 collectif 5} msg] 1 "an index out of range fails"
is [clas::error_last_id] "" "no id for an error of the wrapper"
is [clas::error_last_format $clas::CLAS_LANG_FR] $msg "its English message"

puts "1..$n"
exit [expr {$failed == 0 ? 0 : 1}]
