# SPDX-License-Identifier: Apache-2.0
"""Flattens the shared test vectors (tests/vectors/*.json) into one line format.

Every binding's test suite reads the output instead of the JSON files, so a
language needs no JSON library to run every vector exactly as the C runner
(tests/engine/test_vectors.c) does. One record per line, fields separated by a
tab; the file is UTF-8 (a consequence's text is French), documents are compact
ASCII JSON on one line; amounts are integer cents.

    vector      <file name>
    regles      <clas-regles/1 document>      add with CLAS_REGLES_REPLACE, in order (0, 1 or 2 lines)
    cadre       <departement> <annee>         pass Regles.find_cadre(departement, annee) to the evaluation
    flags       <trace 0|1> <carry_forward 0|1>
    dossier     <clas-dossier/1 document>
    erreur      <status name>                 adding the regles lines, or else the evaluation, must
                                              fail with it; nothing else is compared
    chargement  <status name> <message id>    loading the dossier line (Dossier from_json) must fail
                                              with this status, and error_last_id() (or the exception's
                                              message id) must be the message id; nothing else is compared
    verdict     <name>
    provisoire  <0|1>
    constats_dossier [<code> ...]             sorted set of dossier-level codes (may be empty)
    collectifs  <count>
    collectif   <index> <id> <verdict>
    codes       <index> [<code> ...]          sorted set of the collectif's own codes
    montant     <index> <name> <cents>
    total       <name> <cents>
    consequences [<code>=<text> ...]          every constat's consequence (CLAS_CONSEQUENCE_TEXTE) is its
                                              code's text, "" for a code not listed, and its French
                                              message quotes a non-empty one
    end

Usage: flatten.py VECTORS_DIR OUTPUT
"""

import json
import pathlib
import sys
from decimal import Decimal


def cents(text):
    value = Decimal(text) * 100
    if value != value.to_integral_value():
        raise ValueError(f"{text}: not a money string")
    return str(int(value))


def doc(obj):
    return json.dumps(obj, ensure_ascii=True, separators=(",", ":"))


def flatten(path):
    vec = json.loads(path.read_text(encoding="utf-8"))
    if vec.get("format") != "clas-vecteur/1":
        raise ValueError(f"{path}: not a clas-vecteur/1 document")
    want = vec["attendu"]
    options = vec.get("options") or {}
    out = [["vector", path.name]]
    if isinstance(vec.get("regles"), dict):
        out.append(["regles", doc(vec["regles"])])
    cadre = vec.get("cadre")
    if isinstance(cadre, dict):
        out.append(["regles", doc({"format": "clas-regles/1", "baremes": [], "cadres": [cadre]})])
        out.append(["cadre", cadre["departement"], cadre["annee_scolaire"]])
    out.append(["flags", str(int(bool(options.get("trace")))), str(int(bool(options.get("carry_forward"))))])
    out.append(["dossier", doc(vec["dossier"])])
    chargement = want.get("erreur_chargement")
    if want.get("erreur") and chargement:
        raise ValueError(f"{path}: erreur and erreur_chargement are exclusive")
    if chargement:
        out.append(["chargement", chargement["statut"], chargement.get("message_id", "")])
    elif want.get("erreur"):
        out.append(["erreur", want["erreur"]])
    else:
        if "verdict" in want:
            out.append(["verdict", want["verdict"]])
        if isinstance(want.get("provisoire"), bool):
            out.append(["provisoire", str(int(want["provisoire"]))])
        if "constats_dossier" in want:
            out.append(["constats_dossier", *sorted(set(want["constats_dossier"]))])
        cols = want.get("collectifs")
        if cols is not None:
            out.append(["collectifs", str(len(cols))])
            for i, col in enumerate(cols):
                out.append(["collectif", str(i), col["id"], col.get("verdict", "")])
                if "codes" in col:
                    out.append(["codes", str(i), *sorted(set(col["codes"]))])
                for name, value in (col.get("montants") or {}).items():
                    out.append(["montant", str(i), name, cents(value)])
        for name, value in (want.get("totaux") or {}).items():
            out.append(["total", name, cents(value)])
        if isinstance(want.get("consequences"), dict):
            out.append(["consequences", *(f"{code}={text}" for code, text in sorted(want["consequences"].items()))])
    out.append(["end"])
    for fields in out:
        for f in fields:
            if "\t" in f or "\n" in f:
                raise ValueError(f"{path}: a field contains a tab or a newline")
    return "".join("\t".join(fields) + "\n" for fields in out)


def main():
    src, dst = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    vectors = sorted(src.glob("*.json"))
    if not vectors:
        sys.exit(f"{src}: no *.json test vector")
    text = "".join(flatten(p) for p in vectors)
    dst.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
