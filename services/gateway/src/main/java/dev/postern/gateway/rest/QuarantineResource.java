package dev.postern.gateway.rest;

import dev.postern.auth.Scopes;
import dev.postern.events.Actor;
import dev.postern.events.Category;
import dev.postern.gateway.client.InboundClient;
import dev.postern.gateway.client.InboundRelay;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The quarantine: mail held because it tried to instruct the agent's model (or could not be parsed). The detail here
 * is the only place its content is shown; release delivers it as normal, delete erases it. Both are audited (this
 * call's api.call row, and the service's quarantine.released / quarantine.deleted events naming the key).
 */
@Path("/api/v1/quarantine")
@Produces(MediaType.APPLICATION_JSON)
public class QuarantineResource {

    private final Caller caller;
    private final InboundRelay relay;
    private final InboundClient inbound;

    public QuarantineResource(Caller caller, InboundRelay relay, @RestClient InboundClient inbound) {
        this.caller = caller;
        this.relay = relay;
        this.inbound = inbound;
    }

    @GET
    @ApiAction(scope = Scopes.QUARANTINE_READ, category = Category.INBOUND, action = "quarantine.list", target = "inbound_message")
    public Uni<Response> list(@QueryParam("agent_id") String agentId, @QueryParam("cursor") String cursor,
                              @QueryParam("limit") Integer limit, RoutingContext rc) {
        InboundResource.check(agentId, InboundResource.AGENT_ID, "agent_id", "must be an agent id (agt_…)");
        InboundResource.check(cursor, InboundResource.CURSOR, "cursor", "is not a cursor this API returned");
        String ws = caller.workspaceId();
        return relay.relay(ws, rc.normalizedPath(), ProblemResponses.requestId(rc),
                t -> inbound.listQuarantine(ws, t, agentId, cursor, limit));
    }

    @GET
    @Path("{id}")
    @ApiAction(scope = Scopes.QUARANTINE_READ, category = Category.INBOUND, action = "quarantine.read", target = "inbound_message")
    public Uni<Response> get(@PathParam("id") String id, @QueryParam("include_raw") Boolean includeRaw, RoutingContext rc) {
        InboundResource.requireId(id, "Quarantined message");
        String ws = caller.workspaceId();
        return relay.relay(ws, rc.normalizedPath(), ProblemResponses.requestId(rc), t -> inbound.getQuarantined(ws, t, id, includeRaw));
    }

    @POST
    @Path("{id}/release")
    @ApiAction(scope = Scopes.QUARANTINE_WRITE, category = Category.INBOUND, action = "quarantine.release", target = "inbound_message")
    public Uni<Response> release(@PathParam("id") String id, RoutingContext rc) {
        InboundResource.requireId(id, "Quarantined message");
        String ws = caller.workspaceId();
        Actor a = caller.actor();
        return relay.relay(ws, rc.normalizedPath(), ProblemResponses.requestId(rc),
                t -> inbound.release(ws, t, id, a.id(), a.keyPrefix(), a.ip(), a.userAgent()));
    }

    @DELETE
    @Path("{id}")
    @ApiAction(scope = Scopes.QUARANTINE_WRITE, category = Category.INBOUND, action = "quarantine.delete", target = "inbound_message")
    public Uni<Response> delete(@PathParam("id") String id, RoutingContext rc) {
        InboundResource.requireId(id, "Quarantined message");
        String ws = caller.workspaceId();
        Actor a = caller.actor();
        return relay.relay(ws, rc.normalizedPath(), ProblemResponses.requestId(rc),
                t -> inbound.delete(ws, t, id, a.id(), a.keyPrefix(), a.ip(), a.userAgent()));
    }
}
