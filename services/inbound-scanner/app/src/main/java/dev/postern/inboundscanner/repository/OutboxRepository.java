package dev.postern.inboundscanner.repository;

import dev.postern.events.EventEnvelope;
import dev.postern.events.EventJson;
import dev.postern.events.EventType;
import dev.postern.inboundscanner.domain.OutboxEntry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** The transactional outbox: append in the caller's transaction; claim and delete for the relay. */
@ApplicationScoped
public class OutboxRepository {

    public record Pending(long id, String eventId, String workspaceId, String topic, String payload) {
    }

    public Uni<Void> append(Mutiny.Session session, EventEnvelope event) {
        OutboxEntry entry = new OutboxEntry();
        entry.eventId = event.id();
        entry.workspaceId = event.workspaceId();
        entry.topic = EventType.fromWireName(event.type())
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + event.type())).topic();
        entry.payload = EventJson.write(event);
        entry.createdAt = Instant.now();
        return session.persist(entry);
    }

    public Uni<List<Pending>> claim(Mutiny.Session session, int limit) {
        return session.createNativeQuery("select id, event_id, workspace_id, topic, payload from outbox_claim(:n)", Object[].class)
                .setParameter("n", limit)
                .getResultList()
                .map(rows -> rows.stream()
                        .map(r -> new Pending(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
                        .toList());
    }

    public Uni<Integer> delete(Mutiny.Session session, List<Long> ids) {
        return session.createNativeQuery("select outbox_delete(:ids)", Integer.class)
                .setParameter("ids", ids.toArray(Long[]::new))
                .getSingleResult();
    }
}
