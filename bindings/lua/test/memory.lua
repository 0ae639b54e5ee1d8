-- SPDX-License-Identifier: Apache-2.0
-- Memory loop: N cycles (default 100000) of building case A, evaluating it
-- with the trace, using a constat after its evaluation and dossier are
-- released, and an error path. Prints the resident memory after the first
-- tenth and at the end; fails if it grew by more than 1 MiB.
local clas = require("clas")
local case_a = dofile(arg[0]:match("^(.*)/[^/]*$") .. "/case_a.lua")

local n = math.tointeger(tonumber(arg[1] or "100000"))
local function rss_kb()
  for line in io.lines("/proc/self/status") do
    local kb = line:match("^VmRSS:%s+(%d+)")
    if kb then return math.tointeger(tonumber(kb)) end
  end
end
local regles = clas.Regles()
local start
for i = 1, n do
  local d = case_a()
  local c = d:collectif(0)
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
