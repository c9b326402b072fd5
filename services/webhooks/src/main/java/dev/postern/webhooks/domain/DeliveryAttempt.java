package dev.postern.webhooks.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One HTTP attempt of a delivery, as the customer sees it. Written once, never changed. */
@Entity
@Table(name = "delivery_attempts")
@IdClass(DeliveryAttempt.Key.class)
public class DeliveryAttempt {

    @Id
    public String deliveryId;
    @Id
    public int attempt;
    public String workspaceId;
    public Instant startedAt;
    /** {@code succeeded} or {@code failed}. */
    public String outcome;
    public Integer httpStatus;
    public Integer latencyMs;
    public String error;
    public String responseExcerpt;

    /** Composite primary key (delivery_id, attempt). */
    public static class Key implements Serializable {
        public String deliveryId;
        public int attempt;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.attempt == attempt && Objects.equals(k.deliveryId, deliveryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(deliveryId, attempt);
        }
    }
}
