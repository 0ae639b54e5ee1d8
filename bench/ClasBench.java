// SPDX-License-Identifier: Apache-2.0
// Cost per call from Java: one collectif built from values and evaluated, an already built
// dossier evaluated into a reused Evaluation, one collectif from values in one call
// (Batch.evaluateOne), and the batch per collectif. Median of 7 runs. The collectif is case A,
// built as examples/java/CaseA.java does (its class is built into build/bindings/java).
//   java -cp build/bindings/java/clas.jar:build/bindings/java -Djava.library.path=build/bindings/java bench/ClasBench.java [--quick]
import fr.clas.*;
import java.util.Arrays;

public class ClasBench {
    interface Case { void run(int n); }

    static double median(Case c, int n, int runs) {
        c.run(n / 10 + 1);                  // warm-up (JIT)
        double[] t = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            c.run(n);
            t[r] = (System.nanoTime() - t0) / (double) n;
        }
        Arrays.sort(t);
        return t[runs / 2];
    }

    public static void main(String[] args) {
        boolean quick = args.length > 0 && args[0].equals("--quick");
        int n = quick ? 20000 : 200000, runs = quick ? 3 : 7;
        Regles regles = new Regles();
        Evaluation ev = new Evaluation();
        long[] sink = new long[1];
        System.out.printf("build one collectif from values + evaluate: %.0f ns%n", median(k -> {
            for (int i = 0; i < k; i++)
                try (Dossier d = CaseA.build()) {
                    ev.run(regles, null, d);
                    sink[0] += ev.montant(0, Montant.CLAS_MONTANT_PS);
                }
        }, n, runs));
        Dossier built = CaseA.build();
        System.out.printf("evaluate a built dossier of one collectif (Evaluation.run reused): %.0f ns%n", median(k -> {
            for (int i = 0; i < k; i++) {
                ev.run(regles, null, built);
                sink[0] += ev.montant(0, Montant.CLAS_MONTANT_PS);
            }
        }, n, runs));
        // One collectif from values in one call: case A's row, its expenses varied.
        long[] row = CaseA.row();
        long[] result = new long[Clas.BATCH_ROW_OUTPUTS];
        double single = median(k -> {
            for (int i = 0; i < k; i++) {
                row[0] = 100000 + (i * 7919L) % 900000;
                sink[0] += Batch.evaluateOne(regles, "2025-2026", "51", row)[2];
            }
        }, n, runs);
        System.out.printf("one collectif from values in one call (Batch.evaluate_one): %.0f ns  <= 2 us %s%n", single,
                          single <= 2000 ? "PASS" : "MISS");
        double oneReused = median(k -> {
            for (int i = 0; i < k; i++) {
                row[0] = 100000 + (i * 7919L) % 900000;
                Batch.evaluateOne(regles, "2025-2026", "51", row, result);
                sink[0] += result[2];
            }
        }, n, runs);
        System.out.printf("one collectif from values in one call, result array reused: %.0f ns  <= 2 us %s%n", oneReused,
                          oneReused <= 2000 ? "PASS" : "MISS");
        int rows = quick ? 100000 : 1000000;
        long[] dep = new long[rows], enf = new long[rows], inter = new long[rows], one = new long[rows], flags = new long[rows], ps = new long[rows];
        for (int i = 0; i < rows; i++) {
            dep[i] = 100000 + (i * 7919L) % 900000;
            enf[i] = 8 + i % 5;
            inter[i] = 2;
            one[i] = 1;
            flags[i] = Clas.BATCH_AGREE;
        }
        System.out.printf("batch per collectif (%d rows: set columns, evaluate, get Ps): %.1f ns%n", rows, median(k -> {
            for (int r = 0; r < k; r++)
                try (Batch b = new Batch(rows)) {
                    b.set(BatchColumn.CLAS_BATCH_COL_DEPENSES, dep);
                    b.set(BatchColumn.CLAS_BATCH_COL_NB_ENFANTS, enf);
                    b.set(BatchColumn.CLAS_BATCH_COL_NB_INTERVENANTS, inter);
                    b.set(BatchColumn.CLAS_BATCH_COL_ACTIONS_ENFANTS, one);
                    b.set(BatchColumn.CLAS_BATCH_COL_ACTIONS_PARENTS, one);
                    b.set(BatchColumn.CLAS_BATCH_COL_ACTIONS_ECOLE, one);
                    b.set(BatchColumn.CLAS_BATCH_COL_ACTIONS_TERRITOIRE, one);
                    b.set(BatchColumn.CLAS_BATCH_COL_FLAGS, flags);
                    b.evaluate(regles, "2025-2026", "51");
                    b.get(BatchColumn.CLAS_BATCH_COL_PS, ps);
                }
        }, 1, runs) / rows);
        System.out.println("checksum " + (sink[0] + ps[0]));
    }
}
