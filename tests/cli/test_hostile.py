# SPDX-License-Identifier: Apache-2.0
"""The clas tool on hostile or odd input: limits refused at once with the
limit and the value in the message, misleading documents read for what they
are, and outputs whose shape does not depend on which inputs failed.

The executable comes from $CLAS."""

import json
import os
import subprocess
import sys
import tempfile
import unittest

CLAS = os.environ.get("CLAS", "clas")
LIMIT = 1 << 30


def run(*args, stdin=None):
    proc = subprocess.run([CLAS] + [str(a) for a in args], input=stdin, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8", errors="replace")


PEAK = os.environ.get("CLAS_PEAK", "")
# Peak resident memory a run may add, per byte it reads, to what the same
# command costs on a tiny input (goal of doc/security.md: 6 x the input).
MEMORY_PER_BYTE = 6
# What two runs of the same code path differ by without reading more (pages
# touched by another message, the allocator's arenas): measured within
# 200 KiB on the project machine.
MEMORY_NOISE_KB = 512
# What a pipe or device costs before its first NUL byte: one read buffer
# (tools/clas/input.c, lib/json/read.c).
READ_BUFFER = 65536
TINY_SHEET = "Dossier;Collectif;Porteur;Département;Année scolaire\nD1;C1;Centre social;51;2025-2026\n"


def peak_kb(*args, stdin=None):
    """Exit status, stderr and peak resident memory (KiB) of one clas run,
    in a process of its own, measured by the small program peak: a child
    of this Python process would start its high-water mark at the
    interpreter's size, and RUSAGE_CHILDREN keeps the largest of every run
    so far, so neither is the run's own peak."""
    proc = subprocess.run([PEAK, CLAS] + [str(a) for a in args], input=stdin, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=120)
    code, kb = proc.stdout.decode("utf-8").split()
    return int(code), proc.stderr.decode("utf-8", errors="replace"), int(kb)


_base_kb = {}


def base_kb(command):
    """The peak of @p command on a tiny valid input (a one-collectif dossier,
    a one-row sheet): the libraries, the built-in rules, the stack."""
    if command not in _base_kb:
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "tiny.csv" if command == "import" else "tiny.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write(TINY_SHEET if command == "import" else json.dumps(dossier()))
            _base_kb[command] = max(peak_kb(command, path)[2] for _ in range(3))
    return _base_kb[command]


class PeakMemory:
    """For tests that bound a run's own peak memory by the bytes it reads."""

    def assertPeakPerByte(self, args, read_bytes, stdin=None):
        """Runs clas @p args, expects exit 3 (refused), and checks its peak
        is within MEMORY_PER_BYTE x @p read_bytes (the bytes the run may
        read before refusing) of the command's peak on a tiny input."""
        code, err, kb = peak_kb(*args, stdin=stdin)
        self.assertEqual(code, 3, err)
        base = base_kb(args[0])
        bound = base + (MEMORY_PER_BYTE * read_bytes) // 1024 + MEMORY_NOISE_KB
        self.assertLessEqual(kb, bound, "%s: peak %d KiB, tiny input %d KiB, %d bytes read: bound %d KiB\n%s"
                             % (" ".join(str(a) for a in args), kb, base, read_bytes, bound, err))
        return err, kb


def dossier(**changes):
    d = {"format": "clas-dossier/1", "id": "D1", "annee_scolaire": "2025-2026", "departement": "51",
         "porteur": {"id": "P1", "nom": "Centre social", "type": "centre_social"},
         "collectifs": [{"id": "C1", "niveaux": ["CM1"], "nb_enfants": 10, "depenses": "1000.00"}]}
    d.update(changes)
    return d


class InTempDir(unittest.TestCase):
    """A test with a scratch directory to write its inputs in."""

    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def write(self, name, text):
        path = os.path.join(self.dir.name, name)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        return path


class Limits(InTempDir, PeakMemory):

    def test_sparse_file_refused_from_its_size(self):
        path = os.path.join(self.dir.name, "huge.json")
        with open(path, "wb") as f:
            f.truncate(2 << 30)
        for args in (["check", path], ["check", self.write("d.json", json.dumps(dossier())), "--regles", path]):
            code, out, err = run(*args)
            self.assertEqual(code, 3, err)
            self.assertIn("2147483648", err)
            self.assertIn("1073741824", err)
            self.assertIn("CLAS_LIMIT_DOCUMENT_BYTES", err)
            self.assertEqual(out, "")
            # refused from its size: not a byte of it read
            self.assertPeakPerByte(args, 0)

    def test_dev_zero_refused_at_once(self):
        d = self.write("d.json", json.dumps(dossier()))
        for args in (["check", "/dev/zero"], ["check", d, "--regles", "/dev/zero"]):
            code, out, err = run(*args)
            self.assertEqual(code, 3, err)
            self.assertIn("/dev/zero", err)
            self.assertIn("0x00", err)
            # one read buffer, not the device
            self.assertPeakPerByte(args, READ_BUFFER)

    def test_nul_byte_on_standard_input(self):
        code, out, err = run("check", "-", stdin=b'{"format": "clas-dossier/1",\x00}')
        self.assertEqual(code, 3, err)
        self.assertIn("NUL", err)

    def test_help_states_the_limit(self):
        for lang, words in (("fr", "1 Gio"), ("en", "1 GiB")):
            code, out, err = run("--lang", lang, "--help")
            self.assertEqual(code, 0)
            self.assertIn(words, out)
            self.assertIn("CLAS_LIMIT_DOCUMENT_BYTES", out)


class Documents(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def write(self, name, document):
        path = os.path.join(self.dir.name, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(document if isinstance(document, str) else json.dumps(document))
        return path

    def test_nested_campaign_format_is_not_a_campaign(self):
        d = dossier()
        d["porteur"]["format"] = "clas-campagne/1"
        code, out, err = run("--lang", "en", "check", self.write("d.json", d))
        self.assertEqual(code, 3, err)
        self.assertIn("$.porteur.format", err)
        self.assertIn("unknown member", err)
        # and the campaign's own member still tells a campaign
        campaign = {"format": "clas-campagne/1", "departement": "51", "annee_scolaire": "2025-2026",
                    "dossiers": [dossier()]}
        code, out, err = run("report", self.write("c.json", campaign))
        self.assertEqual(code, 0, err)

    def test_messages_of_the_parser(self):
        cases = [
            ('{"format": "clas-dossier/1", "porteur": {"id": "P", "id": "Q"}}', "$.porteur.id", "duplicate member"),
            ('{"format": "clas-dossier/1", "collectifs": [{"id": "C1", "nb_enfants": 1e309}]}',
             "$.collectifs[0].nb_enfants", "1e309"),
            ('{"format": "clas-dossier/1", "id": "a\\u0000b"}', "$.id", "\\u0000"),
            ('{\r"format": "clas-dossier/1",\r"annee_scolaire": "2025-2026",\r"x": 1}', ":4:", "unknown member"),
        ]
        for text, where, words in cases:
            code, out, err = run("--lang", "en", "check", self.write("m.json", text))
            self.assertEqual(code, 3, err)
            self.assertIn(where, err)
            self.assertIn(words, err)
            self.assertNotIn("JSON_ALLOW_NUL", err)

    def test_byte_order_mark_accepted(self):
        path = self.write("bom.json", "\ufeff" + json.dumps(dossier()))
        code, out, err = run("compute", "--format", "json", path)
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["format"], "clas-resultat/1")

    def test_compute_json_shape_follows_the_command_line(self):
        good = self.write("good.json", dossier())
        other = self.write("other.json", dossier(id="D2"))
        bad = self.write("bad.json", "{")
        code, out, err = run("compute", "--format", "json", good)
        self.assertEqual(code, 0, err)
        self.assertIsInstance(json.loads(out), dict)
        code, out, err = run("compute", "--format", "json", good, other)
        self.assertEqual(code, 0, err)
        results = json.loads(out)
        self.assertEqual([r["format"] for r in results], ["clas-resultat/1"] * 2)
        # a campaign of one dossier is still an array
        campaign = self.write("c.json", {"format": "clas-campagne/1", "departement": "51",
                                         "annee_scolaire": "2025-2026", "dossiers": [dossier()]})
        code, out, err = run("compute", "--format", "json", campaign)
        self.assertEqual(code, 0, err)
        self.assertEqual(len(json.loads(out)), 1)
        # an input that fails: no output at all, never half a document
        for files in ([good, bad], [bad, bad], [bad]):
            code, out, err = run("compute", "--format", "json", *files)
            self.assertEqual((code, out), (3, ""), err)
            self.assertIn("bad.json:1:2", err)


# The limits of a spreadsheet (tools/clas/sheetin.h, doc/security.md).
CSV_BYTES = 64 << 20
CSV_ROWS = 100000
CSV_COLUMNS = 128
CSV_CELL = 4096
CSV_LINE = 65536
SHEET_HEAD = "Dossier;Collectif;Porteur;Département;Année scolaire"
SHEET_ROW = "D1;C1;Centre social;51;2025-2026"
EXAMPLE = os.path.join(os.environ.get("CLAS_SOURCE_ROOT", ""), "examples", "campagne-marne-2025-2026.json")


class SheetLimits(InTempDir, PeakMemory):
    """Rows, columns, cell and row lengths and the size of an imported
    sheet are refused before the cells are stored, naming the limit and the
    value; at the limit the sheet is read."""

    def refused(self, path, *words, args=("import",)):
        code, out, err = run(*args, path)
        self.assertEqual((code, out), (3, ""), err)
        for w in words:
            self.assertIn(str(w), err)
        return err

    def test_rows(self):
        rows = [SHEET_HEAD, SHEET_ROW] + [";;;;"] * (CSV_ROWS - 2)
        code, out, err = run("import", self.write("at.csv", "\n".join(rows) + "\n"))
        self.assertEqual(code, 0, err)
        self.assertEqual(len(json.loads(out)["dossiers"]), 1)
        err = self.refused(self.write("over.csv", "\n".join(rows + [";;;;"]) + "\n"),
                           "100001", "100000", "CLAS_CSV_LIMIT_ROWS")
        self.assertIn("over.csv", err)

    def test_columns(self):
        head = SHEET_HEAD + ";" + ";".join("Extra %d" % i for i in range(CSV_COLUMNS - 5))
        code, out, err = run("import", self.write("at.csv", head + "\n" + SHEET_ROW + "\n"))
        self.assertNotIn("CLAS_CSV_LIMIT_COLUMNS", err)  # refused for its unknown headers only
        self.refused(self.write("over.csv", head + ";Extra\n" + SHEET_ROW + "\n"),
                     "129", "128", "CLAS_CSV_LIMIT_COLUMNS")
        # a data row past the limit, the header within it
        self.refused(self.write("row.csv", SHEET_HEAD + "\n" + SHEET_ROW + ";" * 124 + "\n"),
                     "ligne 2", "129", "CLAS_CSV_LIMIT_COLUMNS")

    def test_cell_length(self):
        head = SHEET_HEAD + ";Nom du collectif\n"
        code, out, err = run("import", self.write("at.csv", head + SHEET_ROW + ";" + "n" * CSV_CELL + "\n"))
        self.assertEqual(code, 0, err)
        # quoted, with a line end inside: the cell's own bytes are counted
        cell = '"' + "n" * 100 + "\r\n" + "n" * (CSV_CELL - 101) + '"'
        err = self.refused(self.write("over.csv", head + SHEET_ROW + ";" + cell + "\n"),
                           "ligne 2, colonne 6", "4097", "4096", "CLAS_CSV_LIMIT_CELL_BYTES")
        code, out, err = run("--lang", "en", "import", self.write("over.csv", head + SHEET_ROW + ";" + cell + "\n"))
        self.assertIn("row 2, column 6: a cell of 4097 bytes, above the limit of 4096 bytes", err)

    def test_row_length(self):
        cells = ";".join("x" * 4000 for _ in range(17))  # 68 016 bytes, each cell within its limit
        self.refused(self.write("over.csv", SHEET_HEAD + "\n" + SHEET_ROW + "\n" + cells + "\n"),
                     "ligne 3", str(len(cells) + 1), "65536", "CLAS_CSV_LIMIT_LINE_BYTES")

    def test_file_size_from_its_size(self):
        path = os.path.join(self.dir.name, "huge.csv")
        with open(path, "wb") as f:
            f.truncate(CSV_BYTES + 1)
        self.refused(path, "67108865", "67108864", "CLAS_CSV_LIMIT_BYTES")
        self.assertPeakPerByte(("import", path), 0)  # not a byte of it read

    def test_file_size_on_standard_input(self):
        code, out, err = run("import", "-", stdin=b"a" * (CSV_BYTES + 1))
        self.assertEqual((code, out), (3, ""), err)
        self.assertIn("67108864", err)
        self.assertIn("CLAS_CSV_LIMIT_BYTES", err)

    def test_dev_zero_is_a_binary_file(self):
        self.refused("/dev/zero", "binaire")
        self.assertPeakPerByte(("import", "/dev/zero"), READ_BUFFER)  # one read buffer

    def test_many_rows_cost_no_cells(self):
        # 30 million empty rows in 60 MB: refused from the text alone,
        # with no cell stored (storing them would take gigabytes).
        path = os.path.join(self.dir.name, "rows.csv")
        with open(path, "wb") as f:
            f.write(b";\n" * (30 << 20))
        self.refused(path, str(30 << 20), "CLAS_CSV_LIMIT_ROWS")
        err, kb = self.assertPeakPerByte(("import", path), os.path.getsize(path))
        # the text and its measure, no cell: well within the 6 x bound
        self.assertLess(kb * 1024, 2 * os.path.getsize(path) + base_kb("import") * 1024, err)

    @unittest.skipUnless(os.path.exists(EXAMPLE), "CLAS_SOURCE_ROOT names the source tree")
    def test_records_of_decide_and_bilan(self):
        over = json.dumps({"format": "clas-decisions/1", "decisions": [{}] * CSV_ROWS})
        self.refused(self.write("d.json", over), "100000 éléments", "99999", "CLAS_CSV_LIMIT_ROWS",
                     args=("decide", EXAMPLE))
        at = json.dumps({"format": "clas-decisions/1", "decisions": [{}] * (CSV_ROWS - 1)})
        code, out, err = run("decide", EXAMPLE, self.write("at.json", at))
        self.assertNotIn("CLAS_CSV_LIMIT_ROWS", err)  # refused for its empty records only
        long_motif = [{"dossier": "D51-2025-001", "collectif": "C1", "agrement": "refuse", "motif": "m" * 5000}]
        self.refused(self.write("m.json", json.dumps({"format": "clas-decisions/1", "decisions": long_motif})),
                     "élément 1, « Motif »", "5000", "CLAS_CSV_LIMIT_CELL_BYTES", args=("decide", EXAMPLE))
        rows = "Dossier;Collectif;Dépenses réelles\n" + "D51-2025-001;C1;1,00\n" * CSV_ROWS
        self.refused(self.write("b.csv", rows), "100001", "CLAS_CSV_LIMIT_ROWS", args=("bilan", EXAMPLE))
        path = os.path.join(self.dir.name, "huge.json")
        with open(path, "wb") as f:
            f.truncate(CSV_BYTES + 1)
        self.refused(path, "67108865", "CLAS_CSV_LIMIT_BYTES", args=("decide", EXAMPLE))

    def test_help_states_the_limits(self):
        code, out, err = run("import", "--help")
        self.assertEqual(code, 0, err)
        for name in ("CLAS_CSV_LIMIT_BYTES", "CLAS_CSV_LIMIT_ROWS", "CLAS_CSV_LIMIT_COLUMNS",
                     "CLAS_CSV_LIMIT_CELL_BYTES", "CLAS_CSV_LIMIT_LINE_BYTES"):
            self.assertIn(name, out)


class SheetRows(InTempDir):
    def test_last_row_ending_with_a_separator_is_read(self):
        # Its last cell is empty and no line end follows: the row counts.
        code, out, err = run("import", self.write("t.csv", SHEET_HEAD + ";Commune\r\n" + SHEET_ROW + ";"))
        self.assertEqual(code, 0, err)
        self.assertEqual([c["id"] for c in json.loads(out)["dossiers"][0]["collectifs"]], ["C1"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
