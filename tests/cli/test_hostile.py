# SPDX-License-Identifier: Apache-2.0
"""The clas tool on hostile or odd input: limits refused at once with the
limit and the value in the message, misleading documents read for what they
are, and outputs whose shape does not depend on which inputs failed.

The executable comes from $CLAS."""

import json
import os
import resource
import subprocess
import tempfile
import unittest

CLAS = os.environ.get("CLAS", "clas")
LIMIT = 1 << 30


def run(*args, stdin=None):
    proc = subprocess.run([CLAS] + [str(a) for a in args], input=stdin, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8", errors="replace")


def dossier(**changes):
    d = {"format": "clas-dossier/1", "id": "D1", "annee_scolaire": "2025-2026", "departement": "51",
         "porteur": {"id": "P1", "nom": "Centre social", "type": "centre_social"},
         "collectifs": [{"id": "C1", "niveaux": ["CM1"], "nb_enfants": 10, "depenses": "1000.00"}]}
    d.update(changes)
    return d


class Limits(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def write(self, name, text):
        path = os.path.join(self.dir.name, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

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

    def test_dev_zero_refused_at_once(self):
        d = self.write("d.json", json.dumps(dossier()))
        for args in (["check", "/dev/zero"], ["check", d, "--regles", "/dev/zero"]):
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            code, out, err = run(*args)
            self.assertEqual(code, 3, err)
            self.assertIn("/dev/zero", err)
            self.assertIn("0x00", err)
            # one read buffer, not the device: far below 64 MB
            self.assertLess(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, max(before, 64 * 1024))

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


if __name__ == "__main__":
    unittest.main(verbosity=2)
