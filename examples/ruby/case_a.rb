# SPDX-License-Identifier: Apache-2.0
# Case A of the rules (domain.md §7) from Ruby: 10 000,00 € of expenses give
# a Ps of 2 800,70 € (33 % of the 8 487,00 € prix plafond, capped).
require 'clas'

dossier = Clas::Dossier.new('2025-2026')
dossier.set_id('D51-EXEMPLE')
dossier.set_departement('51')
dossier.set_date_depot('2025-08-12')
c = dossier.add_collectif('C1')
[Clas::CLAS_NIVEAU_CM1, Clas::CLAS_NIVEAU_CM2].each { |n| c.add_niveau(n) }
c.set(Clas::CLAS_CHAMP_NB_ENFANTS, 10)
c.set(Clas::CLAS_CHAMP_NB_INTERVENANTS_SALARIES, 1)
c.set(Clas::CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, 1)
c.set(Clas::CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1)
c.set_depenses(Clas.cents_parse('10000.00'))
c.add_financement('Ville', Clas.cents_parse('1500.00'))
[Clas::CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE, Clas::CLAS_ACTION_PARENTS_CONVIVIALITE,
 Clas::CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE, Clas::CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE].each { |a| c.add_action(a) }
c.set_decision(Clas::CLAS_DECISION_AGREE)

begin
  ev = dossier.evaluate(Clas::Regles.new)
rescue Clas::Error => e
  abort "#{e.status}: #{e.message} (#{e.location})"
end
puts "#{ev.collectif_id(0)}: #{Clas.clas_verdict_name(ev.collectif_verdict(0))}, " \
     "Ps #{Clas.cents_format_human(ev.montant(0, Clas::CLAS_MONTANT_PS))}"
