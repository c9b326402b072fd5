package dev.postern.webhooks.service;

import dev.postern.webhooks.domain.PublicEvent;
import dev.postern.webhooks.repository.EventLogRepository;
import dev.postern.webhooks.repository.TenantTransactions;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a workspace's event log in order after a cursor. With {@code wait}, an empty read waits
 * (long poll) until an event arrives or the wait is over: what the gateway's live stream is built
 * on. The number of waiting readers is capped; past it a read answers at once.
 */
@ApplicationScoped
public class EventLogReader {

    public static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final int MAX_WAITERS = 2000;

    private final TenantTransactions transactions;
    private final EventLogRepository log;
    private final EventLogSignal signal;
    private final AtomicInteger waiters = new AtomicInteger();
    private final Vertx vertx;

    public EventLogReader(TenantTransactions transactions, EventLogRepository log, EventLogSignal signal, Vertx vertx) {
        this.vertx = vertx;
        this.transactions = transactions;
        this.log = log;
        this.signal = signal;
    }

    /** Up to {@code limit} events after {@code afterSeq} (one more is read, to tell whether more follow). */
    public Uni<List<PublicEvent>> read(String workspaceId, long afterSeq, List<String> filters, int limit, Duration wait) {
        if (wait.isZero() || waiters.incrementAndGet() > MAX_WAITERS) {
            if (!wait.isZero()) {
                waiters.decrementAndGet();
            }
            return query(workspaceId, afterSeq, filters, limit);
        }
        return poll(workspaceId, afterSeq, filters, limit, Instant.now().plus(wait))
                .onTermination().invoke(waiters::decrementAndGet);
    }

    private Uni<List<PublicEvent>> poll(String workspaceId, long afterSeq, List<String> filters, int limit, Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.compareTo(Duration.ofMillis(1)) < 0) {
            left = Duration.ofMillis(1);
        }
        // registered before the read, so an append between the read and the wait still wakes us
        Uni<Void> wake = signal.next(workspaceId, left.compareTo(TICK) < 0 ? left : TICK);
        return query(workspaceId, afterSeq, filters, limit).chain(rows -> {
            if (!rows.isEmpty() || !Instant.now().isBefore(deadline)) {
                return Uni.createFrom().item(rows);
            }
            return wake.chain(() -> poll(workspaceId, afterSeq, filters, limit, deadline));
        });
    }

    private Uni<List<PublicEvent>> query(String workspaceId, long afterSeq, List<String> filters, int limit) {
        // Each read on a context of its own: a long poll resumes on whatever thread woke it (an appender, in the middle
        // of its own transaction), and Hibernate Reactive would otherwise hand this read that context's session.
        return OwnContext.run(vertx,
                () -> transactions.inWorkspace(workspaceId, session -> log.page(session, workspaceId, afterSeq, filters, limit + 1)));
    }
}
