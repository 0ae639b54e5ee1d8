# SPDX-License-Identifier: Apache-2.0
# Tests of the Ruby binding: every shared vector, errors, text (ownership: ownership.rb).
require 'minitest/autorun'
require 'clas'
require_relative 'case_a'

MONTANT = (0...Clas::CLAS_MONTANT_COUNT).to_h { |i| [Clas.clas_montant_name(i), i] }


# The shared vectors, flattened by bindings/vectors/flatten.py: one record a
# line, tab-separated, "end" closing each vector.
def read_vectors(path)
  vectors = []
  v = nil
  File.foreach(path, chomp: true, encoding: 'UTF-8') do |line|
    tag, *f = line.split("\t", -1)
    case tag
    when 'vector' then v = { 'name' => f[0], 'regles' => [], 'lines' => [] }
    when 'end' then vectors << v
    when 'regles' then v['regles'] << f[0]
    when 'dossier', 'erreur' then v[tag] = f[0]
    when 'cadre', 'flags', 'chargement' then v[tag] = f
    else v['lines'] << [tag, *f]
    end
  end
  vectors
end

class VectorTest < Minitest::Test
  def evaluate(v)
    regles = Clas::Regles.new
    unless v['regles'].empty?
      b = Clas::ReglesBuilder.new
      b.add_defaults
      v['regles'].each { |doc| b.add_json(doc, v['name'], Clas::CLAS_REGLES_REPLACE) }
      regles = b.build
    end
    cadre = v['cadre'] && regles.find_cadre(*v['cadre'])
    trace, carry = v['flags'].map { |x| x == '1' }
    flags = (trace ? Clas::CLAS_EVAL_TRACE : 0) | (carry ? Clas::CLAS_CARRY_FORWARD : 0)
    Clas::Dossier.from_json(v['dossier'], v['name']).evaluate(regles, cadre, flags)
  end

  # Runs one vector as tests/test_vectors.c does.
  def check_vector(v)
    name = v['name']
    if v['chargement']
      # The dossier is refused as it is loaded: its status and message id, nothing else.
      status, id = v['chargement']
      e = assert_raises(Clas::Error, name) { Clas::Dossier.from_json(v['dossier'], name) }
      assert_equal status, e.status, "#{name}: #{e.message}"
      assert_equal id, Clas.error_last_id, name unless id.empty?
      return
    end
    if v['erreur']
      e = assert_raises(Clas::Error, name) { evaluate(v) }
      assert_equal v['erreur'], e.status, name
      return
    end
    ev = evaluate(v)
    v['lines'].each do |tag, *f|
      case tag
      when 'verdict' then assert_equal f[0], Clas.clas_verdict_name(ev.verdict), name
      when 'provisoire' then assert_equal f[0] == '1', ev.is_provisional, name
      when 'constats_dossier'
        codes = (0...ev.num_constats).map { |i| ev.constat(i) }.select { |k| k.collectif_index < 0 }
                                     .map { |k| Clas.clas_code_name(k.code) }
        assert_equal f, codes.uniq.sort, "#{name} constats_dossier"
      when 'collectifs' then assert_equal Integer(f[0]), ev.num_collectifs, name
      when 'collectif'
        i = Integer(f[0])
        assert_equal f[1], ev.collectif_id(i), name
        assert_equal f[2], Clas.clas_verdict_name(ev.collectif_verdict(i)), "#{name} #{f[1]}"
        next unless v['flags'][0] == '1'
        assert_operator ev.num_etapes(i), :>, 0, "#{name} #{f[1]} trace"
        (0...ev.num_etapes(i)).each { |j| refute_empty ev.etape(i, j).text }
      when 'codes'
        i = Integer(f.shift)
        codes = (0...ev.num_collectif_constats(i)).map { |j| Clas.clas_code_name(ev.collectif_constat(i, j).code) }
        assert_equal f, codes.uniq.sort, "#{name} collectif #{i} codes"
      when 'montant' then assert_equal Integer(f[2]), ev.montant(Integer(f[0]), MONTANT.fetch(f[1])), "#{name} #{f[0]} #{f[1]}"
      when 'total' then assert_equal Integer(f[1]), ev.total(MONTANT.fetch(f[0])), "#{name} total #{f[0]}"
      when 'consequences'
        # Each constat carries its code's consequence (or none), quoted by its French message.
        want = f.to_h { |pair| pair.split('=', 2) }
        (0...ev.num_constats).map { |j| ev.constat(j) }.each do |k|
          code = Clas.clas_code_name(k.code)
          expected = want.fetch(code, '')
          assert_equal expected, k.consequence(Clas::CLAS_CONSEQUENCE_TEXTE), "#{name} #{code} consequence"
          assert_includes k.message(Clas::CLAS_LANG_FR), expected, "#{name} #{code} message" unless expected.empty?
        end
      else flunk "#{name}: unknown record #{tag}"
      end
    end
  end

  vectors = read_vectors(ENV.fetch('CLAS_VECTORS_FLAT'))
  raise 'no vectors' if vectors.size < 10
  vectors.each do |v|
    define_method("test_vector_#{v['name'].delete_suffix('.json').tr('-', '_')}") { check_vector(v) }
  end
