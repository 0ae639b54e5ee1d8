// SPDX-License-Identifier: Apache-2.0
package fr.clas;

/**
 * A failing libclas call: the library's status (its number and stable name such as
 * {@code CLAS_EINVAL}), message, location ({@code "file:line:column: $.path"} or
 * {@code "collectif C1: depenses"}) and message id when the library gives one.
 * Unchecked; one subclass per family of statuses.
 */
@SuppressWarnings("serial")             // and its subclasses: never serialized by the library
public class ClasException extends RuntimeException {
    private final int status;
    private final String statusName;
    private final String location;
    private final String messageId;

    public ClasException(int status, String statusName, String message, String location, String messageId) {
        super(location.isEmpty() || message.contains(location) ? message : location + ": " + message);
        this.status = status;
        this.statusName = statusName;
        this.location = location;
        this.messageId = messageId;
    }

    /** The library's status, a negative number ({@code -1} for CLAS_EINVAL). */
    public int getStatus() { return status; }
    /** The status as an enum value. */
    public Status getStatusEnum() { return Status.swigToEnum(status); }
    /** The status's stable name, {@code "CLAS_EINVAL"}... */
    public String getStatusName() { return statusName; }
    /** Where the problem was found; {@code ""} if unknown. */
    public String getLocation() { return location; }
    /** The stable id of the message; {@code ""} if the library gave none. */
    public String getMessageId() { return messageId; }

    /** Invalid argument, value out of range, overflow, invalid UTF-8. */
    public static class InvalidArgument extends ClasException {
        InvalidArgument(int s, String n, String m, String l, String i) { super(s, n, m, l, i); }
    }
    /** No such object or no barème for the school year. */
    public static class NotFound extends ClasException {
        NotFound(int s, String n, String m, String l, String i) { super(s, n, m, l, i); }
    }
    /** Duplicate id or school year. */
    public static class AlreadyExists extends ClasException {
        AlreadyExists(int s, String n, String m, String l, String i) { super(s, n, m, l, i); }
    }
    /** Malformed JSON, or JSON that does not match the document's schema. */
    public static class DocumentError extends ClasException {
        DocumentError(int s, String n, String m, String l, String i) { super(s, n, m, l, i); }
    }
    /** A file could not be read or written. */
    public static class FileError extends ClasException {
        FileError(int s, String n, String m, String l, String i) { super(s, n, m, l, i); }
    }
    /** Inconsistent rule data (barème or cadre). */
    public static class RulesError extends ClasException {
        RulesError(int s, String n, String m, String l, String i) { super(s, n, m, l, i); }
    }
    /** Not allowed in the object's state: read-only object, handle replaced by its parent. */
    public static class StateError extends ClasException {
        StateError(int s, String n, String m, String l, String i) { super(s, n, m, l, i); }
    }
    /** Out of memory in the library. */
    public static class OutOfMemory extends ClasException {
        OutOfMemory(int s, String n, String m, String l, String i) { super(s, n, m, l, i); }
    }

    static ClasException of(int status, String name, String message, String location, String id) {
        switch (name) {
        case "CLAS_EINVAL": case "CLAS_ERANGE": case "CLAS_EOVERFLOW": case "CLAS_EUTF8":
            return new InvalidArgument(status, name, message, location, id);
        case "CLAS_ENOTFOUND": case "CLAS_ENOBAREME":
            return new NotFound(status, name, message, location, id);
        case "CLAS_EEXISTS": return new AlreadyExists(status, name, message, location, id);
        case "CLAS_EPARSE": case "CLAS_ESCHEMA": return new DocumentError(status, name, message, location, id);
        case "CLAS_EIO": return new FileError(status, name, message, location, id);
        case "CLAS_ERULES": return new RulesError(status, name, message, location, id);
        case "CLAS_ESTATE": return new StateError(status, name, message, location, id);
        case "CLAS_ENOMEM": return new OutOfMemory(status, name, message, location, id);
        default: return new ClasException(status, name, message, location, id);
        }
    }

    /** A handle used after close(): what the wrapper says of a released handle. */
    static ClasException released(String what) {
        return of(Status.CLAS_ESTATE.swigValue(), "CLAS_ESTATE",
                  what + ": released (closed or disposed), it can no longer be used", what, "");
    }

    /** Called by the JNI wrapper; every text is UTF-8. */
    static ClasException fromNative(int status, byte[] name, byte[] message, byte[] location, byte[] id) {
        return of(status, Utf8.decode(name), Utf8.decode(message), Utf8.decode(location), Utf8.decode(id));
    }
}
