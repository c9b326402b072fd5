package dev.postern.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postern.auth.Scopes;
import dev.postern.events.Category;
import dev.postern.gateway.client.InboundClient;
import dev.postern.gateway.client.InboundRelay;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Mail received by the workspace's agents, as the inbound-scanner recorded it: sender, authentication results,
 * extracted text, injection score, verdict, thread. Quarantined mail is listed as metadata only; its content is
 * under /api/v1/quarantine. Relayed with a token bound to the caller's workspace.
 */
@Path("/api/v1/inbound")
@Produces(MediaType.APPLICATION_JSON)
public class InboundResource {

    static final Pattern INBOUND_ID = Pattern.compile("inb_[0-9A-HJKMNP-TV-Z]{26}");
    static final Pattern AGENT_ID = Pattern.compile("agt_[0-9A-HJKMNP-TV-Z]{26}");
    static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    private final Caller caller;
    private final InboundRelay relay;
    private final InboundClient inbound;

    public InboundResource(Caller caller, InboundRelay relay, @RestClient InboundClient inbound) {
        this.caller = caller;
        this.relay = relay;
        this.inbound = inbound;
    }

    @GET
    @ApiAction(scope = Scopes.INBOUND_READ, category = Category.INBOUND, action = "inbound.list", target = "inbound_message")
    public Uni<Response> list(@QueryParam("agent_id") String agentId, @QueryParam("verdict") String verdict,
                              @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit, RoutingContext rc) {
        check(agentId, AGENT_ID, "agent_id", "must be an agent id (agt_…)");
        check(cursor, CURSOR, "cursor", "is not a cursor this API returned");
        String ws = caller.workspaceId();
        return relay.relay(ws, rc.normalizedPath(), ProblemResponses.requestId(rc),
                t -> inbound.listInbound(ws, t, agentId, verdict, cursor, limit));
    }

    @GET
    @Path("{id}")
    @ApiAction(scope = Scopes.INBOUND_READ, category = Category.INBOUND, action = "inbound.read", target = "inbound_message")
    public Uni<Response> get(@PathParam("id") String id, RoutingContext rc) {
        requireId(id, "Inbound message");
        String ws = caller.workspaceId();
        return relay.relay(ws, rc.normalizedPath(), ProblemResponses.requestId(rc), t -> inbound.getInbound(ws, t, id));
    }

    /** A dry run: {@code {"raw": "<message>"}} or {@code {"subject", "text", "html"}}; nothing is stored or delivered. */
    @POST
    @Path("scan")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiAction(scope = Scopes.INBOUND_WRITE, category = Category.INBOUND, action = "inbound.scan", target = "scan")
    public Uni<Response> scan(JsonNode body, RoutingContext rc) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("(body)", "must be a JSON object with raw, or subject/text/html");
        }
        String ws = caller.workspaceId();
        return relay.relay(ws, rc.normalizedPath(), ProblemResponses.requestId(rc), t -> inbound.scan(ws, t, body.toString()));
    }

    /** The same dry run with the message itself as the body ({@code Content-Type: message/rfc822}), as a mail tool would post it. */
    @POST
    @Path("scan")
    @Consumes("message/rfc822")
    @ApiAction(scope = Scopes.INBOUND_WRITE, category = Category.INBOUND, action = "inbound.scan", target = "scan")
    public Uni<Response> scanRaw(byte[] raw, RoutingContext rc) {
        if (raw == null || raw.length == 0) {
            throw ProblemException.invalid("(body)", "must be an RFC 5322 message");
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("raw", new String(raw, StandardCharsets.UTF_8));
        return scan(body, rc);
    }

    static void check(String value, Pattern pattern, String field, String message) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw ProblemException.invalid(field, message);
        }
    }

    static void requireId(String id, String what) {
        if (!INBOUND_ID.matcher(id).matches()) {
            throw ProblemException.notFound(what + " " + id.substring(0, Math.min(id.length(), 40)));
        }
    }
}
