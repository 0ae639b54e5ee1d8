# SPDX-License-Identifier: Apache-2.0
# Tests of the Ruby binding: every shared vector, errors, ownership, text.
require 'json'
require 'set'
require 'minitest/autorun'
require 'clas'

VECTORS = ENV.fetch('CLAS_VECTORS_DIR')
MONTANT = (0...Clas::CLAS_MONTANT_COUNT).to_h { |i| [Clas.clas_montant_name(i), i] }

def case_a
  d = Clas::Dossier.new('2025-2026')
  d.set_id('D1')
  d.set_departement('51')
  d.set_date_depot('2025-08-12')
  c = d.add_collectif('C1')
  c.add_niveau(Clas::CLAS_NIVEAU_CM1)
  c.set(Clas::CLAS_CHAMP_NB_ENFANTS, 10)
  c.set(Clas::CLAS_CHAMP_NB_INTERVENANTS_SALARIES, 1)
  c.set(Clas::CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, 1)
  c.set(Clas::CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1)
  c.set_depenses(1_000_000)
  c.add_financement('Ville', 150_000)
  [Clas::CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE, Clas::CLAS_ACTION_PARENTS_CONVIVIALITE,
   Clas::CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE, Clas::CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE].each { |a| c.add_action(a) }
  c.set_decision(Clas::CLAS_DECISION_AGREE)
  d
end

class VectorTest < Minitest::Test
  def regles_for(v)
    return [Clas::Regles.new, nil] if v['regles'].nil? && v['cadre'].nil?
    b = Clas::ReglesBuilder.new
    b.add_defaults
    b.add_json(JSON.generate(v['regles']), 'regles', Clas::CLAS_REGLES_REPLACE) unless v['regles'].nil?
    unless v['cadre'].nil?
      doc = { 'format' => 'clas-regles/1', 'baremes' => [], 'cadres' => [v['cadre']] }
      b.add_json(JSON.generate(doc), 'cadre', Clas::CLAS_REGLES_REPLACE)
    end
    regles = b.build
    cadre = v['cadre'] && regles.find_cadre(v['cadre']['departement'], v['cadre']['annee_scolaire'])
    [regles, cadre]
  end

  def check_vector(name)
    v = JSON.parse(File.read(File.join(VECTORS, name), encoding: 'UTF-8'))
    regles, cadre = regles_for(v)
    dossier = Clas::Dossier.from_json(JSON.generate(v['dossier']), name)
    opts = v['options'] || {}
    flags = (opts['trace'] ? Clas::CLAS_EVAL_TRACE : 0) | (opts['carry_forward'] ? Clas::CLAS_CARRY_FORWARD : 0)
    want = v['attendu']
    if want['erreur']
      e = assert_raises(Clas::Error, name) { dossier.evaluate(regles, cadre, flags) }
      assert_equal want['erreur'], e.status, name
      return
    end
    ev = dossier.evaluate(regles, cadre, flags)
    assert_equal want['verdict'], Clas.clas_verdict_name(ev.verdict), name
    assert_equal !!want['provisoire'], ev.is_provisional, name
    dossier_codes = (0...ev.num_constats).map { |i| ev.constat(i) }.select { |k| k.collectif_index < 0 }
                                         .map { |k| Clas.clas_code_name(k.code) }
    assert_equal Set.new(want['constats_dossier'] || []), Set.new(dossier_codes), name
    assert_equal want['collectifs'].size, ev.num_collectifs, name
    want['collectifs'].each_with_index do |exp, i|
      id = ev.collectif_id(i)
      assert_equal exp['id'], id, name
      assert_equal exp['verdict'], Clas.clas_verdict_name(ev.collectif_verdict(i)), "#{name} #{id}"
      codes = (0...ev.num_collectif_constats(i)).map { |j| Clas.clas_code_name(ev.collectif_constat(i, j).code) }
      assert_equal Set.new(exp['codes'] || []), Set.new(codes), "#{name} #{id}"
      (exp['montants'] || {}).each do |m, amount|
        assert_equal Clas.cents_parse(amount), ev.montant(i, MONTANT.fetch(m)), "#{name} #{id} #{m}"
      end
      next unless opts['trace']
      assert_operator ev.num_etapes(i), :>, 0, "#{name} #{id}"
      (0...ev.num_etapes(i)).each { |j| refute_empty ev.etape(i, j).text }
    end
    (want['totaux'] || {}).each do |m, amount|
      assert_equal Clas.cents_parse(amount), ev.total(MONTANT.fetch(m)), "#{name} total #{m}"
    end
  end

  names = Dir.children(VECTORS).select { |n| n.end_with?('.json') }.sort
  raise "no vectors in #{VECTORS}" if names.size < 10
  names.each do |name|
    define_method("test_vector_#{name.delete_suffix('.json').tr('-', '_')}") { check_vector(name) }
  end
