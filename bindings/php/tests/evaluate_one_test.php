<?php
// SPDX-License-Identifier: Apache-2.0
// Batch::evaluate_one(): one collectif in one call gives exactly what the object API gives
// for a dossier of that one collectif filed on time, on boundary cases of R-PS, R-BUDGET,
// R-GROUPE, R-ENCADREMENT, R-AGREMENT and R-BONUS; and its errors. Ends with "N passed, N failed".
$passed = 0;
$failed = 0;
function check($ok, $what) {
    global $passed, $failed;
    if ($ok) {
        $passed++;
    } else {
        $failed++;
        echo "FAIL: $what\n";
    }
}

const BONUS = [[CLAS_BONUS_ENFANTS, BATCH_BONUS_ENFANTS_DEMANDE, BATCH_BONUS_ENFANTS_ACCORDE],
               [CLAS_BONUS_PARENTS, BATCH_BONUS_PARENTS_DEMANDE, BATCH_BONUS_PARENTS_ACCORDE]];

// [verdict, code, ps, bonus, total] through Dossier, Collectif and Evaluation.
function object_api($regles, $ev, $depenses, $autres, $enfants, $intervenants, $decision, $bonus) {
    $d = new Dossier("2025-2026");
    $d->set_id("D1");
    $d->set_departement("51");
    $d->set_date_depot("2025-08-01");
    $c = $d->add_collectif("C1");
    $c->add_niveau(CLAS_NIVEAU_CM1);
    $c->set(CLAS_CHAMP_NB_ENFANTS, $enfants);
    $c->set(CLAS_CHAMP_NB_INTERVENANTS_SALARIES, intdiv($intervenants, 2));
    $c->set(CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, $intervenants - intdiv($intervenants, 2));
    $c->set(CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1);
    $c->set_depenses($depenses);
    if ($autres > 0)
        $c->add_financement("Ville", $autres);
    foreach ([CLAS_ACTION_ENFANTS_VIE_COLLECTIVE, CLAS_ACTION_PARENTS_CONVIVIALITE,
              CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE, CLAS_ACTION_TERRITOIRE_REAAP] as $a)
        $c->add_action($a);
    if ($bonus !== null) {
        $c->set_bonus_demande(BONUS[$bonus][0], true, "Sorties culturelles");
        $c->set_bonus_accorde(BONUS[$bonus][0], $decision === BATCH_AGREE);
    }
    if ($decision !== 0)
        $c->set_decision($decision === BATCH_AGREE ? CLAS_DECISION_AGREE : CLAS_DECISION_REFUSE);
    $ev->run($regles, null, $d);
    $code = BATCH_NO_CODE;
    for ($j = 0; $j < $ev->num_collectif_constats(0); $j++) {
        $k = $ev->collectif_constat(0, $j);
        if ($k->severity() === CLAS_SEVERITY_BLOCKING) {
            $code = $k->code();
            break;
        }
    }
    return [$ev->collectif_verdict(0), $code, $ev->montant(0, CLAS_MONTANT_PS),
            $ev->montant(0, CLAS_MONTANT_BONUS_ENFANTS) + $ev->montant(0, CLAS_MONTANT_BONUS_PARENTS),
            $ev->montant(0, CLAS_MONTANT_TOTAL)];
}

// The same collectif as a row of input values, in BatchColumn order.
function row($depenses, $autres, $enfants, $intervenants, $decision, $bonus) {
    $flags = $decision;
    if ($bonus !== null)
        $flags |= BONUS[$bonus][1] | ($decision === BATCH_AGREE ? BONUS[$bonus][2] : 0);
    return [$depenses, $autres, $enfants, $intervenants, 1 << CLAS_NIVEAU_CM1, 1, 1, 1, 1, 1, $flags];
}

$regles = new Regles();
$ev = new Evaluation();
$cases = 0;
$seen = [];
foreach ([0, 150, 848699, 848700, 848701, 1000000] as $dep)
    foreach ([0, 150000, 2000000] as $autres)
        foreach ([7, 8, 12, 13] as $enf)
            foreach ([1, 2, 3] as $int)
                foreach ([BATCH_AGREE, BATCH_REFUSE, 0] as $dec)
                    foreach ([null, 0, 1] as $b) {
                        $want = object_api($regles, $ev, $dep, $autres, $enf, $int, $dec, $b);
                        $got = Batch::evaluate_one($regles, "2025-2026", "51", row($dep, $autres, $enf, $int, $dec, $b));
                        $cases++;
                        check($got === $want, "case $dep $autres $enf $int $dec $b: got " . implode(" ", $got)
                              . ", want " . implode(" ", $want));
                        $seen[implode(",", [$want[0], $want[1], $want[2] > 0, $want[3] > 0])] = true;
                    }
check(count($seen) >= 6, "the cases reach several codes, with and without Ps and bonus");
try {
    Batch::evaluate_one($regles, "2025-2026", "51", [-1]);
    check(false, "a value out of range: no exception");
} catch (ClasException $e) {
    check($e->statusName === "CLAS_ERANGE" && $e->getCode() === CLAS_ERANGE && strpos($e->location, "depenses") !== false,
          "a value out of range: {$e->statusName} {$e->location}");
}
try {
    Batch::evaluate_one($regles, "2025-2026", "51", array_fill(0, BATCH_ROW_INPUTS + 1, 0));
    check(false, "too many values: no exception");
} catch (ClasException $e) {
    check($e->statusName === "CLAS_EINVAL", "too many values: {$e->statusName}");
}
echo "$cases cases; $passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);
