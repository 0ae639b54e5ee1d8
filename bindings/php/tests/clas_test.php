<?php
// SPDX-License-Identifier: Apache-2.0
// The PHP binding's tests: every shared vector (build/bindings/vectors.txt, see
// bindings/vectors/flatten.py) compared exactly as tests/test_vectors.c does, then errors
// (including the former crash on the first library error), ownership, read-only rule sets,
// strings and the batch. Ends with "N passed, N failed".
//   clas_test.php --memory N   runs N create/evaluate/free cycles and prints RSS instead.
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

function raises($status, $what, $body) {
    try {
        $body();
        check(false, "$what: no exception");
    } catch (ClasException $e) {
        check($e->statusName === $status, "$what: expected $status, got {$e->statusName} {$e->getMessage()}");
    }
}

$MONTANTS = [];
for ($m = 0; $m < CLAS_MONTANT_COUNT; $m++)
    $MONTANTS[clas_montant_name($m)] = $m;

function codes(array $names) {
    $names = array_values(array_unique($names));
    sort($names, SORT_STRING);
    return implode(" ", $names);
}

function run_vector(array $rec) {
    global $MONTANTS;
    $bad = [];
    $name = $rec[0][1];
    $flags = 0;
    $trace = false;
    $error = null;
    $dossier_doc = null;
    $cadre_dep = null;
    $cadre_year = null;
    $refused = null;
    $regles_docs = [];
    foreach ($rec as $f) {
        switch ($f[0]) {
        case "regles": $regles_docs[] = $f[1]; break;
        case "cadre": $cadre_dep = $f[1]; $cadre_year = $f[2]; break;
        case "flags":
            $trace = $f[1] === "1";
            $flags = ($trace ? CLAS_EVAL_TRACE : 0) | ($f[2] === "1" ? CLAS_CARRY_FORWARD : 0);
            break;
        case "dossier": $dossier_doc = $f[1]; break;
        case "erreur": $error = $f[1]; break;
        case "chargement": $refused = $f; break;
        }
    }
    if ($refused !== null) {
        // The dossier is refused as it is loaded: its status and message id, nothing else.
        try {
            Dossier::from_json($dossier_doc, $name);
            return ["chargement: expected {$refused[1]}, got CLAS_OK"];
        } catch (ClasException $e) {
            if ($e->statusName !== $refused[1] || ($refused[2] !== "" && $e->messageId !== $refused[2]))
                return ["chargement: expected {$refused[1]} {$refused[2]}, got {$e->statusName} {$e->messageId}: " .
                        $e->getMessage()];
        }
        return [];
    }
    $b = new ReglesBuilder();
    $b->add_defaults();
    try {
        foreach ($regles_docs as $doc)
            $b->add_json($doc, "regles", CLAS_REGLES_REPLACE);
    } catch (ClasException $e) {
        if ($error === null || $e->statusName !== $error)
            $bad[] = "rule data refused: {$e->statusName}: {$e->getMessage()}";
        return $bad;
    }
    $regles = $b->build();
    $d = Dossier::from_json($dossier_doc, $name);
    $ev = new Evaluation();
    $cadre = $cadre_dep === null ? null : $regles->find_cadre($cadre_dep, $cadre_year);
    try {
        $ev->run($regles, $cadre, $d, $flags);
    } catch (ClasException $e) {
        if ($error === null)
            $bad[] = "evaluation failed: {$e->statusName}: {$e->getMessage()}";
        elseif ($e->statusName !== $error)
            $bad[] = "erreur: expected $error, got {$e->statusName}";
        return $bad;
    }
    if ($error !== null)
        return ["erreur: expected $error, got CLAS_OK"];
    if ($trace && !$ev->has_trace())
        $bad[] = "trace requested but not recorded";
    for ($i = 0; $trace && $i < $ev->num_collectifs(); $i++)
        if ($ev->num_etapes($i) == 0)
            $bad[] = "collectifs[$i]: trace requested but has no step";
    $n = $ev->num_collectifs();
    foreach ($rec as $f) {
        switch ($f[0]) {
        case "verdict":
            $v = clas_verdict_name($ev->verdict());
            if ($v !== $f[1])
                $bad[] = "verdict: expected {$f[1]}, got $v";
            break;
        case "provisoire":
            if ($ev->is_provisional() !== ($f[1] === "1"))
                $bad[] = "provisoire: expected {$f[1]}";
            break;
        case "constats_dossier":
            $got = [];
            for ($j = 0; $j < $ev->num_constats(); $j++) {
                $k = $ev->constat($j);
                if ($k->collectif_index() < 0)
                    $got[] = clas_code_name($k->code());
            }
            $want = implode(" ", array_slice($f, 1));
            if (codes($got) !== $want)
                $bad[] = "dossier: codes: expected [$want], got [" . codes($got) . "]";
            break;
        case "collectifs":
            if ($n != (int)$f[1])
                $bad[] = "expected {$f[1]} collectifs, got $n";
            break;
        case "collectif":
            $i = (int)$f[1];
            if ($i >= $n)
                break;
            if ($ev->collectif_id($i) !== $f[2])
                $bad[] = "collectifs[$i]: id: expected {$f[2]}, got " . $ev->collectif_id($i);
            $v = clas_verdict_name($ev->collectif_verdict($i));
            if ($f[3] !== "" && $v !== $f[3])
                $bad[] = "collectifs[$i]: verdict: expected {$f[3]}, got $v";
            break;
        case "codes":
            $i = (int)$f[1];
            if ($i >= $n)
                break;
            $got = [];
            for ($j = 0; $j < $ev->num_collectif_constats($i); $j++)
                $got[] = clas_code_name($ev->collectif_constat($i, $j)->code());
            $want = implode(" ", array_slice($f, 2));
            if (codes($got) !== $want)
                $bad[] = "collectifs[$i]: codes: expected [$want], got [" . codes($got) . "]";
            break;
        case "montant":
            $i = (int)$f[1];
            if (!isset($MONTANTS[$f[2]]))
                $bad[] = "unknown amount name {$f[2]}";
            elseif ($i < $n && $ev->montant($i, $MONTANTS[$f[2]]) !== (int)$f[3])
                $bad[] = "collectifs[$i]: montants.{$f[2]}: expected {$f[3]}, got " . $ev->montant($i, $MONTANTS[$f[2]]);
            break;
        case "total":
            if (!isset($MONTANTS[$f[1]]))
                $bad[] = "unknown amount name {$f[1]}";
            elseif ($ev->total($MONTANTS[$f[1]]) !== (int)$f[2])
                $bad[] = "totaux.{$f[1]}: expected {$f[2]}, got " . $ev->total($MONTANTS[$f[1]]);
            break;
        case "consequences":
            // Each constat carries its code's consequence (or none), quoted by its French message.
            $want = [];
            foreach (array_slice($f, 1) as $pair) {
                [$code, $text] = explode("=", $pair, 2);
                $want[$code] = $text;
            }
            for ($j = 0; $j < $ev->num_constats(); $j++) {
                $k = $ev->constat($j);
                $code = clas_code_name($k->code());
                $expected = $want[$code] ?? "";
                $got = $k->consequence(CLAS_CONSEQUENCE_TEXTE);
                if ($got !== $expected)
                    $bad[] = "constat $code: consequence: expected \"$expected\", got \"$got\"";
                if ($expected !== "" && strpos($k->message(CLAS_LANG_FR), $expected) === false)
                    $bad[] = "constat $code: the message does not quote the consequence";
            }
            break;
        }
    }
    return $bad;
}

