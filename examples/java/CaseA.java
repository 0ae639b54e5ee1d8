// SPDX-License-Identifier: Apache-2.0
// Case A of the rules (domain.md §7): one eligible, approved collectif with
// 10 000 € of expenses gets the maximum Ps, 2 800,70 €, built field by field
// or given as one row of values to Batch.evaluateOne(). build() and row() are
// also the case A of the Java tests and benchmark.
//   java -cp build/bindings/java/clas.jar -Djava.library.path=build/bindings/java examples/java/CaseA.java
import fr.clas.*;

public class CaseA {
    /** Case A as a new dossier, owned by the caller; the handles borrowed to fill it are closed. */
    public static Dossier build() {
        Dossier d = new Dossier("2025-2026");
        try (Porteur p = d.porteur(); Collectif c = d.addCollectif("C1")) {
            d.setId("D51-A");
            d.setDepartement("51");
            d.setDateDepot("2025-08-12");
            p.setId("P1");
            p.setNom("Centre social des Tilleuls");
            p.setType(PorteurType.CLAS_PORTEUR_CENTRE_SOCIAL);
            p.setCommune("Reims");
            c.setNom("CM1-CM2");
            c.addNiveau(Niveau.CLAS_NIVEAU_CM1);
            c.addNiveau(Niveau.CLAS_NIVEAU_CM2);
            c.set(Champ.CLAS_CHAMP_NB_ENFANTS, 10);
            c.set(Champ.CLAS_CHAMP_NB_INTERVENANTS_SALARIES, 1);
            c.set(Champ.CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, 1);
            c.set(Champ.CLAS_CHAMP_SEANCES_PAR_SEMAINE, 2);
            c.set(Champ.CLAS_CHAMP_MINUTES_PAR_SEANCE, 90);
            c.set(Champ.CLAS_CHAMP_NB_SEMAINES, 30);
            c.set(Champ.CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1);
            c.setDepensesEuros(new java.math.BigDecimal("10000.00"));
            c.addFinancement("Ville", 150000);
            c.addAction(Action.CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE);
            c.addAction(Action.CLAS_ACTION_PARENTS_CONVIVIALITE);
            c.addAction(Action.CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE);
            c.addAction(Action.CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE);
            c.setDecision(Decision.CLAS_DECISION_AGREE);
        } catch (RuntimeException e) {
            d.close();
            throw e;
        }
        return d;
    }

    /**
     * Case A as one row of input values for {@link Batch#evaluateOne}, in {@link BatchColumn}
     * order: expenses, other funding, children, staff, levels, actions per axis, out of school
     * time, flags (approved).
     */
    public static long[] row() {
        long niveaux = (1L << Niveau.CLAS_NIVEAU_CM1.swigValue()) | (1L << Niveau.CLAS_NIVEAU_CM2.swigValue());
        return new long[] {1000000, 150000, 10, 2, niveaux, 1, 1, 1, 1, 1, Clas.BATCH_AGREE};
    }

    public static void main(String[] args) {
        try (Regles regles = new Regles(); Dossier d = build(); Evaluation ev = d.evaluate(regles)) {
            long ps = ev.montant(0, Montant.CLAS_MONTANT_PS);
            long psOneCall = Batch.evaluateOne(regles, "2025-2026", "51", row())[2];
            System.out.println("Case A: " + Clas.verdictName(ev.verdict()) + ", Ps " + Clas.centsFormatHuman(ps)
                               + " (in one call: " + Clas.centsFormatHuman(psOneCall) + ")");
            if (args.length > 0 && args[0].equals("--check") && (ps != 280070 || psOneCall != ps))
                System.exit(1);
        }
    }
}
