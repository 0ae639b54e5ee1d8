<?php
// SPDX-License-Identifier: Apache-2.0
// Labels and error message ids reach PHP: a French label, a French error with euros
// (ClasException::$messageFr and error_last_format()), no id for an error the wrapper
// raised itself. Ends with "N passed, N failed".
$passed = 0;
$failed = 0;

function is($got, $want, $what) {
    global $passed, $failed;
    if ($got === $want) {
        $passed++;
    } else {
        $failed++;
        echo "FAIL: $what: got " . var_export($got, true) . ", want " . var_export($want, true) . "\n";
    }
}

is(clas_label(CLAS_LABEL_SEVERITY, CLAS_SEVERITY_BLOCKING, CLAS_LANG_FR), "bloquant", "French label");
is(clas_label(CLAS_LABEL_SEVERITY, CLAS_SEVERITY_BLOCKING, CLAS_LANG_EN), "blocking", "English label");

$fr = "depenses = -0,05 € est hors des bornes 0,00 € à 1 000 000 000,00 €";
$d = new Dossier("2025-2026");
$c = $d->add_collectif("C1");
try {
    $c->set_depenses(-5);
    is(false, true, "a negative amount fails");
} catch (ClasException $e) {
    is($e->messageId, "montant_hors_bornes", "the exception's message id");
    is($e->messageFr, $fr, "the exception's French message");
    is(error_last_id(), "montant_hors_bornes", "error_last_id()");
    is(error_last_format(CLAS_LANG_FR), $fr, "error_last_format() in French");
    is(str_contains(error_last_format(CLAS_LANG_EN), "-€0.05"), true, "in English with euros");
}
try {
    $d->collectif(5);
    is(false, true, "an index out of range fails");
} catch (ClasException $e) {
    is($e->messageId, "", "no id for an error of the wrapper");
    is(error_last_id(), "", "nor from error_last_id()");
    is(error_last_format(CLAS_LANG_FR), $e->getMessage(), "its English message");
}

echo "$passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);
