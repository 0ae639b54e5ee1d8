# SPDX-License-Identifier: Apache-2.0
"""Every public function of libclas reaches Python.

Lists the ``CLAS_API`` functions declared in ``include/clas/*.h`` and, for
each one, checks two things:

1. the SWIG module wraps it: either the function itself is an attribute of
   ``clas._capi`` (the stateless helpers), or a wrapper written in
   ``bindings/swig/*.i`` calls it (directly or through a static helper) and
   that wrapper exists in ``clas._capi``: a method of a proxy class, its
   constructor, its destructor (``clas._clas.delete_<Class>``) or a
   module-level function;
2. the Pythonic package uses that wrapper: the method name is accessed as an
   attribute (``self._h.taux()``, ``_clas.Evaluation_run``) in the module
   that defines the package class of the same name (``clas.Bareme`` for
   ``_capi.Bareme``), a module-level function or helper anywhere in the
   package (``_capi.cents_format``, or its name as a string, as in
   ``enums._NAME_FUNCTIONS``). Destructors are called by the proxies
   themselves when they are collected.

A function that the Pythonic layer covers in another way is listed in
:data:`ALLOWED`, with the Python feature that covers it; the test checks
that this feature exists, and that the list holds no function that is
covered anyway or no longer exists. So a function added to the C API
without reaching Python fails the test.

Run by meson (suite 'python') with PYTHONPATH at the build tree::

    PYTHONPATH=build/bindings/python /usr/bin/python3 bindings/python/tests/api_coverage.py
"""

from __future__ import annotations

import os
import pathlib
import re
import sys
import token
import tokenize
import unittest
from typing import Dict, List, NamedTuple, Optional, Set, Tuple

import clas
from clas import _capi, _clas

ROOT = pathlib.Path(os.environ.get("CLAS_SOURCE_ROOT", pathlib.Path(__file__).resolve().parents[3]))
INCLUDE_DIR = ROOT / "include" / "clas"
sys.path.insert(0, str(ROOT / "bindings" / "python"))
from gen_enums import expand_lists  # noqa: E402  (the same reading of the headers as the build)
SWIG_DIR = ROOT / "bindings" / "swig"
PACKAGE_DIR = pathlib.Path(clas.__file__).resolve().parent

#: C functions not wrapped one-to-one, because the Pythonic layer covers them
#: differently: name -> (Python feature that covers it, why). The feature is
#: a dotted path from the clas package, checked to exist.
ALLOWED: Dict[str, Tuple[str, str]] = {
    # Memory: the wrapper frees what the library returns.
    "clas_free": ("clas.Dossier.to_json",
                  "strings returned by *_to_json() are copied into str and released by the "
                  "wrapper's newfree typemap"),
    # The thread's last error: every failing wrapped call raises a clas.Error
    # built by the wrapper's %exception from these, right after the failure.
    "clas_error_last_code": ("clas.errors._from_status", "the raised exception's class and clas.Error.code"),
    "clas_error_last_message": ("clas.errors._from_status", "clas.Error.message of the raised exception"),
    "clas_error_last_location": ("clas.errors._from_status", "clas.Error.location of the raised exception"),
    "clas_error_clear": ("clas.Error",
                         "nothing to clear: the wrapper reads the last error only right after a call "
                         "failed, so a stale error is never reported"),
    # Labels: Enum.label(lang) reads clas_label() for every labelled enumeration.
    "clas_action_label": ("clas.Action.label", "Action.label() gives the catalogue's French label via clas_label"),
    "clas_label_count": ("clas.LabelKind", "the count is len() of the labelled enumeration"),
    # Const accessors: Python has no const; the mutable accessor serves both.
    "clas_dossier_get_porteur_const": ("clas.Dossier.porteur", "clas_dossier_get_porteur is the same object"),
    "clas_dossier_get_collectif_const": ("clas.Dossier.collectifs",
                                         "clas_dossier_get_collectif is the same object"),
    "clas_campagne_get_dossier_const": ("clas.Campagne.dossiers", "clas_campagne_get_dossier is the same object"),
    # One-shot evaluation: Dossier.evaluate() creates (or reuses) a C
    # evaluation and runs into it, which is what clas_evaluate() does.
    "clas_evaluate": ("clas.Dossier.evaluate",
                      "clas_evaluation_new + clas_evaluation_run, reusing spare evaluations"),
}

