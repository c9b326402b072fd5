package dev.postern.webhooks.service;

import dev.postern.webhooks.client.WebhookSender;
import dev.postern.webhooks.config.WebhooksSettings;
import dev.postern.webhooks.domain.Delivery;
import dev.postern.webhooks.domain.DeliveryAttempt;
import dev.postern.webhooks.domain.EndpointHealth;
import dev.postern.webhooks.domain.RetrySchedule;
import dev.postern.webhooks.repository.DeliveryRepository;
import dev.postern.webhooks.repository.EndpointHealthRepository;
import dev.postern.webhooks.repository.TenantTransactions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Writes what an attempt came to, in one transaction: the attempt row, the delivery's next state
 * (succeeded, a retry due after the schedule's next delay, or failed once attempts run out) and the
 * endpoint's health. HTTP 410 fails the delivery for good and disables the endpoint at once; so does
 * a failure after {@code disable-after} without a single success. Disabling cancels the endpoint's
 * other open deliveries and is reported to the gateway.
 */
@ApplicationScoped
public class AttemptRecorder {

    private static final Logger LOG = Logger.getLogger(AttemptRecorder.class);
    private static final int MAX_ERROR = 500;

    private final TenantTransactions transactions;
    private final DeliveryRepository deliveries;
    private final EndpointHealthRepository health;
    private final EndpointDisabler disabler;
    private final RetrySchedule schedule;
    private final Duration disableAfter;
    private final Duration retryDelay;

    public AttemptRecorder(TenantTransactions transactions, DeliveryRepository deliveries, EndpointHealthRepository health,
                           EndpointDisabler disabler, WebhooksSettings settings) {
        this.transactions = transactions;
        this.deliveries = deliveries;
        this.health = health;
        this.disabler = disabler;
        this.schedule = new RetrySchedule(settings.retrySchedule(), settings.retryJitter());
        this.disableAfter = settings.disableAfter();
        this.retryDelay = settings.directory().retryDelay();
    }

    public Uni<Delivery> record(Delivery claimed, String endpointId, Instant startedAt, WebhookSender.Answer answer) {
        String ws = claimed.workspaceId;
        AtomicReference<String> disabledReason = new AtomicReference<>();
        return transactions.inWorkspace(ws, session -> deliveries.find(session, ws, claimed.id)
                        .chain(d -> d == null ? Uni.createFrom().<Delivery>nullItem() : health.lockOrCreate(session, ws, endpointId).chain(h -> {
                            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                            DeliveryAttempt attempt = attemptRow(d, startedAt, answer);
                            boolean wasOpen = !d.finished();
                            d.attempts = attempt.attempt;
                            d.leaseUntil = null;
                            if (answer.success()) {
                                h.succeeded(now);
                                if (wasOpen) {
                                    d.status = Delivery.SUCCEEDED;
                                    d.completedAt = now;
                                    d.nextAttemptAt = null;
                                    d.lastError = null;
                                }
                            } else {
                                boolean gone = answer.status() != null && answer.status() == 410;
                                if (h.failed(now, gone, disableAfter)) {
                                    disabledReason.set(h.disabledReason);
                                }
                                if (wasOpen) {
                                    failed(d, attempt, gone || disabledReason.get() != null, now);
                                }
                            }
                            Uni<Void> write = deliveries.addAttempt(session, attempt);
                            if (disabledReason.get() != null) {
                                write = write.chain(() -> session.flush())
                                        .chain(() -> deliveries.cancelOpen(session, ws, endpointId,
                                                "endpoint disabled (" + disabledReason.get() + ")", now))
                                        .replaceWithVoid();
                            }
                            return write.replaceWith(d);
                        })))
                .invoke(d -> {
                    if (d != null) {
                        LOG.debugf("delivery %s attempt %d: %s", d.id, d.attempts, d.status);
                    }
                    if (disabledReason.get() != null) {
                        LOG.warnf("endpoint %s of %s disabled (%s)", endpointId, ws, disabledReason.get());
                        disabler.report(ws, endpointId, disabledReason.get());
                    }
                });
    }

    /** The endpoint list could not be read: the delivery waits, and no attempt is counted. */
    public Uni<Delivery> release(String workspaceId, String deliveryId) {
        return update(workspaceId, deliveryId, d -> {
            d.status = Delivery.PENDING;
            d.leaseUntil = null;
            d.nextAttemptAt = Instant.now().plus(retryDelay).truncatedTo(ChronoUnit.MICROS);
        });
    }

    public Uni<Delivery> cancel(String workspaceId, String deliveryId, String reason) {
        return update(workspaceId, deliveryId, d -> {
            d.status = Delivery.CANCELLED;
            d.leaseUntil = null;
            d.nextAttemptAt = null;
            d.completedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            d.lastError = reason;
        });
    }

    private Uni<Delivery> update(String workspaceId, String deliveryId, java.util.function.Consumer<Delivery> change) {
        return transactions.inWorkspace(workspaceId, session -> deliveries.find(session, workspaceId, deliveryId).map(d -> {
            if (d != null && !d.finished()) {
                change.accept(d);
            }
            return d;
        }));
    }

    private void failed(Delivery d, DeliveryAttempt attempt, boolean final_, Instant now) {
        d.lastError = attempt.error != null ? attempt.error : "HTTP " + attempt.httpStatus;
        Optional<Duration> delay = final_ ? Optional.empty() : schedule.delayAfter(attempt.attempt, ThreadLocalRandom.current());
        if (delay.isPresent()) {
            d.status = Delivery.PENDING;
            d.nextAttemptAt = now.plus(delay.get());
        } else {
            d.status = Delivery.FAILED;
            d.nextAttemptAt = null;
            d.completedAt = now;
        }
    }

    private static DeliveryAttempt attemptRow(Delivery d, Instant startedAt, WebhookSender.Answer answer) {
        DeliveryAttempt a = new DeliveryAttempt();
        a.deliveryId = d.id;
        a.workspaceId = d.workspaceId;
        a.attempt = d.attempts + 1;
        a.startedAt = startedAt;
        a.outcome = answer.success() ? "succeeded" : "failed";
        a.httpStatus = answer.status();
        a.latencyMs = (int) Math.min(Integer.MAX_VALUE, answer.latencyMs());
        String error = answer.error();
        if (error == null && !answer.success() && answer.status() != null) {
            error = answer.status() >= 300 && answer.status() < 400 ? "redirect not followed (HTTP " + answer.status() + ")"
                    : answer.status() == 410 ? "HTTP 410 Gone: the endpoint is disabled" : null;
        }
        a.error = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        a.responseExcerpt = answer.excerpt();
        return a;
    }
}
