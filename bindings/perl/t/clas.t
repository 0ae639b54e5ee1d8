# SPDX-License-Identifier: Apache-2.0
# Tests of the Perl binding: every shared vector, errors, text (ownership: ownership.t).
use strict;
use warnings;
use utf8;
use Test::More;
use FindBin;
use lib $FindBin::Bin;
use Clas;
use CaseA qw(case_a);

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my %montant;    # "ps" => CLAS_MONTANT_PS...
$montant{ Clas::clas_montant_name($_) } = $_ for 0 .. $Clas::CLAS_MONTANT_COUNT - 1;

# The shared vectors, flattened by bindings/vectors/flatten.py: one record
# a line, tab-separated, "end" closing each vector.
sub read_vectors {
    my ($path) = @_;
    open my $fh, '<:encoding(UTF-8)', $path or die "$path: $!\n";
    my (@vectors, $v);
    while (my $line = <$fh>) {
        chomp $line;
        my ($tag, @f) = split /\t/, $line, -1;
        if    ($tag eq 'vector') { $v = {name => $f[0], regles => [], lines => []} }
        elsif ($tag eq 'end') { push @vectors, $v }
        elsif ($tag eq 'regles') { push @{ $v->{regles} }, $f[0] }
        elsif ($tag eq 'dossier' || $tag eq 'erreur') { $v->{$tag} = $f[0] }
        elsif ($tag eq 'chargement') { $v->{$tag} = \@f }
        elsif ($tag eq 'cadre' || $tag eq 'flags') { $v->{$tag} = \@f }
        else { push @{ $v->{lines} }, [$tag, @f] }
    }
    return @vectors;
}

# Runs one vector as tests/test_vectors.c does; returns the differences.
sub check_vector {
    my ($v) = @_;
    my ($trace, $carry) = @{ $v->{flags} };
    my $flags = ($trace ? $Clas::CLAS_EVAL_TRACE : 0) | ($carry ? $Clas::CLAS_CARRY_FORWARD : 0);
    if (my $refused = $v->{chargement}) {
        # The dossier is refused as it is loaded: its status and message id, nothing else.
        my ($status, $id) = @$refused;
        my $ok = eval { Clas::Dossier::from_json($v->{dossier}, $v->{name}); 1 };
        my $err = $@;
        return ("chargement: expected $status, got success") if $ok;
        my $got_id = Clas::error_last_id();
        return () if ref $err && $err->isa('Clas::Error') && $err->status eq $status && ($id eq '' || $got_id eq $id);
        return ("chargement: expected $status $id, got " . (ref $err ? $err->status . " $got_id: " . $err->message : $err));
    }
    my $ev = eval {
        my $regles = Clas::Regles->new();
        if (@{ $v->{regles} }) {
            my $b = Clas::ReglesBuilder->new();
            $b->add_defaults();
            $b->add_json($_, $v->{name}, $Clas::CLAS_REGLES_REPLACE) for @{ $v->{regles} };
            $regles = $b->build();
        }
        my $cadre = $v->{cadre} ? $regles->find_cadre(@{ $v->{cadre} }) : undef;
        Clas::Dossier::from_json($v->{dossier}, $v->{name})->evaluate($regles, $cadre, $flags);
    };
    my $err = $@;
    if (defined $v->{erreur}) {
        return () if ref $err && $err->isa('Clas::Error') && $err->status eq $v->{erreur};
        return ("expected $v->{erreur}, got " . ($err || 'success'));
    }
    return ("failed: $err") unless $ev;
    my @errors;
    my $cmp = sub { my ($what, $got, $exp) = @_; push @errors, "$what: got '$got', want '$exp'" if $got ne $exp };
    my $set = sub { join ' ', sort { $a cmp $b } keys %{ { map { $_ => 1 } @_ } } };
    for my $l (@{ $v->{lines} }) {
        my ($tag, @f) = @$l;
        if ($tag eq 'verdict') { $cmp->($tag, Clas::clas_verdict_name($ev->verdict), $f[0]) }
        elsif ($tag eq 'provisoire') { $cmp->($tag, $ev->is_provisional ? 1 : 0, $f[0]) }
        elsif ($tag eq 'constats_dossier') {
            my @codes = map { Clas::clas_code_name($_->code) }
                grep { $_->collectif_index < 0 } map { $ev->constat($_) } 0 .. $ev->num_constats - 1;
            $cmp->($tag, $set->(@codes), join ' ', @f);
        }
        elsif ($tag eq 'collectifs') { $cmp->($tag, $ev->num_collectifs, $f[0]) }
        elsif ($tag eq 'collectif') {
            $cmp->("collectif $f[0] id", $ev->collectif_id($f[0]), $f[1]);
            $cmp->("$f[1] verdict", Clas::clas_verdict_name($ev->collectif_verdict($f[0])), $f[2]);
            next unless $trace;
            push @errors, "$f[1]: no trace" unless $ev->num_etapes($f[0]) > 0;
            for my $j (0 .. $ev->num_etapes($f[0]) - 1) {
                push @errors, "$f[1]: empty step $j" unless length $ev->etape($f[0], $j)->text;
            }
        }
        elsif ($tag eq 'codes') {
            my $i = shift @f;
            my @codes = map { Clas::clas_code_name($ev->collectif_constat($i, $_)->code) }
                0 .. $ev->num_collectif_constats($i) - 1;
            $cmp->("collectif $i codes", $set->(@codes), join ' ', @f);
        }
        elsif ($tag eq 'montant') { $cmp->("collectif $f[0] $f[1]", $ev->montant($f[0], $montant{ $f[1] }), $f[2]) }
        elsif ($tag eq 'total') { $cmp->("total $f[0]", $ev->total($montant{ $f[0] }), $f[1]) }
        elsif ($tag eq 'consequences') {
            # Each constat carries its code's consequence (or none), quoted by its French message.
            my %want = map { split /=/, $_, 2 } @f;
            for my $k (map { $ev->constat($_) } 0 .. $ev->num_constats - 1) {
                my $code = Clas::clas_code_name($k->code);
                my $expected = $want{$code} // '';
                $cmp->("constat $code consequence", $k->consequence($Clas::CLAS_CONSEQUENCE_TEXTE), $expected);
                push @errors, "constat $code: the message does not quote the consequence"
                    if $expected ne '' && index($k->message($Clas::CLAS_LANG_FR), $expected) < 0;
            }
        }
        else { push @errors, "unknown record $tag" }
    }
    return @errors;
}