function vectors() {
    $rec = [];
    $count = 0;
    foreach (file(getenv("CLAS_VECTORS_FLAT"), FILE_IGNORE_NEW_LINES) as $line) {
        $f = explode("\t", $line);
        $rec[] = $f;
        if ($f[0] === "end") {
            $count++;
            $bad = run_vector($rec);
            foreach ($bad as $b)
                echo "  {$rec[0][1]}: $b\n";
            check(count($bad) === 0, "vector {$rec[0][1]}");
            $rec = [];
        }
    }
    check($count > 50, "vectors present ($count)");
    echo "vectors: $count run\n";
}

// The example campaign's statistics, figure by figure, against the CLI's (see bindings/vectors/statistiques.py).
function statistiques() {
    $flat = getenv("CLAS_STATISTIQUES_FLAT");
    if ($flat === false) {
        echo "statistiques: skipped (built without the CLI)\n";
        return;
    }
    $by_name = [];
    for ($s = 0; $s < CLAS_STAT_COUNT; $s++)
        $by_name[clas_statistique_name($s)] = $s;
    $lines = file($flat, FILE_IGNORE_NEW_LINES);
    $camp = Campagne::from_json_file(explode("\t", $lines[0])[1]);
    $rapport = $camp->rapport(new Regles());
    $st = $rapport->statistiques($camp);
    $count = 0;
    foreach ($lines as $line) {
        $f = explode("\t", $line);
        if ($f[0] !== "statistique")
            continue;
        $count++;
        $known = isset($by_name[$f[1]]);
        $got = $known ? $st->get($by_name[$f[1]]) : null;
        check($known && $got === (int)$f[2], "statistique {$f[1]}: expected {$f[2]}, got " . ($known ? $got : "no such figure"));
    }
    check($count === count($by_name), "every figure compared ($count of " . count($by_name) . ")");
}

