# SPDX-License-Identifier: Apache-2.0
# Tests of the Tcl binding (TAP): every shared vector, errors, text, integers (ownership: ownership.tcl).
package require clas
encoding system utf-8
fconfigure stdout -encoding utf-8

source [file join [file dirname [info script]] tap.tcl]
source [file join [file dirname [info script]] case_a.tcl]

# The shared vectors, flattened by bindings/vectors/flatten.py: one record a
# line, tab-separated, "end" closing each vector.
proc read_vectors {path} {
    set fh [open $path r]
    fconfigure $fh -encoding utf-8
    set vectors {}
    while {[gets $fh line] >= 0} {
        set f [split $line \t]
        set f [lassign $f tag]
        switch -- $tag {
            vector { set v [dict create name [lindex $f 0] regles {} lines {} cadre {} erreur {} chargement {}] }
            end { lappend vectors $v }
            regles { dict lappend v regles [lindex $f 0] }
            dossier - erreur { dict set v $tag [lindex $f 0] }
            cadre - flags - chargement { dict set v $tag $f }
            default { dict lappend v lines [list $tag {*}$f] }
        }
    }
    close $fh
    return $vectors
}

set montant [dict create]
for {set i 0} {$i < $clas::CLAS_MONTANT_COUNT} {incr i} { dict set montant [clas::clas_montant_name $i] $i }

proc evaluate {v} {
    set regles [clas::new_Regles]
    if {[llength [dict get $v regles]]} {
        rename $regles ""
        set b [clas::new_ReglesBuilder]
        $b add_defaults
        foreach doc [dict get $v regles] { $b add_json $doc [dict get $v name] $clas::CLAS_REGLES_REPLACE }
        set regles [$b build]
        rename $b ""
    }
    set cadre NULL
    if {[llength [dict get $v cadre]]} { set cadre [$regles find_cadre {*}[dict get $v cadre]] }
    lassign [dict get $v flags] trace carry
    set flags [expr {($trace ? $clas::CLAS_EVAL_TRACE : 0) | ($carry ? $clas::CLAS_CARRY_FORWARD : 0)}]
    set d [clas::Dossier_from_json [dict get $v dossier] [dict get $v name]]
    set rc [catch {$d evaluate $regles $cadre $flags} ev opts]
    foreach o [list $d $regles $cadre] { if {$o ne "NULL"} { rename $o "" } }
    return -options $opts $ev
}

