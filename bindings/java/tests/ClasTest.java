// SPDX-License-Identifier: Apache-2.0
// The Java binding's tests: every shared vector (build/bindings/vectors.txt, see
// bindings/vectors/flatten.py) compared exactly as tests/test_vectors.c does, then errors,
// ownership, read-only rule sets, strings and the batch. Ends with "N passed, N failed".
//   ClasTest.java [--memory N]   runs N create/evaluate/free cycles and prints RSS instead;
//   ClasTest.java --ownership    only the error, ownership, string and batch tests (for valgrind).
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
                MONTANTS.put(Clas.clas_montant_name(m), m);
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
            default: break;
            }
        }
        try (ReglesBuilder b = new ReglesBuilder()) {
            b.add_defaults();
            try {
                for (String doc : reglesDocs)
                    b.add_json(doc, "regles", Clas.CLAS_REGLES_REPLACE);
            } catch (ClasException e) {
                // Rule data the library refuses is the vector's expected error.
                if (error == null || !e.getStatusName().equals(error))
                    bad.add("rule data refused: " + e.getStatusName() + ": " + e.getMessage());
                return bad;
            }
            try (Regles regles = b.build(); Dossier d = Dossier.from_json(dossierDoc, name);
                 Evaluation ev = new Evaluation()) {
                Cadre cadre = cadreDep == null ? null : regles.find_cadre(cadreDep, cadreYear);
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
                if (trace && !ev.has_trace())
                    bad.add("trace requested but not recorded");
                for (long i = 0; trace && i < ev.num_collectifs(); i++)
                    if (ev.num_etapes(i) == 0)
                        bad.add("collectifs[" + i + "]: trace requested but has no step");
                for (String[] f : rec) {
                    switch (f[0]) {
                    case "verdict":
                        if (!Clas.clas_verdict_name(ev.verdict()).equals(f[1]))
                            bad.add("verdict: expected " + f[1] + ", got " + Clas.clas_verdict_name(ev.verdict()));
                        break;
                    case "provisoire":
                        if (ev.is_provisional() != f[1].equals("1"))
                            bad.add("provisoire: expected " + f[1]);
                        break;
                    case "constats_dossier": {
                        List<String> got = new ArrayList<>();
                        for (long j = 0; j < ev.num_constats(); j++) {
                            Constat k = ev.constat(j);
                            if (k.collectif_index() < 0)
                                got.add(Clas.clas_code_name(k.code()));
                        }
                        if (!codes(got).equals(rest(f, 1)))
                            bad.add("dossier: codes: expected [" + rest(f, 1) + "], got [" + codes(got) + "]");
                        break;
                    }
                    case "collectifs":
                        if (ev.num_collectifs() != Long.parseLong(f[1]))
                            bad.add("expected " + f[1] + " collectifs, got " + ev.num_collectifs());
                        break;
                    case "collectif": {
                        long i = Long.parseLong(f[1]);
                        if (i >= ev.num_collectifs())
                            break;
                        if (!ev.collectif_id(i).equals(f[2]))
                            bad.add("collectifs[" + i + "]: id: expected " + f[2] + ", got " + ev.collectif_id(i));
                        String v = Clas.clas_verdict_name(ev.collectif_verdict(i));
                        if (!f[3].isEmpty() && !v.equals(f[3]))
                            bad.add("collectifs[" + i + "]: verdict: expected " + f[3] + ", got " + v);
                        break;
                    }
                    case "codes": {
                        long i = Long.parseLong(f[1]);
                        if (i >= ev.num_collectifs())
                            break;
                        List<String> got = new ArrayList<>();
                        for (long j = 0; j < ev.num_collectif_constats(i); j++)
                            got.add(Clas.clas_code_name(ev.collectif_constat(i, j).code()));
                        if (!codes(got).equals(rest(f, 2)))
                            bad.add("collectifs[" + i + "]: codes: expected [" + rest(f, 2) + "], got [" + codes(got) + "]");
                        break;
                    }
                    case "montant": {
                        long i = Long.parseLong(f[1]);
                        Montant m = MONTANTS.get(f[2]);
                        if (m == null)
                            bad.add("unknown amount name " + f[2]);
                        else if (i < ev.num_collectifs() && ev.montant(i, m) != Long.parseLong(f[3]))
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

    static Dossier caseA() {
        Dossier d = new Dossier("2025-2026");
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
        c.add_action(Action.CLAS_ACTION_ENFANTS_APPUI_METHODOLOGIE);
        c.add_action(Action.CLAS_ACTION_PARENTS_CONVIVIALITE);
        c.add_action(Action.CLAS_ACTION_ECOLE_CONTINUITE_EDUCATIVE);
        c.add_action(Action.CLAS_ACTION_TERRITOIRE_RESSOURCES_PROXIMITE);
        c.set_decision(Decision.CLAS_DECISION_AGREE);
        return d;
    }

    static void errors() {
        try (Dossier d = new Dossier("2025-2026")) {
            Collectif c = d.add_collectif("C1");
            try {
                c.set_depenses(-1);
                check(false, "negative expenses: no exception");
            } catch (ClasException.InvalidArgument e) {
                check(e.getStatus() < 0 && e.getStatusName().startsWith("CLAS_E"), "status of the error");
                check(!e.getMessage().isEmpty(), "message of the error");
                check(e.getLocation().contains("C1"), "location names the collectif: " + e.getLocation());
                check(e.getStatusEnum().swigValue() == e.getStatus(), "status enum");
            }
            raises("CLAS_EEXISTS", "duplicate collectif", () -> d.add_collectif("C1"));
            raises("CLAS_ENOTFOUND", "index out of range", () -> d.collectif(5));
            raises("CLAS_EPARSE", "malformed document", () -> Dossier.from_json("{", "x.json"));
            raises("CLAS_EIO", "missing file", () -> Dossier.from_json_file("/nonexistent/x.json"));
        }
        check(ClasException.class.getSuperclass() == RuntimeException.class, "unchecked exceptions");
    }

    static void ownership() {
        Dossier d = new Dossier("2025-2026");
        Collectif c = d.add_collectif("C1");
        Porteur p = d.porteur();
        d.close();
        check(c.id().equals("C1"), "collectif outlives its closed dossier");
        p.set_nom("Après");
        check(p.nom().equals("Après"), "porteur outlives its closed dossier");
        c.close();
        p.close();

        try (Regles regles = new Regles(); Evaluation ev = new Evaluation(); Dossier a = caseA(); Dossier small = caseA()) {
            small.collectif(0).set(Champ.CLAS_CHAMP_NB_ENFANTS, 3);
            ev.run(regles, null, small);
            Constat k = ev.constat(0);
            Bareme eb = ev.bareme();
            String code = Clas.clas_code_name(k.code());
            ev.run(regles, null, a);
            raises("CLAS_ESTATE", "constat taken before run()", () -> k.code());
            raises("CLAS_ESTATE", "barème taken before run()", () -> eb.ps_max());
            check(!code.isEmpty(), "constat read before run()");
            check(ev.montant(0, Montant.CLAS_MONTANT_PS) == 280070, "case A after reuse");
        }
        try (Campagne camp = new Campagne("51", "2025-2026"); Cadre mine = new Cadre("51", "2025-2026")) {
            camp.set_cadre(mine);
            Cadre held = camp.cadre();
            camp.set_cadre(null);
            raises("CLAS_ESTATE", "campaign cadre replaced", () -> held.nom());
            check(camp.cadre() == null, "no cadre");
        }
        Regles regles = new Regles();
        Bareme b = regles.find_bareme("2025-2026");
        long psMax = b.ps_max();
        check(b.is_readonly(), "barème of a rule set is read-only");
        raises("CLAS_ESTATE", "setter on a rule set's barème", () -> b.set_ps_max(100));
        raises("CLAS_ESTATE", "setter on a rule set's cadre", () -> regles.find_cadre("51", "2025-2026").set_nom("x"));
        regles.close();
        check(b.ps_max() == psMax, "barème outlives its closed rule set");
        try (Bareme copy = b.copy()) {
            copy.set_ps_max(100);
            check(copy.ps_max() == 100 && !copy.is_readonly(), "copy is changeable");
        }
    }

    static void strings() {
        try (Dossier d = new Dossier("2025-2026")) {
            raises("CLAS_EINVAL", "NUL in an id", () -> d.set_id("D1\0X"));
            raises("CLAS_EUTF8", "lone surrogate", () -> d.set_id("D\uD800"));
            check(d.id().isEmpty(), "id unchanged");
            d.porteur().set_nom("Maison des Enfants 🎒 — Épernay");
            check(d.porteur().nom().equals("Maison des Enfants 🎒 — Épernay"), "Unicode round trip");
            try (Dossier back = Dossier.from_json(d.to_json())) {
                check(back.porteur().nom().equals("Maison des Enfants 🎒 — Épernay"), "Unicode through JSON");
            }
        }
        check(Clas.cents_format_human(280070).equals("2 800,70 €") || Clas.cents_format_human(280070).contains("800,70"),
              "human money: " + Clas.cents_format_human(280070));
        check(Money.cents(new java.math.BigDecimal("2800.70")) == 280070 && Money.euros(280070).toString().equals("2800.70"),
              "BigDecimal money");
    }

    static void batch() {
        try (Regles regles = new Regles(); Batch batch = new Batch(2); Dossier a = caseA(); Evaluation ev = a.evaluate(regles)) {
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
            raises("CLAS_ERANGE", "value out of the column's type", () -> batch.set_value(BatchColumn.CLAS_BATCH_COL_NB_ENFANTS, 0, 1L << 40));
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

    /** Create, evaluate with trace, borrow a child and a constat, hit an error, free; n times. */
    static void memory(int n) throws Exception {
        Regles regles = new Regles();
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                collect();
                System.out.println("RSS before: " + rssKb() + " kB");
            }
            for (int i = 0; i < (pass == 0 ? n / 10 : n); i++) {
                try (Dossier d = caseA(); Evaluation ev = d.evaluate(regles, null, Clas.CLAS_EVAL_TRACE)) {
                    Collectif c = d.collectif(0);
                    if (ev.num_constats() > 0)
                        ev.constat(0).code();
                    ev.etape(0, 0).text();
                    try {
                        c.set_depenses(-1);
                    } catch (ClasException e) {
                        // the error path
                    }
                    c.close();
                }
            }
        }
        collect();
        System.out.println("RSS after " + n + " cycles: " + rssKb() + " kB");
        regles.close();
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--memory")) {
            memory(Integer.parseInt(args[1]));
            return;
        }
        boolean vectorsToo = !(args.length == 1 && args[0].equals("--ownership"));
        if (vectorsToo)
            vectors();
        errors();
        ownership();
        strings();
        batch();
        if (vectorsToo)
            memory(200);
        System.out.println(passed + " passed, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }
}
