package dev.postern.webhooks.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postern.events.PublicEventTypes;
import dev.postern.webhooks.client.EndpointDirectory;
import dev.postern.webhooks.client.WebhookEndpoint;
import dev.postern.webhooks.config.WebhooksSettings;
import dev.postern.webhooks.domain.Delivery;
import dev.postern.webhooks.domain.Ids;
import dev.postern.webhooks.domain.PublicEvent;
import dev.postern.webhooks.repository.DeliveryRepository;
import dev.postern.webhooks.repository.TenantTransactions;
import dev.postern.webhooks.rest.InternalApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Deliveries a customer asks for: a {@code webhook.test} ping to one endpoint (it enters the event
 * log too, so the event API and stream show it), and a redelivery of one event to one endpoint with
 * the same webhook-id. Both are attempted at once; when that attempt fails they are retried on the
 * schedule like any delivery.
 */
@ApplicationScoped
public class ManualDeliveries {

    private final TenantTransactions transactions;
    private final EventLogAppender appender;
    private final DeliveryRepository deliveries;
    private final EndpointDirectory directory;
    private final DeliveryAttempter attempter;
    private final Duration lease;

    public ManualDeliveries(TenantTransactions transactions, EventLogAppender appender, DeliveryRepository deliveries,
                            EndpointDirectory directory, DeliveryAttempter attempter, WebhooksSettings settings) {
        this.transactions = transactions;
        this.appender = appender;
        this.deliveries = deliveries;
        this.directory = directory;
        this.attempter = attempter;
        this.lease = settings.dispatch().lease();
    }

    public Uni<Delivery> ping(String workspaceId, String endpointId) {
        return activeEndpoint(workspaceId, endpointId).chain(endpoint -> {
            ObjectNode data = JsonNodeFactory.instance.objectNode()
                    .put("endpoint_id", endpoint.id())
                    .put("note", "A test event from Postern. If you can read this, your endpoint works.");
            Instant now = Instant.now();
            return appender.appendInWorkspace(workspaceId, session -> appender
                            .appendLocked(session, workspaceId, Ids.event(), PublicEventTypes.WEBHOOK_TEST, now, data.toString(), true)
                            .chain(event -> {
                                Delivery d = leased(event, endpoint.id(), Delivery.KIND_TEST);
                                return deliveries.persist(session, d).replaceWith(d);
                            }))
                    .chain(d -> attempter.attempt(workspaceId, d.id));
        });
    }

    public Uni<Delivery> redeliver(String workspaceId, String endpointId, String deliveryId) {
        return transactions.inWorkspace(workspaceId, session -> deliveries.find(session, workspaceId, deliveryId).chain(original -> {
                    if (original == null || !original.endpointId.equals(endpointId)) {
                        return Uni.createFrom().failure(InternalApiException.notFound("Delivery " + deliveryId));
                    }
                    Delivery d = new Delivery();
                    copyEvent(original, d);
                    d.endpointId = endpointId;
                    leaseNew(d, Delivery.KIND_REDELIVERY);
                    return deliveries.persist(session, d).replaceWith(d);
                }))
                .chain(d -> attempter.attempt(workspaceId, d.id));
    }

    private Uni<WebhookEndpoint> activeEndpoint(String workspaceId, String endpointId) {
        return directory.endpoint(workspaceId, endpointId)
                .onFailure().transform(e -> InternalApiException.unavailable("The endpoint list cannot be read right now."))
                .map((Optional<WebhookEndpoint> found) -> {
                    WebhookEndpoint endpoint = found.orElseThrow(() -> InternalApiException.notFound("Webhook endpoint " + endpointId));
                    if (!endpoint.active()) {
                        throw new InternalApiException(409, "endpoint-inactive",
                                "The endpoint is not active; enable it (PATCH active=true) before testing it.");
                    }
                    return endpoint;
                });
    }

    private Delivery leased(PublicEvent event, String endpointId, String kind) {
        Delivery d = new Delivery();
        d.workspaceId = event.workspaceId;
        d.endpointId = endpointId;
        d.eventId = event.eventId;
        d.eventSeq = event.seq;
        d.eventType = event.type;
        leaseNew(d, kind);
        return d;
    }

    private void leaseNew(Delivery d, String kind) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        d.id = Ids.delivery();
        d.kind = kind;
        d.status = Delivery.DELIVERING;
        d.createdAt = now;
        d.nextAttemptAt = now;
        d.leaseUntil = now.plus(lease);
    }

    private static void copyEvent(Delivery from, Delivery to) {
        to.workspaceId = from.workspaceId;
        to.eventId = from.eventId;
        to.eventSeq = from.eventSeq;
        to.eventType = from.eventType;
    }
}