# Runs one vector as tests/test_vectors.c does; returns the differences.
proc check_vector {v} {
    global montant
    if {[llength [dict get $v chargement]]} {
        # The dossier is refused as it is loaded: its status and message id, nothing else.
        lassign [dict get $v chargement] status id
        set rc [catch {clas::Dossier_from_json [dict get $v dossier] [dict get $v name]} d opts]
        set got_id [clas::error_last_id]
        if {!$rc} {
            rename $d ""
            return [list "chargement: expected $status, got success"]
        }
        if {[lrange [dict get $opts -errorcode] 0 1] eq [list CLAS $status] && ($id eq "" || $got_id eq $id)} { return {} }
        return [list "chargement: expected $status $id, got [dict get $opts -errorcode] $got_id: $d"]
    }
    set rc [catch {evaluate $v} ev opts]
    if {[dict get $v erreur] ne ""} {
        if {$rc && [lrange [dict get $opts -errorcode] 0 1] eq [list CLAS [dict get $v erreur]]} { return {} }
        return [list "expected [dict get $v erreur], got [expr {$rc ? $ev : {success}}]"]
    }
    if {$rc} { return [list "failed: $ev ([dict get $opts -errorcode])"] }
    set errors {}
    set trace [lindex [dict get $v flags] 0]
    foreach l [dict get $v lines] {
        set f [lassign $l tag]
        set got ""
        set want [join $f " "]
        switch -- $tag {
            verdict { set got [clas::clas_verdict_name [$ev verdict]] }
            provisoire { set got [expr {[$ev is_provisional] ? 1 : 0}] }
            constats_dossier {
                set codes {}
                for {set i 0} {$i < [$ev num_constats]} {incr i} {
                    set k [$ev constat $i]
                    if {[$k collectif_index] < 0} { lappend codes [clas::clas_code_name [$k code]] }
                    rename $k ""
                }
                set got [join [lsort -unique $codes] " "]
            }
            collectifs { set got [$ev num_collectifs] }
            collectif {
                lassign $f i id verdict
                set got "$i [$ev collectif_id $i] [clas::clas_verdict_name [$ev collectif_verdict $i]]"
                if {$trace} {
                    if {[$ev num_etapes $i] == 0} { lappend errors "$id: no trace" }
                    for {set j 0} {$j < [$ev num_etapes $i]} {incr j} {
                        set e [$ev etape $i $j]
                        if {[$e text] eq ""} { lappend errors "$id: empty step $j" }
                        rename $e ""
                    }
                }
            }
            codes {
                set f [lassign $f i]
                set want [join $f " "]
                set codes {}
                for {set j 0} {$j < [$ev num_collectif_constats $i]} {incr j} {
                    set k [$ev collectif_constat $i $j]
                    lappend codes [clas::clas_code_name [$k code]]
                    rename $k ""
                }
                set got [join [lsort -unique $codes] " "]
            }
            montant {
                lassign $f i name cents
                set want $cents
                set got [$ev montant $i [dict get $montant $name]]
            }
            total {
                lassign $f name cents
                set want $cents
                set got [$ev total [dict get $montant $name]]
            }
            consequences {
                # Each constat carries its code's consequence (or none), quoted by its French message.
                set expected [dict create]
                foreach pair $f {
                    set eq [string first = $pair]
                    dict set expected [string range $pair 0 [expr {$eq - 1}]] [string range $pair [expr {$eq + 1}] end]
                }
                for {set j 0} {$j < [$ev num_constats]} {incr j} {
                    set k [$ev constat $j]
                    set code [clas::clas_code_name [$k code]]
                    set text [expr {[dict exists $expected $code] ? [dict get $expected $code] : ""}]
                    set c [$k consequence $clas::CLAS_CONSEQUENCE_TEXTE]
                    if {$c ne $text} { lappend errors "constat $code: consequence: got '$c', want '$text'" }
                    if {$text ne "" && [string first $text [$k message $clas::CLAS_LANG_FR]] < 0} {
                        lappend errors "constat $code: the message does not quote the consequence"
                    }
                    rename $k ""
                }
                set want ""
            }
            default { set got "unknown record" }
        }
        if {$got ne $want} { lappend errors "$tag: got '$got', want '$want'" }
    }
    rename $ev ""
    return $errors
}

set vectors [read_vectors $env(CLAS_VECTORS_FLAT)]
ok [expr {[llength $vectors] > 10}] "vectors found"
foreach v $vectors {
    set errors [check_vector $v]
    ok [expr {[llength $errors] == 0}] [dict get $v name] [join $errors \n]
}

# The example campaign's statistics, figure by figure, against the CLI's (bindings/vectors/statistiques.py).
if {![info exists env(CLAS_STATISTIQUES_FLAT)]} {
    ok 1 "statistiques: skipped (built without the CLI)"
} else {
    set stat [dict create]
    for {set i 0} {$i < $clas::CLAS_STAT_COUNT} {incr i} { dict set stat [clas::clas_statistique_name $i] $i }
    set fh [open $env(CLAS_STATISTIQUES_FLAT) r]
    fconfigure $fh -encoding utf-8
    set lines {}
    while {[gets $fh line] >= 0} { lappend lines [split $line \t] }
    close $fh
    set camp [clas::Campagne_from_json_file [lindex $lines 0 1]]
    set regles [clas::new_Regles]
    set rapport [$camp rapport $regles]
    set st [$rapport statistiques $camp]
    set count 0
    foreach f $lines {
        lassign $f tag name value
        if {$tag ne "statistique"} { continue }
        incr count
        is [expr {[dict exists $stat $name] ? [$st get [dict get $stat $name]] : "no such figure"}] $value "statistique $name"
    }
    is $count $clas::CLAS_STAT_COUNT "every figure compared"
    foreach o [list $st $rapport $regles $camp] { rename $o "" }
}

# case A
set regles [clas::new_Regles]
set d [case_a]
set ev [$d evaluate $regles]
is [$ev montant 0 $clas::CLAS_MONTANT_PS] 280070 "case A: Ps in cents"
is [clas::cents_format_human 280070] "2 800,70 €" "case A: human format"
rename $ev ""
rename $d ""

