package dev.postern.gateway.client;

import dev.postern.gateway.config.InboundSettings;
import dev.postern.gateway.config.InternalSettings;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * Every call the gateway makes to the inbound-scanner, through an {@link InternalCall} (token, deadline, breaker).
 * Its 2xx and 4xx answers are passed through (a problem keeps its type and detail and gets the public request's
 * instance and id).
 */
@ApplicationScoped
public class InboundRelay {

    private static final Duration TOKEN_TTL = Duration.ofSeconds(30);
    /** Beyond the client's own connect and read timeouts (a dry-run scan of a large message takes a while). */
    private static final Duration DEADLINE = Duration.ofSeconds(15);

    private final InternalCall inbound;

    public InboundRelay(InternalSettings internal, InboundSettings settings) {
        this.inbound = new InternalCall("inbound-scanner", "Inbound mail cannot be read right now; try again shortly.", internal,
                new CircuitBreaker(settings.breaker().failureThreshold(), settings.breaker().openFor(), Clock.systemUTC()),
                TOKEN_TTL, DEADLINE);
    }

    /** Calls the inbound-scanner for {@code workspaceId} and answers as the public API. */
    public Uni<Response> relay(String workspaceId, String publicPath, String requestId, Function<String, Uni<Response>> call) {
        return inbound.call(workspaceId, call).map(answer -> inbound.passThrough(answer, publicPath, requestId));
    }
}
