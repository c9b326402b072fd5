package dev.postern.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postern.auth.InternalToken;
import dev.postern.gateway.config.InboundSettings;
import dev.postern.gateway.config.InternalSettings;
import dev.postern.gateway.rest.Problem;
import dev.postern.gateway.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Every call the gateway makes to the inbound-scanner: a token bound to the caller's workspace, an overall deadline,
 * a circuit breaker. The service's 2xx and 4xx answers are passed through (a problem keeps its type and detail and
 * gets the public request's instance and id); no answer, a 5xx or a refused token become a 503 problem.
 */
@ApplicationScoped
public class InboundRelay {

    private static final Logger LOG = Logger.getLogger(InboundRelay.class);
    private static final Duration TOKEN_TTL = Duration.ofSeconds(30);
    /** Beyond the client's own connect and read timeouts (a dry-run scan of a large message takes a while). */
    private static final Duration DEADLINE = Duration.ofSeconds(15);

    private final InternalSettings internal;
    private final CircuitBreaker breaker;
    private final ObjectMapper json;

    public InboundRelay(InternalSettings internal, InboundSettings settings, ObjectMapper json) {
        this.internal = internal;
        this.json = json;
        this.breaker = new CircuitBreaker(settings.breaker().failureThreshold(), settings.breaker().openFor(), Clock.systemUTC());
    }

    /** Calls the inbound-scanner for {@code workspaceId} and answers as the public API. */
    public Uni<Response> relay(String workspaceId, String publicPath, String requestId, Function<String, Uni<Response>> call) {
        if (!breaker.tryAcquire()) {
            return Uni.createFrom().failure(unavailable(breaker.retryAfterSeconds()));
        }
        String token = InternalToken.issue(internal.secret(), "gateway", workspaceId, TOKEN_TTL);
        return Uni.createFrom().deferred(() -> call.apply(token))
                // a 4xx may arrive as an exception from the client rather than a response: it is an answer all the same
                .onFailure(WebApplicationException.class).recoverWithItem(e -> ((WebApplicationException) e).getResponse())
                .ifNoItem().after(DEADLINE).fail()
                .map(r -> {
                    String body = r.hasEntity() ? r.readEntity(String.class) : "";
                    if (r.getStatus() >= 500 || r.getStatus() == 401 || r.getStatus() == 403) {
                        LOG.errorf("inbound-scanner answered %d", r.getStatus());
                        breaker.onFailure();
                        throw unavailable(5);
                    }
                    breaker.onSuccess();
                    return passThrough(r.getStatus(), r.getHeaderString(HttpHeaders.CONTENT_TYPE), body, publicPath, requestId);
                })
                .onFailure(e -> !(e instanceof ProblemException)).transform(e -> {
                    LOG.errorf("inbound-scanner unreachable: %s", e.getClass().getSimpleName());
                    breaker.onFailure();
                    return unavailable(5);
                });
    }

    private Response passThrough(int status, String contentType, String body, String publicPath, String requestId) {
        String type = contentType == null ? MediaType.APPLICATION_JSON : contentType;
        if (type.startsWith(Problem.MEDIA_TYPE) && !body.isEmpty()) {
            try {
                JsonNode problem = json.readTree(body);
                if (problem instanceof ObjectNode o) {
                    o.put("instance", publicPath);
                    o.put("request_id", requestId);
                    body = json.writeValueAsString(o);
                }
            } catch (IOException e) {
                LOG.warnf("inbound-scanner answered a problem that is not JSON (status %d)", status);
            }
        }
        Response.ResponseBuilder builder = Response.status(status);
        return body.isEmpty() ? builder.build() : builder.type(type).entity(body).build();
    }

    public static ProblemException unavailable(long retryAfterSeconds) {
        return new ProblemException(503, "dependency-unavailable", "Service unavailable",
                "Inbound mail cannot be read right now; try again shortly.", List.of(),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }
}
