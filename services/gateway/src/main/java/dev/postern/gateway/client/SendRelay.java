package dev.postern.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postern.auth.InternalToken;
import dev.postern.gateway.config.InternalSettings;
import dev.postern.gateway.config.SendSettings;
import dev.postern.gateway.rest.Problem;
import dev.postern.gateway.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Every call the gateway makes to the send service goes through here: a token bound to the one
 * workspace concerned, an overall deadline, and a circuit breaker, so that while send is down
 * callers get a 503 problem at once rather than a timeout each.
 */
@ApplicationScoped
public class SendRelay {

    private static final Logger LOG = Logger.getLogger(SendRelay.class);
    private static final Duration TOKEN_TTL = Duration.ofSeconds(30);
    /** Beyond the client's own connect and read timeouts: nothing waits on send longer than this. */
    private static final Duration DEADLINE = Duration.ofSeconds(8);

    private final SendClient client;
    private final InternalSettings internal;
    private final CircuitBreaker breaker;
    private final ObjectMapper json;

    public SendRelay(@RestClient SendClient client, InternalSettings internal, SendSettings settings, ObjectMapper json) {
        this.client = client;
        this.internal = internal;
        this.json = json;
        this.breaker = new CircuitBreaker(settings.breaker().failureThreshold(), settings.breaker().openFor(), Clock.systemUTC());
    }

    /** What send answered (a 2xx or a 4xx; anything else has become a 503 problem). */
    public record Answer(int status, String contentType, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** Calls send for {@code workspaceId}; {@code call} gets the internal token to present. */
    public Uni<Answer> call(String workspaceId, Function<String, Uni<Response>> call) {
        if (!breaker.tryAcquire()) {
            return Uni.createFrom().failure(unavailable(breaker.retryAfterSeconds()));
        }
        String token = InternalToken.issue(internal.secret(), "gateway", workspaceId, TOKEN_TTL);
        return Uni.createFrom().deferred(() -> call.apply(token))
                .ifNoItem().after(DEADLINE).fail()
                .map(r -> {
                    String body = r.hasEntity() ? r.readEntity(String.class) : "";
                    if (r.getStatus() >= 500 || r.getStatus() == 401 || r.getStatus() == 403) {
                        // a 401/403 means our token was refused: a configuration fault, not the caller's
                        LOG.errorf("send service answered %d", r.getStatus());
                        breaker.onFailure();
                        throw unavailable(5);
                    }
                    breaker.onSuccess();
                    return new Answer(r.getStatus(), r.getHeaderString(HttpHeaders.CONTENT_TYPE), body);
                })
                .onFailure(e -> !(e instanceof ProblemException)).transform(e -> {
                    LOG.errorf("send service unreachable: %s", e.getClass().getSimpleName());
                    breaker.onFailure();
                    return unavailable(5);
                });
    }

    public CircuitBreaker.State breakerState() {
        return breaker.state();
    }

    /**
     * Send's answer as the public API gives it. A problem from send keeps its type and detail, but
     * its {@code instance} and {@code request_id} become the public request's.
     */
    public Response passThrough(Answer answer, String publicPath, String requestId) {
        String type = answer.contentType() == null ? MediaType.APPLICATION_JSON : answer.contentType();
        String body = answer.body();
        if (type.startsWith(Problem.MEDIA_TYPE) && !body.isEmpty()) {
            try {
                JsonNode problem = json.readTree(body);
                if (problem instanceof ObjectNode o) {
                    o.put("instance", publicPath);
                    o.put("request_id", requestId);
                    body = json.writeValueAsString(o);
                }
            } catch (IOException e) {
                LOG.warnf("send service answered a problem that is not JSON (status %d)", answer.status());
            }
        }
        Response.ResponseBuilder builder = Response.status(answer.status());
        return body.isEmpty() ? builder.build() : builder.type(type).entity(body).build();
    }

    public static ProblemException unavailable(long retryAfterSeconds) {
        return new ProblemException(503, "dependency-unavailable", "Service unavailable",
                "The send service cannot be reached right now; try again shortly.", List.of(),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }
}
