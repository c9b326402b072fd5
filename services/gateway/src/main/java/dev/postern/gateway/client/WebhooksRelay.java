package dev.postern.gateway.client;

import dev.postern.gateway.config.InternalSettings;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Every call to the webhooks service, through an {@link InternalCall} (token, deadline, breaker). A 2xx or 4xx
 * answer is passed on as it came (its problems included).
 */
@ApplicationScoped
public class WebhooksRelay {

    private static final Duration TOKEN_TTL = Duration.ofSeconds(60);
    /** A test ping or redelivery waits for its first attempt; a stream's long poll for its heartbeat interval. */
    private static final Duration DEADLINE = Duration.ofSeconds(40);

    private final WebhooksClient client;
    private final InternalCall webhooks;

    public WebhooksRelay(@RestClient WebhooksClient client, InternalSettings internal) {
        this.client = client;
        this.webhooks = new InternalCall("webhooks service",
                "Webhook deliveries and events cannot be read right now; try again shortly.", internal,
                new CircuitBreaker(5, Duration.ofSeconds(10), Clock.systemUTC()), TOKEN_TTL, DEADLINE);
    }

    public Uni<InternalCall.Answer> call(String workspaceId, Function<WebhooksClient, Function<String, Uni<Response>>> call) {
        return webhooks.call(workspaceId, call.apply(client));
    }
}
