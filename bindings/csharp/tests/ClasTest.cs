// SPDX-License-Identifier: Apache-2.0
// The C# binding's tests: every shared vector (build/bindings/vectors.txt, see
// bindings/vectors/flatten.py) compared exactly as tests/test_vectors.c does, then errors,
// ownership, read-only rule sets, strings and the batch. Ends with "N passed, N failed".
//   ClasTest.exe [--memory N]   runs N create/evaluate/free cycles and prints RSS instead.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Clas;

public static class ClasTest {
  static int passed, failed;

  static void Check(bool ok, string what) {
    if (ok) {
      passed++;
    } else {
      failed++;
      Console.WriteLine("FAIL: " + what);
    }
  }

  static void Raises(string status, string what, System.Action body) {
    try {
      body();
      Check(false, what + ": no exception");
    } catch (ClasException e) {
      Check(e.StatusName == status, what + ": expected " + status + ", got " + e.StatusName + " " + e.Message);
    }
  }

  static readonly Dictionary<string, Montant> Montants = new Dictionary<string, Montant>();

  static string Codes(IEnumerable<string> names) {
    return string.Join(" ", new SortedSet<string>(names, StringComparer.Ordinal));
  }

  static string Rest(string[] f, int from) {
    return string.Join(" ", f.Skip(from));
  }

  static List<string> RunVector(List<string[]> rec) {
    var bad = new List<string>();
    string name = rec[0][1];
    uint flags = 0;
    bool trace = false;
    string error = null, dossierDoc = null, cadreDep = null, cadreYear = null;
    var reglesDocs = new List<string>();
    foreach (var f in rec) {
      switch (f[0]) {
      case "regles": reglesDocs.Add(f[1]); break;
      case "cadre": cadreDep = f[1]; cadreYear = f[2]; break;
      case "flags":
        trace = f[1] == "1";
        flags = (trace ? ClasApi.CLAS_EVAL_TRACE : 0) | (f[2] == "1" ? ClasApi.CLAS_CARRY_FORWARD : 0);
        break;
      case "dossier": dossierDoc = f[1]; break;
      case "erreur": error = f[1]; break;
      }
    }
    using (var b = new ReglesBuilder()) {
      b.add_defaults();
      try {
        foreach (var doc in reglesDocs)
          b.add_json(doc, "regles", ClasApi.CLAS_REGLES_REPLACE);
      } catch (ClasException e) {
        if (error == null || e.StatusName != error)
          bad.Add("rule data refused: " + e.StatusName + ": " + e.Message);
        return bad;
      }
      using (var regles = b.build())
      using (var d = Dossier.from_json(dossierDoc, name))
      using (var ev = new Evaluation()) {
        Cadre cadre = cadreDep == null ? null : regles.find_cadre(cadreDep, cadreYear);
        try {
          ev.run(regles, cadre, d, flags);
        } catch (ClasException e) {
          if (error == null)
            bad.Add("evaluation failed: " + e.StatusName + ": " + e.Message);
          else if (e.StatusName != error)
            bad.Add("erreur: expected " + error + ", got " + e.StatusName);
          return bad;
        }
        if (error != null) {
          bad.Add("erreur: expected " + error + ", got CLAS_OK");
          return bad;
        }
        if (trace && !ev.has_trace())
          bad.Add("trace requested but not recorded");
        for (uint i = 0; trace && i < ev.num_collectifs(); i++)
          if (ev.num_etapes(i) == 0)
            bad.Add("collectifs[" + i + "]: trace requested but has no step");
        foreach (var f in rec) {
          switch (f[0]) {
          case "verdict": {
            string v = ClasApi.clas_verdict_name(ev.verdict());
            if (v != f[1])
              bad.Add("verdict: expected " + f[1] + ", got " + v);
            break;
          }
          case "provisoire":
            if (ev.is_provisional() != (f[1] == "1"))
              bad.Add("provisoire: expected " + f[1]);
            break;
          case "constats_dossier": {
            var got = new List<string>();
            for (uint j = 0; j < ev.num_constats(); j++) {
              Constat k = ev.constat(j);
              if (k.collectif_index() < 0)
                got.Add(ClasApi.clas_code_name(k.code()));
            }
            if (Codes(got) != Rest(f, 1))
              bad.Add("dossier: codes: expected [" + Rest(f, 1) + "], got [" + Codes(got) + "]");
            break;
          }
          case "collectifs":
            if (ev.num_collectifs() != uint.Parse(f[1]))
              bad.Add("expected " + f[1] + " collectifs, got " + ev.num_collectifs());
            break;
          case "collectif": {
            uint i = uint.Parse(f[1]);
            if (i >= ev.num_collectifs())
              break;
            if (ev.collectif_id(i) != f[2])
              bad.Add("collectifs[" + i + "]: id: expected " + f[2] + ", got " + ev.collectif_id(i));
            string v = ClasApi.clas_verdict_name(ev.collectif_verdict(i));
            if (f[3].Length > 0 && v != f[3])
              bad.Add("collectifs[" + i + "]: verdict: expected " + f[3] + ", got " + v);
            break;
          }
          case "codes": {
            uint i = uint.Parse(f[1]);
            if (i >= ev.num_collectifs())
              break;
            var got = new List<string>();
            for (uint j = 0; j < ev.num_collectif_constats(i); j++)
              got.Add(ClasApi.clas_code_name(ev.collectif_constat(i, j).code()));
            if (Codes(got) != Rest(f, 2))
              bad.Add("collectifs[" + i + "]: codes: expected [" + Rest(f, 2) + "], got [" + Codes(got) + "]");
            break;
          }
          case "montant": {
            uint i = uint.Parse(f[1]);
            Montant m;
            if (!Montants.TryGetValue(f[2], out m))
              bad.Add("unknown amount name " + f[2]);
            else if (i < ev.num_collectifs() && ev.montant(i, m) != long.Parse(f[3]))
              bad.Add("collectifs[" + i + "]: montants." + f[2] + ": expected " + f[3] + ", got " + ev.montant(i, m));
            break;
          }
          case "total": {
            Montant m;
            if (!Montants.TryGetValue(f[1], out m))
              bad.Add("unknown amount name " + f[1]);
            else if (ev.total(m) != long.Parse(f[2]))
              bad.Add("totaux." + f[1] + ": expected " + f[2] + ", got " + ev.total(m));
            break;
          }
          }
        }
      }
    }
    return bad;
  }

