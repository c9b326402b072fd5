package dev.postern.webhooks.repository;

import dev.postern.webhooks.domain.EventLogHead;
import dev.postern.webhooks.domain.PublicEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class EventLogRepository {

    /** The head, locked for the rest of the transaction; null before a workspace's first event. */
    public Uni<EventLogHead> lockHead(Mutiny.Session session, String workspaceId) {
        return session.find(EventLogHead.class, workspaceId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<EventLogHead> head(Mutiny.Session session, String workspaceId) {
        return session.find(EventLogHead.class, workspaceId);
    }

    public Uni<PublicEvent> findById(Mutiny.Session session, String workspaceId, String eventId) {
        return session.createSelectionQuery("from PublicEvent where workspaceId = :ws and eventId = :id", PublicEvent.class)
                .setParameter("ws", workspaceId)
                .setParameter("id", eventId)
                .getSingleResultOrNull();
    }

    public Uni<Void> append(Mutiny.Session session, PublicEvent event, EventLogHead head, boolean newHead) {
        Uni<Void> saveHead = newHead ? session.persist(head) : Uni.createFrom().voidItem(); // a managed head is flushed on commit
        return session.persist(event).chain(() -> saveHead);
    }

    /**
     * Oldest first after {@code afterSeq}; {@code filters} are exact public types or {@code prefix.*}
     * (empty: every type).
     */
    public Uni<List<PublicEvent>> page(Mutiny.Session session, String workspaceId, long afterSeq, List<String> filters, int limit) {
        StringBuilder hql = new StringBuilder("from PublicEvent where workspaceId = :ws and seq > :after");
        List<String> exact = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (String f : filters) {
            if (f.endsWith(".*")) {
                prefixes.add(likeEscape(f.substring(0, f.length() - 1)) + "%");
            } else {
                exact.add(f);
            }
        }
        if (!filters.isEmpty()) {
            List<String> alternatives = new ArrayList<>();
            if (!exact.isEmpty()) {
                alternatives.add("type in :exact");
            }
            for (int i = 0; i < prefixes.size(); i++) {
                alternatives.add("type like :p" + i + " escape '\\'");
            }
            hql.append(" and (").append(String.join(" or ", alternatives)).append(")");
        }
        hql.append(" order by seq");
        var query = session.createSelectionQuery(hql.toString(), PublicEvent.class)
                .setParameter("ws", workspaceId)
                .setParameter("after", afterSeq)
                .setMaxResults(limit);
        if (!exact.isEmpty()) {
            query.setParameter("exact", exact);
        }
        for (int i = 0; i < prefixes.size(); i++) {
            query.setParameter("p" + i, prefixes.get(i));
        }
        return query.getResultList();
    }

    /** Events still to fan out, oldest first, locked; another instance skips them. */
    public Uni<List<PublicEvent>> lockUnfannedOut(Mutiny.Session session, String workspaceId, int limit) {
        return session.createNativeQuery("select * from events where workspace_id = :ws and not fanned_out order by seq"
                        + " limit :n for update skip locked", PublicEvent.class)
                .setParameter("ws", workspaceId)
                .setParameter("n", limit)
                .getResultList();
    }

    public Uni<List<String>> workspacesToFanOut(Mutiny.Session session, int limit) {
        return session.createNativeQuery("select workspace_id from fanout_pending_workspaces(:n)", String.class)
                .setParameter("n", limit)
                .getResultList();
    }

    public Uni<Integer> purge(Mutiny.Session session, java.time.Instant cutoff, int limit) {
        return session.createNativeQuery("select purge_before(:cutoff, :n)", Integer.class)
                .setParameter("cutoff", cutoff.atOffset(java.time.ZoneOffset.UTC))
                .setParameter("n", limit)
                .getSingleResult();
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
