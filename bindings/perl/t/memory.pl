# SPDX-License-Identifier: Apache-2.0
# Memory loop: N cycles (default 100000) of building case A, evaluating it
# with the trace, using a constat after its evaluation and dossier are
# released, and an error path. Prints the resident memory after the first
# tenth and at the end; fails if it grew by more than 1 MiB.
use strict;
use warnings;
use FindBin;
use lib $FindBin::Bin;
use Clas;
use CaseA qw(case_a);

my $n = shift // 100_000;
sub rss_kb { open my $fh, '<', '/proc/self/status' or die; while (<$fh>) { return $1 if /^VmRSS:\s+(\d+)/ } }

my $regles = Clas::Regles->new();
my $start;
for my $i (1 .. $n) {
    my $d = case_a();
    my $c = $d->collectif(0);
    my $ev = $d->evaluate($regles, undef, $Clas::CLAS_EVAL_TRACE);
    my $k = $ev->collectif_constat(0, 0);
    undef $ev;
    undef $d;
    die "child after parent" unless length Clas::clas_code_name($k->code);
    die "error path" if eval { $c->set_depenses(-1); 1 };
    die "no error object" unless $@->status eq 'CLAS_ERANGE';
    $start = rss_kb() if $i == int($n / 10);
}
my $end = rss_kb();
printf "perl: %d cycles, RSS %d kB after %d, %d kB at the end (%+d kB)\n", $n, $start, int($n / 10), $end, $end - $start;
exit($end - $start > 1024 ? 1 : 0);