  static void Vectors() {
    foreach (Montant m in Enum.GetValues(typeof(Montant)))
      if (m != Montant.CLAS_MONTANT_COUNT)
        Montants[ClasApi.clas_montant_name(m)] = m;
    var rec = new List<string[]>();
    int count = 0;
    foreach (var line in File.ReadAllLines(Environment.GetEnvironmentVariable("CLAS_VECTORS_FLAT"))) {
      var f = line.Split('\t');
      rec.Add(f);
      if (f[0] == "end") {
        count++;
        var bad = RunVector(rec);
        foreach (var b in bad)
          Console.WriteLine("  " + rec[0][1] + ": " + b);
        Check(bad.Count == 0, "vector " + rec[0][1]);
        rec = new List<string[]>();
      }
    }
    Check(count > 50, "vectors present (" + count + ")");
    Console.WriteLine("vectors: " + count + " run");
  }

  static Dossier CaseA() {
    var d = new Dossier("2025-2026");
    d.set_id("D51-A");
    d.set_departement("51");
    d.set_date_depot("2025-08-12");
    Porteur p = d.porteur();
    p.set_id("P1");
    p.set_nom("Centre social");
    p.set_commune("Reims");
    Collectif c = d.add_collectif("C1");
    c.add_niveau(Niveau.CLAS_NIVEAU_CM1);
    c.set(Champ.CLAS_CHAMP_NB_ENFANTS, 10);
    c.set(Champ.CLAS_CHAMP_NB_INTERVENANTS_SALARIES, 1);
    c.set(Champ.CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, 1);
    c.set(Champ.CLAS_CHAMP_SEANCES_PAR_SEMAINE, 2);
    c.set(Champ.CLAS_CHAMP_MINUTES_PAR_SEANCE, 90);
    c.set(Champ.CLAS_CHAMP_NB_SEMAINES, 30);
    c.set(Champ.CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1);
    c.set_depenses(1000000);
    c.add_financement("Ville", 150000);
    c.add_action(Clas.Action.CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE);
    c.add_action(Clas.Action.CLAS_ACTION_PARENTS_CONVIVIALITE);
    c.add_action(Clas.Action.CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE);
    c.add_action(Clas.Action.CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE);
    c.set_decision(Decision.CLAS_DECISION_AGREE);
    return d;
  }

