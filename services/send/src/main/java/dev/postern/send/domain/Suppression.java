package dev.postern.send.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An address a workspace no longer sends to. */
@Entity
@Table(name = "suppressions")
@IdClass(Suppression.Key.class)
public class Suppression {

    @Id
    public String workspaceId;
    /** Lower-cased. */
    @Id
    public String address;
    public String reason;
    public String sourceMessageId;
    public Instant createdAt;

    /** Composite primary key (workspace_id, address). */
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
