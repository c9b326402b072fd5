package dev.postern.webhooks.service;

import dev.postern.events.PublicEventTypes;
import dev.postern.webhooks.client.EndpointDirectory;
import dev.postern.webhooks.client.WebhookEndpoint;
import dev.postern.webhooks.domain.Delivery;
import dev.postern.webhooks.domain.EndpointHealth;
import dev.postern.webhooks.domain.Ids;
import dev.postern.webhooks.domain.PublicEvent;
import dev.postern.webhooks.repository.DeliveryRepository;
import dev.postern.webhooks.repository.EndpointHealthRepository;
import dev.postern.webhooks.repository.EventLogRepository;
import dev.postern.webhooks.repository.TenantTransactions;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * Turns new public events into deliveries: one per active endpoint of the workspace whose filter
 * matches. Kept apart from consuming so that a gateway outage delays deliveries but never blocks a
 * partition or loses an event: an event stays un-fanned-out until the endpoint list can be read.
 */
@ApplicationScoped
public class FanOut {

    private static final Logger LOG = Logger.getLogger(FanOut.class);
    private static final int WORKSPACES_PER_PASS = 50;
    private static final int EVENTS_PER_WORKSPACE = 200;

    private final TenantTransactions transactions;
    private final EventLogRepository log;
    private final DeliveryRepository deliveries;
    private final EndpointHealthRepository health;
    private final EndpointDirectory directory;
    private final DeliveryDispatcher dispatcher;
    private final SingleFlight flight;

    public FanOut(TenantTransactions transactions, EventLogRepository log, DeliveryRepository deliveries,
                  EndpointHealthRepository health, EndpointDirectory directory, DeliveryDispatcher dispatcher, Vertx vertx) {
        this.transactions = transactions;
        this.log = log;
        this.deliveries = deliveries;
        this.health = health;
        this.directory = directory;
        this.dispatcher = dispatcher;
        this.flight = new SingleFlight(vertx, this::pass);
    }

    @Scheduled(identity = "webhook-fanout", every = "${postern.webhooks.fanout.poll-interval:1s}", delayed = "1s")
    void tick() {
        flight.trigger();
    }

    /** New events were appended: fan out now rather than at the next tick. */
    public void kick() {
        flight.trigger();
    }

    Uni<Void> pass() {
        return transactions.platform(session -> log.workspacesToFanOut(session, WORKSPACES_PER_PASS))
                .onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem().transformToUniAndConcatenate(ws -> fanOut(ws)
                        .onFailure().invoke(e -> LOG.debugf("fan-out for %s deferred: %s", ws, e.toString()))
                        .onFailure().recoverWithItem(0))
                .collect().with(java.util.stream.Collectors.summingInt(Integer::intValue))
                .invoke(events -> {
                    if (events > 0) {
                        dispatcher.kick();
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("fan-out pass failed, will retry: %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Creates the deliveries of a workspace's pending events; emits how many events it handled. */
    public Uni<Integer> fanOut(String workspaceId) {
        return directory.endpoints(workspaceId).chain(endpoints -> transactions.inWorkspace(workspaceId,
                session -> log.lockUnfannedOut(session, workspaceId, EVENTS_PER_WORKSPACE)
                        .chain(events -> events.isEmpty()
                                ? Uni.createFrom().item(0)
                                : health.forWorkspace(session, workspaceId)
                                        .chain(healths -> createDeliveries(session, events, receivers(endpoints, healths))))));
    }

    private Uni<Integer> createDeliveries(Mutiny.Session session, List<PublicEvent> events, List<WebhookEndpoint> receivers) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (PublicEvent event : events) {
            event.fannedOut = true;
            for (WebhookEndpoint endpoint : receivers) {
                if (PublicEventTypes.WEBHOOK_TEST.equals(event.type) || !PublicEventTypes.matches(endpoint.eventTypes(), event.type)) {
                    continue;
                }
                Delivery d = new Delivery();
                d.id = Ids.delivery();
                d.workspaceId = event.workspaceId;
                d.endpointId = endpoint.id();
                d.eventId = event.eventId;
                d.eventSeq = event.seq;
                d.eventType = event.type;
                d.kind = Delivery.KIND_EVENT;
                d.status = Delivery.PENDING;
                d.nextAttemptAt = now;
                d.createdAt = now;
                chain = chain.chain(() -> deliveries.persist(session, d));
            }
        }
        return chain.replaceWith(events.size());
    }

    /** Active endpoints the gateway lists that this service has not disabled since their last change. */
    private static List<WebhookEndpoint> receivers(List<WebhookEndpoint> endpoints, List<EndpointHealth> healths) {
        Map<String, EndpointHealth> byId = healths.stream().collect(Collectors.toMap(h -> h.endpointId, Function.identity()));
        return endpoints.stream()
                .filter(WebhookEndpoint::active)
                .filter(e -> {
                    EndpointHealth h = byId.get(e.id());
                    return h == null || !h.disabledFor(e.updatedAt());
                })
                .toList();
    }
}
