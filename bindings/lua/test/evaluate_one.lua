-- SPDX-License-Identifier: Apache-2.0
-- clas.Batch.evaluate_one (TAP): one collectif in one call gives exactly what
-- the object API gives for a dossier of that one collectif filed on time, on
-- boundary cases of R-PS, R-BUDGET, R-GROUPE, R-ENCADREMENT, R-AGREMENT, R-BONUS.
local clas = require("clas")

local regles, ev = clas.Regles(), clas.Evaluation()
local AGREE, REFUSE = clas.BATCH_AGREE, clas.BATCH_REFUSE
local BONUS = {{clas.CLAS_BONUS_ENFANTS, clas.BATCH_BONUS_ENFANTS_DEMANDE, clas.BATCH_BONUS_ENFANTS_ACCORDE},
               {clas.CLAS_BONUS_PARENTS, clas.BATCH_BONUS_PARENTS_DEMANDE, clas.BATCH_BONUS_PARENTS_ACCORDE}}

-- {verdict, code, ps, bonus, total} through Dossier, Collectif and Evaluation.
local function object_api(depenses, autres, enfants, intervenants, decision, bonus)
  local d = clas.Dossier("2025-2026")
  d:set_id("D1")
  d:set_departement("51")
  d:set_date_depot("2025-08-01")
  local c = d:add_collectif("C1")
  c:add_niveau(clas.CLAS_NIVEAU_CM1)
  c:set(clas.CLAS_CHAMP_NB_ENFANTS, enfants)
  c:set(clas.CLAS_CHAMP_NB_INTERVENANTS_SALARIES, intervenants // 2)
  c:set(clas.CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, intervenants - intervenants // 2)
  c:set(clas.CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1)
  c:set_depenses(depenses)
  if autres > 0 then c:add_financement("Ville", autres) end
  for _, a in ipairs({clas.CLAS_ACTION_ENFANTS_VIE_COLLECTIVE, clas.CLAS_ACTION_PARENTS_CONVIVIALITE,
                      clas.CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE, clas.CLAS_ACTION_TERRITOIRE_REAAP}) do
    c:add_action(a)
  end
  if bonus then
    c:set_bonus_demande(BONUS[bonus][1], true, "Sorties culturelles")
    c:set_bonus_accorde(BONUS[bonus][1], decision == AGREE)
  end
  if decision ~= 0 then
    c:set_decision(decision == AGREE and clas.CLAS_DECISION_AGREE or clas.CLAS_DECISION_REFUSE)
  end
  ev:run(regles, nil, d, 0)
  local code = clas.BATCH_NO_CODE
  for j = 0, ev:num_collectif_constats(0) - 1 do
    local k = ev:collectif_constat(0, j)
    if k:severity() == clas.CLAS_SEVERITY_BLOCKING then code = k:code(); break end
  end
  return {ev:collectif_verdict(0), code, ev:montant(0, clas.CLAS_MONTANT_PS),
          ev:montant(0, clas.CLAS_MONTANT_BONUS_ENFANTS) + ev:montant(0, clas.CLAS_MONTANT_BONUS_PARENTS),
          ev:montant(0, clas.CLAS_MONTANT_TOTAL)}
end

-- The same collectif as a row of input values, in BatchColumn order.
local function row(depenses, autres, enfants, intervenants, decision, bonus)
  local flags = decision
  if bonus then flags = flags | BONUS[bonus][2] | (decision == AGREE and BONUS[bonus][3] or 0) end
  return {depenses, autres, enfants, intervenants, 1 << clas.CLAS_NIVEAU_CM1, 1, 1, 1, 1, 1, flags}
end

local cases, same, kinds, seen = 0, 0, 0, {}
for _, dep in ipairs({0, 150, 848699, 848700, 848701, 1000000}) do
  for _, autres in ipairs({0, 150000, 2000000}) do
    for _, enf in ipairs({7, 8, 12, 13}) do
      for _, int in ipairs({1, 2, 3}) do
        for _, dec in ipairs({AGREE, REFUSE, 0}) do
          for b = 0, 2 do
            local bonus = b > 0 and b or nil
            local want = object_api(dep, autres, enf, int, dec, bonus)
            local got = clas.Batch.evaluate_one(regles, "2025-2026", "51", row(dep, autres, enf, int, dec, bonus))
            local w, g = table.concat(want, " "), table.concat(got, " ")
            cases = cases + 1
            if w == g then same = same + 1 else print(("# case %d %d %d %d %d %s: got %s, want %s"):format(
              dep, autres, enf, int, dec, tostring(bonus), g, w)) end
            local key = ("%d,%d,%s,%s"):format(want[1], want[2], want[3] > 0, want[4] > 0)
            if not seen[key] then seen[key] = true; kinds = kinds + 1 end
          end
        end
      end
    end
  end
end
print((same == cases and "ok" or "not ok") .. (" 1 - %d of %d cases give the object API's verdict, code and amounts"):format(same, cases))
print((kinds >= 6 and "ok" or "not ok") .. " 2 - the cases reach several codes, with and without Ps and bonus")
local good, e = pcall(clas.Batch.evaluate_one, regles, "2025-2026", "51", {-1})
print((not good and type(e) == "table" and e.status == "CLAS_ERANGE" and e.location:find("depenses") and "ok" or "not ok")
      .. " 3 - a value out of range raises CLAS_ERANGE naming the column")
local long = {}
for i = 1, clas.BATCH_ROW_INPUTS + 1 do long[i] = 0 end
good, e = pcall(clas.Batch.evaluate_one, regles, "2025-2026", "51", long)
print((not good and type(e) == "table" and e.status == "CLAS_EINVAL" and "ok" or "not ok") .. " 4 - too many values raise CLAS_EINVAL")
print("1..4")
