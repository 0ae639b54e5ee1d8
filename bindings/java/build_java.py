# SPDX-License-Identifier: Apache-2.0
"""Runs SWIG for Java, then compiles the generated and hand-written classes into a jar.

SWIG writes one .java file per class and enumeration, a set not known in advance,
so one step makes both outputs. Usage:
    build_java.py SWIG JAVAC JAR INTERFACE WRAP_C JAR_OUT DEPFILE PRIVATE_DIR SRC_DIR SWIG_ARGS...
"""
import pathlib
import re
import shutil
import subprocess
import sys

swig, javac, jar, iface, wrap_c, jar_out, depfile, private, src = sys.argv[1:10]
swig_args = sys.argv[10:]
private = pathlib.Path(private)
gen = private / "java" / "fr" / "clas"
classes = private / "classes"
for d in (gen, classes):
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
subprocess.run([swig, "-java", "-package", "fr.clas", "-module", "Clas", *swig_args, "-MMD", "-MF", depfile,
                "-outdir", str(gen), "-o", wrap_c, iface], check=True)
# Methods are lowerCamelCase (clas_java.swg); a name its regex could not convert stays snake_case.
unconverted = sorted({m for p in gen.glob("*.java")
                      for m in re.findall(r"public (?:static )?(?:final )?[\w.<>\[\]]+ (\w*_\w*)\(", p.read_text())})
if unconverted:
    sys.exit("build_java.py: method names left in snake_case (more than eight words?): " + ", ".join(unconverted))
sources = sorted(str(p) for p in gen.glob("*.java")) + sorted(str(p) for p in pathlib.Path(src).rglob("*.java"))
subprocess.run([javac, "-nowarn", "-encoding", "UTF-8", "--release", "17", "-d", str(classes), *sources], check=True)
subprocess.run([jar, "cf", jar_out, "-C", str(classes), "."], check=True)
