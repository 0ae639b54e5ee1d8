# SPDX-License-Identifier: Apache-2.0
# Cost per call from Perl: one collectif built from values and evaluated, a
# built dossier evaluated into a reused Evaluation, one collectif from values
# in one call (Batch::evaluate_one), and the batch per collectif. Median of 7 runs (3 with --quick).
#   PERL5LIB=build/bindings/perl perl bench/clas_bench.pl [--quick]
use strict;
use warnings;
use Time::HiRes qw(time);
use FindBin;
use lib "$FindBin::Bin/../bindings/perl/t";
use Clas;
use CaseA qw(case_a);

my $quick = grep { $_ eq '--quick' } @ARGV;
my ($n, $runs, $rows) = $quick ? (20_000, 3, 100_000) : (200_000, 7, 1_000_000);

sub median {
    my ($code, $k) = @_;
    $code->(int($k / 10) + 1);
    my @t;
    for (1 .. $runs) { my $t0 = time; $code->($k); push @t, (time - $t0) / $k }
    @t = sort { $a <=> $b } @t;
    return $t[int($runs / 2)];
}


my $regles = Clas::Regles->new();
my $ev = Clas::Evaluation->new();
my $sink = 0;
printf "build one collectif from values + evaluate: %.0f ns\n", 1e9 * median(sub {
    for (1 .. $_[0]) { $ev->run($regles, undef, case_a(), 0); $sink += $ev->montant(0, $Clas::CLAS_MONTANT_PS) }
}, $n);
my $built = case_a();
printf "evaluate a built dossier of one collectif (Evaluation.run reused): %.0f ns\n", 1e9 * median(sub {
    for (1 .. $_[0]) { $ev->run($regles, undef, $built, 0); $sink += $ev->montant(0, $Clas::CLAS_MONTANT_PS) }
}, $n);
# One collectif from values in one call: a row in BatchColumn order (case A's values).
my @row = (1_000_000, 150_000, 10, 2, 1 << $Clas::CLAS_NIVEAU_CM1, 1, 1, 1, 1, 1, $Clas::BATCH_AGREE);
my $t = median(sub {
    for my $i (1 .. $_[0]) {
        $row[0] = 100_000 + ($i * 7919) % 900_000;
        $sink += Clas::Batch::evaluate_one($regles, '2025-2026', '51', \@row)->[2];
    }
}, $n);
printf "one collectif from values in one call (Batch::evaluate_one): %.0f ns  <= 2 us %s\n", 1e9 * $t,
    $t <= 2e-6 ? 'PASS' : 'MISS';
my @dep = map { 100_000 + ($_ * 7919) % 900_000 } 0 .. $rows - 1;
my @enf = map { 8 + $_ % 5 } 0 .. $rows - 1;
my @two = (2) x $rows;
my @one = (1) x $rows;
my @flags = ($Clas::BATCH_AGREE) x $rows;
my $ps;
printf "batch per collectif (%d rows: set columns, evaluate, get Ps): %.1f ns\n", $rows, 1e9 / $rows * median(sub {
    for (1 .. $_[0]) {
        my $b = Clas::Batch->new($rows);
        $b->set($Clas::CLAS_BATCH_COL_DEPENSES, \@dep);
        $b->set($Clas::CLAS_BATCH_COL_NB_ENFANTS, \@enf);
        $b->set($Clas::CLAS_BATCH_COL_NB_INTERVENANTS, \@two);
        $b->set($_, \@one) for $Clas::CLAS_BATCH_COL_ACTIONS_ENFANTS, $Clas::CLAS_BATCH_COL_ACTIONS_PARENTS,
            $Clas::CLAS_BATCH_COL_ACTIONS_ECOLE, $Clas::CLAS_BATCH_COL_ACTIONS_TERRITOIRE;
        $b->set($Clas::CLAS_BATCH_COL_FLAGS, \@flags);
        $b->evaluate($regles, '2025-2026', '51');
        $ps = $b->get($Clas::CLAS_BATCH_COL_PS, $rows);
    }
}, 1);
print "checksum ", $sink + $ps->[0], "\n";
