package dev.postern.webhooks.repository;

import dev.postern.webhooks.domain.Delivery;
import dev.postern.webhooks.domain.DeliveryAttempt;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class DeliveryRepository {

    /** A delivery claimed by the dispatcher: leased, to be loaded in its workspace's transaction. */
    public record Claimed(String id, String workspaceId) {
    }

    public Uni<List<Claimed>> claim(Mutiny.Session session, int limit, int leaseSeconds) {
        return session.createNativeQuery("select id, workspace_id from deliveries_claim(:n, :lease)", Object[].class)
                .setParameter("n", limit)
                .setParameter("lease", leaseSeconds)
                .getResultList()
                .map(rows -> rows.stream().map(r -> new Claimed((String) r[0], (String) r[1])).toList());
    }

    public Uni<Delivery> find(Mutiny.Session session, String workspaceId, String id) {
        return session.createSelectionQuery("from Delivery where workspaceId = :ws and id = :id", Delivery.class)
                .setParameter("ws", workspaceId)
                .setParameter("id", id)
                .getSingleResultOrNull();
    }

    public Uni<Void> persist(Mutiny.Session session, Delivery delivery) {
        return session.persist(delivery);
    }

    public Uni<Void> addAttempt(Mutiny.Session session, DeliveryAttempt attempt) {
        return session.persist(attempt);
    }

    /** Newest first; {@code beforeId} is the last id of the previous page, or null. */
    public Uni<List<Delivery>> listForEndpoint(Mutiny.Session session, String workspaceId, String endpointId, String status,
                                               String beforeId, int limit) {
        String hql = "from Delivery where workspaceId = :ws and endpointId = :ep"
                + (status == null ? "" : " and status = :status")
                + (beforeId == null ? "" : " and id < :before")
                + " order by id desc";
        var query = session.createSelectionQuery(hql, Delivery.class)
                .setParameter("ws", workspaceId)
                .setParameter("ep", endpointId)
                .setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        return query.getResultList();
    }

    public Uni<List<DeliveryAttempt>> attemptsOf(Mutiny.Session session, String workspaceId, List<String> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return session.createSelectionQuery("from DeliveryAttempt where workspaceId = :ws and deliveryId in :ids"
                        + " order by deliveryId, attempt", DeliveryAttempt.class)
                .setParameter("ws", workspaceId)
                .setParameter("ids", deliveryIds)
                .getResultList();
    }

    /** Ends every open delivery to an endpoint that was disabled or deleted. */
    public Uni<Integer> cancelOpen(Mutiny.Session session, String workspaceId, String endpointId, String reason, Instant at) {
        return session.createMutationQuery("update Delivery set status = :cancelled, lastError = :reason, completedAt = :at,"
                        + " nextAttemptAt = null, leaseUntil = null"
                        + " where workspaceId = :ws and endpointId = :ep and status in (:pending, :delivering)")
                .setParameter("cancelled", Delivery.CANCELLED)
                .setParameter("reason", reason)
                .setParameter("at", at)
                .setParameter("ws", workspaceId)
                .setParameter("ep", endpointId)
                .setParameter("pending", Delivery.PENDING)
                .setParameter("delivering", Delivery.DELIVERING)
                .executeUpdate();
    }
}
