package dev.postern.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postern.auth.Scopes;
import dev.postern.events.Category;
import dev.postern.gateway.client.InternalCall;
import dev.postern.gateway.client.SendClient;
import dev.postern.gateway.client.SendRelay;
import dev.postern.gateway.service.AddressRules;
import dev.postern.gateway.service.FieldReader;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The workspace's suppression list, kept by the send service: addresses that bounced, complained,
 * unsubscribed or were added by hand are never mailed. Relayed with a token bound to the caller's
 * workspace.
 */
@Path("/api/v1/suppressions")
@Produces(MediaType.APPLICATION_JSON)
public class SuppressionsResource {

    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_=.@+-]{1,300}");

    private final Caller caller;
    private final SendRelay relay;
    private final SendClient send;
    private final ResponseBodies bodies;

    public SuppressionsResource(Caller caller, SendRelay relay, @RestClient SendClient send, ResponseBodies bodies) {
        this.caller = caller;
        this.relay = relay;
        this.send = send;
        this.bodies = bodies;
    }

    @GET
    @ApiAction(scope = Scopes.SUPPRESSIONS_READ, category = Category.SENDS, action = "suppressions.list", target = "suppression")
    public Uni<Response> list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit, RoutingContext rc) {
        if (cursor != null && !CURSOR.matcher(cursor).matches()) {
            throw ProblemException.invalid("cursor", "is not a cursor this API returned");
        }
        if (limit != null && (limit < 1 || limit > 100)) {
            throw ProblemException.invalid("limit", "must be between 1 and 100");
        }
        String ws = caller.workspaceId();
        return relay.call(ws, t -> send.listSuppressions(ws, t, cursor, limit)).map(a -> pass(a, rc));
    }

    @GET
    @Path("{address}")
    @ApiAction(scope = Scopes.SUPPRESSIONS_READ, category = Category.SENDS, action = "suppressions.read", target = "suppression")
    public Uni<Response> get(@PathParam("address") String address, RoutingContext rc) {
        String a = checked(address, "address");
        String ws = caller.workspaceId();
        return relay.call(ws, t -> send.getSuppression(ws, t, a)).map(answer -> pass(answer, rc));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiAction(scope = Scopes.SUPPRESSIONS_WRITE, category = Category.SENDS, action = "suppressions.add", target = "suppression")
    public Uni<Response> add(JsonNode body, RoutingContext rc) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("(body)", "must be a JSON object {\"address\": …}");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        FieldReader in = new FieldReader(body, "", errors);
        in.refuseUnknown(Set.of("address", "reason"), Map.of());
        String raw = in.string("address", true, AddressRules.MAX_ADDRESS + 16);
        String reason = in.string("reason", false, 20);
        if (reason != null && !"manual".equals(reason)) {
            in.error("reason", "must be 'manual' (bounces, complaints and unsubscribes are added by Postern itself)");
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String address = checked(raw, "address");
        String ws = caller.workspaceId();
        String json = bodies.write(Map.of("address", address, "reason", "manual"));
        return relay.call(ws, t -> send.addSuppression(ws, t, json)).map(answer -> pass(answer, rc));
    }

    @DELETE
    @Path("{address}")
    @ApiAction(scope = Scopes.SUPPRESSIONS_WRITE, category = Category.SENDS, action = "suppressions.remove", target = "suppression")
    public Uni<Response> remove(@PathParam("address") String address, RoutingContext rc) {
        String a = checked(address, "address");
        String ws = caller.workspaceId();
        return relay.call(ws, t -> send.removeSuppression(ws, t, a)).map(answer -> pass(answer, rc));
    }

    private String checked(String raw, String field) {
        String address = AddressRules.normalise(raw);
        String problem = AddressRules.problem(address);
        if (problem != null) {
            throw ProblemException.invalid(field, problem);
        }
        caller.target(address);
        return address;
    }

    private Response pass(InternalCall.Answer answer, RoutingContext rc) {
        return relay.passThrough(answer, rc.normalizedPath(), ProblemResponses.requestId(rc));
    }
}
