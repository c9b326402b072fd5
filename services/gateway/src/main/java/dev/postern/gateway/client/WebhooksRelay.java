package dev.postern.gateway.client;

import dev.postern.auth.InternalToken;
import dev.postern.gateway.config.InternalSettings;
import dev.postern.gateway.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Every call to the webhooks service: a token bound to the caller's workspace, a deadline, and a
 * circuit breaker. A 2xx or 4xx answer is passed on as it came (its problems included); an absent or
 * failing service becomes a 503 {@code dependency-unavailable} problem with Retry-After.
 */
@ApplicationScoped
public class WebhooksRelay {

    private static final Logger LOG = Logger.getLogger(WebhooksRelay.class);
    private static final Duration TOKEN_TTL = Duration.ofSeconds(60);
    private static final Duration DEADLINE = Duration.ofSeconds(40);

    private final WebhooksClient client;
    private final InternalSettings internal;
    private final CircuitBreaker breaker = new CircuitBreaker(5, Duration.ofSeconds(10), Clock.systemUTC());

    public WebhooksRelay(@RestClient WebhooksClient client, InternalSettings internal) {
        this.client = client;
        this.internal = internal;
    }

    /** What the webhooks service answered: a 2xx or a 4xx. */
    public record Answer(int status, String contentType, String body) {
        public Response toResponse() {
            return Response.status(status).type(contentType).entity(body).build();
        }
    }

    public Uni<Answer> call(String workspaceId, Function<WebhooksClient, Function<String, Uni<Response>>> call) {
        if (!breaker.tryAcquire()) {
            return Uni.createFrom().failure(unavailable(breaker.retryAfterSeconds()));
        }
        String token = InternalToken.issue(internal.secret(), "gateway", workspaceId, TOKEN_TTL);
        return Uni.createFrom().deferred(() -> call.apply(client).apply(token))
                .ifNoItem().after(DEADLINE).fail()
                .map(r -> {
                    String body = r.hasEntity() ? r.readEntity(String.class) : "";
                    if (r.getStatus() >= 500 || r.getStatus() == 401 || r.getStatus() == 403) {
                        // 401/403: our token was refused, a configuration fault rather than the caller's
                        LOG.errorf("webhooks service answered %d", r.getStatus());
                        throw new Upstream(r.getStatus());
                    }
                    String type = r.getHeaderString(HttpHeaders.CONTENT_TYPE);
                    return new Answer(r.getStatus(), type == null ? MediaType.APPLICATION_JSON : type, body);
                })
                .onItemOrFailure().transformToUni((answer, failure) -> {
                    if (failure == null) {
                        breaker.onSuccess();
                        return Uni.createFrom().item(answer);
                    }
                    breaker.onFailure();
                    if (!(failure instanceof Upstream)) {
                        LOG.warnf("webhooks service unreachable: %s", failure.toString());
                    }
                    return Uni.createFrom().failure(unavailable(5));
                });
    }

    private static final class Upstream extends RuntimeException {
        Upstream(int status) {
            super("webhooks service answered " + status, null, false, false);
        }
    }

    static ProblemException unavailable(long retryAfterSeconds) {
        return new ProblemException(503, "dependency-unavailable", "Service unavailable",
                "Webhook deliveries and events cannot be read right now; try again shortly.", List.of(),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }
}
