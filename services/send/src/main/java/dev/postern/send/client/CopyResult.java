package dev.postern.send.client;

/** What became of one copy. */
public record CopyResult(String recipient, Outcome outcome, String providerMessageId, String response) {

    public enum Outcome {
        /** The transport took it. */
        ACCEPTED,
        /** Refused for good (a 5xx, MessageRejected): this recipient fails. */
        REJECTED,
        /** Not taken this time (connection, timeout, throttling, circuit open, 4xx): retried later. */
        DEFERRED,
        /** Not tried in this pass (the pass ran out of time): retried at once, without counting an attempt. */
        NOT_ATTEMPTED
    }

    public static CopyResult accepted(String recipient, String providerMessageId, String response) {
        return new CopyResult(recipient, Outcome.ACCEPTED, providerMessageId, response);
    }

    public static CopyResult rejected(String recipient, String response) {
        return new CopyResult(recipient, Outcome.REJECTED, null, response);
    }

    public static CopyResult deferred(String recipient, String response) {
        return new CopyResult(recipient, Outcome.DEFERRED, null, response);
    }

    public static CopyResult notAttempted(String recipient) {
        return new CopyResult(recipient, Outcome.NOT_ATTEMPTED, null, null);
    }
}
