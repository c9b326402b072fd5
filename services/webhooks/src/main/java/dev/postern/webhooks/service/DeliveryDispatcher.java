package dev.postern.webhooks.service;

import dev.postern.webhooks.config.WebhooksSettings;
import dev.postern.webhooks.repository.DeliveryRepository;
import dev.postern.webhooks.repository.TenantTransactions;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Polls the database for due deliveries, claims a batch (FOR UPDATE SKIP LOCKED, leased so that a
 * crashed instance's claims come back), and attempts them: workspaces concurrently, each workspace's deliveries in order. All state is in the
 * database: a restart loses nothing, and several instances share the work.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    public static final String IDENTITY = "webhook-dispatch";

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    private final TenantTransactions transactions;
    private final DeliveryRepository deliveries;
    private final DeliveryAttempter attempter;
    private final Vertx vertx;
    private final int batch;
    private final int leaseSeconds;
    private final SingleFlight flight;

    public DeliveryDispatcher(TenantTransactions transactions, DeliveryRepository deliveries, DeliveryAttempter attempter,
                              Vertx vertx, WebhooksSettings settings) {
        this.transactions = transactions;
        this.vertx = vertx;
        this.deliveries = deliveries;
        this.attempter = attempter;
        this.batch = settings.dispatch().batchSize();
        this.leaseSeconds = (int) Math.max(1, settings.dispatch().lease().toSeconds());
        this.flight = new SingleFlight(vertx, this::dispatchDue);
    }

    @Scheduled(identity = IDENTITY, every = "${postern.webhooks.dispatch.poll-interval:1s}", delayed = "1s")
    void tick() {
        flight.trigger();
    }

    /** New deliveries exist: dispatch now rather than at the next tick. */
    public void kick() {
        flight.trigger();
    }

    /** Stops dispatching (ticks and kicks are ignored) until {@link #resume()}; deliveries stay due in the database. */
    public void pause() {
        flight.pause();
    }

    public void resume() {
        flight.resume();
        flight.trigger();
    }

    /** Claims and attempts one batch of due deliveries; emits how many were claimed. */
    public Uni<Integer> dispatchDue() {
        return transactions.platform(session -> deliveries.claim(session, batch, leaseSeconds))
                .chain(claimed -> claimed.isEmpty()
                        ? Uni.createFrom().item(0)
                        : Multi.createFrom().iterable(byWorkspace(claimed))
                                .onItem().transformToUni(this::attemptInOrder)
                                .merge(batch)
                                .collect().asList()
                                .map(done -> claimed.size()))
                .onFailure().invoke(e -> LOG.warnf("dispatch pass failed, will retry: %s", e.toString()))
                .onFailure().recoverWithItem(0);
    }

    /** Workspaces are attempted concurrently; one workspace's deliveries one after another, oldest first. */
    private Uni<Void> attemptInOrder(List<DeliveryRepository.Claimed> inOrder) {
        return Multi.createFrom().iterable(inOrder)
                .onItem().transformToUniAndConcatenate(c -> OwnContext.run(vertx, () -> attempter.attempt(c.workspaceId(), c.id()))
                        .onFailure().invoke(e -> LOG.warnf("delivery %s attempt not recorded (its lease will lapse"
                                + " and it is tried again): %s", c.id(), e.toString()))
                        .onFailure().recoverWithNull())
                .collect().last()
                .replaceWithVoid();
    }

    static Collection<List<DeliveryRepository.Claimed>> byWorkspace(List<DeliveryRepository.Claimed> claimed) {
        Map<String, List<DeliveryRepository.Claimed>> groups = new LinkedHashMap<>();
        for (DeliveryRepository.Claimed c : claimed) {
            groups.computeIfAbsent(c.workspaceId(), ws -> new ArrayList<>()).add(c);
        }
        return groups.values();
    }
}
