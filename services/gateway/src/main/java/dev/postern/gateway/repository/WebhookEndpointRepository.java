package dev.postern.gateway.repository;

import dev.postern.gateway.domain.WebhookEndpoint;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class WebhookEndpointRepository {

    public Uni<WebhookEndpoint> find(Mutiny.Session session, String workspaceId, String id) {
        return session.createSelectionQuery("from WebhookEndpoint where workspaceId = :ws and id = :id", WebhookEndpoint.class)
                .setParameter("ws", workspaceId)
                .setParameter("id", id)
                .getSingleResultOrNull();
    }

    /** Newest first; {@code before} is the last id of the previous page, or null. */
    public Uni<List<WebhookEndpoint>> list(Mutiny.Session session, String workspaceId, String before, int limit) {
        String hql = "from WebhookEndpoint where workspaceId = :ws" + (before == null ? "" : " and id < :before") + " order by id desc";
        var query = session.createSelectionQuery(hql, WebhookEndpoint.class).setParameter("ws", workspaceId).setMaxResults(limit);
        if (before != null) {
            query.setParameter("before", before);
        }
        return query.getResultList();
    }

    public Uni<Long> count(Mutiny.Session session, String workspaceId) {
        return session.createSelectionQuery("select count(*) from WebhookEndpoint where workspaceId = :ws", Long.class)
                .setParameter("ws", workspaceId)
                .getSingleResult();
    }

    public Uni<Void> persist(Mutiny.Session session, WebhookEndpoint endpoint) {
        return session.persist(endpoint);
    }

    public Uni<Void> delete(Mutiny.Session session, WebhookEndpoint endpoint) {
        return session.remove(endpoint);
    }
}
