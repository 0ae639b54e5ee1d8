#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Fills a module template of the Python package from the C headers.

    gen_enums.py TEMPLATE OUTPUT INCLUDE_DIR

In TEMPLATE, a line ``# @members clas_niveau [6E=SIXIEME ...]`` becomes the
members of that C enumeration, indented like the marker: ``PS = 0``... (the
constants' names without their common prefix, *_COUNT left out, renamed
where a name is not a Python identifier; an enumeration made of an X-macro
list, such as clas_code from CLAS_CODE_LIST, gets one member per row). A line ``# @constants clas_status``
becomes the constants themselves: ``CLAS_OK = 0``... So the package's
enumerations and status codes are those of include/clas/*.h, never a copy.
"""

from __future__ import annotations

import pathlib
import re
import sys
from typing import Dict, List, Tuple


def strip_comments(text: str) -> str:
    text = re.sub(r"/\*.*?\*/", lambda m: re.sub(r"[^\n]", " ", m.group(0)), text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def expand_lists(texts: Dict[str, str]) -> Dict[str, str]:
    """The headers' texts (comments stripped) with their X-macro lists expanded.

    A list ``#define CLAS_CODE_LIST(X) X(NAME, VALUE, ...) ...`` used in an
    enumeration as ``CLAS_CODE_LIST(CLAS__CODE_ENUM)``, where
    ``#define CLAS__CODE_ENUM(code_, value_, ...) CLAS_CODE_##code_ = value_,``,
    becomes ``CLAS_CODE_NAME = VALUE, ...``: the constants the C compiler sees.
    """
    every = "\n".join(texts.values()).replace("\\\n", " ")
    lists = {m.group(1): re.findall(r"\bX\(\s*(\w+)\s*,\s*(\d+)\s*,", m.group(2))
             for m in re.finditer(r"#define\s+(CLAS_\w+_LIST)\(X\)([^\n]*)", every)}
    makers = {m.group(1): m.group(2)
              for m in re.finditer(r"#define\s+(CLAS_\w+)\(\s*\w+\s*,\s*\w+\s*,\s*\.\.\.\s*\)\s*(CLAS_\w*?)##", every)}

    def expand(m: "re.Match[str]") -> str:
        if m.group(1) not in lists or m.group(2) not in makers:
            return m.group(0)
        return " ".join(f"{makers[m.group(2)]}{name} = {value}," for name, value in lists[m.group(1)])

    return {k: re.sub(r"\b(CLAS_\w+_LIST)\(\s*(CLAS_\w+)\s*\)", expand, t) for k, t in texts.items()}


def c_enums(include_dir: pathlib.Path) -> Dict[str, List[Tuple[str, int]]]:
    """Every ``typedef enum clas_x {...}`` of the headers: name -> [(constant, value)]."""
    found: Dict[str, List[Tuple[str, int]]] = {}
    texts = expand_lists({str(h): strip_comments(h.read_text(encoding="utf-8"))
                          for h in sorted(include_dir.glob("*.h"))})
    for header, text in texts.items():
        for m in re.finditer(r"typedef\s+enum\s+(clas_\w+)\s*\{([^}]*)\}", text):
            members: List[Tuple[str, int]] = []
            value = -1
            for item in m.group(2).split(","):
                item = item.strip()
                if not item:
                    continue
                em = re.fullmatch(r"(CLAS_\w+)\s*(?:=\s*(-?\s*\d+))?", item)
                if em is None:
                    raise SystemExit(f"{header}: cannot read enumerator {item!r} of {m.group(1)}")
                value = int(em.group(2).replace(" ", "")) if em.group(2) else value + 1
                members.append((em.group(1), value))
            found[m.group(1)] = members
    return found


def common_prefix(names: List[str]) -> str:
    parts = [n.split("_") for n in names]
    prefix: List[str] = []
    for column in zip(*parts):
        if len(set(column)) != 1:
            break
        prefix.append(column[0])
    # Keep at least one word of each name.
    if len(prefix) == min(len(p) for p in parts):
        prefix = prefix[:-1]
    return "_".join(prefix) + "_"


def members(enums: Dict[str, List[Tuple[str, int]]], name: str, renames: Dict[str, str]) -> List[Tuple[str, int]]:
    if name not in enums:
        raise SystemExit(f"no enumeration {name} in the headers")
    items = [(c, v) for c, v in enums[name] if not c.endswith("_COUNT")]
    prefix = common_prefix([c for c, _ in items]) if len(items) > 1 else "_".join(items[0][0].split("_")[:-1]) + "_"
    out = []
    for c, v in items:
        short = c[len(prefix):]
        short = renames.get(short, short)
        if not short.isidentifier():
            raise SystemExit(f"{c}: '{short}' is not a Python identifier; rename it in the template")
        out.append((short, v))
    return out


def fill(template: str, enums: Dict[str, List[Tuple[str, int]]]) -> str:
    lines = []
    for line in template.splitlines():
        m = re.fullmatch(r"(\s*)# @(members|constants) (clas_\w+)((?: \w+=\w+)*)", line)
        if m is None:
            lines.append(line)
            continue
        indent, kind, name = m.group(1), m.group(2), m.group(3)
        if kind == "constants":
            lines += [f"{indent}{c} = {v}" for c, v in enums[name]]
            continue
        renames = dict(r.split("=") for r in m.group(4).split())
        lines += [f"{indent}{short} = {v}" for short, v in members(enums, name, renames)]
    return "\n".join(lines) + "\n"


def main(argv: List[str]) -> int:
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    template, output, include_dir = pathlib.Path(argv[1]), pathlib.Path(argv[2]), pathlib.Path(argv[3])
    text = fill(template.read_text(encoding="utf-8"), c_enums(include_dir))
    output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
