package dev.postern.gateway.repository;

import dev.postern.gateway.domain.Agent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class AgentRepository {

    /** The owner of an address, whatever its workspace, through the one security-definer function made for it. */
    public record Mailbox(String agentId, String workspaceId, String status) {
    }

    public Uni<Optional<Mailbox>> findMailbox(Mutiny.Session platformSession, String address) {
        return platformSession.createNativeQuery("select id, workspace_id, status from mailbox_find(:a)", Object[].class)
                .setParameter("a", address)
                .getResultList()
                .map(rows -> rows.stream().findFirst().map(r -> new Mailbox((String) r[0], (String) r[1], (String) r[2])));
    }

    public Uni<Agent> findById(Mutiny.Session session, String workspaceId, String agentId) {
        return session.createSelectionQuery("from Agent where workspaceId = :ws and id = :id", Agent.class)
                .setParameter("ws", workspaceId)
                .setParameter("id", agentId)
                .getSingleResultOrNull();
    }

    public Uni<Agent> findByName(Mutiny.Session session, String workspaceId, String name) {
        return session.createSelectionQuery("from Agent where workspaceId = :ws and name = :name", Agent.class)
                .setParameter("ws", workspaceId)
                .setParameter("name", name)
                .getSingleResultOrNull();
    }

    /** Newest first; {@code before} is the id of the last agent of the previous page, or null. */
    public Uni<List<Agent>> list(Mutiny.Session session, String workspaceId, String status, String before, int limit) {
        String hql = "from Agent where workspaceId = :ws"
                + (status == null ? "" : " and status = :status")
                + (before == null ? "" : " and id < :before")
                + " order by id desc";
        var query = session.createSelectionQuery(hql, Agent.class).setParameter("ws", workspaceId).setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (before != null) {
            query.setParameter("before", before);
        }
        return query.getResultList();
    }

    /** Persists and flushes, so that a taken name or address fails here, inside the caller's transaction. */
    public Uni<Agent> persist(Mutiny.Session session, Agent agent) {
        return session.persist(agent).chain(session::flush).replaceWith(agent);
    }
}
