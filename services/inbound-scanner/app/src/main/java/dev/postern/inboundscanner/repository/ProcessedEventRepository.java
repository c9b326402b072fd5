package dev.postern.inboundscanner.repository;

import dev.postern.inboundscanner.domain.ProcessedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.hibernate.reactive.mutiny.Mutiny;

/** Event ids already applied, checked and recorded in the transaction of the effect. */
@ApplicationScoped
public class ProcessedEventRepository {

    /** True (and recorded) when the event is new; false when it was applied before. */
    public Uni<Boolean> markNew(Mutiny.Session session, String workspaceId, String eventId) {
        return session.find(ProcessedEvent.class, eventId).chain(seen -> {
            if (seen != null) {
                return Uni.createFrom().item(false);
            }
            ProcessedEvent e = new ProcessedEvent();
            e.eventId = eventId;
            e.workspaceId = workspaceId;
            e.processedAt = Instant.now();
            return session.persist(e).replaceWith(true);
        });
    }
}
