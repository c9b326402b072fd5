package dev.postern.inboundscanner.repository;

import dev.postern.inboundscanner.domain.InboundMessage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** Inbound messages; every query names the workspace first (and row-level security checks it again). */
@ApplicationScoped
public class InboundRepository {

    /** Filters of a list; null means none. {@code held} true: only quarantined (or deleted) ones; false: only others. */
    public record Filter(String agentId, String verdict, Boolean held, String beforeId) {
    }

    public Uni<Void> persist(Mutiny.Session session, InboundMessage message) {
        return session.persist(message);
    }

    public Uni<InboundMessage> find(Mutiny.Session session, String workspaceId, String id) {
        return session.createSelectionQuery("from InboundMessage where workspaceId = :ws and id = :id", InboundMessage.class)
                .setParameter("ws", workspaceId).setParameter("id", id)
                .getSingleResultOrNull();
    }

    /** Newest first. */
    public Uni<List<InboundMessage>> list(Mutiny.Session session, String workspaceId, Filter filter, int limit) {
        StringBuilder hql = new StringBuilder("from InboundMessage where workspaceId = :ws");
        if (filter.agentId() != null) hql.append(" and agentId = :agent");
        if (filter.verdict() != null) hql.append(" and verdict = :verdict");
        if (Boolean.TRUE.equals(filter.held())) hql.append(" and status in ('quarantined', 'deleted')");
        if (Boolean.FALSE.equals(filter.held())) hql.append(" and status in ('received', 'delivered', 'released', 'failed')");
        if (filter.beforeId() != null) hql.append(" and id < :before");
        hql.append(" order by id desc");
        var query = session.createSelectionQuery(hql.toString(), InboundMessage.class)
                .setParameter("ws", workspaceId).setMaxResults(limit);
        if (filter.agentId() != null) query.setParameter("agent", filter.agentId());
        if (filter.verdict() != null) query.setParameter("verdict", filter.verdict());
        if (filter.beforeId() != null) query.setParameter("before", filter.beforeId());
        return query.getResultList();
    }

    public Uni<List<InboundMessage>> inThread(Mutiny.Session session, String workspaceId, String threadId) {
        return session.createSelectionQuery("from InboundMessage where workspaceId = :ws and threadId = :t order by receivedAt",
                        InboundMessage.class)
                .setParameter("ws", workspaceId).setParameter("t", threadId)
                .getResultList();
    }

    /** An inbound message of ours with this Message-ID, for outbound replies to join its thread. */
    public Uni<InboundMessage> byMessageIdHeader(Mutiny.Session session, String workspaceId, String header) {
        return session.createSelectionQuery("from InboundMessage where workspaceId = :ws and messageIdHeader = :h and threadId is not null",
                        InboundMessage.class)
                .setParameter("ws", workspaceId).setParameter("h", header).setMaxResults(1)
                .getSingleResultOrNull();
    }
}