end

# The example campaign's statistics, figure by figure, against the CLI's (bindings/vectors/statistiques.py).
class StatistiquesTest < Minitest::Test
  def test_example_campaign
    flat = ENV['CLAS_STATISTIQUES_FLAT']
    skip 'built without the CLI' unless flat
    stat = (0...Clas::CLAS_STAT_COUNT).to_h { |i| [Clas.clas_statistique_name(i), i] }
    lines = File.readlines(flat, chomp: true, encoding: 'UTF-8').map { |l| l.split("\t", -1) }
    camp = Clas::Campagne.from_json_file(lines[0][1])
    st = camp.rapport(Clas::Regles.new).statistiques(camp)
    figures = lines.select { |f| f[0] == 'statistique' }
    figures.each { |_, name, value| assert_equal Integer(value), st.get(stat.fetch(name)), name }
    assert_equal stat.size, figures.size, 'every figure compared'
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

  def test_batch
    b = Clas::Batch.new(3)
    b.set(Clas::CLAS_BATCH_COL_DEPENSES, [1_000_000, 600_000, 1_000_000])
    b.set(Clas::CLAS_BATCH_COL_NB_ENFANTS, [10, 7, 10])
    b.set(Clas::CLAS_BATCH_COL_NB_INTERVENANTS, [2, 2, 2])
    [Clas::CLAS_BATCH_COL_ACTIONS_ENFANTS, Clas::CLAS_BATCH_COL_ACTIONS_PARENTS, Clas::CLAS_BATCH_COL_ACTIONS_ECOLE,
     Clas::CLAS_BATCH_COL_ACTIONS_TERRITOIRE, Clas::CLAS_BATCH_COL_HORS_TEMPS].each { |col| b.set(col, [1, 1, 1]) }
    b.set(Clas::CLAS_BATCH_COL_FLAGS, [Clas::BATCH_AGREE, Clas::BATCH_AGREE, Clas::BATCH_REFUSE])
    b.evaluate(Clas::Regles.new, '2025-2026', 'national')
    assert_equal [280_070, 0, 0], b.get(Clas::CLAS_BATCH_COL_PS, 3)
    assert_equal Clas::CLAS_CODE_GROUPE_TROP_PETIT, b.get(Clas::CLAS_BATCH_COL_CODE, 3)[1]
    assert_equal 'CLAS_EINVAL', assert_raises(Clas::Error) { b.set(Clas::CLAS_BATCH_COL_DEPENSES, [1, 2]) }.status
    assert_equal 'CLAS_ERANGE', assert_raises(Clas::Error) { b.set(Clas::CLAS_BATCH_COL_NB_ENFANTS, [1, 2, 2**40]) }.status
    assert_equal 'CLAS_ERANGE', assert_raises(Clas::Error) { b.set(Clas::CLAS_BATCH_COL_DEPENSES, [1, 2, 2**64]) }.status
  end
end
