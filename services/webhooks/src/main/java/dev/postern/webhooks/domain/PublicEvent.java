package dev.postern.webhooks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One entry of a workspace's public event log; {@code seq} is its cursor. */
@Entity
@Table(name = "events")
@IdClass(PublicEvent.Key.class)
public class PublicEvent {

    @Id
    public String workspaceId;
    @Id
    public long seq;
    /** The event's id: the internal event's, so the audit log and the public log name it alike. */
    @Column(name = "id")
    public String eventId;
    public String type;
    public Instant occurredAt;
    public Instant recordedAt;
    /** The public payload as JSON. */
    public String data;
    public boolean fannedOut;

    /** Composite primary key (workspace_id, seq). */
    public static class Key implements Serializable {
        public String workspaceId;
        public long seq;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.seq == seq && Objects.equals(k.workspaceId, workspaceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, seq);
        }
    }
}
