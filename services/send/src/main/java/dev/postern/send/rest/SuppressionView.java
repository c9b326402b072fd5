package dev.postern.send.rest;

import dev.postern.send.domain.Suppression;
import java.time.Instant;

/** A suppression-list entry as the internal API shows it. */
public record SuppressionView(String object, String address, String reason, String sourceMessageId, Instant createdAt) {

    public static SuppressionView of(Suppression s) {
        return new SuppressionView("suppression", s.address, s.reason, s.sourceMessageId, s.createdAt);
    }
}
