# SPDX-License-Identifier: Apache-2.0
# Labels and error message ids reach Perl: a French label, a French error
# with euros, nothing stale after an error the wrapper raised itself.
use strict;
use warnings;
use utf8;
use Test::More;
use Clas;

is(Clas::clas_label($Clas::CLAS_LABEL_SEVERITY, $Clas::CLAS_SEVERITY_BLOCKING, $Clas::CLAS_LANG_FR), 'bloquant',
   'French label');
is(Clas::clas_label($Clas::CLAS_LABEL_SEVERITY, $Clas::CLAS_SEVERITY_BLOCKING, $Clas::CLAS_LANG_EN), 'blocking',
   'English label');

my $c = Clas::Dossier->new('2025-2026')->add_collectif('C1');
eval { $c->set_depenses(-5) };
isa_ok($@, 'Clas::Error');
is(Clas::error_last_id(), 'montant_hors_bornes', 'message id');
is(Clas::error_last_format($Clas::CLAS_LANG_FR), 'depenses = -0,05 € est hors des bornes 0,00 € à 1 000 000 000,00 €',
   'French message with euros');
like(Clas::error_last_format($Clas::CLAS_LANG_EN), qr/-€0\.05/, 'English message with euros');
is(Clas::error_last_arg_value(1), -5, 'the amount in cents');

my $d = Clas::Dossier->new('2025-2026');
eval { $d->collectif(5) };
my $e = $@;
is(Clas::error_last_id(), '', 'no id for an error of the wrapper');
is(Clas::error_last_format($Clas::CLAS_LANG_FR), $e->message, 'its English message');
done_testing();
