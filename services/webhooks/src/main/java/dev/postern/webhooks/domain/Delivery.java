package dev.postern.webhooks.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One event to one endpoint. Every attempt of it carries the same {@code webhook-id}: the event id.
 * {@code pending} (due at {@code nextAttemptAt}) → {@code delivering} (leased) → {@code succeeded},
 * back to {@code pending} for a retry, {@code failed} once attempts run out, or {@code cancelled} when
 * the endpoint went away.
 */
@Entity
@Table(name = "deliveries")
public class Delivery {

    public static final String PENDING = "pending";
    public static final String DELIVERING = "delivering";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";

    public static final String KIND_EVENT = "event";
    public static final String KIND_TEST = "test";
    public static final String KIND_REDELIVERY = "redelivery";

    @Id
    public String id;
    public String workspaceId;
    public String endpointId;
    public String eventId;
    public long eventSeq;
    public String eventType;
    public String kind;
    public String status;
    public int attempts;
    public Instant nextAttemptAt;
    public Instant leaseUntil;
    public Instant createdAt;
    public Instant completedAt;
    public String lastError;

    public boolean finished() {
        return SUCCEEDED.equals(status) || FAILED.equals(status) || CANCELLED.equals(status);
    }
}
