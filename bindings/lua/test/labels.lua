-- SPDX-License-Identifier: Apache-2.0
-- Labels and error message ids reach Lua (TAP): a French label, a French
-- error with euros, nothing stale after an error the wrapper raised itself.
local clas = require("clas")

local n, failed = 0, 0
local function is(got, want, name)
  n = n + 1
  if got == want then
    print(("ok %d - %s"):format(n, name))
  else
    failed = failed + 1
    print(("not ok %d - %s"):format(n, name))
    print(("# got %s, want %s"):format(tostring(got), tostring(want)))
  end
end

is(clas.clas_label(clas.CLAS_LABEL_SEVERITY, clas.CLAS_SEVERITY_BLOCKING, clas.CLAS_LANG_FR), "bloquant", "French label")
is(clas.clas_label(clas.CLAS_LABEL_SEVERITY, clas.CLAS_SEVERITY_BLOCKING, clas.CLAS_LANG_EN), "blocking", "English label")

local c = clas.Dossier("2025-2026"):add_collectif("C1")
local good, e = pcall(c.set_depenses, c, -5)
is(good, false, "a negative amount fails")
is(clas.error_last_id(), "montant_hors_bornes", "message id")
is(clas.error_last_format(clas.CLAS_LANG_FR), "depenses = -0,05 € est hors des bornes 0,00 € à 1 000 000 000,00 €",
   "French message with euros")
is(clas.error_last_format(clas.CLAS_LANG_EN):find("-€0.05", 1, true) ~= nil, true, "English message with euros")
is(clas.error_last_arg_value(1), -5, "the amount in cents")

local d = clas.Dossier("2025-2026")
good, e = pcall(d.collectif, d, 5)
is(good, false, "an index out of range fails")
is(clas.error_last_id(), "", "no id for an error of the wrapper")
is(clas.error_last_format(clas.CLAS_LANG_FR), e.message, "its English message")

print("1.." .. n)
os.exit(failed == 0 and 0 or 1)
