// SPDX-License-Identifier: Apache-2.0
namespace Clas {

/// <summary>A failing libclas call: the library's status (number and stable name such as
/// <c>CLAS_EINVAL</c>), message, location and message id, and the message in French and in
/// English, amounts in euros, with its arguments. One subclass per family of statuses.</summary>
/// <remarks>Everything is read when the exception is raised: the library's last error
/// (<see cref="ClasApi.ErrorLastFormat(Lang)"/>...) is the thread's and the next call replaces
/// it, the exception keeps describing its own failure. <see cref="System.Exception.Message"/> is
/// the English message with its location; <see cref="MessageFr"/> the French one (the library's
/// default language) and <see cref="MessageEn"/> the English one, without it;
/// <see cref="FormatMessage(Lang)"/> either. After a failure the
/// wrapper found itself (a disposed handle, an index out of range, a NUL in a text) both are its
/// English message, with no id and no arguments.</remarks>
public class ClasException : global::System.Exception {
  public int Status { get; }
  public string StatusName { get; }
  public string Location { get; }
  public string MessageId { get; }
  /// <summary>The message in French, amounts in euros, without its location:
  /// « depenses = -0,05 € est hors des bornes 0,00 € à 1 000 000 000,00 € ».</summary>
  public string MessageFr { get; }
  /// <summary>The message in English, amounts in euros, without its location
  /// ("depenses = -€0.05 is out of range...").</summary>
  public string MessageEn { get; }
  /// <summary>The message's arguments by name (<c>champ</c> to <c>depenses</c>, <c>montant</c> to
  /// <c>-0.05</c>): texts as they are, integers in decimal, amounts as exact euros. Empty if the
  /// library gave none.</summary>
  public global::System.Collections.Generic.IReadOnlyDictionary<string, string> MessageArgs { get; }

  /// <summary>What an exception carries, as the factory reads it (one constructor for every subclass).</summary>
  internal sealed class Fields {
    internal int Status;
    internal string StatusName, Message, Location, MessageId, MessageFr, MessageEn;
    internal global::System.Collections.Generic.Dictionary<string, string> MessageArgs =
      new global::System.Collections.Generic.Dictionary<string, string>();
  }

  /// <summary>An exception whose message has no French rendering of its own: <c>message</c> in both languages.</summary>
  public ClasException(int status, string statusName, string message, string location, string messageId)
      : this(new Fields { Status = status, StatusName = statusName, Message = message, Location = location,
                          MessageId = messageId, MessageFr = message, MessageEn = message }) {}

  internal ClasException(Fields f) : base(WithLocation(f.Location, f.Message)) {
    Status = f.Status;
    StatusName = f.StatusName;
    Location = f.Location;
    MessageId = f.MessageId;
    MessageFr = f.MessageFr;
    MessageEn = f.MessageEn;
    MessageArgs = new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(f.MessageArgs);
  }

  static string WithLocation(string location, string message) {
    return location.Length == 0 || message.Contains(location) ? message : location + ": " + message;
  }

  /// <summary>The status as an enum value.</summary>
  public Status StatusEnum { get { return (Status)Status; } }

  /// <summary>The message in French (<c>Lang.CLAS_LANG_FR</c>) or English, amounts in euros, without
  /// its location, as <see cref="ClasApi.ErrorLastFormat(Lang)"/> said right after the failure.</summary>
  public string FormatMessage(Lang lang) { return lang == Lang.CLAS_LANG_EN ? MessageEn : MessageFr; }

  /// <summary>A failure the wrapper found itself: its English message in both languages, no id, no arguments.</summary>
  internal static ClasException Own(Status status, string message, string location) {
    return Of(new Fields { Status = (int)status, StatusName = status.ToString(), Message = message, Location = location,
                           MessageId = "", MessageFr = message, MessageEn = message });
  }

  /// <summary>A handle used after Dispose(): what the wrapper says of a released handle.</summary>
  internal static ClasException Released(string what) {
    return Own(global::Clas.Status.CLAS_ESTATE, what + ": released (closed or disposed), it can no longer be used", what);
  }

  internal static ClasException Of(Fields f) {
    switch (f.StatusName) {
    case "CLAS_EINVAL": case "CLAS_ERANGE": case "CLAS_EOVERFLOW": case "CLAS_EUTF8": return new InvalidArgumentException(f);
    case "CLAS_ENOTFOUND": case "CLAS_ENOBAREME": return new NotFoundException(f);
    case "CLAS_EEXISTS": return new AlreadyExistsException(f);
    case "CLAS_EPARSE": case "CLAS_ESCHEMA": return new DocumentException(f);
    case "CLAS_EIO": return new FileException(f);
    case "CLAS_ERULES": return new RulesException(f);
    case "CLAS_ESTATE": return new StateException(f);
    case "CLAS_ENOMEM": return new OutOfMemoryException(f);
    default: return new ClasException(f);
    }
  }
}

/// <summary>Invalid argument, value out of range, overflow, invalid UTF-8.</summary>
public class InvalidArgumentException : ClasException {
  internal InvalidArgumentException(Fields f) : base(f) {}
}
/// <summary>No such object, or no barème for the school year.</summary>
public class NotFoundException : ClasException {
  internal NotFoundException(Fields f) : base(f) {}
}
/// <summary>Duplicate id or school year.</summary>
public class AlreadyExistsException : ClasException {
  internal AlreadyExistsException(Fields f) : base(f) {}
}
/// <summary>Malformed JSON, or JSON that does not match the document's schema.</summary>
public class DocumentException : ClasException {
  internal DocumentException(Fields f) : base(f) {}
}
/// <summary>A file could not be read or written.</summary>
public class FileException : ClasException {
  internal FileException(Fields f) : base(f) {}
}
/// <summary>Inconsistent rule data (barème or cadre).</summary>
public class RulesException : ClasException {
  internal RulesException(Fields f) : base(f) {}
}
/// <summary>Not allowed in the object's state: read-only object, handle replaced by its parent.</summary>
public class StateException : ClasException {
  internal StateException(Fields f) : base(f) {}
}
/// <summary>Out of memory in the library.</summary>
public class OutOfMemoryException : ClasException {
  internal OutOfMemoryException(Fields f) : base(f) {}
}

}
