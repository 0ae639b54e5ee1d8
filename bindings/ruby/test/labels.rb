# SPDX-License-Identifier: Apache-2.0
# Labels and error message ids reach Ruby: a French label, a French error
# with euros, nothing stale after an error the wrapper raised itself.
require 'minitest/autorun'
require 'clas'

class LabelsTest < Minitest::Test
  def test_labels
    assert_equal 'bloquant', Clas.clas_label(Clas::CLAS_LABEL_SEVERITY, Clas::CLAS_SEVERITY_BLOCKING, Clas::CLAS_LANG_FR)
    assert_equal 'blocking', Clas.clas_label(Clas::CLAS_LABEL_SEVERITY, Clas::CLAS_SEVERITY_BLOCKING, Clas::CLAS_LANG_EN)
  end

  def test_error_in_french
    c = Clas::Dossier.new('2025-2026').add_collectif('C1')
    assert_raises(Clas::Error) { c.set_depenses(-5) }
    assert_equal 'montant_hors_bornes', Clas.error_last_id
    assert_equal 'depenses = -0,05 € est hors des bornes 0,00 € à 1 000 000 000,00 €',
                 Clas.error_last_format(Clas::CLAS_LANG_FR)
    assert_match(/-€0\.05/, Clas.error_last_format(Clas::CLAS_LANG_EN))
    assert_equal 'montant', Clas.error_last_arg_name(1)
    assert_equal(-5, Clas.error_last_arg_value(1))
    d = Clas::Dossier.new('2025-2026')
    e = assert_raises(Clas::Error) { d.collectif(5) }
    assert_equal '', Clas.error_last_id
    assert_equal e.message, Clas.error_last_format(Clas::CLAS_LANG_FR)
  end
end
