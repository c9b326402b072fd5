package dev.postern.audit.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One audit_log row. Append-only: the service's database role cannot update or delete it. */
@Entity
@Table(name = "audit_log")
@IdClass(AuditEntry.Key.class)
public class AuditEntry {

    @Id
    public String workspaceId;
    @Id
    public long seq;
    public String eventId;
    public String eventType;
    public Instant occurredAt;
    public Instant recordedAt;
    public String source;
    public String category;
    public String action;
    public String actorType;
    public String actorId;
    public String actorKeyPrefix;
    public String actorIp;
    public String actorUserAgent;
    public String targetType;
    public String targetId;
    public String correlationId;
    public String data;
    public String prevHash;
    public String hash;

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
