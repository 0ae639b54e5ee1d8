-- SPDX-License-Identifier: Apache-2.0
-- TAP output and checks shared by the Lua tests: `local t = require("tap")`,
-- then t.ok(), t.is(), t.status_of() and t.done() at the end.
local t = {n = 0, failed = 0}

function t.ok(cond, name, diag)
  t.n = t.n + 1
  if cond then
    print(("ok %d - %s"):format(t.n, name))
  else
    t.failed = t.failed + 1
    print(("not ok %d - %s"):format(t.n, name))
    if diag then print("# " .. tostring(diag):gsub("\n", "\n# ")) end
  end
end

-- Equal values of the same Lua type: an integer is not a float.
function t.is(got, want, name)
  t.ok(got == want and math.type(got) == math.type(want), name,
       ("got %s (%s), want %s (%s)"):format(tostring(got), math.type(got) or type(got), tostring(want),
                                            math.type(want) or type(want)))
end

-- The error table a failing call raises, or nil.
function t.raises(f, ...)
  local good, err = pcall(f, ...)
  if good then return nil end
  return err
end

-- The library status a call raises ("CLAS_EINVAL"...), "ok" if it does not.
function t.status_of(f, ...)
  local good, err = pcall(f, ...)
  if good then return "ok" end
  return type(err) == "table" and err.status or tostring(err)
end

-- Prints the plan and exits with the verdict.
function t.done()
  print("1.." .. t.n)
  os.exit(t.failed == 0 and 0 or 1)
end

return t