  static void Errors() {
    using (var d = new Dossier("2025-2026")) {
      Collectif c = d.add_collectif("C1");
      try {
        c.set_depenses(-1);
        Check(false, "negative expenses: no exception");
      } catch (InvalidArgumentException e) {
        Check(e.Status < 0 && e.StatusName.StartsWith("CLAS_E"), "status of the error");
        Check(e.Message.Length > 0, "message of the error");
        Check(e.Location.Contains("C1"), "location names the collectif: " + e.Location);
        Check((int)e.StatusEnum == e.Status, "status enum");
      }
      Raises("CLAS_EEXISTS", "duplicate collectif", () => d.add_collectif("C1"));
      Raises("CLAS_ENOTFOUND", "index out of range", () => d.collectif(5));
      Raises("CLAS_EPARSE", "malformed document", () => Dossier.from_json("{", "x.json"));
      Raises("CLAS_EIO", "missing file", () => Dossier.from_json_file("/nonexistent/x.json"));
    }
  }

  static void Ownership() {
    var d = new Dossier("2025-2026");
    Collectif c = d.add_collectif("C1");
    Porteur p = d.porteur();
    d.Dispose();
    Check(c.id() == "C1", "collectif outlives its disposed dossier");
    p.set_nom("Après");
    Check(p.nom() == "Après", "porteur outlives its disposed dossier");
    c.Dispose();
    p.Dispose();

    using (var regles = new Regles())
    using (var ev = new Evaluation())
    using (var a = CaseA())
    using (var small = CaseA()) {
      small.collectif(0).set(Champ.CLAS_CHAMP_NB_ENFANTS, 3);
      ev.run(regles, null, small);
      Constat k = ev.constat(0);
      Bareme eb = ev.bareme();
      string code = ClasApi.clas_code_name(k.code());
      ev.run(regles, null, a);
      Raises("CLAS_ESTATE", "constat taken before run()", () => k.code());
      Raises("CLAS_ESTATE", "barème taken before run()", () => eb.ps_max());
      Check(code.Length > 0, "constat read before run()");
      Check(ev.montant(0, Montant.CLAS_MONTANT_PS) == 280070, "case A after reuse");
    }
    using (var camp = new Campagne("51", "2025-2026"))
    using (var mine = new Cadre("51", "2025-2026")) {
      camp.set_cadre(mine);
      Cadre held = camp.cadre();
      camp.set_cadre(null);
      Raises("CLAS_ESTATE", "campaign cadre replaced", () => held.nom());
      Check(camp.cadre() == null, "no cadre");
    }
    var rs = new Regles();
    Bareme b = rs.find_bareme("2025-2026");
    long psMax = b.ps_max();
    Check(b.is_readonly(), "barème of a rule set is read-only");
    Raises("CLAS_ESTATE", "setter on a rule set's barème", () => b.set_ps_max(100));
    Raises("CLAS_ESTATE", "setter on a rule set's cadre", () => rs.find_cadre("51", "2025-2026").set_nom("x"));
    rs.Dispose();
    Check(b.ps_max() == psMax, "barème outlives its disposed rule set");
    using (Bareme copy = b.copy()) {
      copy.set_ps_max(100);
      Check(copy.ps_max() == 100 && !copy.is_readonly(), "copy is changeable");
    }
  }

