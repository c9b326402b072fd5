package dev.postern.send.service;

import dev.postern.send.config.DispatchSettings;
import dev.postern.send.repository.DispatchRepository;
import dev.postern.send.repository.TenantTransactions;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Each pass leases the messages that are due ({@code next_attempt_at <= now}: queued ones, scheduled
 * ones whose time has come, retries) and transmits several at once, each on its own context.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    private final TenantTransactions transactions;
    private final DispatchRepository dispatch;
    private final MessageTransmitter transmitter;
    private final DispatchSettings settings;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean started;

    public Dispatcher(TenantTransactions transactions, DispatchRepository dispatch, MessageTransmitter transmitter,
                      DispatchSettings settings, Vertx vertx) {
        this.transactions = transactions;
        this.dispatch = dispatch;
        this.transmitter = transmitter;
        this.settings = settings;
        this.vertx = vertx;
    }

    /** Runs a pass now (a message was just queued) unless one is running; the next scheduled pass catches up otherwise. */
    public void nudge() {
        if (started) {
            VertxContexts.onNewContext(vertx, this::pass).subscribe().with(ignored -> { }, e -> { });
        }
    }

    void started(@Observes StartupEvent event) {
        started = true;
    }

    @Scheduled(every = "${postern.dispatch.poll-interval:1s}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduledPass() {
        return pass();
    }

    Uni<Void> pass() {
        if (!running.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        return transactions.platform(session -> dispatch.claim(session, settings.batch(), settings.lease()))
                .chain(due -> due.isEmpty() ? Uni.createFrom().voidItem() : Multi.createFrom().iterable(due)
                        .onItem().transformToUni(d -> VertxContexts.onNewContext(vertx, () -> transmitter.transmit(d.workspaceId(), d.messageId()))
                                .onFailure().invoke(e -> LOG.warnf("transmission of message %s failed, its lease will run out and it is retried: %s",
                                        d.messageId(), e.toString()))
                                .onFailure().recoverWithNull())
                        .merge(settings.concurrency())
                        .collect().last()
                        .replaceWithVoid())
                .onFailure().invoke(e -> LOG.warnf("dispatch pass failed, will retry: %s", e.toString()))
                .onFailure().recoverWithNull()
                .eventually(() -> running.set(false))
                .replaceWithVoid();
    }
}
