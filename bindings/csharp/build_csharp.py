# SPDX-License-Identifier: Apache-2.0
"""Runs SWIG for C#, then compiles the generated and hand-written classes into Clas.dll.

SWIG writes one .cs file per class and enumeration, a set not known in advance, so one
step makes both outputs. Usage:
    build_csharp.py SWIG MCS INTERFACE WRAP_C DLL_OUT DEPFILE PRIVATE_DIR SRC_DIR SWIG_ARGS...
"""
import pathlib
import re
import shutil
import subprocess
import sys

swig, mcs, iface, wrap_c, dll, depfile, private, src = sys.argv[1:9]
swig_args = sys.argv[9:]
gen = pathlib.Path(private) / "cs"
shutil.rmtree(gen, ignore_errors=True)
gen.mkdir(parents=True)
subprocess.run([swig, "-csharp", "-namespace", "Clas", "-module", "ClasApi", "-dllimport", "clas_csharp",
                *swig_args, "-MMD", "-MF", depfile, "-outdir", str(gen), "-o", wrap_c, iface], check=True)
# Methods are PascalCase (clas_csharp.swg); a name its regex could not convert stays snake_case.
unconverted = sorted({m for p in gen.glob("*.cs")
                      for m in re.findall(r"public (?:static )?[\w.<>\[\]]+ (\w*_\w*)\(", p.read_text())})
if unconverted:
    sys.exit("build_csharp.py: method names left in snake_case (more than eight words?): " + ", ".join(unconverted))
sources = sorted(str(p) for p in gen.glob("*.cs")) + sorted(str(p) for p in pathlib.Path(src).glob("*.cs"))
subprocess.run([mcs, "-nologo", "-warn:0", "-target:library", "-out:" + dll, *sources], check=True)