# Parsing of identifiers: every enumeration of the C API is a clas IntEnum
# whose parse() matches the ids given by the *_name function, so the
# clas_*_parse functions are not needed.
for _fn, _enum in {
    "clas_niveau_parse": "Niveau", "clas_axe_parse": "Axe", "clas_action_parse": "Action",
    "clas_porteur_type_parse": "PorteurType", "clas_bonus_parse": "Bonus", "clas_severity_parse": "Severity",
    "clas_regle_parse": "Regle", "clas_rounding_parse": "Rounding", "clas_champ_parse": "Champ",
    "clas_decision_parse": "Decision", "clas_bilan_champ_parse": "BilanChamp",
    "clas_montant_parse": "Montant", "clas_code_parse": "Code", "clas_seuil_parse": "Seuil",
    "clas_statut_parse": "Statut", "clas_education_prioritaire_parse": "EducationPrioritaire",
    "clas_lien_parse": "Lien", "clas_bilan_precedent_parse": "BilanPrecedent",
}.items():
    ALLOWED[_fn] = (f"clas.{_enum}.parse", f"clas.{_enum}.parse()/coerce() match the ids of the *_name function")


def _strip_c_comments(text: str) -> str:
    """Blanks out /* */ and // comments, keeping offsets and string literals."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def c_api_functions(include_dir: pathlib.Path = INCLUDE_DIR) -> Dict[str, str]:
    """Every CLAS_API function of the public headers: name -> header."""
    found: Dict[str, str] = {}
    for header in sorted(include_dir.glob("*.h")):
        text = _strip_c_comments(header.read_text(encoding="utf-8"))
        for m in re.finditer(r"^\s*CLAS_API\b([^;{]*?)\b(clas_\w+)\s*\(", text, re.M):
            found.setdefault(m.group(2), header.name)
    return found


#: Python enumeration of each C enumeration; clas_status is covered by clas.errors.
ENUMS: Dict[str, str] = {
    "clas_niveau": "Niveau", "clas_axe": "Axe", "clas_action": "Action", "clas_porteur_type": "PorteurType",
    "clas_bonus": "Bonus", "clas_severity": "Severity", "clas_regle": "Regle", "clas_lang": "Lang",
    "clas_rounding": "Rounding", "clas_date_kind": "DateKind", "clas_reference_part": "ReferencePart", "clas_seuil": "Seuil", "clas_champ": "Champ",
    "clas_decision": "Decision", "clas_bilan_champ": "BilanChamp", "clas_verdict": "Verdict",
    "clas_montant": "Montant", "clas_code": "Code", "clas_unite": "Unite", "clas_rapport_total": "Total",
    "clas_statut": "Statut", "clas_label_kind": "LabelKind", "clas_error_arg_type": "ErrorArgType",
    "clas_education_prioritaire": "EducationPrioritaire", "clas_lien": "Lien", "clas_bilan_precedent": "BilanPrecedent",
    "clas_consequence_part": "ConsequencePart",
}


def c_api_enums(include_dir: pathlib.Path = INCLUDE_DIR) -> Dict[str, List[str]]:
    """Every enumeration of the public headers: name -> its constants, without the *_COUNT ones."""
    found: Dict[str, List[str]] = {}
    texts = expand_lists({str(h): _strip_c_comments(h.read_text(encoding="utf-8"))
                          for h in sorted(include_dir.glob("*.h"))})
    for text in texts.values():
        for m in re.finditer(r"typedef\s+enum\s+(clas_\w+)\s*\{([^}]*)\}", text):
            names = re.findall(r"\b(CLAS_\w+)\s*(?:=[^,]*)?(?:,|$)", m.group(2).strip())
            found[m.group(1)] = [n for n in names if not n.endswith("_COUNT")]
    return found


def check_enums() -> List[str]:
    """Problems with the enumerations: each C one has a clas IntEnum with exactly its values."""
    problems: List[str] = []
    for name, constants in c_api_enums().items():
        if name == "clas_status":
            from clas import errors
            missing = [c for c in constants if getattr(errors, c, None) != getattr(_capi, c)]
            problems += [f"{name}: {c} missing from clas.errors" for c in missing]
            continue
        if name not in ENUMS:
            problems.append(f"{name}: no Python enumeration (add it to clas.enums and ENUMS)")
            continue
        py_enum = getattr(clas, ENUMS[name])
        c_values = {getattr(_capi, c): c for c in constants}
        py_values = {int(m): m.name for m in py_enum}
        problems += [f"{name}: {c} ({v}) missing from clas.{ENUMS[name]}"
                     for v, c in sorted(c_values.items()) if v not in py_values]
        problems += [f"clas.{ENUMS[name]}.{n} ({v}) is not a value of {name}"
                     for v, n in sorted(py_values.items()) if v not in c_values]
    return problems


class Wrapper(NamedTuple):
    """A function the SWIG interface exposes to Python."""
    kind: str                # "method", "constructor", "destructor" or "function"
    cls: Optional[str]       # proxy class name ("Bareme") for the first three
    name: str                # Python name: method or module-level function
    calls: Set[str]          # clas_* functions it reaches


_KEYWORDS = {"if", "for", "while", "switch", "return", "sizeof", "else", "do"}


def _match_brace(text: str, start: int) -> int:
    """Index just after the brace block opening at text[start] == '{'."""
    depth, i, n = 0, start, len(text)
    while i < n:
        c = text[i]
        if c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            i = j
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return n


def swig_wrappers(swig_dir: pathlib.Path = SWIG_DIR) -> List[Wrapper]:
    """The wrappers defined in the SWIG interface files, with the C functions each reaches."""
    renames: Dict[str, str] = {}
    defs: List[Tuple[str, Optional[str], str]] = []   # (C name, %extend struct or None, body)
    for iface in sorted([*swig_dir.glob("*.i"), *swig_dir.glob("*.swg")]):
        text = _strip_c_comments(iface.read_text(encoding="utf-8"))
        renames.update((m.group(2), m.group(1)) for m in re.finditer(r"%rename\((\w+)\)\s+(\w+)\s*;", text))
        extends = [(m.group(1), m.end() - 1, _match_brace(text, m.end() - 1))
                   for m in re.finditer(r"%extend\s+(\w+)\s*\{", text)]
        for m in re.finditer(r"^[ \t]*(?:static\s+)?[\w \t\*]*?(~?\w+)\s*\(([^()]*)\)\s*\{", text, re.M):
            name = m.group(1)
            if name in _KEYWORDS:
                continue
            start = m.end() - 1
            owner = next((s for s, a, b in extends if a < start < b), None)
            defs.append((name, owner, text[start:_match_brace(text, start)]))
    helpers = {name: body for name, owner, body in defs if owner is None and not name.startswith("swig_")}

    def reach(body: str, seen: Set[str]) -> Set[str]:
        calls: Set[str] = set()
        for callee in re.findall(r"\b(\w+)\s*\(", body):
            if callee in helpers and callee not in seen:
                seen.add(callee)
                calls |= reach(helpers[callee], seen)
            elif callee.startswith("clas_"):
                calls.add(callee)
        return calls

    wrappers: List[Wrapper] = []
    for name, owner, body in defs:
        calls = reach(body, set())
        if owner is not None:
            cls = renames.get(owner, owner)
            if name == owner:
                wrappers.append(Wrapper("constructor", cls, cls, calls))
            elif name == "~" + owner:
                wrappers.append(Wrapper("destructor", cls, "delete_" + cls, calls))
            elif name.startswith("swig_"):
                wrappers.append(Wrapper("method", cls, name[len("swig_"):], calls))
        elif name.startswith("swig_"):
            wrappers.append(Wrapper("function", None, name[len("swig_"):], calls))
    return wrappers


class _Uses(NamedTuple):
    attributes: Set[str]     # names accessed as .name
    strings: Set[str]        # string literals


def package_uses(package_dir: pathlib.Path = PACKAGE_DIR) -> Dict[str, _Uses]:
    """Per module of the package (``"clas.regles"``): attribute names and strings its code uses."""
    uses: Dict[str, _Uses] = {}
    for path in sorted(package_dir.glob("*.py")):
        if path.stem == "_capi":
            continue
        attrs: Set[str] = set()
        strings: Set[str] = set()
        prev = None
        with open(path, "rb") as f:
            for tok in tokenize.tokenize(f.readline):
                if tok.type == token.NAME and prev is not None and prev.type == token.OP and prev.string == ".":
                    attrs.add(tok.string)
                elif tok.type == token.STRING:
                    body = tok.string.lstrip("rbuRBU")
                    if body[:1] in "\"'" and not body.startswith(("'''", '"""')):
                        strings.add(body[1:-1])
                if tok.type not in (token.NL, token.NEWLINE, token.COMMENT, token.INDENT, token.DEDENT):
                    prev = tok
        module = "clas" if path.stem == "__init__" else f"clas.{path.stem}"
        uses[module] = _Uses(attrs, strings)
    return uses


