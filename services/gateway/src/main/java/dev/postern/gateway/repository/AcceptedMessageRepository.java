package dev.postern.gateway.repository;

import dev.postern.gateway.domain.AcceptedMessage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class AcceptedMessageRepository {

    public Uni<AcceptedMessage> find(Mutiny.Session session, String workspaceId, String messageId) {
        return session.createSelectionQuery("from AcceptedMessage where workspaceId = :ws and id = :id", AcceptedMessage.class)
                .setParameter("ws", workspaceId)
                .setParameter("id", messageId)
                .getSingleResultOrNull();
    }

    public Uni<Void> persist(Mutiny.Session session, AcceptedMessage message) {
        return session.persist(message);
    }

    /** Deletes up to {@code limit} entries older than 45 days, across workspaces (security-definer function). */
    public Uni<Integer> purge(Mutiny.Session session, int limit) {
        return session.createNativeQuery("select accepted_messages_purge(:n)", Integer.class)
                .setParameter("n", limit)
                .getSingleResult();
    }
}
