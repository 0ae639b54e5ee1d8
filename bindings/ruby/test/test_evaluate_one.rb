# SPDX-License-Identifier: Apache-2.0
# Clas::Batch.evaluate_one: one collectif in one call gives exactly what the
# object API gives for a dossier of that one collectif filed on time, on
# boundary cases of R-PS, R-BUDGET, R-GROUPE, R-ENCADREMENT, R-AGREMENT, R-BONUS.
require 'minitest/autorun'
require 'clas'

class EvaluateOneTest < Minitest::Test
  BONUS = [[Clas::CLAS_BONUS_ENFANTS, Clas::BATCH_BONUS_ENFANTS_DEMANDE, Clas::BATCH_BONUS_ENFANTS_ACCORDE],
           [Clas::CLAS_BONUS_PARENTS, Clas::BATCH_BONUS_PARENTS_DEMANDE, Clas::BATCH_BONUS_PARENTS_ACCORDE]].freeze

  def setup
    @regles = Clas::Regles.new
    @ev = Clas::Evaluation.new
  end

  # [verdict, code, ps, bonus, total] through Dossier, Collectif and Evaluation.
  def object_api(depenses, autres, enfants, intervenants, decision, bonus)
    d = Clas::Dossier.new('2025-2026')
    d.set_id('D1')
    d.set_departement('51')
    d.set_date_depot('2025-08-01')
    c = d.add_collectif('C1')
    c.add_niveau(Clas::CLAS_NIVEAU_CM1)
    c.set(Clas::CLAS_CHAMP_NB_ENFANTS, enfants)
    c.set(Clas::CLAS_CHAMP_NB_INTERVENANTS_SALARIES, intervenants / 2)
    c.set(Clas::CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, intervenants - intervenants / 2)
    c.set(Clas::CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1)
    c.set_depenses(depenses)
    c.add_financement('Ville', autres) if autres.positive?
    [Clas::CLAS_ACTION_ENFANTS_VIE_COLLECTIVE, Clas::CLAS_ACTION_PARENTS_CONVIVIALITE,
     Clas::CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE, Clas::CLAS_ACTION_TERRITOIRE_REAAP].each { |a| c.add_action(a) }
    if bonus
      c.set_bonus_demande(BONUS[bonus][0], true, 'Sorties culturelles')
      c.set_bonus_accorde(BONUS[bonus][0], decision == Clas::BATCH_AGREE)
    end
    if decision.positive?
      c.set_decision(decision == Clas::BATCH_AGREE ? Clas::CLAS_DECISION_AGREE : Clas::CLAS_DECISION_REFUSE)
    end
    @ev.run(@regles, nil, d, 0)
    blocking = (0...@ev.num_collectif_constats(0)).map { |j| @ev.collectif_constat(0, j) }
                                                  .find { |k| k.severity == Clas::CLAS_SEVERITY_BLOCKING }
    [@ev.collectif_verdict(0), blocking ? blocking.code : Clas::BATCH_NO_CODE, @ev.montant(0, Clas::CLAS_MONTANT_PS),
     @ev.montant(0, Clas::CLAS_MONTANT_BONUS_ENFANTS) + @ev.montant(0, Clas::CLAS_MONTANT_BONUS_PARENTS),
     @ev.montant(0, Clas::CLAS_MONTANT_TOTAL)]
  end

  # The same collectif as a row of input values, in BatchColumn order.
  def row(depenses, autres, enfants, intervenants, decision, bonus)
    flags = decision
    flags |= BONUS[bonus][1] | (decision == Clas::BATCH_AGREE ? BONUS[bonus][2] : 0) if bonus
    [depenses, autres, enfants, intervenants, 1 << Clas::CLAS_NIVEAU_CM1, 1, 1, 1, 1, 1, flags]
  end

  def test_matches_object_api
    seen = {}
    cases = [0, 150, 848_699, 848_700, 848_701, 1_000_000].product(
      [0, 150_000, 2_000_000], [7, 8, 12, 13], [1, 2, 3], [Clas::BATCH_AGREE, Clas::BATCH_REFUSE, 0], [nil, 0, 1])
    cases.each do |k|
      want = object_api(*k)
      assert_equal want, Clas::Batch.evaluate_one(@regles, '2025-2026', '51', row(*k)), k.inspect
      seen[[want[0], want[1], want[2].positive?, want[3].positive?]] = true
    end
    assert_operator seen.size, :>=, 6, 'the cases reach several codes, with and without Ps and bonus'
  end

  def test_errors
    e = assert_raises(Clas::Error) { Clas::Batch.evaluate_one(@regles, '2025-2026', '51', [-1]) }
    assert_equal 'CLAS_ERANGE', e.status
    assert_match(/depenses/, e.location)
    e = assert_raises(Clas::Error) do
      Clas::Batch.evaluate_one(@regles, '2025-2026', '51', [0] * (Clas::BATCH_ROW_INPUTS + 1))
    end
    assert_equal 'CLAS_EINVAL', e.status
  end
end
