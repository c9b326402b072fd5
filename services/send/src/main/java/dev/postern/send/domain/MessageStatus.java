package dev.postern.send.domain;

import dev.postern.events.EventType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The status of a message, and of each of its recipients. Outcomes rank above one another
 * (sent &lt; delivered &lt; bounced &lt; complained): a message shows the gravest outcome any of its
 * recipients had, and a late, lesser notification (a delivery after a complaint) changes nothing.
 */
public enum MessageStatus {
    QUEUED(0, EventType.MESSAGE_QUEUED),
    SCHEDULED(0, EventType.MESSAGE_SCHEDULED),
    SENT(1, EventType.MESSAGE_SENT),
    DELIVERED(2, EventType.MESSAGE_DELIVERED),
    BOUNCED(3, EventType.MESSAGE_BOUNCED),
    COMPLAINED(4, EventType.MESSAGE_COMPLAINED),
    FAILED(5, EventType.MESSAGE_FAILED),
    SUPPRESSED(5, EventType.MESSAGE_SUPPRESSED),
    CANCELLED(5, EventType.MESSAGE_CANCELLED);

    private final int rank;
    private final EventType eventType;

    MessageStatus(int rank, EventType eventType) {
        this.rank = rank;
        this.eventType = eventType;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public EventType eventType() {
        return eventType;
    }

    /** Still waiting to be transmitted (and so still cancellable). */
    public boolean isPending() {
        return this == QUEUED || this == SCHEDULED;
    }

    /** A recipient in this status was handed to the transport. */
    public boolean wasTransmitted() {
        return this == SENT || this == DELIVERED || this == BOUNCED || this == COMPLAINED;
    }

    /** Feedback may move a transmitted message from this status to {@code outcome}. */
    public boolean canAdvanceTo(MessageStatus outcome) {
        return rank >= SENT.rank && rank <= COMPLAINED.rank && outcome.rank > rank && outcome.rank <= COMPLAINED.rank;
    }

    public static Optional<MessageStatus> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
    }

    public static MessageStatus of(String wireName) {
        return fromWireName(wireName).orElseThrow(() -> new IllegalStateException("unknown status " + wireName));
    }
}