function case_a() {
    $d = new Dossier("2025-2026");
    $d->set_id("D51-A");
    $d->set_departement("51");
    $d->set_date_depot("2025-08-12");
    $p = $d->porteur();
    $p->set_id("P1");
    $p->set_nom("Centre social");
    $p->set_commune("Reims");
    $c = $d->add_collectif("C1");
    $c->add_niveau(CLAS_NIVEAU_CM1);
    foreach ([CLAS_CHAMP_NB_ENFANTS => 10, CLAS_CHAMP_NB_INTERVENANTS_SALARIES => 1,
              CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES => 1, CLAS_CHAMP_SEANCES_PAR_SEMAINE => 2,
              CLAS_CHAMP_MINUTES_PAR_SEANCE => 90, CLAS_CHAMP_NB_SEMAINES => 30,
              CLAS_CHAMP_HORS_TEMPS_SCOLAIRE => 1] as $champ => $v)
        $c->set($champ, $v);
    $c->set_depenses(1000000);
    $c->add_financement("Ville", 150000);
    foreach ([CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE, CLAS_ACTION_PARENTS_CONVIVIALITE,
              CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE, CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE] as $a)
        $c->add_action($a);
    $c->set_decision(CLAS_DECISION_AGREE);
    return $d;
}

function errors() {
    // Used to crash PHP (SIGSEGV in zend_throw_exception) on the first library error.
    $d = new Dossier("2025-2026");
    try {
        $d->add_collectif("C1")->set_depenses(-1);
        check(false, "negative expenses: no exception");
    } catch (ClasException $e) {
        check($e->getCode() < 0 && $e->getCode() === CLAS_ERANGE || $e->getCode() === CLAS_EINVAL,
              "getCode() is the library status: " . $e->getCode());
        check(str_starts_with($e->statusName, "CLAS_E"), "status name");
        check($e->getMessage() !== "", "message of the error");
        check(str_contains($e->location, "C1"), "location names the collectif: {$e->location}");
        check($e instanceof Exception, "ClasException is an Exception");
    }
    raises("CLAS_EEXISTS", "duplicate collectif", fn() => $d->add_collectif("C1"));
    raises("CLAS_ENOTFOUND", "index out of range", fn() => $d->collectif(5));
    raises("CLAS_EPARSE", "malformed document", fn() => Dossier::from_json("{", "x.json"));
    raises("CLAS_EIO", "missing file", fn() => Dossier::from_json_file("/nonexistent/x.json"));
}

function ownership() {
    $d = new Dossier("2025-2026");
    $c = $d->add_collectif("C1");
    $p = $d->porteur();
    unset($d);
    gc_collect_cycles();
    check($c->id() === "C1", "collectif outlives its dossier");
    $p->set_nom("Après");
    check($p->nom() === "Après", "porteur outlives its dossier");

    $regles = new Regles();
    $ev = new Evaluation();
    $small = case_a();
    $small->collectif(0)->set(CLAS_CHAMP_NB_ENFANTS, 3);
    $ev->run($regles, null, $small);
    $k = $ev->constat(0);
    $eb = $ev->bareme();
    $code = clas_code_name($k->code());
    $ev->run($regles, null, case_a());
    raises("CLAS_ESTATE", "constat taken before run()", fn() => $k->code());
    raises("CLAS_ESTATE", "barème taken before run()", fn() => $eb->ps_max());
    check($code !== "", "constat read before run()");
    check($ev->montant(0, CLAS_MONTANT_PS) === 280070, "case A after reuse");

    $camp = new Campagne("51", "2025-2026");
    $camp->set_cadre(new Cadre("51", "2025-2026"));
    $held = $camp->cadre();
    $camp->set_cadre(null);
    raises("CLAS_ESTATE", "campaign cadre replaced", fn() => $held->nom());
    check($camp->cadre() === null, "no cadre");

    $rs = new Regles();
    $b = $rs->find_bareme("2025-2026");
    $ps_max = $b->ps_max();
    check($b->is_readonly(), "barème of a rule set is read-only");
    raises("CLAS_ESTATE", "setter on a rule set's barème", fn() => $b->set_ps_max(100));
    raises("CLAS_ESTATE", "setter on a rule set's cadre", fn() => $rs->find_cadre("51", "2025-2026")->set_nom("x"));
    unset($rs);
    check($b->ps_max() === $ps_max, "barème outlives its rule set");
    $copy = $b->copy();
    $copy->set_ps_max(100);
    check($copy->ps_max() === 100 && !$copy->is_readonly(), "copy is changeable");
}

