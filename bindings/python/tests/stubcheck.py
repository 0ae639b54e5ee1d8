# SPDX-License-Identifier: Apache-2.0
"""Checks the type stubs (.pyi) beside the modules of an importable clas package.

Every module of the package (and the compiled extension) has a stub beside
it, every stub parses, ``__init__.pyi`` defines every name of
``clas.__all__`` (and lists the same ``__all__``), each public module's stub
defines the names of that module's ``__all__``, and every name re-exported
by ``__init__.pyi`` is defined in the stub it comes from. Needs no mypy.

    PYTHONPATH=build/bindings/python /usr/bin/python3 stubcheck.py
"""

from __future__ import annotations

import ast
import importlib
import os
import sys
from typing import Dict, List, Set


def defined_names(tree: ast.Module) -> Set[str]:
    """Names a stub defines at module level: classes, functions, variables, imports."""
    names: Set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
    return names


def declared_all(tree: ast.Module) -> List[str]:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return list(ast.literal_eval(node.value))
    return []


def check(package: str = "clas") -> List[str]:
    """Problems found in the stubs of *package* (imported from sys.path); empty if none."""
    pkg = importlib.import_module(package)
    root = os.path.dirname(pkg.__file__)
    problems: List[str] = []
    modules = sorted({f.split(".")[0] for f in os.listdir(root) if f.endswith((".py", ".so", ".pyd"))})
    stubs: Dict[str, ast.Module] = {}
    for mod in modules:
        path = os.path.join(root, mod + ".pyi")
        if not os.path.isfile(path):
            problems.append(f"{mod}: no {mod}.pyi beside it")
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        try:
            stubs[mod] = ast.parse(text, filename=path)
        except SyntaxError as e:
            problems.append(f"{path}: does not parse: {e}")
    init = stubs.get("__init__")
    if init is None:
        return problems + ["__init__.pyi missing or invalid"]
    names = defined_names(init)
    problems += [f"__init__.pyi: {n} of {package}.__all__ not defined" for n in pkg.__all__ if n not in names]
    if declared_all(init) != list(pkg.__all__):
        problems.append("__init__.pyi: __all__ differs from the package's")
    for mod, tree in stubs.items():
        if mod.startswith("_"):
            continue
        public = getattr(importlib.import_module(f"{package}.{mod}"), "__all__", [])
        have = defined_names(tree)
        problems += [f"{mod}.pyi: {n} of {package}.{mod}.__all__ not defined" for n in public if n not in have]
    for node in init.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module in stubs:
            have = defined_names(stubs[node.module])
            problems += [f"__init__.pyi: {a.name} not defined in {node.module}.pyi"
                         for a in node.names if a.name not in have]
    return problems


if __name__ == "__main__":
    found = check()
    for p in found:
        print(p, file=sys.stderr)
    print(f"stubs: {'OK' if not found else f'{len(found)} problem(s)'}")
    sys.exit(1 if found else 0)
