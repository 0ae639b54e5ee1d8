# SPDX-License-Identifier: Apache-2.0
# Ownership: every child used after its parent is released and collected
# (GC.start) still works or raises the library's error, and every error path
# frees what it made. Short, so that the memcheck suite runs it under valgrind.
require 'minitest/autorun'
require 'clas'
require_relative 'case_a'

class OwnershipTest < Minitest::Test
  def status_of
    yield
    'ok'
  rescue Clas::Error => e
    e.status
  end

  # Objects made in a method of their own, so that no reference stays on the stack.
  def children
    d = case_a
    [d.collectif(0), d.porteur]
  end

  def evaluation_parts
    ev = case_a.evaluate(Clas::Regles.new, nil, Clas::CLAS_EVAL_TRACE)
    [ev.montant(0, Clas::CLAS_MONTANT_PS), ev.collectif_constat(0, 0), ev.etape(0, 0), ev.bareme]
  end

  def campaign_parts
    campagne = Clas::Campagne.new('51', '2025-2026')
    dossier = campagne.add_dossier(case_a)
    rapport = campagne.rapport(Clas::Regles.new)
    [dossier, rapport.evaluation(0), rapport.total(Clas::CLAS_TOTAL_PS)]
  end

  def test_children_outlive_parents
    d = case_a
    copy = d.copy
    d = nil
    GC.start
    assert_equal 'C1', copy.collectif(0).id, 'a copy outlives its original'
    c, p = children
    GC.start
    assert_equal 'C1', c.id, 'a collectif outlives its dossier'
    c.set_depenses(900_000)
    assert_equal 900_000, c.depenses
    refute_nil p.id, 'a porteur outlives its dossier'
    ps, k, e, b = evaluation_parts
    GC.start
    assert_equal 280_070, ps
    refute_empty Clas.clas_code_name(k.code), 'a constat outlives its evaluation'
    refute_empty Clas.clas_regle_id(e.regle), 'a step outlives its evaluation'
    assert_equal 'CLAS_ESTATE', status_of { b.set_ps_max(1) }, 'its barème stays read-only'
    b = Clas::Regles.new.find_bareme('2025-2026', 0)
    GC.start
    assert_operator b.ps_max, :>, 0, 'a barème outlives its rule set'
    assert_equal b.ps_max, b.copy.ps_max
    dossier, ev, total = campaign_parts
    GC.start
    assert_equal 'C1', dossier.collectif(0).id, 'a dossier outlives its campaign'
    assert_equal total, ev.montant(0, Clas::CLAS_MONTANT_PS), 'an evaluation outlives its report and campaign'
  end

  def test_stale_handles_raise
    reused = Clas::Evaluation.new
    reused.run(Clas::Regles.new, nil, case_a, 0)
    old = reused.collectif_constat(0, 0)
    reused.run(Clas::Regles.new, nil, case_a, 0)
    assert_equal 'CLAS_ESTATE', status_of { old.code }, 'a constat from before run() raises CLAS_ESTATE'
    reused = nil
    GC.start
    assert_equal 'CLAS_ESTATE', status_of { old.code }, 'and still does once its evaluation is gone'
    campagne = Clas::Campagne.new('51', '2025-2026')
    campagne.set_cadre(Clas::Regles.new.find_cadre('51', '2025-2026'))
    cadre = campagne.cadre
    campagne.set_cadre(nil)
    assert_equal 'CLAS_ESTATE', status_of { cadre.copy }, 'a cadre replaced by set_cadre() raises CLAS_ESTATE'
  end

  def test_error_paths
    d = case_a
    assert_equal 'CLAS_EEXISTS', status_of { d.add_collectif('C1') }
    assert_equal 'CLAS_ENOTFOUND', status_of { d.collectif(5) }
    assert_equal 'CLAS_ERANGE', status_of { d.collectif(0).set_depenses(-1) }
    assert_equal 'CLAS_EPARSE', status_of { Clas::Dossier.from_json('{"format": "clas-dossier/1", "collectifs": [', 'broken.json') }
    assert_equal 'CLAS_ENOBAREME', status_of { Clas::Dossier.new('1990-1991').evaluate(Clas::Regles.new) }
    assert_equal 'CLAS_EINVAL', status_of { Clas::Batch.new(2).set(Clas::CLAS_BATCH_COL_DEPENSES, [1]) }
    GC.start
  end
end
