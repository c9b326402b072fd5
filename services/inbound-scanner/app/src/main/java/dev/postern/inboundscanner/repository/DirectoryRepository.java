package dev.postern.inboundscanner.repository;

import dev.postern.inboundscanner.domain.DirectoryAgent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.reactive.mutiny.Mutiny;

/** The agent directory: address to (workspace, agent, status). */
@ApplicationScoped
public class DirectoryRepository {

    /** A mailbox found by address (across workspaces, through the one security-definer function). */
    public record Mailbox(String agentId, String workspaceId, String status) {
    }

    public Uni<Optional<Mailbox>> findByAddress(Mutiny.Session platformSession, String address) {
        return platformSession.createNativeQuery("select agent_id, workspace_id, status from directory_find(:a)", Object[].class)
                .setParameter("a", address)
                .getResultList()
                .map(rows -> rows.stream().findFirst().map(r -> new Mailbox((String) r[0], (String) r[1], (String) r[2])));
    }

    /** Applies an agent as it is after a change; an address freed by one agent may be taken over by its successor. */
    public Uni<Void> upsert(Mutiny.Session session, String workspaceId, String agentId, String address, String status) {
        return session.find(DirectoryAgent.class, agentId).chain(existing -> {
            DirectoryAgent agent = existing == null ? new DirectoryAgent() : existing;
            agent.agentId = agentId;
            agent.workspaceId = workspaceId;
            agent.address = address;
            agent.status = status;
            agent.updatedAt = Instant.now();
            return existing == null ? session.persist(agent) : Uni.createFrom().voidItem();
        });
    }

    public Uni<DirectoryAgent> find(Mutiny.Session session, String workspaceId, String agentId) {
        return session.createSelectionQuery("from DirectoryAgent where workspaceId = :ws and agentId = :id", DirectoryAgent.class)
                .setParameter("ws", workspaceId).setParameter("id", agentId)
                .getSingleResultOrNull();
    }
}
