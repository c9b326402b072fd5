package dev.postern.send.repository;

import dev.postern.send.domain.ProcessedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.hibernate.reactive.mutiny.Mutiny;

/** Ids of events whose effect is done, recorded in the effect's own transaction. */
@ApplicationScoped
public class ProcessedEventRepository {

    public Uni<Boolean> contains(Mutiny.Session session, String workspaceId, String eventId) {
        return session.createSelectionQuery("select count(*) from ProcessedEvent where workspaceId = :ws and eventId = :id", Long.class)
                .setParameter("ws", workspaceId)
                .setParameter("id", eventId)
                .getSingleResult()
                .map(n -> n > 0);
    }

    public Uni<Void> record(Mutiny.Session session, String workspaceId, String eventId, Instant at) {
        return session.persist(ProcessedEvent.of(workspaceId, eventId, at));
    }
}
