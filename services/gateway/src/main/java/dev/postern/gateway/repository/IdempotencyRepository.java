package dev.postern.gateway.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Idempotency records, all through SQL: a claim is an insert that either takes the key or finds it
 * taken, which no read-then-write could do safely under concurrency.
 */
@ApplicationScoped
public class IdempotencyRepository {

    /** A record that already holds the key. {@code statusCode} is null while its request is still running. */
    public record Existing(String requestHash, Integer statusCode, String contentType, String responseBody, String resourceId) {
    }

    /**
     * Takes the key for this transaction, or reports it taken. A concurrent claim of the same key waits
     * for the holder's transaction: if that commits, the key is taken; if it rolls back, this claim
     * wins. An expired record is taken over as if it were absent. Waits at most {@code lockWait}.
     */
    public Uni<Boolean> claim(Mutiny.Session session, String workspaceId, String mode, String key, String requestHash,
                              Duration ttl, Duration lockWait) {
        return session.createNativeQuery("select set_config('lock_timeout', :wait, true)")
                .setParameter("wait", lockWait.toMillis() + "ms")
                .getSingleResult()
                .chain(ignored -> session.createNativeQuery("""
                                with claimed as (
                                    insert into idempotency_keys (workspace_id, mode, idem_key, request_hash, created_at, expires_at)
                                    values (:ws, :mode, :key, :hash, now(), now() + make_interval(secs => :ttl))
                                    on conflict (workspace_id, mode, idem_key) do update
                                        set request_hash = excluded.request_hash, status_code = null, content_type = null,
                                            response_body = null, resource_id = null,
                                            created_at = excluded.created_at, expires_at = excluded.expires_at
                                        where idempotency_keys.expires_at <= now()
                                    returning 1)
                                select count(*)::int from claimed""", Integer.class)
                        .setParameter("ws", workspaceId)
                        .setParameter("mode", mode)
                        .setParameter("key", key)
                        .setParameter("hash", requestHash)
                        .setParameter("ttl", (double) ttl.toSeconds())
                        .getSingleResult())
                .map(count -> count == 1);
    }

    public Uni<Optional<Existing>> find(Mutiny.Session session, String workspaceId, String mode, String key) {
        return session.createNativeQuery("""
                        select request_hash, status_code, content_type, response_body, resource_id from idempotency_keys
                        where workspace_id = :ws and mode = :mode and idem_key = :key""", Object[].class)
                .setParameter("ws", workspaceId)
                .setParameter("mode", mode)
                .setParameter("key", key)
                .getResultList()
                .map(rows -> rows.stream().findFirst().map(r -> new Existing((String) r[0],
                        r[1] == null ? null : ((Number) r[1]).intValue(), (String) r[2], (String) r[3], (String) r[4])));
    }

    /** Binds the claimed key to the response the request produced. */
    public Uni<Integer> complete(Mutiny.Session session, String workspaceId, String mode, String key, int statusCode,
                                 String contentType, String body, String resourceId) {
        return session.createNativeQuery("""
                        update idempotency_keys set status_code = :status, content_type = :type, response_body = :body,
                            resource_id = :rid
                        where workspace_id = :ws and mode = :mode and idem_key = :key""")
                .setParameter("status", statusCode)
                .setParameter("type", contentType)
                .setParameter("body", body)
                .setParameter("rid", resourceId)
                .setParameter("ws", workspaceId)
                .setParameter("mode", mode)
                .setParameter("key", key)
                .executeUpdate();
    }

    /** Deletes up to {@code limit} expired records, across workspaces (security-definer function). */
    public Uni<Integer> purge(Mutiny.Session session, int limit) {
        return session.createNativeQuery("select idempotency_purge(:n)", Integer.class)
                .setParameter("n", limit)
                .getSingleResult();
    }
}
