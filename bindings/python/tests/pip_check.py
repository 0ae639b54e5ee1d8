# SPDX-License-Identifier: Apache-2.0
"""`pip install --no-build-isolation .` from a copy of the source tree gives a package
that `import clas` finds without PYTHONPATH or LD_LIBRARY_PATH (in a fresh venv).

Exits 77 (skipped) without meson-python or patchelf. Run by meson, suite 'python-install'.
"""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
root = pathlib.Path(os.environ["CLAS_SOURCE_ROOT"])
try:
    import mesonpy  # noqa: F401
except ImportError:
    print("meson-python is not installed (python3-mesonpy)")
    sys.exit(SKIP)
if shutil.which("patchelf") is None:
    print("patchelf is not installed")
    sys.exit(SKIP)

with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    src = tmp / "src"
    shutil.copytree(root, src, ignore=shutil.ignore_patterns(".git", "build*", "__pycache__"))
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "LD_LIBRARY_PATH", "PYTHONHOME")}
    subprocess.run([str(venv / "bin" / "pip"), "install", "--no-build-isolation", "--no-index", "-q", str(src)],
                   check=True, env=env, cwd=tmp)
    probe = ("import clas, pathlib; d = clas.Dossier('2025-2026'); "
             "assert pathlib.Path(clas.__file__).is_relative_to(pathlib.Path(r'%s')); "
             "print(clas.__file__, clas.Regles.default().find_bareme('2025-2026').ps_max)" % venv)
    out = subprocess.run([str(venv / "bin" / "python"), "-c", probe], check=True, env=env, cwd=tmp,
                         capture_output=True, text=True).stdout
    print(out.strip())
    if "2800.70" not in out:
        sys.exit(1)
print("1 passed, 0 failed")
