package dev.postern.send.repository;

import dev.postern.send.domain.Message;
import dev.postern.send.domain.Recipient;
import dev.postern.send.domain.StatusChange;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** Messages, their recipients and their status history. Every method takes the workspace first. */
@ApplicationScoped
public class MessageRepository {

    /** Filters of a message list; null means no filter. */
    public record Filter(String agentId, String status, String beforeId) {
    }

    public Uni<Message> find(Mutiny.Session session, String workspaceId, String id) {
        return session.createSelectionQuery("from Message where workspaceId = :ws and id = :id", Message.class)
                .setParameter("ws", workspaceId)
                .setParameter("id", id)
                .getSingleResultOrNull();
    }

    /** The message, locked until the transaction ends: status changes are serialised per message. */
    public Uni<Message> lock(Mutiny.Session session, String workspaceId, String id) {
        return session.createSelectionQuery("from Message where workspaceId = :ws and id = :id", Message.class)
                .setParameter("ws", workspaceId)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResultOrNull();
    }

    public Uni<Boolean> exists(Mutiny.Session session, String workspaceId, String id) {
        return session.createSelectionQuery("select count(*) from Message where workspaceId = :ws and id = :id", Long.class)
                .setParameter("ws", workspaceId)
                .setParameter("id", id)
                .getSingleResult()
                .map(n -> n > 0);
    }

    /** In the order of the request. */
    public Uni<List<Recipient>> recipients(Mutiny.Session session, String workspaceId, String messageId) {
        return session.createSelectionQuery("from Recipient where workspaceId = :ws and messageId = :id order by position", Recipient.class)
                .setParameter("ws", workspaceId)
                .setParameter("id", messageId)
                .getResultList();
    }

    /** The recipients of several messages, each message's in request order. */
    public Uni<List<Recipient>> recipientsOf(Mutiny.Session session, String workspaceId, List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return session.createSelectionQuery("from Recipient where workspaceId = :ws and messageId in (:ids) order by messageId, position",
                        Recipient.class)
                .setParameter("ws", workspaceId)
                .setParameter("ids", messageIds)
                .getResultList();
    }

    /** Oldest first. */
    public Uni<List<StatusChange>> history(Mutiny.Session session, String workspaceId, String messageId) {
        return session.createSelectionQuery("from StatusChange where workspaceId = :ws and messageId = :id order by id", StatusChange.class)
                .setParameter("ws", workspaceId)
                .setParameter("id", messageId)
                .getResultList();
    }

    /** Newest first (ids are ULIDs, so they sort by creation). */
    public Uni<List<Message>> page(Mutiny.Session session, String workspaceId, Filter filter, int limit) {
        StringBuilder hql = new StringBuilder("from Message where workspaceId = :ws");
        if (filter.agentId() != null) hql.append(" and agentId = :agent");
        if (filter.status() != null) hql.append(" and status = :status");
        if (filter.beforeId() != null) hql.append(" and id < :before");
        hql.append(" order by id desc");
        var query = session.createSelectionQuery(hql.toString(), Message.class)
                .setParameter("ws", workspaceId)
                .setMaxResults(limit);
        if (filter.agentId() != null) query.setParameter("agent", filter.agentId());
        if (filter.status() != null) query.setParameter("status", filter.status());
        if (filter.beforeId() != null) query.setParameter("before", filter.beforeId());
        return query.getResultList();
    }

    /** Inserts a new message with its recipients and its first history entry. */
    public Uni<Void> insert(Mutiny.Session session, Message message, List<Recipient> recipients, StatusChange first) {
        return session.persist(message)
                .chain(() -> session.persistAll(recipients.toArray()))
                .chain(() -> session.persist(first));
    }

    public Uni<Void> addHistory(Mutiny.Session session, StatusChange change) {
        return session.persist(change);
    }
}
