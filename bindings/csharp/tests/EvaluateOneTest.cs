// SPDX-License-Identifier: Apache-2.0
// Batch.EvaluateOne(): one collectif in one call gives exactly what the object API gives for
// a dossier of that one collectif filed on time, on boundary cases of R-PS, R-BUDGET, R-GROUPE,
// R-ENCADREMENT, R-AGREMENT and R-BONUS; and its errors. Exits 1 on any failure.
using System;
using System.Collections.Generic;
using System.Linq;
using Clas;

public static class EvaluateOneTest {
  static int passed, failed;

  static void Check(bool ok, string what) {
    if (ok) passed++;
    else { failed++; Console.WriteLine("FAIL: " + what); }
  }

  static readonly Bonus[] BONUS = {Bonus.CLAS_BONUS_ENFANTS, Bonus.CLAS_BONUS_PARENTS};
  static readonly int[] DEMANDE = {ClasApi.BATCH_BONUS_ENFANTS_DEMANDE, ClasApi.BATCH_BONUS_PARENTS_DEMANDE};
  static readonly int[] ACCORDE = {ClasApi.BATCH_BONUS_ENFANTS_ACCORDE, ClasApi.BATCH_BONUS_PARENTS_ACCORDE};

  // {verdict, code, ps, bonus, total} through Dossier, Collectif and Evaluation; bonus -1 for none.
  static long[] ObjectApi(Regles regles, Evaluation ev, long depenses, long autres, int enfants, int intervenants,
                          int decision, int bonus) {
    using (Dossier d = new Dossier("2025-2026")) {
      d.SetId("D1");
      d.SetDepartement("51");
      d.SetDateDepot("2025-08-01");
      Collectif c = d.AddCollectif("C1");
      c.AddNiveau(Niveau.CLAS_NIVEAU_CM1);
      c.Set(Champ.CLAS_CHAMP_NB_ENFANTS, enfants);
      c.Set(Champ.CLAS_CHAMP_NB_INTERVENANTS_SALARIES, intervenants / 2);
      c.Set(Champ.CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, intervenants - intervenants / 2);
      c.Set(Champ.CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1);
      c.SetDepenses(depenses);
      if (autres > 0) c.AddFinancement("Ville", autres);
      foreach (Clas.Action a in new[] {Clas.Action.CLAS_ACTION_ENFANTS_VIE_COLLECTIVE, Clas.Action.CLAS_ACTION_PARENTS_CONVIVIALITE,
                                       Clas.Action.CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE, Clas.Action.CLAS_ACTION_TERRITOIRE_REAAP})
        c.AddAction(a);
      if (bonus >= 0) {
        c.SetBonusDemande(BONUS[bonus], true, "Sorties culturelles");
        c.SetBonusAccorde(BONUS[bonus], decision == ClasApi.BATCH_AGREE);
      }
      if (decision != 0)
        c.SetDecision(decision == ClasApi.BATCH_AGREE ? Decision.CLAS_DECISION_AGREE : Decision.CLAS_DECISION_REFUSE);
      ev.Run(regles, null, d);
      long code = ClasApi.BATCH_NO_CODE;
      for (uint j = 0; j < ev.NumCollectifConstats(0); j++) {
        Constat k = ev.CollectifConstat(0, j);
        if (k.Severity() == Severity.CLAS_SEVERITY_BLOCKING) { code = (long)k.Code(); break; }
      }
      return new long[] {(long)ev.CollectifVerdict(0), code, ev.Montant(0, Montant.CLAS_MONTANT_PS),
                         ev.Montant(0, Montant.CLAS_MONTANT_BONUS_ENFANTS) + ev.Montant(0, Montant.CLAS_MONTANT_BONUS_PARENTS),
                         ev.Montant(0, Montant.CLAS_MONTANT_TOTAL)};
    }
  }

  // The same collectif as a row of input values, in BatchColumn order.
  static long[] Row(long depenses, long autres, int enfants, int intervenants, int decision, int bonus) {
    int flags = decision;
    if (bonus >= 0) flags |= DEMANDE[bonus] | (decision == ClasApi.BATCH_AGREE ? ACCORDE[bonus] : 0);
    return new long[] {depenses, autres, enfants, intervenants, 1L << (int)Niveau.CLAS_NIVEAU_CM1, 1, 1, 1, 1, 1, flags};
  }

  static string Show(long[] v) { return string.Join(" ", v); }

  public static int Main() {
    using (Regles regles = new Regles())
    using (Evaluation ev = new Evaluation()) {
      int cases = 0;
      var seen = new HashSet<string>();
      long[] result = new long[ClasApi.BATCH_ROW_OUTPUTS];
      foreach (long dep in new long[] {0, 150, 848699, 848700, 848701, 1000000})
        foreach (long autres in new long[] {0, 150000, 2000000})
          foreach (int enf in new[] {7, 8, 12, 13})
            foreach (int interv in new[] {1, 2, 3})
              foreach (int dec in new[] {ClasApi.BATCH_AGREE, ClasApi.BATCH_REFUSE, 0})
                for (int b = -1; b < 2; b++) {
                  long[] want = ObjectApi(regles, ev, dep, autres, enf, interv, dec, b);
                  long[] r = Row(dep, autres, enf, interv, dec, b);
                  long[] got = Batch.EvaluateOne(regles, "2025-2026", "51", r);
                  Batch.EvaluateOne(regles, "2025-2026", "51", r, result);
                  cases++;
                  Check(got.SequenceEqual(want) && result.SequenceEqual(want),
                        "case " + Show(r) + ": got " + Show(got) + ", want " + Show(want));
                  seen.Add(want[0] + "," + want[1] + "," + (want[2] > 0) + "," + (want[3] > 0));
                }
      Check(seen.Count >= 6, "the cases reach several codes, with and without Ps and bonus");
      try {
        Batch.EvaluateOne(regles, "2025-2026", "51", new long[] {-1});
        Check(false, "a value out of range: no exception");
      } catch (ClasException e) {
        Check(e.StatusName == "CLAS_ERANGE" && e.Location.Contains("depenses"), "a value out of range: " + e.StatusName + " " + e.Location);
      }
      try {
        Batch.EvaluateOne(regles, "2025-2026", "51", new long[ClasApi.BATCH_ROW_INPUTS + 1]);
        Check(false, "too many values: no exception");
      } catch (ClasException e) {
        Check(e.StatusName == "CLAS_EINVAL", "too many values: " + e.StatusName);
      }
      Console.WriteLine(cases + " cases; " + passed + " passed, " + failed + " failed");
    }
    return failed == 0 ? 0 : 1;
  }
}
