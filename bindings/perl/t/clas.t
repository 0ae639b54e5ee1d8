# SPDX-License-Identifier: Apache-2.0
# Tests of the Perl binding: every shared vector, errors, ownership, text.
use strict;
use warnings;
use utf8;
use Test::More;
use JSON::PP ();
use Clas;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $vectors = $ENV{CLAS_VECTORS_DIR} or die "CLAS_VECTORS_DIR is not set\n";
my $json = JSON::PP->new->utf8->canonical;

my %montant;    # "ps" => CLAS_MONTANT_PS...
$montant{ Clas::clas_montant_name($_) } = $_ for 0 .. $Clas::CLAS_MONTANT_COUNT - 1;

sub slurp {
    my ($path) = @_;
    open my $fh, '<:raw', $path or die "$path: $!\n";
    local $/;
    return scalar <$fh>;
}

sub set_of { join ' ', sort { $a cmp $b } keys %{ { map { $_ => 1 } @_ } } }

# The rule set and cadre a vector asks for (see tests/vectors/README.md).
sub regles_for {
    my ($v) = @_;
    return (Clas::Regles->new(), undef) unless defined $v->{regles} || defined $v->{cadre};
    my $b = Clas::ReglesBuilder->new();
    $b->add_defaults();
    $b->add_json($json->encode($v->{regles}), 'regles', $Clas::CLAS_REGLES_REPLACE) if defined $v->{regles};
    if (defined $v->{cadre}) {
        my $doc = {format => 'clas-regles/1', baremes => [], cadres => [$v->{cadre}]};
        $b->add_json($json->encode($doc), 'cadre', $Clas::CLAS_REGLES_REPLACE);
    }
    my $regles = $b->build();
    my $cadre = defined $v->{cadre}
        ? $regles->find_cadre($v->{cadre}{departement}, $v->{cadre}{annee_scolaire}) : undef;
    return ($regles, $cadre);
}

sub check_vector {
    my ($name) = @_;
    my $v = $json->decode(slurp("$vectors/$name"));
    my ($regles, $cadre) = regles_for($v);
    my $dossier = Clas::Dossier::from_json($json->encode($v->{dossier}), $name);
    my $opts = $v->{options} || {};
    my $flags = ($opts->{trace} ? $Clas::CLAS_EVAL_TRACE : 0) | ($opts->{carry_forward} ? $Clas::CLAS_CARRY_FORWARD : 0);
    my $want = $v->{attendu};
    my @errors;
    my $ev = eval { $dossier->evaluate($regles, $cadre, $flags) };
    if ($want->{erreur}) {
        my $e = $@;
        return ref $e && $e->isa('Clas::Error') && $e->status eq $want->{erreur}
            ? () : ("expected $want->{erreur}, got " . ($e || 'success'));
    }
    return ("evaluation failed: $@") unless $ev;
    my $cmp = sub { my ($what, $got, $exp) = @_; push @errors, "$what: got '$got', want '$exp'" if $got ne $exp };
    $cmp->('verdict', Clas::clas_verdict_name($ev->verdict), $want->{verdict});
    $cmp->('provisoire', $ev->is_provisional ? 1 : 0, $want->{provisoire} ? 1 : 0);
    my @dossier_codes = map { Clas::clas_code_name($_->code) }
        grep { $_->collectif_index < 0 } map { $ev->constat($_) } 0 .. $ev->num_constats - 1;
    $cmp->('constats_dossier', set_of(@dossier_codes), set_of(@{ $want->{constats_dossier} || [] }));
    $cmp->('collectifs', $ev->num_collectifs, scalar @{ $want->{collectifs} });
    for my $i (0 .. $#{ $want->{collectifs} }) {
        my $exp = $want->{collectifs}[$i];
        last if $i >= $ev->num_collectifs;
        my $id = $ev->collectif_id($i);
        $cmp->("collectif $i id", $id, $exp->{id});
        $cmp->("$id verdict", Clas::clas_verdict_name($ev->collectif_verdict($i)), $exp->{verdict});
        my @codes = map { Clas::clas_code_name($ev->collectif_constat($i, $_)->code) }
            0 .. $ev->num_collectif_constats($i) - 1;
        $cmp->("$id codes", set_of(@codes), set_of(@{ $exp->{codes} || [] }));
        for my $m (sort keys %{ $exp->{montants} || {} }) {
            $cmp->("$id $m", $ev->montant($i, $montant{$m}), Clas::cents_parse($exp->{montants}{$m}));
        }
        if ($opts->{trace}) {
            push @errors, "$id: no trace" unless $ev->num_etapes($i) > 0;
            for my $j (0 .. $ev->num_etapes($i) - 1) {
                push @errors, "$id: empty step $j" unless length $ev->etape($i, $j)->text;
            }
        }
    }
    for my $m (sort keys %{ $want->{totaux} || {} }) {
        $cmp->("total $m", $ev->total($montant{$m}), Clas::cents_parse($want->{totaux}{$m}));
    }
    return @errors;
}

{   # every shared vector
    opendir my $dh, $vectors or die "$vectors: $!\n";
    my @names = sort grep { /\.json$/ } readdir $dh;
    cmp_ok(scalar @names, '>', 10, 'vectors found');
    for my $name (@names) {
        my @errors = check_vector($name);
        ok(!@errors, $name) or diag(join "\n", @errors);
    }
}

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

{   # ownership
    my $d = case_a();
    my $copy = $d->copy();
    undef $d;
    is($copy->collectif(0)->id, 'C1', 'a copy outlives its original');
    my $regles = Clas::Regles->new();
    my $ev = $copy->evaluate($regles);
    undef $regles;
    undef $copy;
    is($ev->montant(0, $Clas::CLAS_MONTANT_PS), 280_070, 'an evaluation outlives its rule set and dossier');
}

done_testing();