# errors
set d [clas::new_Dossier 2025-2026]
set c [$d add_collectif C1]
set rc [catch {$c set_depenses -1} msg opts]
is $rc 1 "a failing call is a Tcl error"
is [lrange [dict get $opts -errorcode] 0 1] "CLAS CLAS_ERANGE" "errorCode CLAS <status>"
is [lindex [dict get $opts -errorcode] 2] "collectif C1: depenses" "then the location"
ok [string match "*out of range*" $msg] "the result is the message" $msg
is [status_of {$d add_collectif C1}] CLAS_EEXISTS "duplicate id"
catch {clas::Dossier_from_json "\{\"format\": \"clas-dossier/1\", \"collectifs\": \[" broken.json} msg opts
is [lindex [dict get $opts -errorcode] 1] CLAS_EPARSE "JSON syntax"
ok [string match "*broken.json*" [lindex [dict get $opts -errorcode] 2]] "location names the document"
is [status_of {$d collectif 5}] CLAS_ENOTFOUND "index out of range"
set old [clas::new_Dossier 1990-1991]
is [status_of {$old evaluate $regles}] CLAS_ENOBAREME "no barème for the year"
rename $old ""

# text
$c set_nom "Élan – 日本 😀"
is [$c nom] "Élan – 日本 😀" "text round trip, characters beyond U+FFFF included"
is [status_of {$c set_nom "a\0b"}] CLAS_EINVAL "NUL is refused, not cut"
is [$c nom] "Élan – 日本 😀" "and nothing changed"
is [status_of {$d set_id "D1\0X"}] CLAS_EINVAL "NUL in an id"
set a [case_a]
set b [case_a]
set json [$a to_json 0]
set back [clas::Dossier_from_json $json]
is [$back equal $b] 1 "JSON round trip"
foreach o [list $a $b $back] { rename $o "" }

# integers
$c set_depenses 99999999999
is [$c depenses] 99999999999 "cents beyond 2^32 are exact"
is [status_of {$c set_depenses [expr {2**63}]}] CLAS_ERANGE "2^63 does not wrap"
is [status_of {$c set_depenses [expr {2**64 - 1}]}] CLAS_ERANGE "2^64 - 1 does not wrap"
is [status_of {$c set_depenses -9223372036854775808}] CLAS_ERANGE "INT64_MIN is the library's range error"
is [status_of {$c set_depenses abc}] CLAS_ERANGE "not a number"
rename $c ""
rename $d ""

# ownership: ownership.tcl

# batch
set b [clas::new_Batch 3]
$b set $clas::CLAS_BATCH_COL_DEPENSES {1000000 600000 1000000}
$b set $clas::CLAS_BATCH_COL_NB_ENFANTS {10 7 10}
$b set $clas::CLAS_BATCH_COL_NB_INTERVENANTS {2 2 2}
foreach col [list $clas::CLAS_BATCH_COL_ACTIONS_ENFANTS $clas::CLAS_BATCH_COL_ACTIONS_PARENTS $clas::CLAS_BATCH_COL_ACTIONS_ECOLE \
                 $clas::CLAS_BATCH_COL_ACTIONS_TERRITOIRE $clas::CLAS_BATCH_COL_HORS_TEMPS] {
    $b set $col {1 1 1}
}
$b set $clas::CLAS_BATCH_COL_FLAGS [list $clas::BATCH_AGREE $clas::BATCH_AGREE $clas::BATCH_REFUSE]
$b evaluate $regles 2025-2026 national
is [$b get $clas::CLAS_BATCH_COL_PS 3] {280070 0 0} "batch: Ps per collectif"
is [lindex [$b get $clas::CLAS_BATCH_COL_CODE 3] 1] $clas::CLAS_CODE_GROUPE_TROP_PETIT "batch: first blocking code"
is [status_of {$b set $clas::CLAS_BATCH_COL_DEPENSES {1 2}}] CLAS_EINVAL "batch: a column of the wrong length"
is [status_of {$b set $clas::CLAS_BATCH_COL_DEPENSES [list 1 2 [expr {2**64}]]}] CLAS_ERANGE "batch: beyond int64 does not wrap"
rename $b ""
rename $regles ""

done
