package dev.postern.audit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.audit.domain.AuditEntry;
import java.time.Instant;

/** An audit_log row as the API shows it. {@code id} is the event id. */
public record AuditLogView(String object, String id, long seq, Instant occurredAt, Instant recordedAt, String type,
                           String source, String category, String action, ActorView actor, TargetView target,
                           String correlationId, JsonNode data, String prevHash, String hash) {

    public record ActorView(String type, String id, String keyPrefix, String ip, String userAgent) {
    }

    public record TargetView(String type, String id) {
    }

    public static AuditLogView of(AuditEntry e, ObjectMapper json) {
        JsonNode data;
        try {
            data = e.data == null ? null : json.readTree(e.data);
        } catch (Exception ex) {
            throw new IllegalStateException("stored data of " + e.eventId + " is not JSON", ex);
        }
        return new AuditLogView("audit_log", e.eventId, e.seq, e.occurredAt, e.recordedAt, e.eventType, e.source, e.category,
                e.action, new ActorView(e.actorType, e.actorId, e.actorKeyPrefix, e.actorIp, e.actorUserAgent),
                e.targetType == null ? null : new TargetView(e.targetType, e.targetId), e.correlationId, data, e.prevHash, e.hash);
    }
}
