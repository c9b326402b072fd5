package dev.postern.gateway.rest;

import dev.postern.auth.Scopes;
import dev.postern.events.Category;
import dev.postern.gateway.client.InboundClient;
import dev.postern.gateway.client.InboundRelay;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Conversations: inbound and outbound messages of one thread, in order (relayed to the inbound-scanner). */
@Path("/api/v1/threads")
@Produces(MediaType.APPLICATION_JSON)
public class ThreadsResource {

    private static final Pattern THREAD_ID = Pattern.compile("thr_[0-9A-HJKMNP-TV-Z]{26}");

    private final Caller caller;
    private final InboundRelay relay;
    private final InboundClient inbound;

    public ThreadsResource(Caller caller, InboundRelay relay, @RestClient InboundClient inbound) {
        this.caller = caller;
        this.relay = relay;
        this.inbound = inbound;
    }

    @GET
    @ApiAction(scope = Scopes.INBOUND_READ, category = Category.INBOUND, action = "threads.list", target = "thread")
    public Uni<Response> list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit, RoutingContext rc) {
        InboundResource.check(cursor, InboundResource.CURSOR, "cursor", "is not a cursor this API returned");
        String ws = caller.workspaceId();
        return relay.relay(ws, rc.normalizedPath(), ProblemResponses.requestId(rc), t -> inbound.listThreads(ws, t, cursor, limit));
    }

    @GET
    @Path("{id}")
    @ApiAction(scope = Scopes.INBOUND_READ, category = Category.INBOUND, action = "threads.read", target = "thread")
    public Uni<Response> get(@PathParam("id") String id, RoutingContext rc) {
        if (!THREAD_ID.matcher(id).matches()) {
            throw ProblemException.notFound("Thread " + id.substring(0, Math.min(id.length(), 40)));
        }
        String ws = caller.workspaceId();
        return relay.relay(ws, rc.normalizedPath(), ProblemResponses.requestId(rc), t -> inbound.getThread(ws, t, id));
    }
}
