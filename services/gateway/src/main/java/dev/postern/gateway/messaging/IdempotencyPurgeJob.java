package dev.postern.gateway.messaging;

import dev.postern.gateway.repository.AcceptedMessageRepository;
import dev.postern.gateway.repository.IdempotencyRepository;
import dev.postern.gateway.repository.TenantTransactions;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Deletes idempotency records past their 24 hours, and the gateway's notes of accepted messages
 * past 45 days, a bounded batch per pass so that no pass holds locks for long.
 */
@ApplicationScoped
public class IdempotencyPurgeJob {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurgeJob.class);
    static final int BATCH = 5_000;

    private final TenantTransactions transactions;
    private final IdempotencyRepository idempotency;
    private final AcceptedMessageRepository accepted;

    public IdempotencyPurgeJob(TenantTransactions transactions, IdempotencyRepository idempotency,
                               AcceptedMessageRepository accepted) {
        this.transactions = transactions;
        this.idempotency = idempotency;
        this.accepted = accepted;
    }

    @Scheduled(every = "${postern.idempotency.purge-interval:10m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return purge().onFailure().invoke(e -> LOG.warnf("purge pass failed, will retry: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One pass; returns how many idempotency records and accepted-message notes it deleted. */
    public Uni<int[]> purge() {
        return transactions.platform(s -> idempotency.purge(s, BATCH)
                        .chain(keys -> accepted.purge(s, BATCH).map(notes -> new int[] {keys, notes})))
                .invoke(n -> {
                    if (n[0] + n[1] > 0) {
                        LOG.infof("purged %d expired idempotency records and %d old message notes", n[0], n[1]);
                    }
                });
    }
}
