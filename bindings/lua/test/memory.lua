-- SPDX-License-Identifier: Apache-2.0
-- Memory loop: N cycles (default 100000) of building case A, evaluating it
-- with the trace, using a constat after its evaluation and dossier are
-- released, and an error path. Prints the resident memory after the first
-- tenth and at the end; fails if it grew by more than 1 MiB.
local clas = require("clas")

local n = math.tointeger(tonumber(arg[1] or "100000"))
local function rss_kb()
  for line in io.lines("/proc/self/status") do
    local kb = line:match("^VmRSS:%s+(%d+)")
    if kb then return math.tointeger(tonumber(kb)) end
  end
end
local regles = clas.Regles()
local actions = {clas.CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE, clas.CLAS_ACTION_PARENTS_CONVIVIALITE,
                 clas.CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE, clas.CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE}
local start
for i = 1, n do
  local d = clas.Dossier("2025-2026")
  d:set_departement("51")
  d:set_date_depot("2025-08-12")
  local c = d:add_collectif("C1")
  c:add_niveau(clas.CLAS_NIVEAU_CM1)
  c:set(clas.CLAS_CHAMP_NB_ENFANTS, 10)
  c:set(clas.CLAS_CHAMP_NB_INTERVENANTS_SALARIES, 2)
  c:set(clas.CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1)
  c:set_depenses(1000000)
  for _, a in ipairs(actions) do c:add_action(a) end
  c:set_decision(clas.CLAS_DECISION_AGREE)
  local ev = d:evaluate(regles, nil, clas.CLAS_EVAL_TRACE)
  local k = ev:collectif_constat(0, 0)
  ev, d = nil, nil
  assert(#clas.clas_code_name(k:code()) > 0, "child after parent")
  local good, e = pcall(c.set_depenses, c, -1)
  assert(not good and e.status == "CLAS_ERANGE", "error path")
  if i == n // 10 then collectgarbage(); start = rss_kb() end
end
collectgarbage()
local fin = rss_kb()
print(("lua: %d cycles, RSS %d kB after %d, %d kB at the end (%+d kB)"):format(n, start, n // 10, fin, fin - start))
os.exit(fin - start > 1024 and 1 or 0)
