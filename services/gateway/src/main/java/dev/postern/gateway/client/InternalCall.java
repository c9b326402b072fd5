package dev.postern.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postern.auth.InternalToken;
import dev.postern.gateway.config.InternalSettings;
import dev.postern.gateway.rest.Problem;
import dev.postern.gateway.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * One internal service the gateway calls (send, inbound-scanner, webhooks), the way every relay calls it: a token
 * bound to the one workspace concerned, an overall deadline beyond the client's own timeouts, and a circuit breaker,
 * so that while the service is down callers get a 503 problem at once rather than a timeout each. A 2xx or 4xx is an
 * answer; no answer, a 5xx or a refused token (401/403: a configuration fault, not the caller's) become a 503
 * {@code dependency-unavailable} problem with Retry-After.
 */
public final class InternalCall {

    /** What the service answered: a 2xx or a 4xx. */
    public record Answer(int status, String contentType, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public Response toResponse() {
            return Response.status(status).type(contentType).entity(body).build();
        }
    }

    private static final Logger LOG = Logger.getLogger(InternalCall.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String service;
    private final String unavailableDetail;
    private final InternalSettings internal;
    private final CircuitBreaker breaker;
    private final Duration tokenTtl;
    private final Duration deadline;

    InternalCall(String service, String unavailableDetail, InternalSettings internal, CircuitBreaker breaker,
                 Duration tokenTtl, Duration deadline) {
        this.service = service;
        this.unavailableDetail = unavailableDetail;
        this.internal = internal;
        this.breaker = breaker;
        this.tokenTtl = tokenTtl;
        this.deadline = deadline;
    }

    /** Calls the service for {@code workspaceId}; {@code call} gets the internal token to present. */
    Uni<Answer> call(String workspaceId, Function<String, Uni<Response>> call) {
        if (!breaker.tryAcquire()) {
            return Uni.createFrom().failure(unavailable(breaker.retryAfterSeconds()));
        }
        String token = InternalToken.issue(internal.secret(), "gateway", workspaceId, tokenTtl);
        return Uni.createFrom().deferred(() -> call.apply(token))
                .ifNoItem().after(deadline).fail()
                // a 4xx may arrive as an exception from the client rather than a response: it is an answer all the same
                .onFailure(WebApplicationException.class).recoverWithItem(e -> ((WebApplicationException) e).getResponse())
                .map(r -> {
                    String body = r.hasEntity() ? r.readEntity(String.class) : "";
                    if (r.getStatus() >= 500 || r.getStatus() == 401 || r.getStatus() == 403) {
                        LOG.errorf("%s answered %d", service, r.getStatus());
                        breaker.onFailure();
                        throw unavailable(5);
                    }
                    breaker.onSuccess();
                    String type = r.getHeaderString(HttpHeaders.CONTENT_TYPE);
                    return new Answer(r.getStatus(), type == null ? MediaType.APPLICATION_JSON : type, body);
                })
                .onFailure(e -> !(e instanceof ProblemException)).transform(e -> {
                    LOG.errorf("%s unreachable: %s", service, e.getClass().getSimpleName());
                    breaker.onFailure();
                    return unavailable(5);
                });
    }

    /**
     * The answer as the public API gives it. A problem keeps its type and detail, but its {@code instance} and
     * {@code request_id} become the public request's.
     */
    Response passThrough(Answer answer, String publicPath, String requestId) {
        String body = answer.body();
        if (answer.contentType().startsWith(Problem.MEDIA_TYPE) && !body.isEmpty()) {
            try {
                JsonNode problem = JSON.readTree(body);
                if (problem instanceof ObjectNode o) {
                    o.put("instance", publicPath);
                    o.put("request_id", requestId);
                    body = JSON.writeValueAsString(o);
                }
            } catch (IOException e) {
                LOG.warnf("%s answered a problem that is not JSON (status %d)", service, answer.status());
            }
        }
        Response.ResponseBuilder builder = Response.status(answer.status());
        return body.isEmpty() ? builder.build() : builder.type(answer.contentType()).entity(body).build();
    }

    ProblemException unavailable(long retryAfterSeconds) {
        return unavailable(unavailableDetail, retryAfterSeconds);
    }

    static ProblemException unavailable(String detail, long retryAfterSeconds) {
        return new ProblemException(503, "dependency-unavailable", "Service unavailable", detail, List.of(),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }
}
