-- SPDX-License-Identifier: Apache-2.0
-- Tests of the Lua binding (TAP): every shared vector, errors, ownership, text, integers.
local clas = require("clas")

local n, failed = 0, 0
local function ok(cond, name, diag)
  n = n + 1
  if cond then
    print(("ok %d - %s"):format(n, name))
  else
    failed = failed + 1
    print(("not ok %d - %s"):format(n, name))
    if diag then print("# " .. tostring(diag):gsub("\n", "\n# ")) end
  end
end
local function is(got, want, name)
  ok(got == want and math.type(got) == math.type(want), name,
     ("got %s (%s), want %s (%s)"):format(tostring(got), math.type(got) or type(got), tostring(want),
                                          math.type(want) or type(want)))
end
-- The error table a failing call raises, or nil.
local function raises(f, ...)
  local good, err = pcall(f, ...)
  if good then return nil end
  return err
end
local function status_of(f, ...)
  local e = raises(f, ...)
  return type(e) == "table" and e.status or tostring(e)
end

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

-- case A
do
  local ev = case_a():evaluate(clas.Regles())
  is(ev:montant(0, clas.CLAS_MONTANT_PS), 280070, "case A: Ps in integer cents")
  is(clas.cents_format_human(280070), "2 800,70 €", "case A: human format")
  is(ev:num_collectifs(), 1, "counts are integers")
  is(ev:verdict(), clas.CLAS_VERDICT_ELIGIBLE, "enumerations are integers")
  is(clas.CLAS_VERDICT_ELIGIBLE, 0, "enumeration constants are integers")
end

-- errors
do
  local d = clas.Dossier("2025-2026")
  local c = d:add_collectif("C1")
  local e = raises(c.set_depenses, c, -1)
  ok(type(e) == "table", "an error is a table", e)
  is(e.status, "CLAS_ERANGE", "its status")
  is(e.code, clas.CLAS_ERANGE, "its code")
  ok(#e.message > 0, "its message")
  ok(tostring(e):find("^CLAS_ERANGE: ") ~= nil, "tostring gives the status", tostring(e))
  is(status_of(d.add_collectif, d, "C1"), "CLAS_EEXISTS", "duplicate id")
  e = raises(clas.Dossier_from_json, '{"format": "clas-dossier/1", "collectifs": [', "broken.json")
  is(e and e.status, "CLAS_EPARSE", "JSON syntax")
  ok(e and e.location:find("broken.json", 1, true) ~= nil, "location names the document", e and e.location)
  is(status_of(d.collectif, d, 5), "CLAS_ENOTFOUND", "index out of range")
  is(status_of(function() return clas.Dossier("1990-1991"):evaluate(clas.Regles()) end), "CLAS_ENOBAREME",
     "no barème for the year")
end

-- text
do
  local d = clas.Dossier("2025-2026")
  local c = d:add_collectif("C1")
  c:set_nom("Élan – 日本 😀")
  is(c:nom(), "Élan – 日本 😀", "UTF-8 round trip")
  is(status_of(c.set_nom, c, "a\0b"), "CLAS_EINVAL", "NUL is refused, not cut")
  is(c:nom(), "Élan – 日本 😀", "and nothing changed")
  is(status_of(d.set_id, d, "D1\0X"), "CLAS_EINVAL", "NUL in an id")
  is(status_of(c.set_nom, c, "\xC3"), "CLAS_EUTF8", "malformed UTF-8 is refused")
  local doc = case_a():to_json(0)
  ok(clas.Dossier_from_json(doc):equal(case_a()), "JSON round trip without a length argument")
end

-- integers
do
  local c = clas.Dossier("2025-2026"):add_collectif("C1")
  c:set_depenses(99999999999)
  is(c:depenses(), 99999999999, "cents beyond 2^32 are exact integers")
  c:set_depenses(5000.0)
  is(c:depenses(), 5000, "a float with an integral value is accepted")
  is(status_of(c.set_depenses, c, 10.5), "CLAS_ERANGE", "a fractional float is refused")
  is(status_of(c.set_depenses, c, math.mininteger), "CLAS_ERANGE", "minimum integer does not wrap")
  is(status_of(c.set, c, clas.CLAS_CHAMP_NB_ENFANTS, 2^40), "CLAS_ERANGE", "beyond an int argument")
end

-- ownership
do
  local d = case_a()
  local copy = d:copy()
  d = nil
  collectgarbage()
  is(copy:collectif(0):id(), "C1", "a copy outlives its original")
  local regles = clas.Regles()
  local ev = copy:evaluate(regles)
  regles, copy = nil, nil
  collectgarbage()
  is(ev:montant(0, clas.CLAS_MONTANT_PS), 280070, "an evaluation outlives its rule set and dossier")
end

print("1.." .. n)
os.exit(failed == 0 and 0 or 1)
