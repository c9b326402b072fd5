package dev.postern.gateway.service;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What may go into a mail header. Every value a caller gives that ends up in a header (subject,
 * addresses, custom headers, file names, tags) passes {@link #problem}: a CR or LF would let the
 * caller write headers of their own (header injection), so it is refused, never stripped.
 */
public final class HeaderRules {

    /** RFC 5322's line limit; a longer header value would have to be folded in the middle of a word. */
    public static final int MAX_VALUE = 998;
    public static final int MAX_CUSTOM_HEADERS = 20;
    public static final int MAX_MESSAGE_ID = 250;

    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,75}");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[\\x21-\\x3b\\x3d\\x3f-\\x7e]+@[\\x21-\\x3b\\x3d\\x3f-\\x5a\\x5e-\\x7e]+>");

    /** Headers Postern sets itself (or that a caller sets through their own fields): a custom value would contradict them. */
    private static final Set<String> RESERVED = Set.of("from", "to", "cc", "bcc", "subject", "date", "message-id", "in-reply-to",
            "references", "reply-to", "sender", "return-path", "list-unsubscribe", "list-unsubscribe-post", "mime-version",
            "content-type", "content-transfer-encoding", "content-disposition", "content-id", "dkim-signature", "received",
            "delivered-to", "authentication-results", "arc-seal", "arc-message-signature", "arc-authentication-results",
            "feedback-id");
    private static final String RESERVED_PREFIX = "x-postern-";

    private HeaderRules() {
    }

    /** Why {@code value} cannot go into a header, or null: no CR, LF or other control character (TAB is fine). */
    public static String problem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                return "must not contain line breaks (CR or LF): header injection is refused";
            }
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return "must not contain control characters";
            }
        }
        return null;
    }

    /** Why {@code name} cannot be a custom header's name, or null. */
    public static String nameProblem(String name) {
        if (!FIELD_NAME.matcher(name).matches()) {
            return "must be a header name of letters, digits and hyphens (at most 76)";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (RESERVED.contains(lower) || lower.startsWith(RESERVED_PREFIX)) {
            return "is set by Postern; use the message's own fields (to, subject, reply_to, in_reply_to, …) instead";
        }
        return null;
    }

    /** A Message-ID in angle brackets; a bare {@code left@right} is given its brackets. Null when not one. */
    public static String messageId(String value) {
        String v = value.strip();
        if (!v.startsWith("<")) {
            v = "<" + v + ">";
        }
        return v.length() <= MAX_MESSAGE_ID && MESSAGE_ID.matcher(v).matches() ? v : null;
    }
}