{   # every shared vector
    my @vectors = read_vectors($ENV{CLAS_VECTORS_FLAT} // die "CLAS_VECTORS_FLAT is not set\n");
    cmp_ok(scalar @vectors, '>', 10, 'vectors found');
    for my $v (@vectors) {
        my @errors = check_vector($v);
        ok(!@errors, $v->{name}) or diag(join "\n", @errors);
    }
}


{   # the example campaign's statistics, figure by figure, against the CLI's (bindings/vectors/statistiques.py)
    my $flat = $ENV{CLAS_STATISTIQUES_FLAT};
    SKIP: {
        skip 'built without the CLI', 1 unless defined $flat;
        my %stat;
        $stat{ Clas::clas_statistique_name($_) } = $_ for 0 .. $Clas::CLAS_STAT_COUNT - 1;
        open my $fh, '<:encoding(UTF-8)', $flat or die "$flat: $!\n";
        my @lines = map { chomp; [split /\t/, $_, -1] } <$fh>;
        my $camp = Clas::Campagne::from_json_file($lines[0][1]);
        my $st = $camp->rapport(Clas::Regles->new())->statistiques($camp);
        my $count = 0;
        for my $f (grep { $_->[0] eq 'statistique' } @lines) {
            $count++;
            ok(exists $stat{ $f->[1] }, "statistique $f->[1] exists") or next;
            is($st->get($stat{ $f->[1] }), $f->[2], "statistique $f->[1]");
        }
        is($count, scalar keys %stat, 'every figure compared');
    }
}

{   # case A
    my $ev = case_a()->evaluate(Clas::Regles->new());
    is($ev->montant(0, $Clas::CLAS_MONTANT_PS), 280_070, 'Ps in cents, an integer');
    is(Clas::cents_format_human($ev->montant(0, $Clas::CLAS_MONTANT_PS)), "2 800,70 €", 'human format')
        or diag(Clas::cents_format_human($ev->montant(0, $Clas::CLAS_MONTANT_PS)));
}

{   # errors die with Clas::Error
    my $d = Clas::Dossier->new('2025-2026');
    my $c = $d->add_collectif('C1');
    eval { $c->set_depenses(-1) };
    my $e = $@;
    isa_ok($e, 'Clas::Error');
    is($e->status, 'CLAS_ERANGE', 'status name');
    is($e->code, $Clas::CLAS_ERANGE, 'status code');
    ok(length $e->message, 'message');
    like("$e", qr/^CLAS_ERANGE: /, 'stringifies with the status');
    eval { $d->add_collectif('C1') };
    is($@->status, 'CLAS_EEXISTS', 'duplicate id');
    eval { Clas::Dossier::from_json('{"format": "clas-dossier/1", "collectifs": [', 'broken.json') };
    is($@->status, 'CLAS_EPARSE', 'JSON syntax');
    like($@->location, qr/broken\.json/, 'location names the document');
    eval { $d->collectif(5) };
    is($@->status, 'CLAS_ENOTFOUND', 'index out of range');
    eval { Clas::Dossier->new('1990-1991')->evaluate(Clas::Regles->new()) };
    is(ref $@ && $@->status, 'CLAS_ENOBAREME', 'no barème for the year');
}

{   # text
    my $d = Clas::Dossier->new('2025-2026');
    my $c = $d->add_collectif('C1');
    $c->set_nom("Élan – 日本 😀");
    is($c->nom, "Élan – 日本 😀", 'round trip of a character string');
    ok(utf8::is_utf8($c->nom), 'UTF-8 flagged');
    my $latin1 = "caf\xe9";    # stored as Latin-1 internally
    ok(!utf8::is_utf8($latin1), 'a Latin-1-stored string');
    $c->set_nom($latin1);
    is($c->nom, "café", 'is accepted as text');
    eval { $c->set_nom("a\0b") };
    is(ref $@ && $@->status, 'CLAS_EINVAL', 'NUL is refused, not cut');
    is($c->nom, 'café', 'and nothing was changed');
    eval { $d->set_id("D1\0X") };
    is(ref $@ && $@->status, 'CLAS_EINVAL', 'NUL in an id');
    my $bytes = "\xff\xfe";
    utf8::decode(my $copy = $bytes);
    my $bad = "\xc3";
    Encode::_utf8_on($bad) if eval { require Encode; 1 };
    eval { $c->set_nom($bad) };
    is(ref $@ && $@->status, 'CLAS_EUTF8', 'malformed UTF-8 is refused');
    my $doc = case_a()->to_json(0);
    ok(utf8::is_utf8($doc) || $doc !~ /[^\x00-\x7f]/, 'JSON text is a character string');
    my $again = Clas::Dossier::from_json($doc);
    ok($again->equal(case_a()), 'JSON round trip');
}

{   # integers
    my $d = Clas::Dossier->new('2025-2026');
    my $c = $d->add_collectif('C1');
    $c->set_depenses(99_999_999_999);
    is($c->depenses, 99_999_999_999, 'cents beyond 2^32 are exact');
    is(Clas::cents_parse('999999999.99'), 99_999_999_999, 'parsed exactly');
    eval { $c->set_depenses(100_000_000_001) };
    is(ref $@ && $@->status, 'CLAS_ERANGE', 'beyond CLAS_CENTS_MAX');
    eval { $c->set_depenses(-9_223_372_036_854_775_807 - 1) };
    is(ref $@ && $@->status, 'CLAS_ERANGE', 'INT64_MIN does not wrap');
}

# ownership: ownership.t

{   # batch
    my $b = Clas::Batch->new(3);
    $b->set($Clas::CLAS_BATCH_COL_DEPENSES, [1_000_000, 600_000, 1_000_000]);
    $b->set($Clas::CLAS_BATCH_COL_NB_ENFANTS, [10, 7, 10]);
    $b->set($Clas::CLAS_BATCH_COL_NB_INTERVENANTS, [2, 2, 2]);
    $b->set($_, [1, 1, 1]) for $Clas::CLAS_BATCH_COL_ACTIONS_ENFANTS, $Clas::CLAS_BATCH_COL_ACTIONS_PARENTS,
        $Clas::CLAS_BATCH_COL_ACTIONS_ECOLE, $Clas::CLAS_BATCH_COL_ACTIONS_TERRITOIRE, $Clas::CLAS_BATCH_COL_HORS_TEMPS;
    $b->set($Clas::CLAS_BATCH_COL_FLAGS, [($Clas::BATCH_AGREE) x 2, $Clas::BATCH_REFUSE]);
    $b->evaluate(Clas::Regles->new(), '2025-2026', 'national');
    is_deeply($b->get($Clas::CLAS_BATCH_COL_PS, 3), [280_070, 0, 0], 'Ps per collectif');
    is_deeply($b->get($Clas::CLAS_BATCH_COL_CODE, 3)->[1], $Clas::CLAS_CODE_GROUPE_TROP_PETIT, 'first blocking code');
    eval { $b->set($Clas::CLAS_BATCH_COL_DEPENSES, [1, 2]) };
    is(ref $@ && $@->status, 'CLAS_EINVAL', 'a column of the wrong length');
    eval { $b->set($Clas::CLAS_BATCH_COL_NB_ENFANTS, [1, 2, 2**40]) };
    is(ref $@ && $@->status, 'CLAS_ERANGE', 'a value beyond its column type');
    eval { $b->set($Clas::CLAS_BATCH_COL_DEPENSES, [1, 2, 2**64]) };
    is(ref $@ && $@->status, 'CLAS_ERANGE', 'a value beyond int64 is not clamped');
}

done_testing();
