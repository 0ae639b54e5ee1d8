// SPDX-License-Identifier: Apache-2.0
// Labels and error message ids reach C#: labels for people in French and English, a French
// error with euros carried by the exception (read when it was raised, so a later call does not
// change it) and by ClasApi.ErrorLastFormat(), no id for an error the wrapper raised itself.
// Ends with "N passed, N failed"; exits 1 on any failure.
using System;
using Clas;

public static class LabelsTest {
  static int passed, failed;

  static void Is(object got, object want, string what) {
    if (got.Equals(want)) {
      passed++;
    } else {
      failed++;
      Console.WriteLine("FAIL: " + what + ": got \"" + got + "\", want \"" + want + "\"");
    }
  }

  const string Fr = "depenses = -0,05 € est hors des bornes 0,00 € à 1 000 000 000,00 €";

  /// <summary>The label of value in French and in English.</summary>
  static void Label(LabelKind kind, int value, string fr, string en) {
    string what = ClasApi.LabelKindName(kind) + " " + value;
    Is(ClasApi.Label(kind, value, Lang.CLAS_LANG_FR), fr, what + " in French");
    Is(ClasApi.Label(kind, value, Lang.CLAS_LANG_EN), en, what + " in English");
  }

  static void Labels() {
    Label(LabelKind.CLAS_LABEL_SEVERITY, (int)Severity.CLAS_SEVERITY_BLOCKING, "bloquant", "blocking");
    Label(LabelKind.CLAS_LABEL_VERDICT, (int)Verdict.CLAS_VERDICT_INELIGIBLE, "inéligible", "ineligible");
    Label(LabelKind.CLAS_LABEL_DECISION, (int)Decision.CLAS_DECISION_EN_ATTENTE, "en attente", "pending");
    Label(LabelKind.CLAS_LABEL_PORTEUR_TYPE, (int)PorteurType.CLAS_PORTEUR_CENTRE_SOCIAL, "centre social",
          "social centre");
  }

  static void ErrorInFrench() {
    using (var d = new Dossier("2025-2026"))
    using (Collectif c = d.AddCollectif("C1")) {
      ClasException e = null;
      try {
        c.SetDepenses(-5);
      } catch (InvalidArgumentException caught) {
        e = caught;
      }
      Is(e != null, true, "a negative amount fails");
      if (e == null)
        return;
      Is(ClasApi.ErrorLastId(), "montant_hors_bornes", "ErrorLastId()");
      Is(ClasApi.ErrorLastFormat(Lang.CLAS_LANG_FR), Fr, "ErrorLastFormat() in French");
      Is(ClasApi.ErrorLastFormat(), Fr, "ErrorLastFormat() is French by default");
      Is(ClasApi.ErrorLastFormat(Lang.CLAS_LANG_EN).Contains("-€0.05"), true, "ErrorLastFormat() in English with euros");
      Is(ClasApi.ErrorLastArgValue(1), -5L, "the amount in cents");
      // Another failure replaces the thread's last error, not what the exception carries.
      try {
        d.AddCollectif("C1");
      } catch (AlreadyExistsException) {
        Is(ClasApi.ErrorLastId() == "montant_hors_bornes", false, "the last error has moved on");
      }
      Is(e.MessageId, "montant_hors_bornes", "the exception's message id");
      Is(e.Location, "collectif C1: depenses", "the exception's location");
      Is(e.MessageFr, Fr, "the exception's French message");
      Is(e.FormatMessage(Lang.CLAS_LANG_FR), Fr, "FormatMessage() in French");
      string english = e.FormatMessage(Lang.CLAS_LANG_EN);
      Is(english == e.MessageEn && english.Contains("-€0.05") && english.Contains("€1,000,000,000.00"), true,
         "the English message with euros: " + english);
      Is(e.Message, "collectif C1: depenses: " + english, "Message: English, with the location");
      Is(e.MessageArgs["champ"], "depenses", "the field argument");
      Is(e.MessageArgs["montant"], "-0.05", "the amount argument in exact euros");
      Is(e.MessageArgs.Count, 4, "four arguments");
    }
  }

  static void WrapperError() {
    using (var d = new Dossier("2025-2026")) {
      try {
        d.Collectif(5);
        Is(false, true, "an index out of range fails");
      } catch (NotFoundException e) {
        Is(e.MessageId, "", "no id for an error of the wrapper");
        Is(ClasApi.ErrorLastId(), "", "nor from ErrorLastId()");
        Is(ClasApi.ErrorLastFormat(Lang.CLAS_LANG_FR), e.Message, "ErrorLastFormat(): its English message");
        Is(e.MessageFr, e.Message, "its English message in French too");
        Is(e.FormatMessage(Lang.CLAS_LANG_EN), e.Message, "and in English");
        Is(e.MessageArgs.Count, 0, "no arguments");
      }
      try {
        d.SetId("D\uD800");
        Is(false, true, "a lone surrogate fails");
      } catch (InvalidArgumentException e) {
        Is(e.MessageFr, e.Message, "a text refused before the call: its English message");
      }
    }
  }

  public static int Main() {
    Labels();
    ErrorInFrench();
    WrapperError();
    Console.WriteLine(passed + " passed, " + failed + " failed");
    return failed == 0 ? 0 : 1;
  }
}