def _feature(path: str) -> object:
    obj: object = clas
    for part in path.split(".")[1:]:
        obj = getattr(obj, part)
    return obj


class Coverage(NamedTuple):
    functions: Dict[str, str]              # every C API function -> header
    covered: Dict[str, List[str]]          # function -> Python-visible wrappers that reach it
    problems: List[str]


def check(functions: Optional[Dict[str, str]] = None) -> Coverage:
    """Checks *functions* (name -> header; default: every CLAS_API function of the headers)."""
    if functions is None:
        functions = c_api_functions()
    wrappers = swig_wrappers()
    uses = package_uses()
    everywhere = _Uses(set().union(*(u.attributes for u in uses.values())),
                       set().union(*(u.strings for u in uses.values())))

    def exists(w: Wrapper) -> bool:
        if w.kind == "function":
            return callable(getattr(_capi, w.name, None))
        proxy = getattr(_capi, w.cls, None) if w.cls else None
        if proxy is None:
            return False
        if w.kind == "constructor":
            return callable(proxy)
        if w.kind == "destructor":
            return callable(getattr(_clas, w.name, None)) and getattr(proxy, "__swig_destroy__", None) is not None
        return callable(getattr(proxy, w.name, None))

    def used(w: Wrapper) -> bool:
        if w.kind == "destructor":
            return True     # called by the proxy (__swig_destroy__) when it is collected
        if w.kind == "function":
            return w.name in everywhere.attributes or w.name in everywhere.strings
        py_class = getattr(clas, w.cls or "", None)
        u = uses.get(getattr(py_class, "__module__", ""), None)
        if u is None:
            return False
        return w.name in u.attributes or f"{w.cls}_{w.name}" in u.attributes

    covered: Dict[str, List[str]] = {}
    problems: List[str] = []
    for fn, header in functions.items():
        if hasattr(_capi, fn):
            if fn in everywhere.attributes or fn in everywhere.strings:
                covered[fn] = [f"_capi.{fn}"]
            elif fn not in ALLOWED:
                problems.append(f"{fn} ({header}): in clas._capi but the clas package never uses it")
            continue
        reaching = [w for w in wrappers if fn in w.calls]
        ok = [w for w in reaching if exists(w) and used(w)]
        if ok:
            covered[fn] = [f"_capi.{w.name}" if w.cls is None else f"_capi.{w.cls}.{w.name}" for w in ok]
        elif fn not in ALLOWED:
            if not reaching:
                problems.append(f"{fn} ({header}): not wrapped by bindings/swig/*.i")
            elif not any(exists(w) for w in reaching):
                problems.append(f"{fn} ({header}): wrapped by {[w.name for w in reaching]} "
                                "but missing from clas._capi")
            else:
                problems.append(f"{fn} ({header}): wrapped by {[w.name for w in reaching]} "
                                "but the clas package never uses it")
    for fn, (feature, why) in ALLOWED.items():
        if fn not in functions:
            problems.append(f"allow-list: {fn} is not a CLAS_API function")
        elif fn in covered:
            problems.append(f"allow-list: {fn} is covered by {covered[fn]}; remove it from the list")
        if not why:
            problems.append(f"allow-list: {fn} has no reason")
        try:
            _feature(feature)
        except AttributeError:
            problems.append(f"allow-list: {fn}: feature {feature} does not exist")
    return Coverage(functions, covered, problems)


