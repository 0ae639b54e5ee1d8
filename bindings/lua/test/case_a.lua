-- SPDX-License-Identifier: Apache-2.0
-- Case A of the rules (domain.md §7), built from values: shared by the tests,
-- the memory loop and bench/clas_bench.lua (each loads it with dofile).
local clas = require("clas")

local function case_a()
  local d = clas.Dossier("2025-2026")
  d:set_id("D1")
  d:set_departement("51")
  d:set_date_depot("2025-08-12")
  local c = d:add_collectif("C1")
  c:add_niveau(clas.CLAS_NIVEAU_CM1)
  c:set(clas.CLAS_CHAMP_NB_ENFANTS, 10)
  c:set(clas.CLAS_CHAMP_NB_INTERVENANTS_SALARIES, 1)
  c:set(clas.CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, 1)
  c:set(clas.CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1)
  c:set_depenses(1000000)
  c:add_financement("Ville", 150000)
  for _, a in ipairs({clas.CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE, clas.CLAS_ACTION_PARENTS_CONVIVIALITE,
                      clas.CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE, clas.CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE}) do
    c:add_action(a)
  end
  c:set_decision(clas.CLAS_DECISION_AGREE)
  return d
end

return case_a
