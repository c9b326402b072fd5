package dev.postern.audit.repository;

import dev.postern.audit.domain.AuditEntry;
import dev.postern.audit.domain.ChainHead;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class AuditLogRepository {

    /** Filters of a log query; null means no filter. */
    public record Filter(String category, String action, Instant since, Instant until, Long beforeSeq) {
    }

    public Uni<Boolean> containsEvent(Mutiny.Session session, String workspaceId, String eventId) {
        return session.createSelectionQuery("select count(*) from AuditEntry where workspaceId = :ws and eventId = :id", Long.class)
                .setParameter("ws", workspaceId)
                .setParameter("id", eventId)
                .getSingleResult()
                .map(n -> n > 0);
    }

    /** The chain head, locked for the rest of the transaction; null for a workspace's first event. */
    public Uni<ChainHead> lockHead(Mutiny.Session session, String workspaceId) {
        return session.find(ChainHead.class, workspaceId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<ChainHead> head(Mutiny.Session session, String workspaceId) {
        return session.find(ChainHead.class, workspaceId);
    }

    public Uni<Void> append(Mutiny.Session session, AuditEntry entry, ChainHead head, boolean newHead) {
        Uni<Void> saveHead = newHead ? session.persist(head) : Uni.createFrom().voidItem(); // a managed head is flushed on commit
        return session.persist(entry).chain(() -> saveHead);
    }

    /** Newest first. */
    public Uni<List<AuditEntry>> find(Mutiny.Session session, String workspaceId, Filter filter, int limit) {
        StringBuilder hql = new StringBuilder("from AuditEntry where workspaceId = :ws");
        if (filter.category() != null) hql.append(" and category = :category");
        if (filter.action() != null) hql.append(" and action = :action");
        if (filter.since() != null) hql.append(" and occurredAt >= :since");
        if (filter.until() != null) hql.append(" and occurredAt < :until");
        if (filter.beforeSeq() != null) hql.append(" and seq < :before");
        hql.append(" order by seq desc");
        var query = session.createSelectionQuery(hql.toString(), AuditEntry.class)
                .setParameter("ws", workspaceId)
                .setMaxResults(limit);
        if (filter.category() != null) query.setParameter("category", filter.category());
        if (filter.action() != null) query.setParameter("action", filter.action());
        if (filter.since() != null) query.setParameter("since", filter.since());
        if (filter.until() != null) query.setParameter("until", filter.until());
        if (filter.beforeSeq() != null) query.setParameter("before", filter.beforeSeq());
        return query.getResultList();
    }

    /** Oldest first, from {@code afterSeq} (exclusive): for walking the chain in pages. */
    public Uni<List<AuditEntry>> ascending(Mutiny.Session session, String workspaceId, long afterSeq, int limit) {
        return session.createSelectionQuery("from AuditEntry where workspaceId = :ws and seq > :after order by seq", AuditEntry.class)
                .setParameter("ws", workspaceId)
                .setParameter("after", afterSeq)
                .setMaxResults(limit)
                .getResultList();
    }
}
