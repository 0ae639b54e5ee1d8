# SPDX-License-Identifier: Apache-2.0
# Ownership: every child used after its parent is released and collected
# (`undef` and the end of a scope) still works or raises the library's
# error, and every error path frees what it made. Short, so that the
# memcheck suite runs it under valgrind.
use strict;
use warnings;
use utf8;
use Test::More;
use FindBin;
use lib $FindBin::Bin;
use Clas;
use CaseA qw(case_a);

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

sub status_of { my ($f) = @_; return eval { $f->(); 'ok' } // (ref $@ ? $@->status : "not a library error: $@") }

{
    my $d = case_a();
    my $copy = $d->copy();
    undef $d;
    is($copy->collectif(0)->id, 'C1', 'a copy outlives its original');
}
{
    my ($c, $p);
    {
        my $d = case_a();
        $c = $d->collectif(0);
        $p = $d->porteur();
    }    # the dossier goes with its scope
    is($c->id, 'C1', 'a collectif outlives its dossier');
    $c->set_depenses(900_000);
    is($c->depenses, 900_000, 'and can still be changed');
    ok(defined $p->id, 'a porteur outlives its dossier');
}
{
    my ($ev, $k, $e, $b);
    {
        my $regles = Clas::Regles->new();
        my $d = case_a();
        $ev = $d->evaluate($regles, undef, $Clas::CLAS_EVAL_TRACE);
    }
    is($ev->montant(0, $Clas::CLAS_MONTANT_PS), 280_070, 'an evaluation outlives its rule set and dossier');
    $k = $ev->collectif_constat(0, 0);
    $e = $ev->etape(0, 0);
    $b = $ev->bareme();
    undef $ev;
    ok(length Clas::clas_code_name($k->code), 'a constat outlives its evaluation');
    ok(length Clas::clas_regle_id($e->regle), 'a step outlives its evaluation');
    is(status_of(sub { $b->set_ps_max(1) }), 'CLAS_ESTATE', 'its barème stays read-only');
}
{
    my $b = Clas::Regles->new()->find_bareme('2025-2026', 0);
    ok($b->ps_max > 0, 'a barème outlives its rule set');
    is(status_of(sub { $b->set_ps_max(1) }), 'CLAS_ESTATE', 'and is read-only');
    is($b->copy()->ps_max, $b->ps_max, 'its copy is a plain barème');
}
{
    my ($dossier, $ev, $total);
    {
        my $campagne = Clas::Campagne->new('51', '2025-2026');
        $dossier = $campagne->add_dossier(case_a());
        my $rapport = $campagne->rapport(Clas::Regles->new());
        $ev = $rapport->evaluation(0);
        $total = $rapport->total($Clas::CLAS_TOTAL_PS);
    }
    is($dossier->collectif(0)->id, 'C1', 'a dossier outlives its campaign');
    is($ev->montant(0, $Clas::CLAS_MONTANT_PS), $total, 'an evaluation outlives its report and campaign');
}
{
    my $reused = Clas::Evaluation->new();
    $reused->run(Clas::Regles->new(), undef, case_a(), 0);
    my $old = $reused->collectif_constat(0, 0);
    $reused->run(Clas::Regles->new(), undef, case_a(), 0);
    is(status_of(sub { $old->code }), 'CLAS_ESTATE', 'a constat from before run() raises CLAS_ESTATE');
    undef $reused;
    is(status_of(sub { $old->code }), 'CLAS_ESTATE', 'and still does once its evaluation is gone');
    my $campagne = Clas::Campagne->new('51', '2025-2026');
    $campagne->set_cadre(Clas::Regles->new()->find_cadre('51', '2025-2026'));
    my $cadre = $campagne->cadre();
    $campagne->set_cadre(undef);
    is(status_of(sub { $cadre->copy() }), 'CLAS_ESTATE', 'a cadre replaced by set_cadre() raises CLAS_ESTATE');
}
{   # error paths: the half-made objects and the error objects are freed
    my $d = case_a();
    is(status_of(sub { $d->add_collectif('C1') }), 'CLAS_EEXISTS', 'duplicate id');
    is(status_of(sub { $d->collectif(5) }), 'CLAS_ENOTFOUND', 'index out of range');
    is(status_of(sub { $d->collectif(0)->set_depenses(-1) }), 'CLAS_ERANGE', 'negative amount');
    is(status_of(sub { Clas::Dossier::from_json('{"format": "clas-dossier/1", "collectifs": [', 'broken.json') }),
       'CLAS_EPARSE', 'JSON syntax');
    is(status_of(sub { Clas::Dossier->new('1990-1991')->evaluate(Clas::Regles->new()) }), 'CLAS_ENOBAREME',
       'no barème for the year');
    is(status_of(sub { Clas::Batch->new(2)->set($Clas::CLAS_BATCH_COL_DEPENSES, [1]) }), 'CLAS_EINVAL',
       'a batch column of the wrong length');
}

done_testing();
