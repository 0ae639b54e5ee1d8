-- SPDX-License-Identifier: Apache-2.0
-- Ownership (TAP): every child used after its parent is released and
-- collected (collectgarbage()) still works or raises the library's error,
-- and every error path frees what it made. Short, so that the memcheck
-- suite runs it under valgrind.
local clas = require("clas")
local t = require("tap")
local ok, is, status_of = t.ok, t.is, t.status_of
local case_a = dofile(arg[0]:match("^(.*)/[^/]*$") .. "/case_a.lua")

do
  local d = case_a()
  local copy = d:copy()
  d = nil
  collectgarbage()
  is(copy:collectif(0):id(), "C1", "a copy outlives its original")
end

do
  local c, p
  do
    local d = case_a()
    c, p = d:collectif(0), d:porteur()
  end
  collectgarbage()
  is(c:id(), "C1", "a collectif outlives its dossier")
  c:set_depenses(900000)
  is(c:depenses(), 900000, "and can still be changed")
  ok(p:id() ~= nil, "a porteur outlives its dossier")
end

do
  local ev = case_a():evaluate(clas.Regles(), nil, clas.CLAS_EVAL_TRACE)
  collectgarbage()
  is(ev:montant(0, clas.CLAS_MONTANT_PS), 280070, "an evaluation outlives its rule set and dossier")
  local k, e, b = ev:collectif_constat(0, 0), ev:etape(0, 0), ev:bareme()
  ev = nil
  collectgarbage()
  ok(#clas.clas_code_name(k:code()) > 0, "a constat outlives its evaluation")
  ok(#clas.clas_regle_id(e:regle()) > 0, "a step outlives its evaluation")
  is(status_of(b.set_ps_max, b, 1), "CLAS_ESTATE", "its barème stays read-only")
end

do
  local b = clas.Regles():find_bareme("2025-2026", 0)
  collectgarbage()
  ok(b:ps_max() > 0, "a barème outlives its rule set")
  is(status_of(b.set_ps_max, b, 1), "CLAS_ESTATE", "and is read-only")
  is(b:copy():ps_max(), b:ps_max(), "its copy is a plain barème")
end

do
  local dossier, ev, total
  do
    local campagne = clas.Campagne("51", "2025-2026")
    dossier = campagne:add_dossier(case_a())
    local rapport = campagne:rapport(clas.Regles())
    ev, total = rapport:evaluation(0), rapport:total(clas.CLAS_TOTAL_PS)
  end
  collectgarbage()
  is(dossier:collectif(0):id(), "C1", "a dossier outlives its campaign")
  is(ev:montant(0, clas.CLAS_MONTANT_PS), total, "an evaluation outlives its report and campaign")
end

do
  local reused = clas.Evaluation()
  reused:run(clas.Regles(), nil, case_a(), 0)
  local old = reused:collectif_constat(0, 0)
  reused:run(clas.Regles(), nil, case_a(), 0)
  is(status_of(old.code, old), "CLAS_ESTATE", "a constat from before run() raises CLAS_ESTATE")
  reused = nil
  collectgarbage()
  is(status_of(old.code, old), "CLAS_ESTATE", "and still does once its evaluation is gone")
  local campagne = clas.Campagne("51", "2025-2026")
  campagne:set_cadre(clas.Regles():find_cadre("51", "2025-2026"))
  local cadre = campagne:cadre()
  campagne:set_cadre(nil)
  is(status_of(cadre.copy, cadre), "CLAS_ESTATE", "a cadre replaced by set_cadre() raises CLAS_ESTATE")
end

-- error paths: the half-made objects and the error tables are freed
do
  local d = case_a()
  is(status_of(d.add_collectif, d, "C1"), "CLAS_EEXISTS", "duplicate id")
  is(status_of(d.collectif, d, 5), "CLAS_ENOTFOUND", "index out of range")
  local c = d:collectif(0)
  is(status_of(c.set_depenses, c, -1), "CLAS_ERANGE", "negative amount")
  is(status_of(clas.Dossier_from_json, '{"format": "clas-dossier/1", "collectifs": [', "broken.json"), "CLAS_EPARSE",
     "JSON syntax")
  is(status_of(function() return clas.Dossier("1990-1991"):evaluate(clas.Regles()) end), "CLAS_ENOBAREME",
     "no barème for the year")
  local batch = clas.Batch(2)
  is(status_of(batch.set, batch, clas.CLAS_BATCH_COL_DEPENSES, {1}), "CLAS_EINVAL", "a batch column of the wrong length")
  collectgarbage()
end

t.done()
