// SPDX-License-Identifier: Apache-2.0
// Case A of the rules (domain.md §7): one eligible, approved collectif with
// 10 000 € of expenses gets the maximum Ps, 2 800,70 €, built field by field
// or given as one row of values to Batch.EvaluateOne(). Build() and Row() are
// also the case A of the C# tests and benchmark.
//   mcs -r:build/bindings/csharp/Clas.dll examples/csharp/CaseA.cs
//   MONO_PATH=build/bindings/csharp LD_LIBRARY_PATH=build/bindings/csharp mono examples/csharp/CaseA.exe
using Clas;

public static class CaseA {
  /// <summary>Case A as a new dossier, owned by the caller; the handles borrowed to fill it are disposed.</summary>
  public static Dossier Build() {
    var d = new Dossier("2025-2026");
    try {
      using (Porteur p = d.Porteur())
      using (Collectif c = d.AddCollectif("C1")) {
        d.SetId("D51-A");
        d.SetDepartement("51");
        d.SetDateDepot("2025-08-12");
        p.SetId("P1");
        p.SetNom("Centre social des Tilleuls");
        p.SetType(PorteurType.CLAS_PORTEUR_CENTRE_SOCIAL);
        p.SetCommune("Reims");
        c.SetNom("CM1-CM2");
        c.AddNiveau(Niveau.CLAS_NIVEAU_CM1);
        c.AddNiveau(Niveau.CLAS_NIVEAU_CM2);
        c.Set(Champ.CLAS_CHAMP_NB_ENFANTS, 10);
        c.Set(Champ.CLAS_CHAMP_NB_INTERVENANTS_SALARIES, 1);
        c.Set(Champ.CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, 1);
        c.Set(Champ.CLAS_CHAMP_SEANCES_PAR_SEMAINE, 2);
        c.Set(Champ.CLAS_CHAMP_MINUTES_PAR_SEANCE, 90);
        c.Set(Champ.CLAS_CHAMP_NB_SEMAINES, 30);
        c.Set(Champ.CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1);
        c.DepensesEuros = 10000.00m;
        c.AddFinancement("Ville", 150000);
        c.AddAction(Action.CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE);
        c.AddAction(Action.CLAS_ACTION_PARENTS_CONVIVIALITE);
        c.AddAction(Action.CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE);
        c.AddAction(Action.CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE);
        c.SetDecision(Decision.CLAS_DECISION_AGREE);
      }
    } catch {
      d.Dispose();
      throw;
    }
    return d;
  }

  /// <summary>Case A as one row of input values for <c>Batch.EvaluateOne()</c>,
  /// in <see cref="BatchColumn"/> order: expenses, other funding, children, staff, levels, actions
  /// per axis, out of school time, flags (approved).</summary>
  public static long[] Row() {
    long niveaux = (1L << (int)Niveau.CLAS_NIVEAU_CM1) | (1L << (int)Niveau.CLAS_NIVEAU_CM2);
    return new long[] {1000000, 150000, 10, 2, niveaux, 1, 1, 1, 1, 1, ClasApi.BATCH_AGREE};
  }

  public static int Main(string[] args) {
    using (var regles = new Regles())
    using (var d = Build())
    using (Evaluation ev = d.Evaluate(regles)) {
      long ps = ev.Montant(0, Montant.CLAS_MONTANT_PS);
      long psOneCall = Batch.EvaluateOne(regles, "2025-2026", "51", Row())[2];
      System.Console.WriteLine("Case A: " + ClasApi.VerdictName(ev.Verdict()) + ", Ps " + ClasApi.CentsFormatHuman(ps)
                               + " (in one call: " + ClasApi.CentsFormatHuman(psOneCall) + ")");
      return args.Length > 0 && args[0] == "--check" && (ps != 280070 || psOneCall != ps) ? 1 : 0;
    }
  }
}
