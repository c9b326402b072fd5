package dev.postern.inboundscanner.repository;

import dev.postern.inboundscanner.domain.SentMessage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** Outbound messages as projected here: for threading replies and for thread views. */
@ApplicationScoped
public class SentMessageRepository {

    public Uni<SentMessage> find(Mutiny.Session session, String workspaceId, String messageId) {
        return session.createSelectionQuery("from SentMessage where workspaceId = :ws and messageId = :id", SentMessage.class)
                .setParameter("ws", workspaceId).setParameter("id", messageId)
                .getSingleResultOrNull();
    }

    public Uni<Void> persist(Mutiny.Session session, SentMessage message) {
        return session.persist(message);
    }

    /** Our messages whose Message-ID is one of {@code headers} (an inbound reply's In-Reply-To and References). */
    public Uni<List<SentMessage>> byHeaders(Mutiny.Session session, String workspaceId, List<String> headers) {
        if (headers.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return session.createSelectionQuery("from SentMessage where workspaceId = :ws and messageIdHeader in (:h)", SentMessage.class)
                .setParameter("ws", workspaceId).setParameter("h", headers)
                .getResultList();
    }

    public Uni<List<SentMessage>> inThread(Mutiny.Session session, String workspaceId, String threadId) {
        return session.createSelectionQuery("from SentMessage where workspaceId = :ws and threadId = :t order by requestedAt", SentMessage.class)
                .setParameter("ws", workspaceId).setParameter("t", threadId)
                .getResultList();
    }
}
