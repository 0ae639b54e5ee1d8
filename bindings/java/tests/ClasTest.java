// SPDX-License-Identifier: Apache-2.0
// The Java binding's tests: every shared vector (build/bindings/vectors.txt, see
// bindings/vectors/flatten.py) compared exactly as tests/test_vectors.c does, then errors,
// ownership, read-only rule sets, strings and the batch. Ends with "N passed, N failed".
// Case A is examples/java/CaseA.java's (compiled onto the class path by meson.build).
//   ClasTest.java --memory N     runs N create/evaluate/free cycles instead and prints the RSS;
//                                fails if it grew by more than 1 MiB (run it as java-memory in
//                                meson.build: a fixed heap, one malloc arena);
//   ClasTest.java --ownership    only the error, ownership, string and batch tests.
import fr.clas.*;
import java.nio.file.*;
import java.util.*;

public class ClasTest {
    static int passed, failed;

    static void check(boolean ok, String what) {
        if (ok) {
            passed++;
        } else {
            failed++;
            System.out.println("FAIL: " + what);
        }
    }

    interface Body { void run(); }

    static void raises(String status, String what, Body body) {
        try {
            body.run();
            check(false, what + ": no exception");
        } catch (ClasException e) {
            check(e.getStatusName().equals(status), what + ": expected " + status + ", got " + e.getStatusName() + " " + e.getMessage());
        }
    }

    static final Map<String, Montant> MONTANTS = new HashMap<>();
    static {
        for (Montant m : Montant.values())
            if (m != Montant.CLAS_MONTANT_COUNT)
                MONTANTS.put(Clas.montantName(m), m);
    }

    static String codes(List<String> names) {
        TreeSet<String> set = new TreeSet<>(names);
        return String.join(" ", set);
    }

    static String rest(String[] f, int from) {
        return String.join(" ", Arrays.copyOfRange(f, Math.min(from, f.length), f.length));
    }

