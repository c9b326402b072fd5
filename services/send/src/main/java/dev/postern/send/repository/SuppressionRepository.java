package dev.postern.send.repository;

import dev.postern.send.domain.Suppression;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class SuppressionRepository {

    /** Position of a page: the last row seen. */
    public record After(Instant createdAt, String address) {
    }

    public Uni<Suppression> find(Mutiny.Session session, String workspaceId, String address) {
        return session.createSelectionQuery("from Suppression where workspaceId = :ws and address = :address", Suppression.class)
                .setParameter("ws", workspaceId)
                .setParameter("address", address)
                .getSingleResultOrNull();
    }

    /** The suppressions among {@code addresses}. */
    public Uni<List<Suppression>> findAmong(Mutiny.Session session, String workspaceId, Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return session.createSelectionQuery("from Suppression where workspaceId = :ws and address in (:addresses)", Suppression.class)
                .setParameter("ws", workspaceId)
                .setParameter("addresses", addresses)
                .getResultList();
    }

    /** Newest first. */
    public Uni<List<Suppression>> page(Mutiny.Session session, String workspaceId, After after, int limit) {
        String hql = "from Suppression where workspaceId = :ws"
                + (after == null ? "" : " and (createdAt < :at or (createdAt = :at and address > :address))")
                + " order by createdAt desc, address";
        var query = session.createSelectionQuery(hql, Suppression.class)
                .setParameter("ws", workspaceId)
                .setMaxResults(limit);
        if (after != null) {
            query.setParameter("at", after.createdAt()).setParameter("address", after.address());
        }
        return query.getResultList();
    }

    public Uni<Void> add(Mutiny.Session session, Suppression suppression) {
        return session.persist(suppression);
    }

    public Uni<Void> remove(Mutiny.Session session, Suppression suppression) {
        return session.remove(suppression);
    }
}
