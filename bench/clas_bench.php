<?php
// SPDX-License-Identifier: Apache-2.0
// Cost per call from PHP: one collectif built from values and evaluated, an already built
// dossier evaluated into a reused Evaluation, one collectif from values in one call
// (Batch::evaluate_one) and the batch per collectif. Median of 7 runs.
//   php -d extension=build/bindings/php/clas.so bench/clas_bench.php [--quick]
$quick = in_array("--quick", $argv);
$n = $quick ? 20000 : 200000;
$runs = $quick ? 3 : 7;

function median(callable $c, $n, $runs) {
    $c(intdiv($n, 10) + 1);
    $t = [];
    for ($r = 0; $r < $runs; $r++) {
        $t0 = hrtime(true);
        $c($n);
        $t[] = (hrtime(true) - $t0) / $n;
    }
    sort($t);
    return $t[intdiv($runs, 2)];
}

function build() {
    $d = new Dossier("2025-2026");
    $d->set_departement("51");
    $d->set_date_depot("2025-08-12");
    $c = $d->add_collectif("C1");
    $c->add_niveau(CLAS_NIVEAU_CM1);
    $c->set(CLAS_CHAMP_NB_ENFANTS, 10);
    $c->set(CLAS_CHAMP_NB_INTERVENANTS_SALARIES, 1);
    $c->set(CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, 1);
    $c->set(CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1);
    $c->set_depenses(1000000);
    $c->add_financement("Ville", 150000);
    $c->add_action(CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE);
    $c->add_action(CLAS_ACTION_PARENTS_CONVIVIALITE);
    $c->add_action(CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE);
    $c->add_action(CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE);
    $c->set_decision(CLAS_DECISION_AGREE);
    return $d;
}

$regles = new Regles();
$ev = new Evaluation();
$sink = 0;
printf("build one collectif from values + evaluate: %.0f ns\n", median(function ($k) use ($regles, $ev, &$sink) {
    for ($i = 0; $i < $k; $i++) {
        $d = build();
        $ev->run($regles, null, $d);
        $sink += $ev->montant(0, CLAS_MONTANT_PS);
    }
}, $n, $runs));
$built = build();
printf("evaluate a built dossier of one collectif (Evaluation.run reused): %.0f ns\n",
       median(function ($k) use ($regles, $ev, $built, &$sink) {
    for ($i = 0; $i < $k; $i++) {
        $ev->run($regles, null, $built);
        $sink += $ev->montant(0, CLAS_MONTANT_PS);
    }
}, $n, $runs));
// One collectif from values in one call: a row in BatchColumn order (case A's values).
$row = [1000000, 150000, 10, 2, 1 << CLAS_NIVEAU_CM1, 1, 1, 1, 1, 1, BATCH_AGREE];
$t = median(function ($k) use ($regles, $row, &$sink) {
    for ($i = 0; $i < $k; $i++) {
        $row[0] = 100000 + ($i * 7919) % 900000;
        $sink += Batch::evaluate_one($regles, "2025-2026", "51", $row)[2];
    }
}, $n, $runs);
printf("one collectif from values in one call (Batch::evaluate_one): %.0f ns  <= 2 us %s\n", $t, $t <= 2000 ? "PASS" : "MISS");
$rows = $quick ? 100000 : 1000000;
$dep = [];
$enf = [];
for ($i = 0; $i < $rows; $i++) {
    $dep[] = 100000 + ($i * 7919) % 900000;
    $enf[] = 8 + $i % 5;
}
$inter = array_fill(0, $rows, 2);
$one = array_fill(0, $rows, 1);
$flags = array_fill(0, $rows, BATCH_AGREE);
$ps = [];
printf("batch per collectif (%d rows: set columns, evaluate, get Ps): %.1f ns\n", $rows,
       median(function ($k) use ($regles, $rows, $dep, $enf, $inter, $one, $flags, &$ps) {
    for ($r = 0; $r < $k; $r++) {
        $b = new Batch($rows);
        $b->set(CLAS_BATCH_COL_DEPENSES, $dep);
        $b->set(CLAS_BATCH_COL_NB_ENFANTS, $enf);
        $b->set(CLAS_BATCH_COL_NB_INTERVENANTS, $inter);
        foreach ([CLAS_BATCH_COL_ACTIONS_ENFANTS, CLAS_BATCH_COL_ACTIONS_PARENTS, CLAS_BATCH_COL_ACTIONS_ECOLE,
                  CLAS_BATCH_COL_ACTIONS_TERRITOIRE] as $col)
            $b->set($col, $one);
        $b->set(CLAS_BATCH_COL_FLAGS, $flags);
        $b->evaluate($regles, "2025-2026", "51");
        $ps = $b->get(CLAS_BATCH_COL_PS, $rows);
    }
}, 1, $runs) / $rows);
echo "checksum ", $sink + $ps[0], "\n";
