# SPDX-License-Identifier: Apache-2.0
"""Install check: `meson install --destdir STAGE`, then import clas from the
stage alone and compute domain.md §7 case A (Decimal('2800.70')); the type
stubs are installed beside the modules and complete (stubcheck.py).

Run by meson (suite 'python-install'); by hand:
    MESON_BUILD_ROOT=build CLAS_PY_INSTALL_DIR=/usr/local/lib/python3/dist-packages \
    CLAS_LIBDIR=/usr/local/lib/x86_64-linux-gnu /usr/bin/python3 install_check.py
"""

import os
import subprocess
import sys
import tempfile

CASE_A = r'''
import sys
from decimal import Decimal
import clas
assert clas.__file__.startswith(sys.argv[1]), clas.__file__
d = clas.Dossier("2025-2026", id="A", departement="51", date_depot="2025-08-12")
c = d.add_collectif("C1", niveaux=["CM1", "CM2"], nb_enfants=10, nb_intervenants_salaries=1,
                    nb_intervenants_benevoles=1, hors_temps_scolaire=True, depenses=Decimal("10000.00"))
c.add_financement("Ville", "1500.00")
for a in ("enfants.appui_methodologie", "parents.convivialite", "ecole.continuite_educative", "territoire.reaap"):
    c.add_action(a)
c.decision = clas.Decision.AGREE
total = d.evaluate().total(clas.Montant.TOTAL)
assert total == Decimal("2800.70"), total
import os
stubs = os.path.dirname(clas.__file__)
assert os.path.exists(os.path.join(stubs, "py.typed"))
print("installed clas", clas.__version__, "case A:", repr(total))
'''


def main() -> int:
    build = os.environ["MESON_BUILD_ROOT"]
    pydir = os.environ["CLAS_PY_INSTALL_DIR"]
    libdir = os.environ["CLAS_LIBDIR"]
    python = os.environ.get("PYTHON", sys.executable)
    with tempfile.TemporaryDirectory(prefix="clas-stage-") as stage:
        subprocess.run(["meson", "install", "-C", build, "--no-rebuild", "--quiet", "--destdir", stage],
                       check=True, stdout=subprocess.DEVNULL)
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        staged_py = stage + pydir
        env["PYTHONPATH"] = staged_py
        env["LD_LIBRARY_PATH"] = stage + libdir
        env["PYTHONNOUSERSITE"] = "1"
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        with tempfile.TemporaryDirectory() as cwd:
            r = subprocess.run([python, "-c", CASE_A, staged_py], env=env, cwd=cwd)
            if r.returncode != 0:
                return r.returncode
            stubcheck = os.path.join(os.path.dirname(os.path.abspath(__file__)), "stubcheck.py")
            r = subprocess.run([python, stubcheck], env=env, cwd=cwd)
        return r.returncode


if __name__ == "__main__":
    sys.exit(main())
