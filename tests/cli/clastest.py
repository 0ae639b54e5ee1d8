# SPDX-License-Identifier: Apache-2.0
"""Helpers shared by the command-line tests of the campaign year."""

import os
import shutil
import subprocess
import tempfile
import unittest
from decimal import Decimal

CLAS = os.environ.get("CLAS", "clas")
SOURCE_ROOT = os.environ.get(
    "CLAS_SOURCE_ROOT",
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
EXAMPLES = os.path.join(SOURCE_ROOT, "examples")
EXAMPLE = os.path.join(EXAMPLES, "campagne-marne-2025-2026.json")
HAVE_XLSX = os.environ.get("CLAS_XLSX", "1") == "1"
SOFFICE = shutil.which("soffice")
CHROMIUM = shutil.which("chromium")

EXIT_OK, EXIT_BLOCKING, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3


class Result:
    def __init__(self, proc):
        self.code = proc.returncode
        self.raw = proc.stdout
        self.out = proc.stdout.decode("utf-8", errors="replace")
        self.err = proc.stderr.decode("utf-8", errors="replace")

    def __repr__(self):
        return "exit %d\n--- stdout\n%s\n--- stderr\n%s" % (self.code, self.out[:3000], self.err[:3000])


def run(*args, stdin=None, cwd=None):
    proc = subprocess.run([CLAS] + [str(a) for a in args], input=stdin, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=120, cwd=cwd)
    return Result(proc)


def cents(text):
    """'2800.70' or '2800,70' -> 280070, exactly."""
    return int(Decimal(text.replace(",", ".")) * 100)


class TempDirTest(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="clas-year-")
        self.tmp = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def path(self, name):
        return os.path.join(self.tmp, name)

    def write(self, name, content, encoding="utf-8"):
        path = self.path(name)
        if isinstance(content, str):
            content = content.encode(encoding)
        with open(path, "wb") as f:
            f.write(content)
        return path

    def assertExit(self, result, code):
        self.assertEqual(result.code, code, result)


def soffice_to_csv(xlsx, outdir):
    """Every worksheet of @xlsx as UTF-8 CSV files through LibreOffice, values
    as stored (not as shown). Returns {sheet name: path}."""
    profile = os.path.join(outdir, "lo-profile")
    subprocess.run([SOFFICE, "-env:UserInstallation=file://" + profile, "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                    "--outdir", outdir, xlsx], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)
    base = os.path.splitext(os.path.basename(xlsx))[0]
    sheets = {}
    for name in os.listdir(outdir):
        if name.startswith(base + "-") and name.endswith(".csv"):
            sheets[name[len(base) + 1:-4]] = os.path.join(outdir, name)
    return sheets


def png_pixels(path):
    """(width, height, rows of RGB tuples) of an 8-bit RGB or RGBA PNG, with
    only the standard library (zlib and the five PNG filters)."""
    import struct
    import zlib
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and ctype in (2, 6), (depth, ctype)
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        ftype, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 255
            elif ftype == 2:
                line[i] = (line[i] + b) & 255
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x * bpp:x * bpp + 3]) for x in range(width)])
        prev = line
    return width, height, rows


def chromium(*args, timeout=240):
    """Runs headless Chromium with a throw-away profile."""
    import tempfile as _t
    with _t.TemporaryDirectory(prefix="clas-chromium-") as profile:
        return subprocess.run([CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                               "--user-data-dir=" + profile, "--hide-scrollbars"] + list(args),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
