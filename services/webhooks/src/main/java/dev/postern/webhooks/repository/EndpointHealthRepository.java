package dev.postern.webhooks.repository;

import dev.postern.webhooks.domain.EndpointHealth;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class EndpointHealthRepository {

    /** A disabling the gateway has not confirmed yet. */
    public record Unreported(String workspaceId, String endpointId, String reason) {
    }

    public Uni<EndpointHealth> find(Mutiny.Session session, String workspaceId, String endpointId) {
        return session.createSelectionQuery("from EndpointHealth where workspaceId = :ws and endpointId = :ep", EndpointHealth.class)
                .setParameter("ws", workspaceId)
                .setParameter("ep", endpointId)
                .getSingleResultOrNull();
    }

    /** The row locked for this transaction, created when missing (concurrent creators do not collide). */
    public Uni<EndpointHealth> lockOrCreate(Mutiny.Session session, String workspaceId, String endpointId) {
        return session.createNativeQuery("insert into endpoint_health (endpoint_id, workspace_id) values (:ep, :ws)"
                        + " on conflict (endpoint_id) do nothing")
                .setParameter("ep", endpointId)
                .setParameter("ws", workspaceId)
                .executeUpdate()
                .chain(() -> session.find(EndpointHealth.class, endpointId, LockModeType.PESSIMISTIC_WRITE));
    }

    public Uni<List<EndpointHealth>> forWorkspace(Mutiny.Session session, String workspaceId) {
        return session.createSelectionQuery("from EndpointHealth where workspaceId = :ws", EndpointHealth.class)
                .setParameter("ws", workspaceId)
                .getResultList();
    }

    public Uni<List<Unreported>> unreported(Mutiny.Session session, int limit) {
        return session.createNativeQuery("select workspace_id, endpoint_id, disabled_reason from disables_unreported(:n)",
                        Object[].class)
                .setParameter("n", limit)
                .getResultList()
                .map(rows -> rows.stream().map(r -> new Unreported((String) r[0], (String) r[1], (String) r[2])).toList());
    }
}
