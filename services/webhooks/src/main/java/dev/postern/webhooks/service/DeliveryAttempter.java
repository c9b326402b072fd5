package dev.postern.webhooks.service;

import dev.postern.auth.WebhookTarget;
import dev.postern.webhooks.client.AddressChecker;
import dev.postern.webhooks.client.EndpointDirectory;
import dev.postern.webhooks.client.WebhookEndpoint;
import dev.postern.webhooks.client.WebhookSender;
import dev.postern.webhooks.domain.Delivery;
import dev.postern.webhooks.domain.PublicEvent;
import dev.postern.webhooks.repository.DeliveryRepository;
import dev.postern.webhooks.repository.EndpointHealthRepository;
import dev.postern.webhooks.repository.EventLogRepository;
import dev.postern.webhooks.repository.TenantTransactions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Makes one attempt of a leased delivery: asks the gateway for the endpoint (its URL and secrets),
 * checks where the URL points now (SSRF), signs, sends, and hands the answer to
 * {@link AttemptRecorder}. A delivery whose endpoint was deleted or disabled is cancelled; when the
 * endpoint list cannot be read the delivery waits, and that wait is not counted as an attempt.
 */
@ApplicationScoped
public class DeliveryAttempter {

    private static final Logger LOG = Logger.getLogger(DeliveryAttempter.class);

    private final TenantTransactions transactions;
    private final DeliveryRepository deliveries;
    private final EventLogRepository log;
    private final EndpointHealthRepository health;
    private final EndpointDirectory directory;
    private final AddressChecker addresses;
    private final WebhookSender sender;
    private final AttemptRecorder recorder;

    public DeliveryAttempter(TenantTransactions transactions, DeliveryRepository deliveries, EventLogRepository log,
                             EndpointHealthRepository health, EndpointDirectory directory, AddressChecker addresses,
                             WebhookSender sender, AttemptRecorder recorder) {
        this.transactions = transactions;
        this.deliveries = deliveries;
        this.log = log;
        this.health = health;
        this.directory = directory;
        this.addresses = addresses;
        this.sender = sender;
        this.recorder = recorder;
    }

    private record Loaded(Delivery delivery, PublicEvent event) {
    }

    /** Attempts the delivery once (it must be leased to the caller) and emits it as recorded afterwards. */
    public Uni<Delivery> attempt(String workspaceId, String deliveryId) {
        return transactions.inWorkspace(workspaceId, session -> deliveries.find(session, workspaceId, deliveryId)
                        .chain(d -> d == null
                                ? Uni.createFrom().<Loaded>nullItem()
                                : log.findById(session, workspaceId, d.eventId).map(e -> new Loaded(d, e))))
                .chain(loaded -> {
                    if (loaded == null || loaded.delivery().finished()) {
                        return Uni.createFrom().item(loaded == null ? null : loaded.delivery());
                    }
                    if (loaded.event() == null) { // purged by retention while it waited
                        return recorder.cancel(workspaceId, deliveryId, "event no longer retained");
                    }
                    return directory.endpoint(workspaceId, loaded.delivery().endpointId)
                            .onItemOrFailure().transformToUni((found, failure) -> {
                                if (failure != null) {
                                    LOG.infof("delivery %s waits: endpoint list of %s unavailable (%s)", deliveryId, workspaceId,
                                            failure.toString());
                                    return recorder.release(workspaceId, deliveryId);
                                }
                                return withEndpoint(loaded, found);
                            });
                });
    }

    private Uni<Delivery> withEndpoint(Loaded loaded, Optional<WebhookEndpoint> found) {
        Delivery d = loaded.delivery();
        if (found.isEmpty()) {
            return recorder.cancel(d.workspaceId, d.id, "endpoint deleted");
        }
        WebhookEndpoint endpoint = found.get();
        if (!endpoint.active()) {
            return recorder.cancel(d.workspaceId, d.id, "endpoint disabled");
        }
        return transactions.inWorkspace(d.workspaceId, session -> health.find(session, d.workspaceId, endpoint.id())
                        .map(h -> h != null && h.disabledFor(endpoint.updatedAt())))
                .chain(disabled -> disabled
                        ? recorder.cancel(d.workspaceId, d.id, "endpoint disabled")
                        : send(loaded, endpoint));
    }

    private Uni<Delivery> send(Loaded loaded, WebhookEndpoint endpoint) {
        Instant started = Instant.now().truncatedTo(ChronoUnit.MICROS);
        WebhookTarget target;
        try {
            target = WebhookTarget.parse(endpoint.url());
        } catch (WebhookTarget.InvalidUrlException e) {
            return recorder.record(loaded.delivery(), endpoint.id(), started,
                    new WebhookSender.Answer(null, 0, null, "the endpoint URL " + e.getMessage()));
        }
        return addresses.check(target.host()).chain(decision -> {
            if (!decision.allowed()) {
                LOG.warnf("delivery %s to endpoint %s refused by the SSRF guard", loaded.delivery().id, endpoint.id());
                return recorder.record(loaded.delivery(), endpoint.id(), started,
                        new WebhookSender.Answer(null, 0, null, "refused: " + decision.reason()));
            }
            String body = WebhookMessage.body(loaded.event());
            var headers = WebhookMessage.headers(loaded.delivery().eventId, Instant.now(), body, endpoint.secrets());
            return sender.send(new WebhookSender.Outgoing(target, decision.pinned(), headers, body))
                    .chain(answer -> recorder.record(loaded.delivery(), endpoint.id(), started, answer));
        });
    }
}
