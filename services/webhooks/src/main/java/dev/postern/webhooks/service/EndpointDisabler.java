package dev.postern.webhooks.service;

import dev.postern.webhooks.client.EndpointDirectory;
import dev.postern.webhooks.repository.EndpointHealthRepository;
import dev.postern.webhooks.repository.TenantTransactions;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;

/**
 * Tells the gateway, which owns endpoints, that one was disabled here (it sets it inactive with the
 * reason and emits {@code webhook_endpoint.disabled}). Until the gateway confirms, this service keeps
 * the endpoint disabled on its own, and retries the report every half minute.
 */
@ApplicationScoped
public class EndpointDisabler {

    private static final Logger LOG = Logger.getLogger(EndpointDisabler.class);

    private final TenantTransactions transactions;
    private final EndpointHealthRepository health;
    private final EndpointDirectory directory;

    public EndpointDisabler(TenantTransactions transactions, EndpointHealthRepository health, EndpointDirectory directory) {
        this.transactions = transactions;
        this.health = health;
        this.directory = directory;
    }

    /** Fire and forget: a failure is retried by {@link #retryUnreported()}. */
    public void report(String workspaceId, String endpointId, String reason) {
        reportNow(workspaceId, endpointId, reason).subscribe().with(
                ok -> { },
                e -> LOG.warnf("gateway not told yet that endpoint %s is disabled (will retry): %s", endpointId, e.toString()));
    }

    public Uni<Void> reportNow(String workspaceId, String endpointId, String reason) {
        return directory.disable(workspaceId, endpointId, reason)
                .chain(() -> transactions.inWorkspace(workspaceId, session -> health.find(session, workspaceId, endpointId)
                        .invoke(h -> {
                            if (h != null && h.disabledAt != null) {
                                h.disableReportedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                            }
                        })))
                .replaceWithVoid();
    }

    @Scheduled(identity = "webhook-disable-reports", every = "30s", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> retryUnreported() {
        return transactions.platform(session -> health.unreported(session, 50))
                .onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem().transformToUniAndConcatenate(u -> reportNow(u.workspaceId(), u.endpointId(), u.reason())
                        .onFailure().recoverWithNull())
                .collect().last()
                .onFailure().invoke(e -> LOG.warnf("disable-report pass failed: %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
