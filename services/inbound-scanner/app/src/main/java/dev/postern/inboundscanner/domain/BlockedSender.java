package dev.postern.inboundscanner.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A sender refused for one workspace after repeated quarantines. */
@Entity
@Table(name = "blocked_senders")
@IdClass(BlockedSender.Key.class)
public class BlockedSender {

    @Id
    public String workspaceId;
    @Id
    public String address;
    public int quarantinedCount;
    public Instant blockedAt;

    public static class Key implements Serializable {
        public String workspaceId;
        public String address;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.workspaceId, workspaceId) && Objects.equals(k.address, address);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, address);
        }
    }
}
