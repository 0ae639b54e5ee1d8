-- SPDX-License-Identifier: Apache-2.0
-- Tests of the Lua binding (TAP): every shared vector, errors, text, integers (ownership: ownership.lua).
local clas = require("clas")

local t = require("tap")
local ok, is, raises, status_of = t.ok, t.is, t.raises, t.status_of

local case_a = dofile(arg[0]:match("^(.*)/[^/]*$") .. "/case_a.lua")

-- The shared vectors, flattened by bindings/vectors/flatten.py: one record a
-- line, tab-separated, "end" closing each vector.
local function read_vectors(path)
  local vectors, v = {}, nil
  for line in io.lines(path) do
    local f = {}
    for field in (line .. "\t"):gmatch("([^\t]*)\t") do f[#f + 1] = field end
    local tag = table.remove(f, 1)
    if tag == "vector" then v = {name = f[1], regles = {}, lines = {}}
    elseif tag == "end" then vectors[#vectors + 1] = v
    elseif tag == "regles" then v.regles[#v.regles + 1] = f[1]
    elseif tag == "dossier" or tag == "erreur" then v[tag] = f[1]
    elseif tag == "cadre" or tag == "flags" or tag == "chargement" then v[tag] = f
    else v.lines[#v.lines + 1] = {tag, f} end
  end
  return vectors
end

local montant = {}
for i = 0, clas.CLAS_MONTANT_COUNT - 1 do montant[clas.clas_montant_name(i)] = i end

local function set_of(list)
  local seen, out = {}, {}
  for _, x in ipairs(list) do if not seen[x] then seen[x] = true; out[#out + 1] = x end end
  table.sort(out)
  return table.concat(out, " ")
end

local function evaluate(v)
  local regles = clas.Regles()
  if #v.regles > 0 then
    local b = clas.ReglesBuilder()
    b:add_defaults()
    for _, doc in ipairs(v.regles) do b:add_json(doc, v.name, clas.CLAS_REGLES_REPLACE) end
    regles = b:build()
  end
  local cadre = v.cadre and regles:find_cadre(v.cadre[1], v.cadre[2]) or nil
  local flags = (v.flags[1] == "1" and clas.CLAS_EVAL_TRACE or 0) | (v.flags[2] == "1" and clas.CLAS_CARRY_FORWARD or 0)
  return clas.Dossier_from_json(v.dossier, v.name):evaluate(regles, cadre, flags)
end

-- Runs one vector as tests/test_vectors.c does; returns the differences.
local function check_vector(v)
  if v.chargement then
    -- The dossier is refused as it is loaded: its status and message id, nothing else.
    local status, id = v.chargement[1], v.chargement[2]
    local good, e = pcall(clas.Dossier_from_json, v.dossier, v.name)
    local got_id = clas.error_last_id()
    if not good and type(e) == "table" and e.status == status and (id == "" or got_id == id) then return {} end
    return {("chargement: expected %s %s, got %s %s"):format(status, id, good and "success" or tostring(e), got_id)}
  end
  local good, ev = pcall(evaluate, v)
  if v.erreur then
    if not good and type(ev) == "table" and ev.status == v.erreur then return {} end
    return {"expected " .. v.erreur .. ", got " .. (good and "success" or tostring(ev))}
  end
  if not good then return {"failed: " .. tostring(ev)} end
  local errors = {}
  local function cmp(what, got, want)
    if tostring(got) ~= want then errors[#errors + 1] = ("%s: got '%s', want '%s'"):format(what, tostring(got), want) end
  end
  for _, l in ipairs(v.lines) do
    local tag, f = l[1], l[2]
    if tag == "verdict" then cmp(tag, clas.clas_verdict_name(ev:verdict()), f[1])
    elseif tag == "provisoire" then cmp(tag, ev:is_provisional() and "1" or "0", f[1])
    elseif tag == "constats_dossier" then
      local codes = {}
      for i = 0, ev:num_constats() - 1 do
        local k = ev:constat(i)
        if k:collectif_index() < 0 then codes[#codes + 1] = clas.clas_code_name(k:code()) end
      end
      cmp(tag, set_of(codes), table.concat(f, " "))
    elseif tag == "collectifs" then cmp(tag, ev:num_collectifs(), f[1])
    elseif tag == "collectif" then
      local i = math.tointeger(tonumber(f[1]))
      cmp("collectif id", ev:collectif_id(i), f[2])
      cmp(f[2] .. " verdict", clas.clas_verdict_name(ev:collectif_verdict(i)), f[3])
      if v.flags[1] == "1" then
        if ev:num_etapes(i) == 0 then errors[#errors + 1] = f[2] .. ": no trace" end
        for j = 0, ev:num_etapes(i) - 1 do
          if #ev:etape(i, j):text() == 0 then errors[#errors + 1] = f[2] .. ": empty step" end
        end
      end
    elseif tag == "codes" then
      local i = math.tointeger(tonumber(table.remove(f, 1)))
      local codes = {}
      for j = 0, ev:num_collectif_constats(i) - 1 do codes[#codes + 1] = clas.clas_code_name(ev:collectif_constat(i, j):code()) end
      cmp("collectif " .. i .. " codes", set_of(codes), table.concat(f, " "))
    elseif tag == "montant" then
      local got = ev:montant(math.tointeger(tonumber(f[1])), montant[f[2]])
      if math.type(got) ~= "integer" then errors[#errors + 1] = "amount is not an integer" end
      cmp("collectif " .. f[1] .. " " .. f[2], got, f[3])
    elseif tag == "total" then cmp("total " .. f[1], ev:total(montant[f[1]]), f[2])
    elseif tag == "consequences" then
      -- Each constat carries its code's consequence (or none), quoted by its French message.
      local want = {}
      for _, pair in ipairs(f) do
        local code, text = pair:match("^([^=]*)=(.*)$")
        want[code] = text
      end
      for j = 0, ev:num_constats() - 1 do
        local k = ev:constat(j)
        local code = clas.clas_code_name(k:code())
        local expected = want[code] or ""
        cmp("constat " .. code .. " consequence", k:consequence(clas.CLAS_CONSEQUENCE_TEXTE), expected)
        if expected ~= "" and not k:message(clas.CLAS_LANG_FR):find(expected, 1, true) then
          errors[#errors + 1] = "constat " .. code .. ": the message does not quote the consequence"
        end
      end
    else errors[#errors + 1] = "unknown record " .. tag end
  end
  return errors
end

do
  local vectors = read_vectors(assert(os.getenv("CLAS_VECTORS_FLAT"), "CLAS_VECTORS_FLAT is not set"))
  ok(#vectors > 10, "vectors found")
  for _, v in ipairs(vectors) do
    local errors = check_vector(v)
    ok(#errors == 0, v.name, table.concat(errors, "\n"))
  end
end

-- the example campaign's statistics, figure by figure, against the CLI's (bindings/vectors/statistiques.py)
do
  local flat = os.getenv("CLAS_STATISTIQUES_FLAT")
  if not flat then
    ok(true, "statistiques: skipped (built without the CLI)")
  else
    local stat, lines = {}, {}
    for i = 0, clas.CLAS_STAT_COUNT - 1 do stat[clas.clas_statistique_name(i)] = i end
    for line in io.lines(flat) do
      local f = {}
      for field in (line .. "\t"):gmatch("([^\t]*)\t") do f[#f + 1] = field end
      lines[#lines + 1] = f
    end
    local camp = clas.Campagne_from_json_file(lines[1][2])
    local st = camp:rapport(clas.Regles()):statistiques(camp)
    local count = 0
    for _, f in ipairs(lines) do
      if f[1] == "statistique" then
        count = count + 1
        is(stat[f[2]] and st:get(stat[f[2]]), math.tointeger(tonumber(f[3])), "statistique " .. f[2])
      end
    end
    is(count, clas.CLAS_STAT_COUNT, "every figure compared")
  end
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

-- ownership: ownership.lua

-- batch
do
  local b = clas.Batch(3)
  b:set(clas.CLAS_BATCH_COL_DEPENSES, {1000000, 600000, 1000000})
  b:set(clas.CLAS_BATCH_COL_NB_ENFANTS, {10, 7, 10})
  b:set(clas.CLAS_BATCH_COL_NB_INTERVENANTS, {2, 2, 2})
  for _, col in ipairs({clas.CLAS_BATCH_COL_ACTIONS_ENFANTS, clas.CLAS_BATCH_COL_ACTIONS_PARENTS, clas.CLAS_BATCH_COL_ACTIONS_ECOLE,
                        clas.CLAS_BATCH_COL_ACTIONS_TERRITOIRE, clas.CLAS_BATCH_COL_HORS_TEMPS}) do
    b:set(col, {1, 1, 1})
  end
  b:set(clas.CLAS_BATCH_COL_FLAGS, {clas.BATCH_AGREE, clas.BATCH_AGREE, clas.BATCH_REFUSE})
  b:evaluate(clas.Regles(), "2025-2026", "national")
  local ps = b:get(clas.CLAS_BATCH_COL_PS, 3)
  ok(ps[1] == 280070 and ps[2] == 0 and ps[3] == 0 and math.type(ps[1]) == "integer", "batch: Ps per collectif")
  is(b:get(clas.CLAS_BATCH_COL_CODE, 3)[2], clas.CLAS_CODE_GROUPE_TROP_PETIT, "batch: first blocking code")
  is(status_of(b.set, b, clas.CLAS_BATCH_COL_DEPENSES, {1, 2}), "CLAS_EINVAL", "batch: a column of the wrong length")
  is(status_of(b.set, b, clas.CLAS_BATCH_COL_NB_ENFANTS, {1, 2, 2^40}), "CLAS_ERANGE", "batch: a value beyond its column type")
  is(status_of(b.set, b, clas.CLAS_BATCH_COL_DEPENSES, {1, 2, 0.5}), "CLAS_ERANGE", "batch: a fraction")
end

t.done()
