package dev.postern.webhooks.client;

import dev.postern.auth.InternalToken;
import dev.postern.webhooks.config.InternalSettings;
import dev.postern.webhooks.config.WebhooksSettings;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A workspace's webhook endpoints and their secrets, as the gateway (their owner) tells them, kept
 * briefly in memory. Entries are dropped on every {@code webhook_endpoint.*} event of the workspace
 * and after {@code directory.cache-ttl}; an endpoint id not in the cached list triggers a refresh
 * (it may have been created a moment ago). Calls go through a circuit breaker.
 */
@ApplicationScoped
public class EndpointDirectory {

    private static final Duration TOKEN_TTL = Duration.ofSeconds(30);
    private static final Duration MIN_REFRESH_GAP = Duration.ofMillis(500);
    private static final int MAX_WORKSPACES = 10_000;
    private static final String CALLER = "webhooks";

    private record Entry(List<WebhookEndpoint> endpoints, Instant fetchedAt) {
    }

    private final GatewayClient gateway;
    private final InternalSettings internal;
    private final Duration ttl;
    private final Clock clock = Clock.systemUTC();
    private final CircuitBreaker breaker = new CircuitBreaker("gateway", 5, Duration.ofSeconds(10), Clock.systemUTC());
    private final Map<String, Entry> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_WORKSPACES;
        }
    };

    public EndpointDirectory(@RestClient GatewayClient gateway, InternalSettings internal, WebhooksSettings settings) {
        this.gateway = gateway;
        this.internal = internal;
        this.ttl = settings.directory().cacheTtl();
    }

    public Uni<List<WebhookEndpoint>> endpoints(String workspaceId) {
        Entry cached = cached(workspaceId);
        if (cached != null && cached.fetchedAt().plus(ttl).isAfter(clock.instant())) {
            return Uni.createFrom().item(cached.endpoints());
        }
        return fetch(workspaceId);
    }

    /** One endpoint; empty when the gateway does not know it (deleted). */
    public Uni<Optional<WebhookEndpoint>> endpoint(String workspaceId, String endpointId) {
        return endpoints(workspaceId).chain(list -> {
            Optional<WebhookEndpoint> found = find(list, endpointId);
            Entry cached = cached(workspaceId);
            boolean fresh = cached != null && cached.fetchedAt().plus(MIN_REFRESH_GAP).isAfter(clock.instant());
            if (found.isPresent() || fresh) {
                return Uni.createFrom().item(found);
            }
            return fetch(workspaceId).map(refreshed -> find(refreshed, endpointId));
        });
    }

    public void invalidate(String workspaceId) {
        synchronized (cache) {
            cache.remove(workspaceId);
        }
    }

    /** Asks the gateway to disable an endpoint (it records the reason and emits webhook_endpoint.disabled). */
    public Uni<Void> disable(String workspaceId, String endpointId, String reason) {
        return breaker.call(() -> gateway.disable(workspaceId, endpointId, token(workspaceId), new GatewayClient.DisableRequest(reason))
                        .map(r -> {
                            // 404: the endpoint is gone, nothing left to disable
                            if (r.getStatus() != 200 && r.getStatus() != 204 && r.getStatus() != 404) {
                                throw new GatewayException(r.getStatus());
                            }
                            return null;
                        }))
                .invoke(() -> invalidate(workspaceId))
                .replaceWithVoid();
    }

    public boolean gatewayFailing() {
        return breaker.open();
    }

    private Uni<List<WebhookEndpoint>> fetch(String workspaceId) {
        return breaker.call(() -> gateway.endpoints(workspaceId, token(workspaceId)).map(r -> {
                    if (r.getStatus() != 200) {
                        throw new GatewayException(r.getStatus());
                    }
                    GatewayClient.EndpointList list = r.readEntity(GatewayClient.EndpointList.class);
                    if (list == null || list.data() == null) {
                        throw new GatewayException(r.getStatus());
                    }
                    return List.copyOf(list.data());
                }))
                .invoke(list -> {
                    synchronized (cache) {
                        cache.put(workspaceId, new Entry(list, clock.instant()));
                    }
                });
    }

    /** The gateway answered something other than success. */
    public static final class GatewayException extends RuntimeException {
        public GatewayException(int status) {
            super("gateway answered HTTP " + status, null, false, false);
        }
    }

    private Entry cached(String workspaceId) {
        synchronized (cache) {
            return cache.get(workspaceId);
        }
    }

    private String token(String workspaceId) {
        return InternalToken.issue(internal.secret(), CALLER, workspaceId, TOKEN_TTL);
    }

    private static Optional<WebhookEndpoint> find(List<WebhookEndpoint> list, String endpointId) {
        return list.stream().filter(e -> e.id().equals(endpointId)).findFirst();
    }
}