    /** Runs one flattened vector; returns its mismatches. */
    static List<String> runVector(List<String[]> rec) {
        List<String> bad = new ArrayList<>();
        String name = rec.get(0)[1];
        long flags = 0;
        boolean trace = false;
        String error = null, dossierDoc = null, cadreDep = null, cadreYear = null;
        String[] refused = null;
        List<String> reglesDocs = new ArrayList<>();
        for (String[] f : rec) {
            switch (f[0]) {
            case "regles": reglesDocs.add(f[1]); break;
            case "cadre": cadreDep = f[1]; cadreYear = f[2]; break;
            case "flags":
                trace = f[1].equals("1");
                flags = (trace ? Clas.CLAS_EVAL_TRACE : 0) | (f[2].equals("1") ? Clas.CLAS_CARRY_FORWARD : 0);
                break;
            case "dossier": dossierDoc = f[1]; break;
            case "erreur": error = f[1]; break;
            case "chargement": refused = f; break;
            default: break;
            }
        }
        if (refused != null) {
            // The dossier is refused as it is loaded: its status and message id, nothing else.
            try (Dossier d = Dossier.fromJson(dossierDoc, name)) {
                bad.add("chargement: expected " + refused[1] + ", got CLAS_OK");
            } catch (ClasException e) {
                if (!e.getStatusName().equals(refused[1]) || !(refused[2].isEmpty() || e.getMessageId().equals(refused[2])))
                    bad.add("chargement: expected " + refused[1] + " " + refused[2] + ", got " + e.getStatusName() + " "
                            + e.getMessageId() + ": " + e.getMessage());
            }
            return bad;
        }
        try (ReglesBuilder b = new ReglesBuilder()) {
            b.addDefaults();
            try {
                for (String doc : reglesDocs)
                    b.addJson(doc, "regles", Clas.CLAS_REGLES_REPLACE);
            } catch (ClasException e) {
                // Rule data the library refuses is the vector's expected error.
                if (error == null || !e.getStatusName().equals(error))
                    bad.add("rule data refused: " + e.getStatusName() + ": " + e.getMessage());
                return bad;
            }
            try (Regles regles = b.build(); Dossier d = Dossier.fromJson(dossierDoc, name);
                 Evaluation ev = new Evaluation()) {
                Cadre cadre = cadreDep == null ? null : regles.findCadre(cadreDep, cadreYear);
                try {
                    ev.run(regles, cadre, d, flags);
                } catch (ClasException e) {
                    if (error == null)
                        bad.add("evaluation failed: " + e.getStatusName() + ": " + e.getMessage());
                    else if (!e.getStatusName().equals(error))
                        bad.add("erreur: expected " + error + ", got " + e.getStatusName());
                    return bad;
                }
                if (error != null) {
                    bad.add("erreur: expected " + error + ", got CLAS_OK");
                    return bad;
                }
                if (trace && !ev.hasTrace())
                    bad.add("trace requested but not recorded");
                for (long i = 0; trace && i < ev.numCollectifs(); i++)
                    if (ev.numEtapes(i) == 0)
                        bad.add("collectifs[" + i + "]: trace requested but has no step");
                for (String[] f : rec) {
                    switch (f[0]) {
                    case "verdict":
                        if (!Clas.verdictName(ev.verdict()).equals(f[1]))
                            bad.add("verdict: expected " + f[1] + ", got " + Clas.verdictName(ev.verdict()));
                        break;
                    case "provisoire":
                        if (ev.isProvisional() != f[1].equals("1"))
                            bad.add("provisoire: expected " + f[1]);
                        break;
                    case "constats_dossier": {
                        List<String> got = new ArrayList<>();
                        for (long j = 0; j < ev.numConstats(); j++) {
                            Constat k = ev.constat(j);
                            if (k.collectifIndex() < 0)
                                got.add(Clas.codeName(k.code()));
                        }
                        if (!codes(got).equals(rest(f, 1)))
                            bad.add("dossier: codes: expected [" + rest(f, 1) + "], got [" + codes(got) + "]");
                        break;
                    }
                    case "collectifs":
                        if (ev.numCollectifs() != Long.parseLong(f[1]))
                            bad.add("expected " + f[1] + " collectifs, got " + ev.numCollectifs());
                        break;
                    case "collectif": {
                        long i = Long.parseLong(f[1]);
                        if (i >= ev.numCollectifs())
                            break;
                        if (!ev.collectifId(i).equals(f[2]))
                            bad.add("collectifs[" + i + "]: id: expected " + f[2] + ", got " + ev.collectifId(i));
                        String v = Clas.verdictName(ev.collectifVerdict(i));
                        if (!f[3].isEmpty() && !v.equals(f[3]))
                            bad.add("collectifs[" + i + "]: verdict: expected " + f[3] + ", got " + v);
                        break;
                    }
                    case "codes": {
                        long i = Long.parseLong(f[1]);
                        if (i >= ev.numCollectifs())
                            break;
                        List<String> got = new ArrayList<>();
                        for (long j = 0; j < ev.numCollectifConstats(i); j++)
                            got.add(Clas.codeName(ev.collectifConstat(i, j).code()));
                        if (!codes(got).equals(rest(f, 2)))
                            bad.add("collectifs[" + i + "]: codes: expected [" + rest(f, 2) + "], got [" + codes(got) + "]");
                        break;
                    }
                    case "montant": {
                        long i = Long.parseLong(f[1]);
                        Montant m = MONTANTS.get(f[2]);
                        if (m == null)
                            bad.add("unknown amount name " + f[2]);
                        else if (i < ev.numCollectifs() && ev.montant(i, m) != Long.parseLong(f[3]))
                            bad.add("collectifs[" + i + "]: montants." + f[2] + ": expected " + f[3] + ", got " + ev.montant(i, m));
                        break;
                    }
                    case "total": {
                        Montant m = MONTANTS.get(f[1]);
                        if (m == null)
                            bad.add("unknown amount name " + f[1]);
                        else if (ev.total(m) != Long.parseLong(f[2]))
                            bad.add("totaux." + f[1] + ": expected " + f[2] + ", got " + ev.total(m));
                        break;
                    }
                    case "consequences": {
                        // Each constat carries its code's consequence (or none), quoted by its French message.
                        Map<String, String> want = new HashMap<>();
                        for (int j = 1; j < f.length; j++) {
                            int eq = f[j].indexOf('=');
                            want.put(f[j].substring(0, eq), f[j].substring(eq + 1));
                        }
                        for (long j = 0; j < ev.numConstats(); j++) {
                            Constat k = ev.constat(j);
                            String code = Clas.codeName(k.code()), expected = want.getOrDefault(code, "");
                            String got = k.consequence(ConsequencePart.CLAS_CONSEQUENCE_TEXTE);
                            if (!got.equals(expected))
                                bad.add("constat " + code + ": consequence: expected \"" + expected + "\", got \"" + got + "\"");
                            if (!expected.isEmpty() && !k.message(Lang.CLAS_LANG_FR).contains(expected))
                                bad.add("constat " + code + ": the message does not quote the consequence");
                        }
                        break;
                    }
                    default: break;
                    }
                }
            }
        }
        return bad;
    }

