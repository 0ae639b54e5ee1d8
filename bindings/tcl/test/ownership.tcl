# SPDX-License-Identifier: Apache-2.0
# Ownership (TAP). Tcl has no collector: an object is a command, released
# with `rename $obj ""` (or `$obj -delete`). Every child used after its
# parent is released still works or raises the library's error, a released
# object's name raises CLAS_ESTATE in errorCode instead of reaching freed
# memory, and every error path frees what it made. Short, so that the
# memcheck suite runs it under valgrind.
package require clas
source [file join [file dirname [info script]] tap.tcl]
source [file join [file dirname [info script]] case_a.tcl]

set d [case_a]
set copy [$d copy]
rename $d ""
set c [$copy collectif 0]
is [$c id] C1 "a copy outlives its original"
rename $copy ""
is [$c id] C1 "a collectif outlives its released dossier"
$c set_depenses 900000
is [$c depenses] 900000 "and can still be changed"
rename $c ""

set regles [clas::new_Regles]
set d [case_a]
set ev [$d evaluate $regles NULL $clas::CLAS_EVAL_TRACE]
rename $d ""
rename $regles ""
is [$ev montant 0 $clas::CLAS_MONTANT_PS] 280070 "an evaluation outlives its rule set and dossier"
set k [$ev collectif_constat 0 0]
set e [$ev etape 0 0]
set b [$ev bareme]
$ev -delete
ok [expr {[clas::clas_code_name [$k code]] ne ""}] "a constat outlives its evaluation"
ok [expr {[clas::clas_regle_id [$e regle]] ne ""}] "a step outlives its evaluation"
is [status_of {$b set_ps_max 1}] CLAS_ESTATE "its barème stays read-only"
foreach o [list $k $e $b] { rename $o "" }

clas::Regles named
set b [named find_bareme 2025-2026 0]
rename named ""
ok [expr {[$b ps_max] > 0}] "a barème outlives its (named) rule set"
set bc [$b copy]
is [$bc ps_max] [$b ps_max] "its copy is a plain barème"
foreach o [list $b $bc] { rename $o "" }

set campagne [clas::new_Campagne 51 2025-2026]
set a [case_a]
set dossier [$campagne add_dossier $a]
set regles [clas::new_Regles]
set rapport [$campagne rapport $regles]
set ev [$rapport evaluation 0]
set total [$rapport total $clas::CLAS_TOTAL_PS]
foreach o [list $campagne $rapport $regles $a] { rename $o "" }
is [[$dossier collectif 0] id] C1 "a dossier outlives its campaign"
is [$ev montant 0 $clas::CLAS_MONTANT_PS] $total "an evaluation outlives its report and campaign"
foreach o [list $dossier $ev] { rename $o "" }
foreach o [info commands _*_p_clas_swig_collectif] { rename $o "" }

# generations: a parent that replaced what a child points to
set regles [clas::new_Regles]
set reused [clas::new_Evaluation]
set a [case_a]
$reused run $regles NULL $a 0
set old [$reused collectif_constat 0 0]
$reused run $regles NULL $a 0
is [status_of {$old code}] CLAS_ESTATE "a constat from before run() raises CLAS_ESTATE"
rename $reused ""
is [status_of {$old code}] CLAS_ESTATE "and still does once its evaluation is gone"
rename $old ""
set campagne [clas::new_Campagne 51 2025-2026]
set cadre [$regles find_cadre 51 2025-2026]
$campagne set_cadre $cadre
set own [$campagne cadre]
$campagne set_cadre NULL
is [status_of {$own copy}] CLAS_ESTATE "a cadre replaced by set_cadre() raises CLAS_ESTATE"
foreach o [list $campagne $cadre $own $a] { rename $o "" }

# released objects: the name is still a string, never a way back to freed memory
set d [case_a]
set c [$d collectif 0]
rename $c ""
is [status_of {clas::Collectif_id $c}] CLAS_ESTATE "a released collectif's name raises CLAS_ESTATE"
catch {clas::Collectif_id $c} msg opts
is [lrange [dict get $opts -errorcode] 0 2] "CLAS CLAS_ESTATE Collectif" "errorCode CLAS <status> <location>"
ok [string match "*released*" $msg] "the message says why" $msg
rename $d ""
set ev [clas::new_Evaluation]
is [status_of {$ev run $regles NULL $d 0}] CLAS_ESTATE "a released dossier as an argument raises CLAS_ESTATE"
rename $ev ""
set d [case_a]
clas::delete_Dossier $d
is [status_of {$d id}] CLAS_ESTATE "a dossier freed by its destructor's name raises CLAS_ESTATE"
rename $d ""
set d [case_a]
rename $d mine
is [mine id] D1 "a renamed object works under its new name"
rename mine ""
is [status_of {clas::Dossier_id $d}] CLAS_ESTATE "and its old name raises once it is released"
foreach o [info commands _*_p_clas_swig_collectif] { rename $o "" }

# error paths: the half-made objects are freed
set d [case_a]
is [status_of {$d add_collectif C1}] CLAS_EEXISTS "duplicate id"
is [status_of {$d collectif 5}] CLAS_ENOTFOUND "index out of range"
set c [$d collectif 0]
is [status_of {$c set_depenses -1}] CLAS_ERANGE "negative amount"
is [status_of {clas::Dossier_from_json "\{\"format\": \"clas-dossier/1\", \"collectifs\": \[" broken.json}] CLAS_EPARSE \
    "JSON syntax"
set old [clas::new_Dossier 1990-1991]
is [status_of {$old evaluate $regles}] CLAS_ENOBAREME "no barème for the year"
set batch [clas::new_Batch 2]
is [status_of {$batch set $clas::CLAS_BATCH_COL_DEPENSES {1}}] CLAS_EINVAL "a batch column of the wrong length"
foreach o [list $d $c $old $batch $regles] { rename $o "" }
is [info commands _*_p_clas_swig_*] "" "every object was released"

done
