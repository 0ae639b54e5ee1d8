// SPDX-License-Identifier: Apache-2.0
package fr.clas;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failing libclas call: the library's status (its number and stable name such as
 * {@code CLAS_EINVAL}), message, location ({@code "file:line:column: $.path"} or
 * {@code "collectif C1: depenses"}) and message id when the library gives one, and the
 * message in French and in English, amounts in euros, with its arguments.
 * <p>
 * Everything is read when the exception is raised: the library's last error
 * ({@link Clas#errorLastFormat(Lang)}...) is the thread's and the next call replaces it,
 * the exception keeps describing its own failure. {@link #getMessage()} is the English
 * message with its location, {@link #getLocalizedMessage()} (what {@code toString()} and
 * stack traces print) the French one with its location: French is the library's default
 * language. After a failure the wrapper found itself (a released handle, an index out of
 * range, a NUL in a text) both are its English message, with no id and no arguments.
 * Unchecked; one subclass per family of statuses.
 */
@SuppressWarnings("serial")             // and its subclasses: never serialized by the library
public class ClasException extends RuntimeException {
    private final int status;
    private final String statusName;
    private final String location;
    private final String messageId;
    private final String messageFr;
    private final String messageEn;
    private final Map<String, String> messageArgs;

    /** What an exception carries, as the factory reads it (one constructor for every subclass). */
    static final class Fields {
        final int status;
        final String statusName, message, location, messageId, messageFr, messageEn;
        final Map<String, String> messageArgs;

        Fields(int status, String statusName, String message, String location, String messageId, String messageFr,
               String messageEn, Map<String, String> messageArgs) {
            this.status = status;
            this.statusName = statusName;
            this.message = message;
            this.location = location;
            this.messageId = messageId;
            this.messageFr = messageFr;
            this.messageEn = messageEn;
            this.messageArgs = messageArgs;
        }
    }

    /** An exception whose message has no French rendering of its own: {@code message} in both languages. */
    public ClasException(int status, String statusName, String message, String location, String messageId) {
        this(new Fields(status, statusName, message, location, messageId, message, message, Collections.emptyMap()));
    }

    ClasException(Fields f) {
        super(withLocation(f.location, f.message));
        this.status = f.status;
        this.statusName = f.statusName;
        this.location = f.location;
        this.messageId = f.messageId;
        this.messageFr = f.messageFr;
        this.messageEn = f.messageEn;
        this.messageArgs = Collections.unmodifiableMap(f.messageArgs);
    }

    private static String withLocation(String location, String message) {
        return location.isEmpty() || message.contains(location) ? message : location + ": " + message;
    }

    /** The library's status, a negative number ({@code -1} for CLAS_EINVAL). */
    public int getStatus() { return status; }
    /** The status as an enum value. */
    public Status getStatusEnum() { return Status.swigToEnum(status); }
    /** The status's stable name, {@code "CLAS_EINVAL"}... */
    public String getStatusName() { return statusName; }
    /** Where the problem was found; {@code ""} if unknown. */
    public String getLocation() { return location; }
    /** The stable id of the message ({@code "montant_hors_bornes"}); {@code ""} if the library gave none. */
    public String getMessageId() { return messageId; }

    /**
     * The message in French or English, amounts in euros, without its location:
     * {@code "depenses = -0,05 € est hors des bornes 0,00 € à 1 000 000 000,00 €"}
     * ({@link Lang#CLAS_LANG_FR}), {@code "depenses = -€0.05 is out of bounds..."} (English),
     * as {@link Clas#errorLastFormat(Lang)} said right after the failure.
     */
    public String getMessage(Lang lang) { return lang == Lang.CLAS_LANG_EN ? messageEn : messageFr; }

    /** The French message with its location, as {@link #getMessage()} has the English one. */
    @Override public String getLocalizedMessage() { return withLocation(location, messageFr); }

    /**
     * The message's arguments by name, in the message's order ({@code "champ"} to
     * {@code "depenses"}, {@code "montant"} to {@code "-0.05"}): texts as they are, integers
     * in decimal, amounts as exact euros. Empty if the library gave none.
     */
    public Map<String, String> getMessageArgs() { return messageArgs; }

    /** Invalid argument, value out of range, overflow, invalid UTF-8. */
    public static class InvalidArgument extends ClasException {
        InvalidArgument(Fields f) { super(f); }
    }
    /** No such object or no barème for the school year. */
    public static class NotFound extends ClasException {
        NotFound(Fields f) { super(f); }
    }
    /** Duplicate id or school year. */
    public static class AlreadyExists extends ClasException {
        AlreadyExists(Fields f) { super(f); }
    }
    /** Malformed JSON, or JSON that does not match the document's schema. */
    public static class DocumentError extends ClasException {
        DocumentError(Fields f) { super(f); }
    }
    /** A file could not be read or written. */
    public static class FileError extends ClasException {
        FileError(Fields f) { super(f); }
    }
    /** Inconsistent rule data (barème or cadre). */
    public static class RulesError extends ClasException {
        RulesError(Fields f) { super(f); }
    }
    /** Not allowed in the object's state: read-only object, handle replaced by its parent. */
    public static class StateError extends ClasException {
        StateError(Fields f) { super(f); }
    }
    /** Out of memory in the library. */
    public static class OutOfMemory extends ClasException {
        OutOfMemory(Fields f) { super(f); }
    }

    static ClasException of(Fields f) {
        switch (f.statusName) {
        case "CLAS_EINVAL": case "CLAS_ERANGE": case "CLAS_EOVERFLOW": case "CLAS_EUTF8": return new InvalidArgument(f);
        case "CLAS_ENOTFOUND": case "CLAS_ENOBAREME": return new NotFound(f);
        case "CLAS_EEXISTS": return new AlreadyExists(f);
        case "CLAS_EPARSE": case "CLAS_ESCHEMA": return new DocumentError(f);
        case "CLAS_EIO": return new FileError(f);
        case "CLAS_ERULES": return new RulesError(f);
        case "CLAS_ESTATE": return new StateError(f);
        case "CLAS_ENOMEM": return new OutOfMemory(f);
        default: return new ClasException(f);
        }
    }

    /** A failure the wrapper found itself: its English message in both languages, no id, no arguments. */
    static ClasException own(Status status, String message, String location) {
        return of(new Fields(status.swigValue(), status.name(), message, location, "", message, message,
                             Collections.emptyMap()));
    }

    /** A handle used after close(): what the wrapper says of a released handle. */
    static ClasException released(String what) {
        return own(Status.CLAS_ESTATE, what + ": released (closed or disposed), it can no longer be used", what);
    }

    /** Called by the JNI wrapper; every text is UTF-8, {@code args} names and texts alternating. */
    static ClasException fromNative(int status, byte[] name, byte[] message, byte[] location, byte[] id, byte[] fr,
                                    byte[] en, byte[][] args) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2)
            named.put(Utf8.decode(args[i]), Utf8.decode(args[i + 1]));
        return of(new Fields(status, Utf8.decode(name), Utf8.decode(message), Utf8.decode(location), Utf8.decode(id),
                             Utf8.decode(fr), Utf8.decode(en), named));
    }
}
