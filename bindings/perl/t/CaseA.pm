# SPDX-License-Identifier: Apache-2.0
# Case A of the rules (domain.md §7), built from values: shared by the tests,
# the memory loop and bench/clas_bench.pl.
package CaseA;
use strict;
use warnings;
use Clas;
use Exporter 'import';
our @EXPORT_OK = qw(case_a);

sub case_a {
    my $d = Clas::Dossier->new('2025-2026');
    $d->set_id('D1');
    $d->set_departement('51');
    $d->set_date_depot('2025-08-12');
    my $c = $d->add_collectif('C1');
    $c->add_niveau($Clas::CLAS_NIVEAU_CM1);
    $c->set($Clas::CLAS_CHAMP_NB_ENFANTS, 10);
    $c->set($Clas::CLAS_CHAMP_NB_INTERVENANTS_SALARIES, 1);
    $c->set($Clas::CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, 1);
    $c->set($Clas::CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1);
    $c->set_depenses(1_000_000);
    $c->add_financement('Ville', 150_000);
    $c->add_action($_) for $Clas::CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE, $Clas::CLAS_ACTION_PARENTS_CONVIVIALITE,
        $Clas::CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE, $Clas::CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE;
    $c->set_decision($Clas::CLAS_DECISION_AGREE);
    return $d;
}

1;
