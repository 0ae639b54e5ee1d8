# SPDX-License-Identifier: Apache-2.0
# Clas::Batch::evaluate_one(): one collectif in one call gives exactly what the
# object API gives for a dossier of that one collectif filed on time, on
# boundary cases of R-PS, R-BUDGET, R-GROUPE, R-ENCADREMENT, R-AGREMENT, R-BONUS.
use strict;
use warnings;
use Test::More;
use Clas;

my $regles = Clas::Regles->new();
my $ev = Clas::Evaluation->new();
my @bonus = ([$Clas::CLAS_BONUS_ENFANTS, $Clas::BATCH_BONUS_ENFANTS_DEMANDE, $Clas::BATCH_BONUS_ENFANTS_ACCORDE],
             [$Clas::CLAS_BONUS_PARENTS, $Clas::BATCH_BONUS_PARENTS_DEMANDE, $Clas::BATCH_BONUS_PARENTS_ACCORDE]);

# [verdict, code, ps, bonus, total] through Dossier, Collectif and Evaluation.
sub object_api {
    my ($depenses, $autres, $enfants, $intervenants, $decision, $b) = @_;
    my $d = Clas::Dossier->new('2025-2026');
    $d->set_id('D1');
    $d->set_departement('51');
    $d->set_date_depot('2025-08-01');
    my $c = $d->add_collectif('C1');
    $c->add_niveau($Clas::CLAS_NIVEAU_CM1);
    $c->set($Clas::CLAS_CHAMP_NB_ENFANTS, $enfants);
    $c->set($Clas::CLAS_CHAMP_NB_INTERVENANTS_SALARIES, int($intervenants / 2));
    $c->set($Clas::CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, $intervenants - int($intervenants / 2));
    $c->set($Clas::CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1);
    $c->set_depenses($depenses);
    $c->add_financement('Ville', $autres) if $autres;
    $c->add_action($_) for $Clas::CLAS_ACTION_ENFANTS_VIE_COLLECTIVE, $Clas::CLAS_ACTION_PARENTS_CONVIVIALITE,
        $Clas::CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE, $Clas::CLAS_ACTION_TERRITOIRE_REAAP;
    if (defined $b) {
        $c->set_bonus_demande($bonus[$b][0], 1, 'Sorties culturelles');
        $c->set_bonus_accorde($bonus[$b][0], $decision == $Clas::BATCH_AGREE ? 1 : 0);
    }
    $c->set_decision($decision == $Clas::BATCH_AGREE ? $Clas::CLAS_DECISION_AGREE : $Clas::CLAS_DECISION_REFUSE)
        if $decision;
    $ev->run($regles, undef, $d, 0);
    my $code = $Clas::BATCH_NO_CODE;
    for my $j (0 .. $ev->num_collectif_constats(0) - 1) {
        my $k = $ev->collectif_constat(0, $j);
        if ($k->severity() == $Clas::CLAS_SEVERITY_BLOCKING) { $code = $k->code(); last }
    }
    return [$ev->collectif_verdict(0), $code, $ev->montant(0, $Clas::CLAS_MONTANT_PS),
            $ev->montant(0, $Clas::CLAS_MONTANT_BONUS_ENFANTS) + $ev->montant(0, $Clas::CLAS_MONTANT_BONUS_PARENTS),
            $ev->montant(0, $Clas::CLAS_MONTANT_TOTAL)];
}

# The same collectif as a row of input values, in BatchColumn order.
sub row {
    my ($depenses, $autres, $enfants, $intervenants, $decision, $b) = @_;
    my $flags = $decision;
    $flags |= $bonus[$b][1] | ($decision == $Clas::BATCH_AGREE ? $bonus[$b][2] : 0) if defined $b;
    return [$depenses, $autres, $enfants, $intervenants, 1 << $Clas::CLAS_NIVEAU_CM1, 1, 1, 1, 1, 1, $flags];
}

my ($cases, $same, %seen) = (0, 0);
for my $dep (0, 150, 848699, 848700, 848701, 1000000) {
    for my $autres (0, 150000, 2000000) {
        for my $enf (7, 8, 12, 13) {
            for my $int (1, 2, 3) {
                for my $dec ($Clas::BATCH_AGREE, $Clas::BATCH_REFUSE, 0) {
                    for my $b (undef, 0, 1) {
                        my @case = ($dep, $autres, $enf, $int, $dec, $b);
                        my $want = object_api(@case);
                        my $got = Clas::Batch::evaluate_one($regles, '2025-2026', '51', row(@case));
                        $cases++;
                        if ("@$got" eq "@$want") { $same++ } else { diag("case @case: got @$got, want @$want") }
                        $seen{join ',', $want->[0], $want->[1], $want->[2] > 0, $want->[3] > 0} = 1;
                    }
                }
            }
        }
    }
}
is($same, $cases, "$cases cases: evaluate_one gives the object API's verdict, code and amounts");
cmp_ok(scalar(keys %seen), '>=', 6, 'the cases reach several codes, with and without Ps and bonus');

eval { Clas::Batch::evaluate_one($regles, '2025-2026', '51', [-1]) };
is(ref($@) && $@->status, 'CLAS_ERANGE', 'a value out of range raises CLAS_ERANGE');
like(ref($@) && $@->location, qr/depenses/, '... naming the column');
eval { Clas::Batch::evaluate_one($regles, '2025-2026', '51', [(0) x ($Clas::BATCH_ROW_INPUTS + 1)]) };
is(ref($@) && $@->status, 'CLAS_EINVAL', 'too many values raise CLAS_EINVAL');
done_testing();
