package dev.postern.gateway.rest;

import dev.postern.auth.InternalToken;
import dev.postern.auth.Scopes;
import dev.postern.events.Category;
import dev.postern.gateway.client.AuditClient;
import dev.postern.gateway.config.InternalSettings;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The caller's audit log, read from the audit service with a token bound to the caller's
 * workspace: the audit service cannot be asked for another workspace through this route.
 */
@Path("/api/v1/logs")
@Produces(MediaType.APPLICATION_JSON)
public class LogsResource {

    private static final Logger LOG = Logger.getLogger(LogsResource.class);
    private static final Duration TOKEN_TTL = Duration.ofSeconds(30);

    private final Caller caller;
    private final AuditClient audit;
    private final InternalSettings internal;

    public LogsResource(Caller caller, @RestClient AuditClient audit, InternalSettings internal) {
        this.caller = caller;
        this.audit = audit;
        this.internal = internal;
    }

    @GET
    @ApiAction(scope = Scopes.LOGS_READ, category = Category.AUDIT, action = "logs.list", target = "audit_log")
    public Uni<Response> list(@QueryParam("category") String category, @QueryParam("action") String action,
                              @QueryParam("since") String since, @QueryParam("until") String until,
                              @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        String ws = caller.workspaceId();
        return relay(audit.list(ws, token(ws), category, action, since, until, cursor, limit));
    }

    @GET
    @Path("verify")
    @ApiAction(scope = Scopes.LOGS_READ, category = Category.AUDIT, action = "logs.verify", target = "audit_log")
    public Uni<Response> verify() {
        String ws = caller.workspaceId();
        return relay(audit.verify(ws, token(ws)));
    }

    private String token(String workspaceId) {
        return InternalToken.issue(internal.secret(), "gateway", workspaceId, TOKEN_TTL);
    }

    /** Passes the audit service's answer through (its problems included); its absence becomes a 503. */
    private Uni<Response> relay(Uni<Response> call) {
        return call.map(r -> {
            String body = r.readEntity(String.class);
            if (r.getStatus() >= 500 || (r.getStatus() == 401 || r.getStatus() == 403)) {
                LOG.errorf("audit service answered %d", r.getStatus());
                throw unavailable();
            }
            String type = r.getHeaderString(HttpHeaders.CONTENT_TYPE);
            return Response.status(r.getStatus()).type(type == null ? MediaType.APPLICATION_JSON : type).entity(body).build();
        }).onFailure(e -> !(e instanceof ProblemException)).transform(e -> {
            LOG.errorf("audit service unreachable: %s", e.toString());
            return unavailable();
        });
    }

    private static ProblemException unavailable() {
        return new ProblemException(503, "dependency-unavailable", "Service unavailable",
                "The audit log cannot be read right now; try again shortly.", java.util.List.of(), Map.of("Retry-After", "5"));
    }
}
