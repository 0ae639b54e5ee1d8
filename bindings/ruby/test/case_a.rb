# SPDX-License-Identifier: Apache-2.0
# Case A of the rules (domain.md §7), built from values: shared by the tests,
# the memory loop and bench/clas_bench.rb.
require 'clas'

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
