package dev.postern.send.client;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

/**
 * Transmits composed mail. Every copy goes to exactly one envelope recipient (each recipient's
 * copy carries its own unsubscribe link). A transport never throws for a copy: each one comes back
 * accepted, rejected (permanent) or deferred (try again later).
 */
public interface Transport extends AutoCloseable {

    /** {@code smtp} or {@code ses}. */
    String name();

    /**
     * Copies of one message, in order; the answer lists one result per copy, in the same order. A
     * copy not started by {@code deadline} is {@link CopyResult.Outcome#NOT_ATTEMPTED} (the message's
     * lease must not run out while it is being transmitted).
     */
    Uni<List<CopyResult>> transmit(List<OutboundCopy> copies, Instant deadline);

    /**
     * True when the transport's acceptance is the final delivery (the local mail sink): accepted
     * recipients are then delivered. SES reports delivery later, through feedback.
     */
    boolean acceptanceIsDelivery();

    @Override
    default void close() {
    }
}
