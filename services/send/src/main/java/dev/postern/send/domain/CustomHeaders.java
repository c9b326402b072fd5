package dev.postern.send.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules for the caller's own headers. Headers the platform sets itself (addressing, threading,
 * MIME structure, unsubscribe, authentication, trace) cannot be overridden.
 */
public final class CustomHeaders {

    public static final Set<String> RESERVED = Set.of(
            "from", "sender", "to", "cc", "bcc", "reply-to", "subject", "date", "message-id", "in-reply-to",
            "references", "list-unsubscribe", "list-unsubscribe-post", "mime-version", "content-type",
            "content-transfer-encoding", "content-disposition", "content-id", "return-path", "received",
            "dkim-signature", "authentication-results", "arc-seal", "arc-message-signature",
            "arc-authentication-results", "feedback-id");
    /** Prefixes that are the platform's or its providers'. */
    private static final Set<String> RESERVED_PREFIXES = Set.of("x-ses-", "x-postern-");
    /** RFC 5322 field name: printable US-ASCII except colon. */
    private static final Pattern NAME = Pattern.compile("[!-9;-~]{1,76}");
    private static final int MAX_VALUE = 998;
    private static final int MAX_COUNT = 50;

    private CustomHeaders() {
    }

    /** Why {@code name: value} cannot be sent, or empty when it can. */
    public static Optional<String> problem(String name, String value) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.of("header name '" + printable(name) + "' is not a valid field name");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (RESERVED.contains(lower) || RESERVED_PREFIXES.stream().anyMatch(lower::startsWith)) {
            return Optional.of("header " + name + " is set by Postern and cannot be overridden");
        }
        if (value == null || value.length() > MAX_VALUE) {
            return Optional.of("header " + name + " must have a value of at most " + MAX_VALUE + " characters");
        }
        if (value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
            return Optional.of("header " + name + " must be on one line");
        }
        return Optional.empty();
    }

    public static int maxCount() {
        return MAX_COUNT;
    }

    private static String printable(String name) {
        return name == null ? "" : name.replaceAll("[^ -~]", "?");
    }
}