end

class ApiTest < Minitest::Test
  def test_case_a
    ev = case_a.evaluate(Clas::Regles.new)
    ps = ev.montant(0, Clas::CLAS_MONTANT_PS)
    assert_equal 280_070, ps
    assert_kind_of Integer, ps
    assert_equal '2 800,70 €', Clas.cents_format_human(ps)
  end

  def test_errors
    d = Clas::Dossier.new('2025-2026')
    c = d.add_collectif('C1')
    e = assert_raises(Clas::Error) { c.set_depenses(-1) }
    assert_equal 'CLAS_ERANGE', e.status
    assert_equal Clas::CLAS_ERANGE, e.code
    refute_empty e.message
    assert_kind_of StandardError, e
    assert_equal 'CLAS_EEXISTS', assert_raises(Clas::Error) { d.add_collectif('C1') }.status
    e = assert_raises(Clas::Error) { Clas::Dossier.from_json('{"format": "clas-dossier/1", "collectifs": [', 'broken.json') }
    assert_equal 'CLAS_EPARSE', e.status
    assert_match(/broken\.json/, e.location)
    assert_equal 'CLAS_ENOTFOUND', assert_raises(Clas::Error) { d.collectif(5) }.status
    e = assert_raises(Clas::Error) { Clas::Dossier.new('1990-1991').evaluate(Clas::Regles.new) }
    assert_equal 'CLAS_ENOBAREME', e.status
    assert_equal 'CLAS_ERANGE', assert_raises(Clas::Error) { c.set_depenses(-2**63) }.status
  end

  def test_text
    d = Clas::Dossier.new('2025-2026')
    c = d.add_collectif('C1')
    c.set_nom('Élan – 日本 😀')
    assert_equal 'Élan – 日本 😀', c.nom
    assert_equal Encoding::UTF_8, c.nom.encoding
    assert_equal Encoding::UTF_8, c.id.encoding
    c.set_nom('café'.encode('ISO-8859-1'))
    assert_equal 'café', c.nom
    assert_equal 'CLAS_EINVAL', assert_raises(Clas::Error) { c.set_nom("a\0b") }.status
    assert_equal 'café', c.nom
    assert_equal 'CLAS_EINVAL', assert_raises(Clas::Error) { d.set_id("D1\0X") }.status
    assert_equal 'CLAS_EUTF8', assert_raises(Clas::Error) { c.set_nom("\xC3".b) }.status
    doc = case_a.to_json(0)
    assert_equal Encoding::UTF_8, doc.encoding
    assert Clas::Dossier.from_json(doc).equal(case_a)
  end

  def test_integers
    c = Clas::Dossier.new('2025-2026').add_collectif('C1')
    c.set_depenses(99_999_999_999)
    assert_equal 99_999_999_999, c.depenses
    assert_equal 'CLAS_ERANGE', assert_raises(Clas::Error) { c.set_depenses(100_000_000_001) }.status
  end

  def test_ownership
    d = case_a
    copy = d.copy
    d = nil
    GC.start
    assert_equal 'C1', copy.collectif(0).id
    ev = copy.evaluate(Clas::Regles.new)
    copy = nil
    GC.start
    assert_equal 280_070, ev.montant(0, Clas::CLAS_MONTANT_PS)
  end
end
