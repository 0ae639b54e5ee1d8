// SPDX-License-Identifier: Apache-2.0
// The C# binding's tests: every shared vector (build/bindings/vectors.txt, see
// bindings/vectors/flatten.py) compared exactly as tests/test_vectors.c does, then errors,
// ownership, read-only rule sets, strings and the batch. Ends with "N passed, N failed".
// Case A is examples/csharp/CaseA.cs's (compiled in, see meson.build).
//   ClasTest.exe --memory N   runs N create/evaluate/free cycles instead and prints the RSS; fails
//                             if it grew by more than 2 MiB (Mono grows its heap once by about
//                             0.9 MiB, after 100 000 cycles as after 300 000; run it with
//                             MALLOC_ARENA_MAX=1, as csharp-memory in meson.build does).
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
    string[] refused = null;
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
      case "chargement": refused = f; break;
      }
    }
    if (refused != null) {
      // The dossier is refused as it is loaded: its status and message id, nothing else.
      try {
        using (var d = Dossier.FromJson(dossierDoc, name))
          bad.Add("chargement: expected " + refused[1] + ", got CLAS_OK");
      } catch (ClasException e) {
        if (e.StatusName != refused[1] || !(refused[2] == "" || e.MessageId == refused[2]))
          bad.Add("chargement: expected " + refused[1] + " " + refused[2] + ", got " + e.StatusName + " " + e.MessageId +
                  ": " + e.Message);
      }
      return bad;
    }
    using (var b = new ReglesBuilder()) {
      b.AddDefaults();
      try {
        foreach (var doc in reglesDocs)
          b.AddJson(doc, "regles", ClasApi.CLAS_REGLES_REPLACE);
      } catch (ClasException e) {
        if (error == null || e.StatusName != error)
          bad.Add("rule data refused: " + e.StatusName + ": " + e.Message);
        return bad;
      }
      using (var regles = b.Build())
      using (var d = Dossier.FromJson(dossierDoc, name))
      using (var ev = new Evaluation()) {
        Cadre cadre = cadreDep == null ? null : regles.FindCadre(cadreDep, cadreYear);
        try {
          ev.Run(regles, cadre, d, flags);
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
        if (trace && !ev.HasTrace())
          bad.Add("trace requested but not recorded");
        for (uint i = 0; trace && i < ev.NumCollectifs(); i++)
          if (ev.NumEtapes(i) == 0)
            bad.Add("collectifs[" + i + "]: trace requested but has no step");
        foreach (var f in rec) {
          switch (f[0]) {
          case "verdict": {
            string v = ClasApi.VerdictName(ev.Verdict());
            if (v != f[1])
              bad.Add("verdict: expected " + f[1] + ", got " + v);
            break;
          }
          case "provisoire":
            if (ev.IsProvisional() != (f[1] == "1"))
              bad.Add("provisoire: expected " + f[1]);
            break;
          case "constats_dossier": {
            var got = new List<string>();
            for (uint j = 0; j < ev.NumConstats(); j++) {
              Constat k = ev.Constat(j);
              if (k.CollectifIndex() < 0)
                got.Add(ClasApi.CodeName(k.Code()));
            }
            if (Codes(got) != Rest(f, 1))
              bad.Add("dossier: codes: expected [" + Rest(f, 1) + "], got [" + Codes(got) + "]");
            break;
          }
          case "collectifs":
            if (ev.NumCollectifs() != uint.Parse(f[1]))
              bad.Add("expected " + f[1] + " collectifs, got " + ev.NumCollectifs());
            break;
          case "collectif": {
            uint i = uint.Parse(f[1]);
            if (i >= ev.NumCollectifs())
              break;
            if (ev.CollectifId(i) != f[2])
              bad.Add("collectifs[" + i + "]: id: expected " + f[2] + ", got " + ev.CollectifId(i));
            string v = ClasApi.VerdictName(ev.CollectifVerdict(i));
            if (f[3].Length > 0 && v != f[3])
              bad.Add("collectifs[" + i + "]: verdict: expected " + f[3] + ", got " + v);
            break;
          }
          case "codes": {
            uint i = uint.Parse(f[1]);
            if (i >= ev.NumCollectifs())
              break;
            var got = new List<string>();
            for (uint j = 0; j < ev.NumCollectifConstats(i); j++)
              got.Add(ClasApi.CodeName(ev.CollectifConstat(i, j).Code()));
            if (Codes(got) != Rest(f, 2))
              bad.Add("collectifs[" + i + "]: codes: expected [" + Rest(f, 2) + "], got [" + Codes(got) + "]");
            break;
          }
          case "montant": {
            uint i = uint.Parse(f[1]);
            Montant m;
            if (!Montants.TryGetValue(f[2], out m))
              bad.Add("unknown amount name " + f[2]);
            else if (i < ev.NumCollectifs() && ev.Montant(i, m) != long.Parse(f[3]))
              bad.Add("collectifs[" + i + "]: montants." + f[2] + ": expected " + f[3] + ", got " + ev.Montant(i, m));
            break;
          }
          case "total": {
            Montant m;
            if (!Montants.TryGetValue(f[1], out m))
              bad.Add("unknown amount name " + f[1]);
            else if (ev.Total(m) != long.Parse(f[2]))
              bad.Add("totaux." + f[1] + ": expected " + f[2] + ", got " + ev.Total(m));
            break;
          }
          case "consequences": {
            // Each constat carries its code's consequence (or none), quoted by its French message.
            var want = new Dictionary<string, string>();
            for (int j = 1; j < f.Length; j++) {
              int eq = f[j].IndexOf('=');
              want[f[j].Substring(0, eq)] = f[j].Substring(eq + 1);
            }
            for (uint j = 0; j < ev.NumConstats(); j++) {
              Constat k = ev.Constat(j);
              string code = ClasApi.CodeName(k.Code()), expected;
              if (!want.TryGetValue(code, out expected))
                expected = "";
              string got = k.Consequence(ConsequencePart.CLAS_CONSEQUENCE_TEXTE);
              if (got != expected)
                bad.Add("constat " + code + ": consequence: expected \"" + expected + "\", got \"" + got + "\"");
              if (expected != "" && !k.Message(Lang.CLAS_LANG_FR).Contains(expected))
                bad.Add("constat " + code + ": the message does not quote the consequence");
            }
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
        Montants[ClasApi.MontantName(m)] = m;
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

  // The example campaign's statistics, figure by figure, against the CLI's (see bindings/vectors/statistiques.py).
  static void StatistiquesTest() {
    string flat = Environment.GetEnvironmentVariable("CLAS_STATISTIQUES_FLAT");
    if (flat == null) {
      Console.WriteLine("statistiques: skipped (built without the CLI)");
      return;
    }
    var byName = new Dictionary<string, Statistique>();
    foreach (Statistique s in Enum.GetValues(typeof(Statistique)))
      if (s != Statistique.CLAS_STAT_COUNT)
        byName[ClasApi.StatistiqueName(s)] = s;
    var lines = File.ReadAllLines(flat);
    int count = 0;
    using (var camp = Campagne.FromJsonFile(lines[0].Split('\t')[1]))
    using (var regles = new Regles())
    using (var rapport = camp.Rapport(regles))
    using (var st = rapport.Statistiques(camp)) {
      foreach (var line in lines) {
        var f = line.Split('\t');
        if (f[0] != "statistique")
          continue;
        count++;
        Statistique s;
        bool known = byName.TryGetValue(f[1], out s);
        Check(known && st.Get(s) == long.Parse(f[2]),
              "statistique " + f[1] + ": expected " + f[2] + ", got " + (known ? st.Get(s).ToString() : "no such figure"));
      }
    }
    Check(count == byName.Count, "every figure compared (" + count + " of " + byName.Count + ")");
  }

  static void Errors() {
    using (var d = new Dossier("2025-2026")) {
      Collectif c = d.AddCollectif("C1");
      try {
        c.SetDepenses(-1);
        Check(false, "negative expenses: no exception");
      } catch (InvalidArgumentException e) {
        Check(e.Status < 0 && e.StatusName.StartsWith("CLAS_E"), "status of the error");
        Check(e.Message.Length > 0, "message of the error");
        Check(e.Location.Contains("C1"), "location names the collectif: " + e.Location);
        Check((int)e.StatusEnum == e.Status, "status enum");
      }
      Raises("CLAS_EEXISTS", "duplicate collectif", () => d.AddCollectif("C1"));
      Raises("CLAS_ENOTFOUND", "index out of range", () => d.Collectif(5));
      Raises("CLAS_EPARSE", "malformed document", () => Dossier.FromJson("{", "x.json"));
      Raises("CLAS_EIO", "missing file", () => Dossier.FromJsonFile("/nonexistent/x.json"));
    }
  }

  static void Ownership() {
    var d = new Dossier("2025-2026");
    Collectif c = d.AddCollectif("C1");
    Porteur p = d.Porteur();
    d.Dispose();
    Check(c.Id() == "C1", "collectif outlives its disposed dossier");
    p.SetNom("Après");
    Check(p.Nom() == "Après", "porteur outlives its disposed dossier");
    c.Dispose();
    p.Dispose();
    Raises("CLAS_ESTATE", "disposed collectif", () => c.Id());
    Raises("CLAS_ESTATE", "disposed dossier", () => d.AddCollectif("C2"));

    using (var regles = new Regles())
    using (var ev = new Evaluation())
    using (var a = CaseA.Build())
    using (var small = CaseA.Build()) {
      small.Collectif(0).Set(Champ.CLAS_CHAMP_NB_ENFANTS, 3);
      ev.Run(regles, null, small);
      Constat k = ev.Constat(0);
      Bareme eb = ev.Bareme();
      string code = ClasApi.CodeName(k.Code());
      ev.Run(regles, null, a);
      Raises("CLAS_ESTATE", "constat taken before run()", () => k.Code());
      Raises("CLAS_ESTATE", "barème taken before run()", () => eb.PsMax());
      Check(code.Length > 0, "constat read before run()");
      Check(ev.Montant(0, Montant.CLAS_MONTANT_PS) == 280070, "case A after reuse");
      var disposed = new Cadre("51", "2025-2026");
      disposed.Dispose();
      Raises("CLAS_ESTATE", "disposed cadre as an argument", () => ev.Run(regles, disposed, a));
    }
    using (var camp = new Campagne("51", "2025-2026"))
    using (var mine = new Cadre("51", "2025-2026")) {
      camp.SetCadre(mine);
      Cadre held = camp.Cadre();
      camp.SetCadre(null);
      Raises("CLAS_ESTATE", "campaign cadre replaced", () => held.Nom());
      Check(camp.Cadre() == null, "no cadre");
    }
    var rs = new Regles();
    Bareme b = rs.FindBareme("2025-2026");
    long psMax = b.PsMax();
    Check(b.IsReadonly(), "barème of a rule set is read-only");
    Raises("CLAS_ESTATE", "setter on a rule set's barème", () => b.SetPsMax(100));
    Raises("CLAS_ESTATE", "setter on a rule set's cadre", () => rs.FindCadre("51", "2025-2026").SetNom("x"));
    rs.Dispose();
    Check(b.PsMax() == psMax, "barème outlives its disposed rule set");
    using (Bareme copy = b.Copy()) {
      copy.SetPsMax(100);
      Check(copy.PsMax() == 100 && !copy.IsReadonly(), "copy is changeable");
    }
  }

  /// <summary>Children whose parents are dropped without Dispose(): the collector's
  /// finalizers release the parents' handles.</summary>
  static void Dropped() {
    var parents = new List<WeakReference>();
    Collectif c = OrphanCollectif(parents);
    object[] fromEvaluation = OrphanConstatAndStep(parents);
    var k = (Constat)fromEvaluation[0];
    var e = (Etape)fromEvaluation[1];
    for (int i = 0; i < 50 && parents.Any(w => w.IsAlive); i++) {
      GC.Collect();
      GC.WaitForPendingFinalizers();
    }
    Check(parents.All(w => !w.IsAlive), "dropped parents collected");
    Check(c.Id() == "C9", "collectif of a collected dossier");
    c.SetDepenses(1234);
    Check(c.Depenses() == 1234, "setter on a collectif of a collected dossier");
    Raises("CLAS_ERANGE", "error on a collectif of a collected dossier", () => c.SetDepenses(-1));
    Check(ClasApi.CodeName(k.Code()).Length > 0 && k.Message().Length > 0, "constat of a collected evaluation");
    Check(e.Text().Length > 0, "step of a collected evaluation");
    Raises("CLAS_ESTATE", "setter on a read-only barème of a collected evaluation",
           () => ((Bareme)fromEvaluation[2]).SetPsMax(1));
    c.Dispose();
    Raises("CLAS_ESTATE", "collectif used after Dispose()", () => c.Depenses());
  }

  // Not inlined, so that no reference to the parents stays in Dropped()'s frame.
  [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
  static Collectif OrphanCollectif(List<WeakReference> parents) {
    var d = CaseA.Build();
    parents.Add(new WeakReference(d));
    return d.AddCollectif("C9");
  }

  [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
  static object[] OrphanConstatAndStep(List<WeakReference> parents) {
    var regles = new Regles();
    var d = CaseA.Build();
    d.Collectif(0).Set(Champ.CLAS_CHAMP_NB_ENFANTS, 3);
    var ev = d.Evaluate(regles, null, ClasApi.CLAS_EVAL_TRACE);
    regles.Dispose();
    parents.Add(new WeakReference(d));
    parents.Add(new WeakReference(ev));
    return new object[] {ev.Constat(0), ev.Etape(0, 0), ev.Bareme()};
  }

  static void Strings() {
    using (var d = new Dossier("2025-2026")) {
      Raises("CLAS_EINVAL", "NUL in an id", () => d.SetId("D1\0X"));
      Raises("CLAS_EUTF8", "lone surrogate", () => d.SetId("D\uD800"));
      Check(d.Id() == "", "id unchanged");
      d.Porteur().SetNom("Maison des Enfants 🎒 — Épernay");
      Check(d.Porteur().Nom() == "Maison des Enfants 🎒 — Épernay", "Unicode round trip");
      using (var back = Dossier.FromJson(d.ToJson()))
        Check(back.Porteur().Nom() == "Maison des Enfants 🎒 — Épernay", "Unicode through JSON");
    }
    Check(ClasApi.CentsFormatHuman(280070).Contains("800,70"), "human money: " + ClasApi.CentsFormatHuman(280070));
    Check(Money.Cents(2800.70m) == 280070 && Money.Euros(280070) == 2800.70m, "decimal money");
  }

  static void BatchTests() {
    using (var regles = new Regles())
    using (var batch = new Batch(2))
    using (var a = CaseA.Build())
    using (var ev = a.Evaluate(regles)) {
      batch.Set(BatchColumn.CLAS_BATCH_COL_DEPENSES, new long[] {1000000, 100000});
      batch.Set(BatchColumn.CLAS_BATCH_COL_NB_ENFANTS, new long[] {10, 3});
      batch.Set(BatchColumn.CLAS_BATCH_COL_NB_INTERVENANTS, new long[] {2, 2});
      foreach (var col in new[] {BatchColumn.CLAS_BATCH_COL_ACTIONS_ENFANTS, BatchColumn.CLAS_BATCH_COL_ACTIONS_PARENTS,
                                 BatchColumn.CLAS_BATCH_COL_ACTIONS_ECOLE, BatchColumn.CLAS_BATCH_COL_ACTIONS_TERRITOIRE})
        batch.Set(col, new long[] {1, 1});
      batch.Set(BatchColumn.CLAS_BATCH_COL_FLAGS, new long[] {ClasApi.BATCH_AGREE, ClasApi.BATCH_AGREE});
      batch.Evaluate(regles, "2025-2026", "51");
      var ps = new long[2];
      batch.Get(BatchColumn.CLAS_BATCH_COL_PS, ps);
      Check(ps[0] == ev.Montant(0, Montant.CLAS_MONTANT_PS), "batch Ps = scalar Ps (" + ps[0] + ")");
      Check(batch.Value(BatchColumn.CLAS_BATCH_COL_VERDICT, 1) == (long)Verdict.CLAS_VERDICT_INELIGIBLE, "3 children: ineligible");
      Raises("CLAS_EINVAL", "column of the wrong length", () => batch.Set(BatchColumn.CLAS_BATCH_COL_DEPENSES, new long[] {1}));
      Raises("CLAS_ERANGE", "value out of the column's type", () => batch.SetValue(BatchColumn.CLAS_BATCH_COL_NB_ENFANTS, 0, 1L << 40));
    }
  }

  static long RssKb() {
    foreach (var line in File.ReadAllLines("/proc/self/status"))
      if (line.StartsWith("VmRSS:"))
        return long.Parse(new string(line.Where(char.IsDigit).ToArray()));
    return -1;
  }

  /// <summary>One cycle: create case A, evaluate it with the trace, borrow a collectif and a step,
  /// hit an error, dispose the parents first and use the children after them, dispose everything.</summary>
  static void Cycle(Regles regles) {
    using (var d = CaseA.Build())
    using (var ev = d.Evaluate(regles, null, ClasApi.CLAS_EVAL_TRACE))
    using (Collectif c = d.Collectif(0))
    using (Etape e = ev.Etape(0, 0)) {
      try {
        c.SetDepenses(-1);
      } catch (ClasException) {
        // the error path
      }
      ev.Dispose();
      d.Dispose();
      if (c.Depenses() != 1000000 || e.Text().Length == 0)
        throw new Exception("a child used after its parent");
    }
  }

  static void Collect() {
    GC.Collect();
    GC.WaitForPendingFinalizers();
  }

  /// <summary>n cycles after n/10 of warm-up: true if the resident memory grew by at most limitKb.</summary>
  static bool Memory(int n, long limitKb) {
    using (var regles = new Regles()) {
      for (int i = 0; i < n / 10; i++)
        Cycle(regles);
      Collect();
      long before = RssKb();
      for (int i = 0; i < n; i++)
        Cycle(regles);
      Collect();
      long after = RssKb();
      Console.WriteLine("csharp: " + n + " cycles, RSS " + before + " kB after the warm-up, " + after +
                        " kB at the end (" + (after - before) + " kB)");
      return after - before <= limitKb;
    }
  }

  public static int Main(string[] args) {
    if (args.Length == 2 && args[0] == "--memory")
      return Memory(int.Parse(args[1]), 2048) ? 0 : 1;
    Vectors();
    StatistiquesTest();
    Errors();
    Ownership();
    Dropped();
    Strings();
    BatchTests();
    Check(Memory(200, long.MaxValue), "cycles");
    Console.WriteLine(passed + " passed, " + failed + " failed");
    return failed == 0 ? 0 : 1;
  }
}
