# SPDX-License-Identifier: Apache-2.0
"""Runs an example program and checks that it succeeds and prints case A's
Ps in French formatting ("2 800,70 €").

Usage: run_example.py INTERPRETER [ARG...] EXAMPLE
"""
import subprocess
import sys

out = subprocess.run(sys.argv[1:], capture_output=True)
text = out.stdout.decode("utf-8", "replace")
sys.stdout.write(text)
sys.stderr.write(out.stderr.decode("utf-8", "replace"))
sys.exit(0 if out.returncode == 0 and "Ps 2 800,70 €" in text else 1)
