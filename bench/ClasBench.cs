// SPDX-License-Identifier: Apache-2.0
// Cost per call from C# (Mono): one collectif built from values and evaluated, an already built
// dossier evaluated into a reused Evaluation, one collectif from values in one call
// (Batch.EvaluateOne), and the batch per collectif. Median of 7 runs. The collectif is case A,
// built by examples/csharp/CaseA.cs (compiled in).
//   mcs -r:build/bindings/csharp/Clas.dll -main:ClasBench -out:/tmp/ClasBench.exe bench/ClasBench.cs examples/csharp/CaseA.cs
//   MONO_PATH=build/bindings/csharp LD_LIBRARY_PATH=build/bindings/csharp mono /tmp/ClasBench.exe [--quick]
using System;
using System.Diagnostics;
using Clas;

public static class ClasBench {
  static double Median(Action<int> c, int n, int runs) {
    c(n / 10 + 1);
    var t = new double[runs];
    for (int r = 0; r < runs; r++) {
      var sw = Stopwatch.StartNew();
      c(n);
      t[r] = sw.Elapsed.TotalMilliseconds * 1e6 / n;
    }
    Array.Sort(t);
    return t[runs / 2];
  }

  public static void Main(string[] args) {
    bool quick = args.Length > 0 && args[0] == "--quick";
    int n = quick ? 20000 : 200000, runs = quick ? 3 : 7;
    var regles = new Regles();
    var ev = new Evaluation();
    long sink = 0;
    Console.WriteLine("build one collectif from values + evaluate: {0:F0} ns", Median(k => {
      for (int i = 0; i < k; i++)
        using (var d = CaseA.Build()) {
          ev.Run(regles, null, d);
          sink += ev.Montant(0, Montant.CLAS_MONTANT_PS);
        }
    }, n, runs));
    var built = CaseA.Build();
    Console.WriteLine("evaluate a built dossier of one collectif (Evaluation.run reused): {0:F0} ns", Median(k => {
      for (int i = 0; i < k; i++) {
        ev.Run(regles, null, built);
        sink += ev.Montant(0, Montant.CLAS_MONTANT_PS);
      }
    }, n, runs));
    // One collectif from values in one call: case A's row, its expenses varied.
    long[] row = CaseA.Row();
    long[] result = new long[ClasApi.BATCH_ROW_OUTPUTS];
    double single = Median(k => {
      for (int i = 0; i < k; i++) {
        row[0] = 100000 + (i * 7919L) % 900000;
        sink += Batch.EvaluateOne(regles, "2025-2026", "51", row)[2];
      }
    }, n, runs);
    Console.WriteLine("one collectif from values in one call (Batch.evaluate_one): {0:F0} ns  <= 2 us {1}", single,
                      single <= 2000 ? "PASS" : "MISS");
    double reused = Median(k => {
      for (int i = 0; i < k; i++) {
        row[0] = 100000 + (i * 7919L) % 900000;
        Batch.EvaluateOne(regles, "2025-2026", "51", row, result);
        sink += result[2];
      }
    }, n, runs);
    Console.WriteLine("one collectif from values in one call, result array reused: {0:F0} ns  <= 2 us {1}", reused,
                      reused <= 2000 ? "PASS" : "MISS");
    int rows = quick ? 100000 : 1000000;
    long[] dep = new long[rows], enf = new long[rows], inter = new long[rows], one = new long[rows], flags = new long[rows], ps = new long[rows];
    for (int i = 0; i < rows; i++) {
      dep[i] = 100000 + (i * 7919L) % 900000;
      enf[i] = 8 + i % 5;
      inter[i] = 2;
      one[i] = 1;
      flags[i] = ClasApi.BATCH_AGREE;
    }
    Console.WriteLine("batch per collectif ({0} rows: set columns, evaluate, get Ps): {1:F1} ns", rows, Median(k => {
      for (int r = 0; r < k; r++)
        using (var b = new Batch((uint)rows)) {
          b.Set(BatchColumn.CLAS_BATCH_COL_DEPENSES, dep);
          b.Set(BatchColumn.CLAS_BATCH_COL_NB_ENFANTS, enf);
          b.Set(BatchColumn.CLAS_BATCH_COL_NB_INTERVENANTS, inter);
          b.Set(BatchColumn.CLAS_BATCH_COL_ACTIONS_ENFANTS, one);
          b.Set(BatchColumn.CLAS_BATCH_COL_ACTIONS_PARENTS, one);
          b.Set(BatchColumn.CLAS_BATCH_COL_ACTIONS_ECOLE, one);
          b.Set(BatchColumn.CLAS_BATCH_COL_ACTIONS_TERRITOIRE, one);
          b.Set(BatchColumn.CLAS_BATCH_COL_FLAGS, flags);
          b.Evaluate(regles, "2025-2026", "51");
          b.Get(BatchColumn.CLAS_BATCH_COL_PS, ps);
        }
    }, 1, runs) / rows);
    Console.WriteLine("checksum " + (sink + ps[0]));
  }
}
