# SPDX-License-Identifier: Apache-2.0
# Memory loop: N cycles (default 100000) of building case A, evaluating it
# with the trace, using a constat after its evaluation and dossier are
# released, and an error path. Prints the resident memory after the first
# tenth and at the end; fails if it grew by more than 1 MiB.
require 'clas'

n = Integer(ARGV[0] || 100_000)
rss_kb = -> { File.read('/proc/self/status')[/^VmRSS:\s+(\d+)/, 1].to_i }
regles = Clas::Regles.new
start = nil
actions = [Clas::CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE, Clas::CLAS_ACTION_PARENTS_CONVIVIALITE,
           Clas::CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE, Clas::CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE]
(1..n).each do |i|
  d = Clas::Dossier.new('2025-2026')
  d.set_departement('51')
  d.set_date_depot('2025-08-12')
  c = d.add_collectif('C1')
  c.add_niveau(Clas::CLAS_NIVEAU_CM1)
  c.set(Clas::CLAS_CHAMP_NB_ENFANTS, 10)
  c.set(Clas::CLAS_CHAMP_NB_INTERVENANTS_SALARIES, 2)
  c.set(Clas::CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1)
  c.set_depenses(1_000_000)
  actions.each { |a| c.add_action(a) }
  c.set_decision(Clas::CLAS_DECISION_AGREE)
  ev = d.evaluate(regles, nil, Clas::CLAS_EVAL_TRACE)
  k = ev.collectif_constat(0, 0)
  ev = d = nil
  raise 'child after parent' if Clas.clas_code_name(k.code).empty?
  begin
    c.set_depenses(-1)
    raise 'error path'
  rescue Clas::Error => e
    raise 'status' unless e.status == 'CLAS_ERANGE'
  end
  if i == n / 10
    GC.start
    start = rss_kb.call
  end
end
GC.start
fin = rss_kb.call
printf("ruby: %d cycles, RSS %d kB after %d, %d kB at the end (%+d kB)\n", n, start, n / 10, fin, fin - start)
exit(fin - start > 1024 ? 1 : 0)
