package dev.postern.webhooks.client;

import dev.postern.auth.OutboundAddressGuard;
import dev.postern.webhooks.config.WebhooksSettings;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;

/**
 * The SSRF guard at delivery time: resolves the endpoint's host off the event loop, with a timeout,
 * and judges every address it resolves to (a name that pointed somewhere public at registration may
 * point inside now). The caller connects to the address judged here, never resolving again.
 */
@ApplicationScoped
public class AddressChecker {

    private final OutboundAddressGuard guard;
    private final Duration timeout;

    @Inject
    public AddressChecker(WebhooksSettings settings) {
        this(new OutboundAddressGuard(settings.allowLoopback(), OutboundAddressGuard.SYSTEM_RESOLVER), settings.dnsTimeout());
    }

    AddressChecker(OutboundAddressGuard guard, Duration timeout) {
        this.guard = guard;
        this.timeout = timeout;
    }

    public Uni<OutboundAddressGuard.Decision> check(String host) {
        // back on the caller's Vert.x context afterwards: the database client must not be used from a worker thread
        Context caller = Vertx.currentContext();
        Uni<OutboundAddressGuard.Decision> checked = Uni.createFrom().item(() -> guard.check(host))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .ifNoItem().after(timeout)
                .recoverWithItem(() -> new OutboundAddressGuard.Decision(false, List.of(),
                        "resolving the host took longer than " + timeout.toSeconds() + " s"));
        return caller == null ? checked : checked.emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }
}
