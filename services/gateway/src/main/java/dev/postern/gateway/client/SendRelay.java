package dev.postern.gateway.client;

import dev.postern.gateway.config.InternalSettings;
import dev.postern.gateway.config.SendSettings;
import dev.postern.gateway.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/** Every call the gateway makes to the send service, through an {@link InternalCall} (token, deadline, breaker). */
@ApplicationScoped
public class SendRelay {

    private static final String UNAVAILABLE = "The send service cannot be reached right now; try again shortly.";
    private static final Duration TOKEN_TTL = Duration.ofSeconds(30);
    /** Beyond the client's own connect and read timeouts: nothing waits on send longer than this. */
    private static final Duration DEADLINE = Duration.ofSeconds(8);

    private final InternalCall send;

    public SendRelay(InternalSettings internal, SendSettings settings) {
        this.send = new InternalCall("send service", UNAVAILABLE, internal,
                new CircuitBreaker(settings.breaker().failureThreshold(), settings.breaker().openFor(), Clock.systemUTC()),
                TOKEN_TTL, DEADLINE);
    }

    /** Calls send for {@code workspaceId}; {@code call} gets the internal token to present. */
    public Uni<InternalCall.Answer> call(String workspaceId, Function<String, Uni<Response>> call) {
        return send.call(workspaceId, call);
    }

    /** Send's answer as the public API gives it (a problem gets the public request's instance and id). */
    public Response passThrough(InternalCall.Answer answer, String publicPath, String requestId) {
        return send.passThrough(answer, publicPath, requestId);
    }

    public static ProblemException unavailable(long retryAfterSeconds) {
        return InternalCall.unavailable(UNAVAILABLE, retryAfterSeconds);
    }
}
