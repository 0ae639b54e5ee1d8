// SPDX-License-Identifier: Apache-2.0
namespace Clas {

/// <summary>A failing libclas call: the library's status (number and stable name such as
/// <c>CLAS_EINVAL</c>), message, location and message id. One subclass per family of statuses.</summary>
public class ClasException : global::System.Exception {
  public int Status { get; }
  public string StatusName { get; }
  public string Location { get; }
  public string MessageId { get; }

  public ClasException(int status, string statusName, string message, string location, string messageId)
      : base(location.Length == 0 || message.Contains(location) ? message : location + ": " + message) {
    Status = status;
    StatusName = statusName;
    Location = location;
    MessageId = messageId;
  }

  /// <summary>The status as an enum value.</summary>
  public Status StatusEnum { get { return (Status)Status; } }

  /// <summary>A handle used after Dispose(): what the wrapper says of a released handle.</summary>
  internal static ClasException Released(string what) {
    return Of((int)global::Clas.Status.CLAS_ESTATE, "CLAS_ESTATE",
              what + ": released (closed or disposed), it can no longer be used", what, "");
  }

  public static ClasException Of(int status, string name, string message, string location, string id) {
    switch (name) {
    case "CLAS_EINVAL": case "CLAS_ERANGE": case "CLAS_EOVERFLOW": case "CLAS_EUTF8":
      return new InvalidArgumentException(status, name, message, location, id);
    case "CLAS_ENOTFOUND": case "CLAS_ENOBAREME": return new NotFoundException(status, name, message, location, id);
    case "CLAS_EEXISTS": return new AlreadyExistsException(status, name, message, location, id);
    case "CLAS_EPARSE": case "CLAS_ESCHEMA": return new DocumentException(status, name, message, location, id);
    case "CLAS_EIO": return new FileException(status, name, message, location, id);
    case "CLAS_ERULES": return new RulesException(status, name, message, location, id);
    case "CLAS_ESTATE": return new StateException(status, name, message, location, id);
    case "CLAS_ENOMEM": return new OutOfMemoryException(status, name, message, location, id);
    default: return new ClasException(status, name, message, location, id);
    }
  }
}

/// <summary>Invalid argument, value out of range, overflow, invalid UTF-8.</summary>
public class InvalidArgumentException : ClasException {
  public InvalidArgumentException(int s, string n, string m, string l, string i) : base(s, n, m, l, i) {}
}
/// <summary>No such object, or no barème for the school year.</summary>
public class NotFoundException : ClasException {
  public NotFoundException(int s, string n, string m, string l, string i) : base(s, n, m, l, i) {}
}
/// <summary>Duplicate id or school year.</summary>
public class AlreadyExistsException : ClasException {
  public AlreadyExistsException(int s, string n, string m, string l, string i) : base(s, n, m, l, i) {}
}
/// <summary>Malformed JSON, or JSON that does not match the document's schema.</summary>
public class DocumentException : ClasException {
  public DocumentException(int s, string n, string m, string l, string i) : base(s, n, m, l, i) {}
}
/// <summary>A file could not be read or written.</summary>
public class FileException : ClasException {
  public FileException(int s, string n, string m, string l, string i) : base(s, n, m, l, i) {}
}
/// <summary>Inconsistent rule data (barème or cadre).</summary>
public class RulesException : ClasException {
  public RulesException(int s, string n, string m, string l, string i) : base(s, n, m, l, i) {}
}
/// <summary>Not allowed in the object's state: read-only object, handle replaced by its parent.</summary>
public class StateException : ClasException {
  public StateException(int s, string n, string m, string l, string i) : base(s, n, m, l, i) {}
}
/// <summary>Out of memory in the library.</summary>
public class OutOfMemoryException : ClasException {
  public OutOfMemoryException(int s, string n, string m, string l, string i) : base(s, n, m, l, i) {}
}

}
