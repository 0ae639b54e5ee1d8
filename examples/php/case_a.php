<?php
// SPDX-License-Identifier: Apache-2.0
// Case A of the rules (domain.md §7): one eligible, approved collectif with
// 10 000 € of expenses gets the maximum Ps, 2 800,70 €.
//   php -d extension=build/bindings/php/clas.so examples/php/case_a.php
$regles = new Regles();
$d = new Dossier("2025-2026");
$d->set_id("D51-A");
$d->set_departement("51");
$d->set_date_depot("2025-08-12");
$p = $d->porteur();
$p->set_id("P1");
$p->set_nom("Centre social des Tilleuls");
$p->set_type(CLAS_PORTEUR_CENTRE_SOCIAL);
$p->set_commune("Reims");
$c = $d->add_collectif("C1");
$c->set_nom("CM1-CM2");
$c->add_niveau(CLAS_NIVEAU_CM1);
$c->add_niveau(CLAS_NIVEAU_CM2);
$c->set(CLAS_CHAMP_NB_ENFANTS, 10);
$c->set(CLAS_CHAMP_NB_INTERVENANTS_SALARIES, 1);
$c->set(CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, 1);
$c->set(CLAS_CHAMP_SEANCES_PAR_SEMAINE, 2);
$c->set(CLAS_CHAMP_MINUTES_PAR_SEANCE, 90);
$c->set(CLAS_CHAMP_NB_SEMAINES, 30);
$c->set(CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1);
$c->set_depenses(cents_parse("10000.00"));
$c->add_financement("Ville", 150000);
$c->add_action(CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE);
$c->add_action(CLAS_ACTION_PARENTS_CONVIVIALITE);
$c->add_action(CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE);
$c->add_action(CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE);
$c->set_decision(CLAS_DECISION_AGREE);
$ev = $d->evaluate($regles);
$ps = $ev->montant(0, CLAS_MONTANT_PS);
echo "Case A: ", clas_verdict_name($ev->verdict()), ", Ps ", cents_format_human($ps), "\n";
exit(in_array("--check", $argv) && $ps !== 280070 ? 1 : 0);
