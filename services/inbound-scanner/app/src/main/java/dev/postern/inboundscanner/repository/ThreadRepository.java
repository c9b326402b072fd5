package dev.postern.inboundscanner.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Threads are not stored: a thread is every inbound and outbound message with the same thread id. The subject shown
 * is the newest one of a message that is not held in quarantine.
 */
@ApplicationScoped
public class ThreadRepository {

    public record ThreadRow(String threadId, long inboundCount, long outboundCount, Instant lastMessageAt, String subject) {
    }

    private static final String THREADS = """
            with messages as (
                select thread_id, received_at as at, 1 as inbound, 0 as outbound,
                       case when status in ('quarantined', 'deleted') then null else subject end as subject
                from inbound_messages where workspace_id = :ws and thread_id is not null
                union all
                select thread_id, coalesce(requested_at, sent_at, updated_at), 0, 1, subject
                from sent_messages where workspace_id = :ws and thread_id is not null
            )
            select thread_id, sum(inbound), sum(outbound), max(at),
                   (array_agg(subject order by at desc) filter (where subject is not null))[1]
            from messages group by thread_id
            having (cast(:before as text) is null or max(at) < cast(cast(:before as text) as timestamptz))
            order by max(at) desc limit :n
            """;

    /** Most recently active first; {@code before} pages by last activity. */
    public Uni<List<ThreadRow>> list(Mutiny.Session session, String workspaceId, Instant before, int limit) {
        return session.createNativeQuery(THREADS, Object[].class)
                .setParameter("ws", workspaceId)
                .setParameter("before", before == null ? null : before.toString())
                .setParameter("n", limit)
                .getResultList()
                .map(rows -> rows.stream().map(r -> new ThreadRow((String) r[0], ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(), instant(r[3]), (String) r[4])).toList());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return value == null ? null : Instant.parse(value.toString());
    }
}
