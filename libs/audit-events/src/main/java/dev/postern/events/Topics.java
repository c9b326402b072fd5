package dev.postern.events;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Every Kafka topic Postern uses, declared once. Names follow {@code postern.<area>.v<N>};
 * the record key on every one of them is the workspace id.
 */
public final class Topics {

    public static final String API_CALLS = "postern.api-calls.v1";
    public static final String WORKSPACE = "postern.workspace.v1";
    public static final String SEND_REQUESTS = "postern.send-requests.v1";
    public static final String MESSAGES = "postern.messages.v1";
    public static final String INBOUND = "postern.inbound.v1";
    public static final String REPUTATION = "postern.reputation.v1";
    public static final String BILLING = "postern.billing.v1";
    public static final String AUDIT = "postern.audit.v1";

    /** All event topics, in the order an operator would read them. */
    public static final List<String> ALL = List.of(
            API_CALLS, WORKSPACE, SEND_REQUESTS, MESSAGES, INBOUND, REPUTATION, BILLING, AUDIT);

    /** Matches every event topic and no dead-letter topic: what the audit service subscribes to. */
    public static final Pattern EVENT_TOPIC = Pattern.compile("postern\\.[a-z][a-z0-9-]*\\.v[0-9]+");

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /** The dead-letter topic of {@code topic}: where records that cannot be processed go, with the reason in headers. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** Every event topic followed by its dead-letter topic. */
    public static List<String> allWithDeadLetters() {
        return ALL.stream().flatMap(t -> java.util.stream.Stream.of(t, deadLetter(t))).toList();
    }
}
