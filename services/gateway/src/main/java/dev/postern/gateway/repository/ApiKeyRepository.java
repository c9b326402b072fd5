package dev.postern.gateway.repository;

import dev.postern.auth.KeyMode;
import dev.postern.auth.StoredApiKey;
import dev.postern.gateway.domain.ApiKey;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class ApiKeyRepository {

    /** Looks a key up by hash through the one security-definer function made for it. */
    public Uni<Optional<StoredApiKey>> findByHash(Mutiny.Session session, String keyHash) {
        return session.createNativeQuery(
                        "select id, workspace_id, prefix, mode, scopes, expires_at, revoked_at from auth_find_key(:h)",
                        Object[].class)
                .setParameter("h", keyHash)
                .getResultList()
                .map(rows -> rows.stream().findFirst().map(ApiKeyRepository::toStored));
    }

    public Uni<ApiKey> find(Mutiny.Session session, String workspaceId, String keyId) {
        return session.createSelectionQuery("from ApiKey where workspaceId = :ws and id = :id", ApiKey.class)
                .setParameter("ws", workspaceId)
                .setParameter("id", keyId)
                .getSingleResultOrNull();
    }

    /** Newest first; {@code before} is the id of the last key of the previous page, or null. */
    public Uni<List<ApiKey>> list(Mutiny.Session session, String workspaceId, String before, int limit) {
        String hql = "from ApiKey where workspaceId = :ws" + (before == null ? "" : " and id < :before") + " order by id desc";
        var query = session.createSelectionQuery(hql, ApiKey.class).setParameter("ws", workspaceId).setMaxResults(limit);
        if (before != null) {
            query.setParameter("before", before);
        }
        return query.getResultList();
    }

    public Uni<ApiKey> persist(Mutiny.Session session, ApiKey key) {
        return session.persist(key).replaceWith(key);
    }

    private static StoredApiKey toStored(Object[] row) {
        return new StoredApiKey((String) row[0], (String) row[1], (String) row[2],
                KeyMode.fromWireName((String) row[3]).orElseThrow(),
                row[4] == null ? List.of() : Arrays.asList(((String) row[4]).split(" ")),
                instant(row[5]), instant(row[6]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
