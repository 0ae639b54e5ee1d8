// SPDX-License-Identifier: Apache-2.0
// Case A of the rules (domain.md §7): one eligible, approved collectif with
// 10 000 € of expenses gets the maximum Ps, 2 800,70 €.
//   mcs -r:build/bindings/csharp/Clas.dll examples/csharp/CaseA.cs
//   MONO_PATH=build/bindings/csharp LD_LIBRARY_PATH=build/bindings/csharp mono examples/csharp/CaseA.exe
using Clas;

public static class CaseA {
  public static int Main(string[] args) {
    using (var regles = new Regles())
    using (var d = new Dossier("2025-2026")) {
      d.set_id("D51-A");
      d.set_departement("51");
      d.set_date_depot("2025-08-12");
      Porteur p = d.porteur();
      p.set_id("P1");
      p.set_nom("Centre social des Tilleuls");
      p.set_type(PorteurType.CLAS_PORTEUR_CENTRE_SOCIAL);
      p.set_commune("Reims");
      Collectif c = d.add_collectif("C1");
      c.set_nom("CM1-CM2");
      c.add_niveau(Niveau.CLAS_NIVEAU_CM1);
      c.add_niveau(Niveau.CLAS_NIVEAU_CM2);
      c.set(Champ.CLAS_CHAMP_NB_ENFANTS, 10);
      c.set(Champ.CLAS_CHAMP_NB_INTERVENANTS_SALARIES, 1);
      c.set(Champ.CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, 1);
      c.set(Champ.CLAS_CHAMP_SEANCES_PAR_SEMAINE, 2);
      c.set(Champ.CLAS_CHAMP_MINUTES_PAR_SEANCE, 90);
      c.set(Champ.CLAS_CHAMP_NB_SEMAINES, 30);
      c.set(Champ.CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1);
      c.DepensesEuros = 10000.00m;
      c.add_financement("Ville", 150000);
      c.add_action(Action.CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE);
      c.add_action(Action.CLAS_ACTION_PARENTS_CONVIVIALITE);
      c.add_action(Action.CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE);
      c.add_action(Action.CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE);
      c.set_decision(Decision.CLAS_DECISION_AGREE);
      using (Evaluation ev = d.evaluate(regles)) {
        long ps = ev.montant(0, Montant.CLAS_MONTANT_PS);
        System.Console.WriteLine("Case A: " + ClasApi.clas_verdict_name(ev.verdict()) + ", Ps " + ClasApi.cents_format_human(ps));
        return args.Length > 0 && args[0] == "--check" && ps != 280070 ? 1 : 0;
      }
    }
  }
}
