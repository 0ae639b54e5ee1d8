// SPDX-License-Identifier: Apache-2.0
// Labels and error message ids reach Java: labels for people in French and English, a French
// error with euros carried by the exception (read when it was raised, so a later call does not
// change it) and by Clas.errorLastFormat(), no id for an error the wrapper raised itself.
// Ends with "N passed, N failed"; exits 1 on any failure.
import fr.clas.*;
import java.util.Map;

public class LabelsTest {
    static int passed, failed;

    static void is(Object got, Object want, String what) {
        if (got.equals(want)) {
            passed++;
        } else {
            failed++;
            System.out.println("FAIL: " + what + ": got \"" + got + "\", want \"" + want + "\"");
        }
    }

    static final String FR = "depenses = -0,05 € est hors des bornes 0,00 € à 1 000 000 000,00 €";

    /** The label of {@code value} in French and in English. */
    static void label(LabelKind kind, int value, String fr, String en) {
        String what = Clas.labelKindName(kind) + " " + value;
        is(Clas.label(kind, value, Lang.CLAS_LANG_FR), fr, what + " in French");
        is(Clas.label(kind, value, Lang.CLAS_LANG_EN), en, what + " in English");
    }

    static void labels() {
        label(LabelKind.CLAS_LABEL_SEVERITY, Severity.CLAS_SEVERITY_BLOCKING.swigValue(), "bloquant", "blocking");
        label(LabelKind.CLAS_LABEL_VERDICT, Verdict.CLAS_VERDICT_INELIGIBLE.swigValue(), "inéligible", "ineligible");
        label(LabelKind.CLAS_LABEL_DECISION, Decision.CLAS_DECISION_EN_ATTENTE.swigValue(), "en attente", "pending");
        label(LabelKind.CLAS_LABEL_PORTEUR_TYPE, PorteurType.CLAS_PORTEUR_CENTRE_SOCIAL.swigValue(), "centre social",
              "social centre");
    }

    static void errorInFrench() {
        try (Dossier d = new Dossier("2025-2026"); Collectif c = d.addCollectif("C1")) {
            ClasException e = null;
            try {
                c.setDepenses(-5);
            } catch (ClasException.InvalidArgument caught) {
                e = caught;
            }
            is(e != null, true, "a negative amount fails");
            if (e == null)
                return;
            is(Clas.errorLastId(), "montant_hors_bornes", "errorLastId()");
            is(Clas.errorLastFormat(Lang.CLAS_LANG_FR), FR, "errorLastFormat() in French");
            is(Clas.errorLastFormat(), FR, "errorLastFormat() is French by default");
            is(Clas.errorLastFormat(Lang.CLAS_LANG_EN).contains("-€0.05"), true, "errorLastFormat() in English with euros");
            is(Clas.errorLastArgValue(1), -5L, "the amount in cents");
            // Another failure replaces the thread's last error, not what the exception carries.
            try {
                d.addCollectif("C1");
            } catch (ClasException.AlreadyExists other) {
                is(Clas.errorLastId().equals("montant_hors_bornes"), false, "the last error has moved on");
            }
            is(e.getMessageId(), "montant_hors_bornes", "the exception's message id");
            is(e.getLocation(), "collectif C1: depenses", "the exception's location");
            is(e.getMessage(Lang.CLAS_LANG_FR), FR, "the exception's French message");
            is(e.getLocalizedMessage(), "collectif C1: depenses: " + FR, "getLocalizedMessage(): French, with the location");
            is(e.toString().endsWith(FR), true, "toString() in French");
            String english = e.getMessage(Lang.CLAS_LANG_EN);
            is(english.contains("-€0.05") && english.contains("€1,000,000,000.00"), true, "the English message with euros: " + english);
            is(e.getMessage(), "collectif C1: depenses: " + english, "getMessage(): English, with the location");
            Map<String, String> args = e.getMessageArgs();
            is(args.get("champ"), "depenses", "the field argument");
            is(args.get("montant"), "-0.05", "the amount argument in exact euros");
            is(String.join(",", args.keySet()), "champ,montant,min,max", "the arguments in the message's order");
        }
    }

    static void wrapperError() {
        try (Dossier d = new Dossier("2025-2026")) {
            try {
                d.collectif(5);
                is(false, true, "an index out of range fails");
            } catch (ClasException.NotFound e) {
                is(e.getMessageId(), "", "no id for an error of the wrapper");
                is(Clas.errorLastId(), "", "nor from errorLastId()");
                is(Clas.errorLastFormat(Lang.CLAS_LANG_FR), e.getMessage(), "errorLastFormat(): its English message");
                is(e.getMessage(Lang.CLAS_LANG_FR), e.getMessage(), "its English message in French too");
                is(e.getMessage(Lang.CLAS_LANG_EN), e.getMessage(), "and in English");
                is(e.getMessageArgs().isEmpty(), true, "no arguments");
            }
        }
        try {
            new Dossier("2025-2026").setId("D\uD800");
            is(false, true, "a lone surrogate fails");
        } catch (ClasException.InvalidArgument e) {
            is(e.getMessage(Lang.CLAS_LANG_FR), e.getMessage(), "a text refused before the call: its English message");
        }
    }

    public static void main(String[] args) {
        labels();
        errorInFrench();
        wrapperError();
        System.out.println(passed + " passed, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }
}
