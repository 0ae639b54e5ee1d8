# SPDX-License-Identifier: Apache-2.0
"""Writes the statistics of a campaign, as the CLI computes them, in the line format of flatten.py.

Every binding's test computes the statistics of the same campaign through its own API
(Campagne from_json_file, rapport, statistiques, get) and compares each figure with this
file, so that every language agrees with `clas stats --format json` on the shipped example.

    campagne     <path of the campaign file>
    statistique  <name> <value>     clas_statistique_name(), and the figure in its unit
                                    (clas_statistique_unite()): a count, cents, or millionths
    end

A money figure ("233721.40") becomes cents, a rate ("0.848837") millionths: the CLI writes
amounts with two decimals and rates with six.

Usage: statistiques.py CLAS_EXECUTABLE CAMPAIGN OUTPUT
"""

import json
import pathlib
import subprocess
import sys
from decimal import Decimal

DECIMALS = {2: 100, 6: 1000000}


def value(text):
    if isinstance(text, bool) or not isinstance(text, (int, str)):
        raise ValueError(f"{text!r}: not a figure")
    if isinstance(text, int):
        return str(text)
    decimals = len(text.partition(".")[2])
    if decimals not in DECIMALS:
        raise ValueError(f"{text}: neither an amount nor a rate")
    scaled = Decimal(text) * DECIMALS[decimals]
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{text}: not exact")
    return str(int(scaled))


def main():
    clas, campagne, dst = sys.argv[1], pathlib.Path(sys.argv[2]).resolve(), pathlib.Path(sys.argv[3])
    run = subprocess.run([clas, "stats", "--format", "json", str(campagne)], capture_output=True, check=False)
    if run.returncode != 0:
        sys.exit(f"{clas} stats failed ({run.returncode}): {run.stderr.decode('utf-8', 'replace')}")
    doc = json.loads(run.stdout.decode("utf-8"))
    if doc.get("format") != "clas-statistiques/1":
        sys.exit("clas stats: not a clas-statistiques/1 document")
    lines = [["campagne", str(campagne)]]
    lines += [["statistique", name, value(v)] for name, v in doc["statistiques"].items()]
    lines.append(["end"])
    dst.write_text("".join("\t".join(f) + "\n" for f in lines), encoding="utf-8")


if __name__ == "__main__":
    main()
