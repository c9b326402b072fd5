package dev.postern.gateway.service;

import dev.postern.auth.OutboundAddressGuard;
import dev.postern.auth.WebhookTarget;
import dev.postern.gateway.config.WebhookSettings;
import dev.postern.gateway.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which URLs a webhook endpoint may have: https (http too in a local stack), no credentials, and a
 * host whose every address is public (the SSRF guard; loopback only where the local setting allows
 * it). Checked at registration; the webhooks service checks again before every delivery, since DNS
 * can change.
 */
@ApplicationScoped
public class WebhookUrlPolicy {

    private final OutboundAddressGuard guard;
    private final boolean local;
    private final Duration dnsTimeout;

    @Inject
    public WebhookUrlPolicy(WebhookSettings settings, @ConfigProperty(name = "postern.mode") String mode) {
        this(new OutboundAddressGuard(settings.allowLoopback(), OutboundAddressGuard.SYSTEM_RESOLVER), "local".equals(mode),
                settings.dnsTimeout());
        if (settings.allowLoopback() && !local) {
            throw new IllegalStateException("postern.webhooks.allow-loopback=true is only accepted with postern.mode=local");
        }
    }

    WebhookUrlPolicy(OutboundAddressGuard guard, boolean local, Duration dnsTimeout) {
        this.guard = guard;
        this.local = local;
        this.dnsTimeout = dnsTimeout;
    }

    /** The URL, normalised, or a 422 problem naming {@code url}. Resolves the host off the event loop. */
    public Uni<String> check(String url) {
        WebhookTarget target;
        try {
            target = WebhookTarget.parse(url);
        } catch (WebhookTarget.InvalidUrlException e) {
            return Uni.createFrom().failure(ProblemException.invalid("url", e.getMessage()));
        }
        if (!target.tls() && !local) {
            return Uni.createFrom().failure(ProblemException.invalid("url", "must use https"));
        }
        Context caller = Vertx.currentContext();
        Uni<OutboundAddressGuard.Decision> decided = Uni.createFrom().item(() -> guard.check(target.host()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .ifNoItem().after(dnsTimeout)
                .recoverWithItem(() -> new OutboundAddressGuard.Decision(false, List.of(), "the host did not resolve in time"));
        if (caller != null) {
            decided = decided.emitOn(task -> caller.runOnContext(ignored -> task.run()));
        }
        return decided.map(d -> {
            if (!d.allowed()) {
                throw ProblemException.invalid("url", "is not allowed: " + d.reason());
            }
            return url.strip();
        });
    }
}