function strings() {
    $d = new Dossier("2025-2026");
    raises("CLAS_EINVAL", "NUL in an id", fn() => $d->set_id("D1\0X"));
    raises("CLAS_EUTF8", "invalid UTF-8", fn() => $d->set_id("D\xff"));
    check($d->id() === "", "id unchanged");
    $d->porteur()->set_nom("Maison des Enfants 🎒 — Épernay");
    check($d->porteur()->nom() === "Maison des Enfants 🎒 — Épernay", "Unicode round trip");
    $back = Dossier::from_json($d->to_json());
    check($back->porteur()->nom() === "Maison des Enfants 🎒 — Épernay", "Unicode through JSON");
    check(str_contains(cents_format_human(280070), "800,70"), "human money: " . cents_format_human(280070));
}

function batch() {
    $regles = new Regles();
    $ev = case_a()->evaluate($regles);
    $batch = new Batch(2);
    $batch->set(CLAS_BATCH_COL_DEPENSES, [1000000, 100000]);
    $batch->set(CLAS_BATCH_COL_NB_ENFANTS, [10, 3]);
    $batch->set(CLAS_BATCH_COL_NB_INTERVENANTS, [2, 2]);
    foreach ([CLAS_BATCH_COL_ACTIONS_ENFANTS, CLAS_BATCH_COL_ACTIONS_PARENTS, CLAS_BATCH_COL_ACTIONS_ECOLE,
              CLAS_BATCH_COL_ACTIONS_TERRITOIRE] as $col)
        $batch->set($col, [1, 1]);
    $batch->set(CLAS_BATCH_COL_FLAGS, [BATCH_AGREE, BATCH_AGREE]);
    $batch->evaluate($regles, "2025-2026", "51");
    $ps = $batch->get(CLAS_BATCH_COL_PS, 2);
    check($ps[0] === $ev->montant(0, CLAS_MONTANT_PS), "batch Ps = scalar Ps ({$ps[0]})");
    check($batch->value(CLAS_BATCH_COL_VERDICT, 1) === CLAS_VERDICT_INELIGIBLE, "3 children: ineligible");
    raises("CLAS_EINVAL", "column of the wrong length", fn() => $batch->set(CLAS_BATCH_COL_DEPENSES, [1]));
    raises("CLAS_ERANGE", "value out of the column's type", fn() => $batch->set_value(CLAS_BATCH_COL_NB_ENFANTS, 0, 1 << 40));
}

function rss_kb() {
    preg_match('/VmRSS:\s+(\d+)/', file_get_contents("/proc/self/status"), $m);
    return (int)$m[1];
}

function memory($n) {
    $regles = new Regles();
    for ($pass = 0; $pass < 2; $pass++) {
        if ($pass == 1)
            echo "RSS before: ", rss_kb(), " kB\n";
        for ($i = 0; $i < ($pass == 0 ? intdiv($n, 10) : $n); $i++) {
            $d = case_a();
            $ev = $d->evaluate($regles, null, CLAS_EVAL_TRACE);
            $c = $d->collectif(0);
            if ($ev->num_constats() > 0)
                $ev->constat(0)->code();
            $ev->etape(0, 0)->text();
            try {
                $c->set_depenses(-1);
            } catch (ClasException $e) {
                // the error path
            }
            unset($d, $ev, $c);
        }
    }
    echo "RSS after $n cycles: ", rss_kb(), " kB\n";
}

if (($argv[1] ?? "") === "--memory") {
    memory((int)$argv[2]);
    exit(0);
}
vectors();
statistiques();
errors();
ownership();
strings();
batch();
memory(200);
echo "$passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);
