package dev.postern.webhooks.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.webhooks.domain.Delivery;
import dev.postern.webhooks.domain.DeliveryAttempt;
import dev.postern.webhooks.domain.PublicEvent;
import java.time.Instant;
import java.util.List;

/** What the internal API answers (the gateway passes it on to customers unchanged). */
public final class Views {

    private Views() {
    }

    /** One public event. {@code seq} is its cursor: pass it back as {@code after}. */
    public record EventView(String object, String id, long seq, String type, Instant createdAt, JsonNode data) {
        public static EventView of(PublicEvent e, ObjectMapper json) {
            try {
                return new EventView("event", e.eventId, e.seq, e.type, e.occurredAt, json.readTree(e.data));
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("stored data of " + e.eventId + " is not JSON", ex);
            }
        }
    }

    public record EventPage(String object, List<EventView> data, boolean hasMore, String nextCursor) {
    }

    /** One attempt: when, what came back, how long it took, and at most the first KiB of the answer. */
    public record AttemptView(int attempt, Instant startedAt, String outcome, Integer httpStatus, Integer latencyMs,
                              String error, String responseExcerpt) {
        public static AttemptView of(DeliveryAttempt a) {
            return new AttemptView(a.attempt, a.startedAt, a.outcome, a.httpStatus, a.latencyMs, a.error, a.responseExcerpt);
        }
    }

    /** A delivery with its attempts; {@code next_attempt_at} is the next retry while it is pending. */
    public record DeliveryView(String object, String id, String endpointId, String eventId, String eventType, String kind,
                               String status, int attemptCount, Instant createdAt, Instant nextAttemptAt, Instant completedAt,
                               String lastError, List<AttemptView> attempts) {
        public static DeliveryView of(Delivery d, List<DeliveryAttempt> attempts) {
            return new DeliveryView("webhook_delivery", d.id, d.endpointId, d.eventId, d.eventType, d.kind, d.status, d.attempts,
                    d.createdAt, Delivery.PENDING.equals(d.status) ? d.nextAttemptAt : null, d.completedAt, d.lastError,
                    attempts.stream().map(AttemptView::of).toList());
        }
    }

    public record DeliveryPage(String object, List<DeliveryView> data, boolean hasMore, String nextCursor) {
    }
}