    static void vectors() throws Exception {
        List<String> lines = Files.readAllLines(Paths.get(System.getenv("CLAS_VECTORS_FLAT")));
        List<String[]> rec = new ArrayList<>();
        int count = 0;
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            rec.add(f);
            if (f[0].equals("end")) {
                count++;
                String name = rec.get(0)[1];
                List<String> bad = runVector(rec);
                for (String b : bad)
                    System.out.println("  " + name + ": " + b);
                check(bad.isEmpty(), "vector " + name);
                rec = new ArrayList<>();
            }
        }
        check(count > 50, "vectors present (" + count + ")");
        System.out.println("vectors: " + count + " run");
    }

    /** The example campaign's statistics, figure by figure, against the CLI's (see bindings/vectors/statistiques.py). */
    static void statistiques() throws Exception {
        String flat = System.getenv("CLAS_STATISTIQUES_FLAT");
        if (flat == null) {
            System.out.println("statistiques: skipped (built without the CLI)");
            return;
        }
        Map<String, Statistique> byName = new HashMap<>();
        for (Statistique s : Statistique.values())
            if (s != Statistique.CLAS_STAT_COUNT)
                byName.put(Clas.statistiqueName(s), s);
        List<String> lines = Files.readAllLines(Paths.get(flat));
        String path = lines.get(0).split("\t", -1)[1];
        int count = 0;
        try (Campagne camp = Campagne.fromJsonFile(path); Regles regles = new Regles();
             Rapport rapport = camp.rapport(regles); Statistiques st = rapport.statistiques(camp)) {
            for (String line : lines) {
                String[] f = line.split("\t", -1);
                if (!f[0].equals("statistique"))
                    continue;
                count++;
                Statistique s = byName.get(f[1]);
                check(s != null && st.get(s) == Long.parseLong(f[2]),
                      "statistique " + f[1] + ": expected " + f[2] + ", got " + (s == null ? "no such figure" : st.get(s)));
            }
        }
        check(count == byName.size(), "every figure compared (" + count + " of " + byName.size() + ")");
    }

    static void errors() {
        try (Dossier d = new Dossier("2025-2026")) {
            Collectif c = d.addCollectif("C1");
            try {
                c.setDepenses(-1);
                check(false, "negative expenses: no exception");
            } catch (ClasException.InvalidArgument e) {
                check(e.getStatus() < 0 && e.getStatusName().startsWith("CLAS_E"), "status of the error");
                check(!e.getMessage().isEmpty(), "message of the error");
                check(e.getLocation().contains("C1"), "location names the collectif: " + e.getLocation());
                check(e.getStatusEnum().swigValue() == e.getStatus(), "status enum");
            }
            raises("CLAS_EEXISTS", "duplicate collectif", () -> d.addCollectif("C1"));
            raises("CLAS_ENOTFOUND", "index out of range", () -> d.collectif(5));
            raises("CLAS_EPARSE", "malformed document", () -> Dossier.fromJson("{", "x.json"));
            raises("CLAS_EIO", "missing file", () -> Dossier.fromJsonFile("/nonexistent/x.json"));
        }
        check(ClasException.class.getSuperclass() == RuntimeException.class, "unchecked exceptions");
    }

    static void ownership() {
        Dossier d = new Dossier("2025-2026");
        Collectif c = d.addCollectif("C1");
        Porteur p = d.porteur();
        d.close();
        check(c.id().equals("C1"), "collectif outlives its closed dossier");
        p.setNom("Après");
        check(p.nom().equals("Après"), "porteur outlives its closed dossier");
        c.close();
        p.close();
        raises("CLAS_ESTATE", "closed collectif", () -> c.id());
        raises("CLAS_ESTATE", "closed dossier", () -> d.addCollectif("C2"));

        try (Regles regles = new Regles(); Evaluation ev = new Evaluation(); Dossier a = CaseA.build(); Dossier small = CaseA.build()) {
            small.collectif(0).set(Champ.CLAS_CHAMP_NB_ENFANTS, 3);
            ev.run(regles, null, small);
            Constat k = ev.constat(0);
            Bareme eb = ev.bareme();
            String code = Clas.codeName(k.code());
            ev.run(regles, null, a);
            raises("CLAS_ESTATE", "constat taken before run()", () -> k.code());
            raises("CLAS_ESTATE", "barème taken before run()", () -> eb.psMax());
            check(!code.isEmpty(), "constat read before run()");
            check(ev.montant(0, Montant.CLAS_MONTANT_PS) == 280070, "case A after reuse");
            Cadre closed = new Cadre("51", "2025-2026");
            closed.close();
            raises("CLAS_ESTATE", "closed cadre as an argument", () -> ev.run(regles, closed, a));
        }
        try (Campagne camp = new Campagne("51", "2025-2026"); Cadre mine = new Cadre("51", "2025-2026")) {
            camp.setCadre(mine);
            Cadre held = camp.cadre();
            camp.setCadre(null);
            raises("CLAS_ESTATE", "campaign cadre replaced", () -> held.nom());
            check(camp.cadre() == null, "no cadre");
        }
        Regles regles = new Regles();
        Bareme b = regles.findBareme("2025-2026");
        long psMax = b.psMax();
        check(b.isReadonly(), "barème of a rule set is read-only");
        raises("CLAS_ESTATE", "setter on a rule set's barème", () -> b.setPsMax(100));
        raises("CLAS_ESTATE", "setter on a rule set's cadre", () -> regles.findCadre("51", "2025-2026").setNom("x"));
        regles.close();
        check(b.psMax() == psMax, "barème outlives its closed rule set");
        try (Bareme copy = b.copy()) {
            copy.setPsMax(100);
            check(copy.psMax() == 100 && !copy.isReadonly(), "copy is changeable");
        }
    }

    /** Children whose parents are dropped without close(): the collector releases the parents' handles. */
    static void dropped() throws Exception {
        List<java.lang.ref.WeakReference<Object>> parents = new ArrayList<>();
        Collectif c = orphanCollectif(parents);
        Object[] fromEvaluation = orphanConstatAndStep(parents);
        Constat k = (Constat) fromEvaluation[0];
        Etape e = (Etape) fromEvaluation[1];
        for (int i = 0; i < 50 && parents.stream().anyMatch(w -> w.get() != null); i++)
            collect();
        check(parents.stream().allMatch(w -> w.get() == null), "dropped parents collected");
        collect();                          // and their finalizers run
        check(c.id().equals("C9"), "collectif of a collected dossier");
        c.setDepenses(1234);
        check(c.depenses() == 1234, "setter on a collectif of a collected dossier");
        raises("CLAS_ERANGE", "error on a collectif of a collected dossier", () -> c.setDepenses(-1));
        check(!Clas.codeName(k.code()).isEmpty() && !k.message().isEmpty(), "constat of a collected evaluation");
        check(!e.text().isEmpty(), "step of a collected evaluation");
        raises("CLAS_ESTATE", "setter on a read-only barème of a collected evaluation",
               () -> ((Bareme) fromEvaluation[2]).setPsMax(1));
        c.close();
        raises("CLAS_ESTATE", "collectif used after close()", () -> c.depenses());
    }

    static Collectif orphanCollectif(List<java.lang.ref.WeakReference<Object>> parents) {
        Dossier d = CaseA.build();
        parents.add(new java.lang.ref.WeakReference<>(d));
        return d.addCollectif("C9");
    }

    static Object[] orphanConstatAndStep(List<java.lang.ref.WeakReference<Object>> parents) {
        Regles regles = new Regles();
        Dossier d = CaseA.build();
        d.collectif(0).set(Champ.CLAS_CHAMP_NB_ENFANTS, 3);
        Evaluation ev = d.evaluate(regles, null, Clas.CLAS_EVAL_TRACE);
        regles.close();
        parents.add(new java.lang.ref.WeakReference<>(d));
        parents.add(new java.lang.ref.WeakReference<>(ev));
        return new Object[] {ev.constat(0), ev.etape(0, 0), ev.bareme()};
    }

    static void strings() {
        try (Dossier d = new Dossier("2025-2026")) {
            raises("CLAS_EINVAL", "NUL in an id", () -> d.setId("D1\0X"));
            raises("CLAS_EUTF8", "lone surrogate", () -> d.setId("D\uD800"));
            check(d.id().isEmpty(), "id unchanged");
            d.porteur().setNom("Maison des Enfants 🎒 — Épernay");
            check(d.porteur().nom().equals("Maison des Enfants 🎒 — Épernay"), "Unicode round trip");
            try (Dossier back = Dossier.fromJson(d.toJson())) {
                check(back.porteur().nom().equals("Maison des Enfants 🎒 — Épernay"), "Unicode through JSON");
            }
        }
        check(Clas.centsFormatHuman(280070).equals("2 800,70 €") || Clas.centsFormatHuman(280070).contains("800,70"),
              "human money: " + Clas.centsFormatHuman(280070));
        check(Money.cents(new java.math.BigDecimal("2800.70")) == 280070 && Money.euros(280070).toString().equals("2800.70"),
              "BigDecimal money");
    }

    static void batch() {
        try (Regles regles = new Regles(); Batch batch = new Batch(2); Dossier a = CaseA.build(); Evaluation ev = a.evaluate(regles)) {
            batch.set(BatchColumn.CLAS_BATCH_COL_DEPENSES, new long[] {1000000, 100000});
            batch.set(BatchColumn.CLAS_BATCH_COL_NB_ENFANTS, new long[] {10, 3});
            batch.set(BatchColumn.CLAS_BATCH_COL_NB_INTERVENANTS, new long[] {2, 2});
            for (BatchColumn col : new BatchColumn[] {BatchColumn.CLAS_BATCH_COL_ACTIONS_ENFANTS, BatchColumn.CLAS_BATCH_COL_ACTIONS_PARENTS,
                                                      BatchColumn.CLAS_BATCH_COL_ACTIONS_ECOLE, BatchColumn.CLAS_BATCH_COL_ACTIONS_TERRITOIRE})
                batch.set(col, new long[] {1, 1});
            batch.set(BatchColumn.CLAS_BATCH_COL_FLAGS, new long[] {Clas.BATCH_AGREE, Clas.BATCH_AGREE});
            batch.evaluate(regles, "2025-2026", "51");
            long[] ps = new long[2];
            batch.get(BatchColumn.CLAS_BATCH_COL_PS, ps);
            check(ps[0] == ev.montant(0, Montant.CLAS_MONTANT_PS), "batch Ps = scalar Ps (" + ps[0] + ")");
            check(batch.value(BatchColumn.CLAS_BATCH_COL_VERDICT, 1) == Verdict.CLAS_VERDICT_INELIGIBLE.swigValue(), "3 children: ineligible");
            raises("CLAS_EINVAL", "column of the wrong length", () -> batch.set(BatchColumn.CLAS_BATCH_COL_DEPENSES, new long[] {1}));
            raises("CLAS_ERANGE", "value out of the column's type", () -> batch.setValue(BatchColumn.CLAS_BATCH_COL_NB_ENFANTS, 0, 1L << 40));
        }
    }

    static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Paths.get("/proc/self/status")))
            if (line.startsWith("VmRSS:"))
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
        return -1;
    }

    /** Handles not closed are released by their finalizers: let them run. */
    static void collect() throws Exception {
        for (int i = 0; i < 3; i++) {
            System.gc();
            System.runFinalization();
            Thread.sleep(100);
        }
    }

    /** One cycle: create case A, evaluate it with the trace, borrow a collectif and a step, hit an
     *  error, close the parents first and use the children after them, close everything. */
    static void cycle(Regles regles) {
        try (Dossier d = CaseA.build(); Evaluation ev = d.evaluate(regles, null, Clas.CLAS_EVAL_TRACE);
             Collectif c = d.collectif(0); Etape e = ev.etape(0, 0)) {
            try {
                c.setDepenses(-1);
            } catch (ClasException x) {
                // the error path
            }
            ev.close();
            d.close();
            if (c.depenses() != 1000000 || e.text().isEmpty())
                throw new AssertionError("a child used after its parent");
        }
    }

    /** n cycles after n/10 of warm-up (the JIT compiles, the heap settles): true if the resident
     *  memory grew by at most limitKb. */
    static boolean memory(int n, long limitKb) throws Exception {
        try (Regles regles = new Regles()) {
            for (int i = 0; i < n / 10; i++)
                cycle(regles);
            collect();
            long before = rssKb();
            for (int i = 0; i < n; i++)
                cycle(regles);
            collect();
            long after = rssKb();
            System.out.println("java: " + n + " cycles, RSS " + before + " kB after the warm-up, " + after
                               + " kB at the end (" + (after - before) + " kB)");
            return after - before <= limitKb;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--memory"))
            System.exit(memory(Integer.parseInt(args[1]), 1024) ? 0 : 1);
        boolean vectorsToo = !(args.length == 1 && args[0].equals("--ownership"));
        if (vectorsToo) {
            vectors();
            statistiques();
        }
        errors();
        ownership();
        dropped();
        strings();
        batch();
        if (vectorsToo)
            check(memory(200, Long.MAX_VALUE), "cycles");
        System.out.println(passed + " passed, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }
}