  static void Strings() {
    using (var d = new Dossier("2025-2026")) {
      Raises("CLAS_EINVAL", "NUL in an id", () => d.set_id("D1\0X"));
      Raises("CLAS_EUTF8", "lone surrogate", () => d.set_id("D\uD800"));
      Check(d.id() == "", "id unchanged");
      d.porteur().set_nom("Maison des Enfants 🎒 — Épernay");
      Check(d.porteur().nom() == "Maison des Enfants 🎒 — Épernay", "Unicode round trip");
      using (var back = Dossier.from_json(d.to_json()))
        Check(back.porteur().nom() == "Maison des Enfants 🎒 — Épernay", "Unicode through JSON");
    }
    Check(ClasApi.cents_format_human(280070).Contains("800,70"), "human money: " + ClasApi.cents_format_human(280070));
    Check(Money.Cents(2800.70m) == 280070 && Money.Euros(280070) == 2800.70m, "decimal money");
  }

  static void BatchTests() {
    using (var regles = new Regles())
    using (var batch = new Batch(2))
    using (var a = CaseA())
    using (var ev = a.evaluate(regles)) {
      batch.set(BatchColumn.CLAS_BATCH_COL_DEPENSES, new long[] {1000000, 100000});
      batch.set(BatchColumn.CLAS_BATCH_COL_NB_ENFANTS, new long[] {10, 3});
      batch.set(BatchColumn.CLAS_BATCH_COL_NB_INTERVENANTS, new long[] {2, 2});
      foreach (var col in new[] {BatchColumn.CLAS_BATCH_COL_ACTIONS_ENFANTS, BatchColumn.CLAS_BATCH_COL_ACTIONS_PARENTS,
                                 BatchColumn.CLAS_BATCH_COL_ACTIONS_ECOLE, BatchColumn.CLAS_BATCH_COL_ACTIONS_TERRITOIRE})
        batch.set(col, new long[] {1, 1});
      batch.set(BatchColumn.CLAS_BATCH_COL_FLAGS, new long[] {ClasApi.BATCH_AGREE, ClasApi.BATCH_AGREE});
      batch.evaluate(regles, "2025-2026", "51");
      var ps = new long[2];
      batch.get(BatchColumn.CLAS_BATCH_COL_PS, ps);
      Check(ps[0] == ev.montant(0, Montant.CLAS_MONTANT_PS), "batch Ps = scalar Ps (" + ps[0] + ")");
      Check(batch.value(BatchColumn.CLAS_BATCH_COL_VERDICT, 1) == (long)Verdict.CLAS_VERDICT_INELIGIBLE, "3 children: ineligible");
      Raises("CLAS_EINVAL", "column of the wrong length", () => batch.set(BatchColumn.CLAS_BATCH_COL_DEPENSES, new long[] {1}));
      Raises("CLAS_ERANGE", "value out of the column's type", () => batch.set_value(BatchColumn.CLAS_BATCH_COL_NB_ENFANTS, 0, 1L << 40));
    }
  }

  static long RssKb() {
    foreach (var line in File.ReadAllLines("/proc/self/status"))
      if (line.StartsWith("VmRSS:"))
        return long.Parse(new string(line.Where(char.IsDigit).ToArray()));
    return -1;
  }

  static void Memory(int n) {
    using (var regles = new Regles()) {
      for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) {
          GC.Collect();
          GC.WaitForPendingFinalizers();
          Console.WriteLine("RSS before: " + RssKb() + " kB");
        }
        for (int i = 0; i < (pass == 0 ? n / 10 : n); i++) {
          using (var d = CaseA())
          using (var ev = d.evaluate(regles, null, ClasApi.CLAS_EVAL_TRACE)) {
            Collectif c = d.collectif(0);
            if (ev.num_constats() > 0)
              ev.constat(0).code();
            ev.etape(0, 0).text();
            try {
              c.set_depenses(-1);
            } catch (ClasException) {
              // the error path
            }
            c.Dispose();
          }
        }
      }
      GC.Collect();
      GC.WaitForPendingFinalizers();
      Console.WriteLine("RSS after " + n + " cycles: " + RssKb() + " kB");
    }
  }

  public static int Main(string[] args) {
    if (args.Length == 2 && args[0] == "--memory") {
      Memory(int.Parse(args[1]));
      return 0;
    }
    Vectors();
    Errors();
    Ownership();
    Strings();
    BatchTests();
    Memory(200);
    Console.WriteLine(passed + " passed, " + failed + " failed");
    return failed == 0 ? 0 : 1;
  }
}
