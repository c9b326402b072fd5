package dev.postern.webhooks.service;

import dev.postern.webhooks.config.WebhooksSettings;
import dev.postern.webhooks.repository.EventLogRepository;
import dev.postern.webhooks.repository.TenantTransactions;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Removes public events and finished deliveries older than {@code event-retention}, in batches. */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    private static final int BATCH = 5000;

    private final TenantTransactions transactions;
    private final EventLogRepository log;
    private final Duration retention;

    public RetentionJob(TenantTransactions transactions, EventLogRepository log, WebhooksSettings settings) {
        this.transactions = transactions;
        this.log = log;
        this.retention = settings.eventRetention();
    }

    @Scheduled(identity = "webhook-retention", every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return transactions.platform(session -> log.purge(session, Instant.now().minus(retention), BATCH))
                .invoke(n -> {
                    if (n > 0) {
                        LOG.infof("retention removed %d rows older than %s", n, retention);
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("retention pass failed: %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
