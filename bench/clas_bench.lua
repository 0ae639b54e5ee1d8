-- SPDX-License-Identifier: Apache-2.0
-- Cost per call from Lua: one collectif built from values and evaluated, a
-- built dossier evaluated into a reused Evaluation, one collectif from values
-- in one call (Batch.evaluate_one), and the batch per collectif. Median of 7 runs (3 with --quick).
--   LUA_CPATH='build/bindings/lua/?.so' lua5.4 bench/clas_bench.lua [--quick]
local clas = require("clas")

local quick = arg[1] == "--quick"
local n, runs, rows = 200000, 7, 1000000
if quick then n, runs, rows = 20000, 3, 100000 end

local function now()   -- monotonic wall clock is not in the standard library: os.clock is CPU time
  return os.clock()
end
local function median(k, code)
  code(k // 10 + 1)
  local t = {}
  for r = 1, runs do
    local t0 = now()
    code(k)
    t[r] = (now() - t0) / k
  end
  table.sort(t)
  return t[runs // 2 + 1]
end

local build = dofile(arg[0]:match("^(.*)/[^/]*$") .. "/../bindings/lua/test/case_a.lua")

local regles = clas.Regles()
local ev = clas.Evaluation()
local sink = 0
print(("build one collectif from values + evaluate: %.0f ns"):format(1e9 * median(n, function(k)
  for _ = 1, k do ev:run(regles, nil, build(), 0); sink = sink + ev:montant(0, clas.CLAS_MONTANT_PS) end
end)))
local built = build()
print(("evaluate a built dossier of one collectif (Evaluation.run reused): %.0f ns"):format(1e9 * median(n, function(k)
  for _ = 1, k do ev:run(regles, nil, built, 0); sink = sink + ev:montant(0, clas.CLAS_MONTANT_PS) end
end)))
-- One collectif from values in one call: a row in BatchColumn order (case A's values).
local row = {1000000, 150000, 10, 2, 1 << clas.CLAS_NIVEAU_CM1, 1, 1, 1, 1, 1, clas.BATCH_AGREE}
local evaluate_one = clas.Batch.evaluate_one
local t = median(n, function(k)
  for i = 1, k do
    row[1] = 100000 + (i * 7919) % 900000
    sink = sink + evaluate_one(regles, "2025-2026", "51", row)[3]
  end
end)
print(("one collectif from values in one call (Batch.evaluate_one): %.0f ns  <= 2 us %s"):format(
  1e9 * t, t <= 2e-6 and "PASS" or "MISS"))
local dep, enf, two, one, flags = {}, {}, {}, {}, {}
for i = 0, rows - 1 do
  dep[i + 1] = 100000 + (i * 7919) % 900000
  enf[i + 1] = 8 + i % 5
  two[i + 1], one[i + 1], flags[i + 1] = 2, 1, clas.BATCH_AGREE
end
local ps
print(("batch per collectif (%d rows: set columns, evaluate, get Ps): %.1f ns"):format(rows, 1e9 / rows * median(1, function(k)
  for _ = 1, k do
    local b = clas.Batch(rows)
    b:set(clas.CLAS_BATCH_COL_DEPENSES, dep)
    b:set(clas.CLAS_BATCH_COL_NB_ENFANTS, enf)
    b:set(clas.CLAS_BATCH_COL_NB_INTERVENANTS, two)
    for _, col in ipairs({clas.CLAS_BATCH_COL_ACTIONS_ENFANTS, clas.CLAS_BATCH_COL_ACTIONS_PARENTS,
                          clas.CLAS_BATCH_COL_ACTIONS_ECOLE, clas.CLAS_BATCH_COL_ACTIONS_TERRITOIRE}) do
      b:set(col, one)
    end
    b:set(clas.CLAS_BATCH_COL_FLAGS, flags)
    b:evaluate(regles, "2025-2026", "51")
    ps = b:get(clas.CLAS_BATCH_COL_PS, rows)
  end
end)))
print("checksum " .. (sink + ps[1]))
