// SPDX-License-Identifier: Apache-2.0
// Batch.evaluateOne(): one collectif in one call gives exactly what the object API gives for
// a dossier of that one collectif filed on time, on boundary cases of R-PS, R-BUDGET, R-GROUPE,
// R-ENCADREMENT, R-AGREMENT and R-BONUS; and its errors. Exits 1 on any failure.
import fr.clas.*;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

public class EvaluateOneTest {
    static int passed, failed;

    static void check(boolean ok, String what) {
        if (ok) passed++;
        else { failed++; System.out.println("FAIL: " + what); }
    }

    static final Bonus[] BONUS = {Bonus.CLAS_BONUS_ENFANTS, Bonus.CLAS_BONUS_PARENTS};
    static final int[] DEMANDE = {Clas.BATCH_BONUS_ENFANTS_DEMANDE, Clas.BATCH_BONUS_PARENTS_DEMANDE};
    static final int[] ACCORDE = {Clas.BATCH_BONUS_ENFANTS_ACCORDE, Clas.BATCH_BONUS_PARENTS_ACCORDE};

    /** {verdict, code, ps, bonus, total} through Dossier, Collectif and Evaluation; bonus -1 for none. */
    static long[] objectApi(Regles regles, Evaluation ev, long depenses, long autres, int enfants, int intervenants,
                            int decision, int bonus) {
        try (Dossier d = new Dossier("2025-2026")) {
            d.setId("D1");
            d.setDepartement("51");
            d.setDateDepot("2025-08-01");
            Collectif c = d.addCollectif("C1");
            c.addNiveau(Niveau.CLAS_NIVEAU_CM1);
            c.set(Champ.CLAS_CHAMP_NB_ENFANTS, enfants);
            c.set(Champ.CLAS_CHAMP_NB_INTERVENANTS_SALARIES, intervenants / 2);
            c.set(Champ.CLAS_CHAMP_NB_INTERVENANTS_BENEVOLES, intervenants - intervenants / 2);
            c.set(Champ.CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 1);
            c.setDepenses(depenses);
            if (autres > 0) c.addFinancement("Ville", autres);
            for (Action a : new Action[] {Action.CLAS_ACTION_ENFANTS_VIE_COLLECTIVE, Action.CLAS_ACTION_PARENTS_CONVIVIALITE,
                                          Action.CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE, Action.CLAS_ACTION_TERRITOIRE_REAAP})
                c.addAction(a);
            if (bonus >= 0) {
                c.setBonusDemande(BONUS[bonus], true, "Sorties culturelles");
                c.setBonusAccorde(BONUS[bonus], decision == Clas.BATCH_AGREE);
            }
            if (decision != 0)
                c.setDecision(decision == Clas.BATCH_AGREE ? Decision.CLAS_DECISION_AGREE : Decision.CLAS_DECISION_REFUSE);
            ev.run(regles, null, d);
            long code = Clas.BATCH_NO_CODE;
            for (long j = 0; j < ev.numCollectifConstats(0); j++) {
                Constat k = ev.collectifConstat(0, j);
                if (k.severity() == Severity.CLAS_SEVERITY_BLOCKING) { code = k.code().swigValue(); break; }
            }
            return new long[] {ev.collectifVerdict(0).swigValue(), code, ev.montant(0, Montant.CLAS_MONTANT_PS),
                               ev.montant(0, Montant.CLAS_MONTANT_BONUS_ENFANTS) + ev.montant(0, Montant.CLAS_MONTANT_BONUS_PARENTS),
                               ev.montant(0, Montant.CLAS_MONTANT_TOTAL)};
        }
    }

    /** The same collectif as a row of input values, in BatchColumn order. */
    static long[] row(long depenses, long autres, int enfants, int intervenants, int decision, int bonus) {
        long flags = decision;
        if (bonus >= 0) flags |= DEMANDE[bonus] | (decision == Clas.BATCH_AGREE ? ACCORDE[bonus] : 0);
        return new long[] {depenses, autres, enfants, intervenants, 1L << Niveau.CLAS_NIVEAU_CM1.swigValue(), 1, 1, 1, 1, 1, flags};
    }

    public static void main(String[] args) {
        try (Regles regles = new Regles(); Evaluation ev = new Evaluation()) {
            int cases = 0;
            Set<String> seen = new HashSet<>();
            long[] result = new long[Clas.BATCH_ROW_OUTPUTS];
            for (long dep : new long[] {0, 150, 848699, 848700, 848701, 1000000})
                for (long autres : new long[] {0, 150000, 2000000})
                    for (int enf : new int[] {7, 8, 12, 13})
                        for (int interv : new int[] {1, 2, 3})
                            for (int dec : new int[] {Clas.BATCH_AGREE, Clas.BATCH_REFUSE, 0})
                                for (int b = -1; b < 2; b++) {
                                    long[] want = objectApi(regles, ev, dep, autres, enf, interv, dec, b);
                                    long[] r = row(dep, autres, enf, interv, dec, b);
                                    long[] got = Batch.evaluateOne(regles, "2025-2026", "51", r);
                                    Batch.evaluateOne(regles, "2025-2026", "51", r, result);
                                    cases++;
                                    check(Arrays.equals(got, want) && Arrays.equals(result, want),
                                          "case " + Arrays.toString(r) + ": got " + Arrays.toString(got) + ", want " + Arrays.toString(want));
                                    seen.add(want[0] + "," + want[1] + "," + (want[2] > 0) + "," + (want[3] > 0));
                                }
            check(seen.size() >= 6, "the cases reach several codes, with and without Ps and bonus");
            try {
                Batch.evaluateOne(regles, "2025-2026", "51", new long[] {-1});
                check(false, "a value out of range: no exception");
            } catch (ClasException e) {
                check(e.getStatusName().equals("CLAS_ERANGE") && e.getLocation().contains("depenses"),
                      "a value out of range: " + e.getStatusName() + " " + e.getLocation());
            }
            try {
                Batch.evaluateOne(regles, "2025-2026", "51", new long[Clas.BATCH_ROW_INPUTS + 1]);
                check(false, "too many values: no exception");
            } catch (ClasException e) {
                check(e.getStatusName().equals("CLAS_EINVAL"), "too many values: " + e.getStatusName());
            }
            try {
                Batch.evaluateOne(regles, "2025-2026", "51", new long[] {1}, new long[2]);
                check(false, "a short result array: no exception");
            } catch (ClasException e) {
                check(e.getStatusName().equals("CLAS_EINVAL"), "a short result array: " + e.getStatusName());
            }
            System.out.println(cases + " cases; " + passed + " passed, " + failed + " failed");
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
