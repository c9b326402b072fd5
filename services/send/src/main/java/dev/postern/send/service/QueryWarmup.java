package dev.postern.send.service;

import dev.postern.send.repository.MessageRepository;
import dev.postern.send.repository.ProcessedEventRepository;
import dev.postern.send.repository.SuppressionRepository;
import dev.postern.send.repository.TenantTransactions;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Hibernate parses each HQL query the first time it is used, on the event loop, and the first
 * parse costs seconds on a busy machine. Running every query once at start-up (for a workspace
 * that has no rows) moves that cost before the service takes traffic.
 */
@ApplicationScoped
public class QueryWarmup {

    private static final Logger LOG = Logger.getLogger(QueryWarmup.class);
    private static final String NOBODY = "ws_query_warmup";

    private final TenantTransactions transactions;
    private final MessageRepository messages;
    private final SuppressionRepository suppressions;
    private final ProcessedEventRepository processed;
    private final Vertx vertx;

    public QueryWarmup(TenantTransactions transactions, MessageRepository messages, SuppressionRepository suppressions,
                       ProcessedEventRepository processed, Vertx vertx) {
        this.transactions = transactions;
        this.messages = messages;
        this.suppressions = suppressions;
        this.processed = processed;
        this.vertx = vertx;
    }

    void warm(@Observes StartupEvent event) {
        Instant began = Instant.now();
        try {
            VertxContexts.onNewContext(vertx, () -> transactions.inWorkspace(NOBODY, s -> {
                String id = "msg_00000000000000000000000000";
                Uni<?> all = messages.find(s, NOBODY, id)
                        .chain(() -> messages.lock(s, NOBODY, id))
                        .chain(() -> messages.exists(s, NOBODY, id))
                        .chain(() -> messages.recipients(s, NOBODY, id))
                        .chain(() -> messages.recipientsOf(s, NOBODY, List.of(id)))
                        .chain(() -> messages.history(s, NOBODY, id))
                        .chain(() -> suppressions.find(s, NOBODY, "warmup@example.com"))
                        .chain(() -> suppressions.findAmong(s, NOBODY, List.of("warmup@example.com")))
                        .chain(() -> suppressions.page(s, NOBODY, null, 1))
                        .chain(() -> suppressions.page(s, NOBODY, new SuppressionRepository.After(Instant.EPOCH, "a"), 1))
                        .chain(() -> processed.contains(s, NOBODY, "evt_warmup"));
                for (String agent : new String[] {null, "agt"}) {
                    for (String status : new String[] {null, "queued"}) {
                        for (String before : new String[] {null, id}) {
                            all = all.chain(() -> messages.page(s, NOBODY, new MessageRepository.Filter(agent, status, before), 1));
                        }
                    }
                }
                return all.replaceWithVoid();
            })).await().atMost(Duration.ofSeconds(120));
            LOG.infof("queries prepared in %d ms", Duration.between(began, Instant.now()).toMillis());
        } catch (RuntimeException e) {
            LOG.warnf("query warm-up failed (the first requests will be slower): %s", e.toString());
        }
    }
}