class TestApiCoverage(unittest.TestCase):
    def test_headers_parsed(self):
        functions = c_api_functions()
        # Sanity of the parser: one function of each header, and no macro.
        for fn in ("clas_strerror", "clas_bareme_new", "clas_dossier_new", "clas_evaluate",
                   "clas_campagne_new", "clas_dossier_from_json", "clas_batch_ps"):
            self.assertIn(fn, functions)
        self.assertGreater(len(functions), 200)

    def test_wrappers_parsed(self):
        by_name = {(w.cls, w.name): w for w in swig_wrappers()}
        self.assertIn("clas_bareme_compute_ps", by_name[("Bareme", "compute_ps")].calls)
        self.assertIn("clas_bareme_free", by_name[("Bareme", "delete_Bareme")].calls)
        self.assertIn("clas_batch_evaluate_regles", by_name[(None, "batch_evaluate")].calls)

    def test_every_function_reaches_python(self):
        cov = check()
        self.assertEqual(cov.problems, [], "\n" + "\n".join(cov.problems))
        self.assertEqual(len(cov.covered) + len(ALLOWED), len(cov.functions))

    def test_every_enumeration_reaches_python(self):
        enums = c_api_enums()
        self.assertIn("CLAS_UNITE_DECISION", enums["clas_unite"])
        self.assertNotIn("CLAS_CODE_COUNT", enums["clas_code"])
        self.assertEqual(set(enums) - {"clas_status"}, set(ENUMS))
        problems = check_enums()
        self.assertEqual(problems, [], "\n" + "\n".join(problems))

    def test_detects_a_missing_function(self):
        # A function added to the headers that nothing wraps is reported.
        functions = dict(c_api_functions(), clas_dossier_new_feature="dossier.h")
        self.assertEqual(check(functions).problems,
                         ["clas_dossier_new_feature (dossier.h): not wrapped by bindings/swig/*.i"])

    def test_detects_an_unused_wrapper(self):
        # Wrapped, but the package never calls the wrapper: reported too.
        wrappers = [w for w in swig_wrappers() if "clas_collectif_has_niveau" in w.calls]
        self.assertEqual([(w.cls, w.name) for w in wrappers], [("Collectif", "has_niveau")])
        uses = package_uses()
        self.assertIn("has_niveau", uses["clas.dossier"].attributes)
        self.assertNotIn("has_niveau", uses["clas.regles"].attributes)


if __name__ == "__main__":
    if "--report" in sys.argv:
        cov = check()
        for fn in sorted(cov.functions):
            where = ", ".join(cov.covered[fn]) if fn in cov.covered else (
                f"allowed: {ALLOWED[fn][0]}" if fn in ALLOWED else "MISSING")
            print(f"{fn:48} {where}")
        print("\n".join(cov.problems + check_enums()))
        print(f"{len(cov.functions)} functions, {len(cov.covered)} covered, {len(ALLOWED)} allowed, "
              f"{len(cov.problems)} problem(s)")
        sys.exit(1 if cov.problems else 0)
    unittest.main(verbosity=2)
