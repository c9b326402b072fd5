package dev.postern.gateway.rest;

import dev.postern.auth.Scopes;
import dev.postern.events.Category;
import dev.postern.gateway.client.InternalCall;
import dev.postern.gateway.client.WebhooksRelay;
import dev.postern.gateway.service.EventStreams;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * The workspace's public events, oldest first after a cursor (an event's {@code seq}): the same
 * events webhooks deliver, for catching up after downtime, for replay, and live as Server-Sent Events
 * for agents that cannot receive webhooks.
 */
@Path("/api/v1/events")
public class EventsResource {

    private final Caller caller;
    private final WebhooksRelay webhooks;
    private final EventStreams streams;

    public EventsResource(Caller caller, WebhooksRelay webhooks, EventStreams streams) {
        this.caller = caller;
        this.webhooks = webhooks;
        this.streams = streams;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @ApiAction(scope = Scopes.EVENTS_READ, category = Category.WORKSPACE, action = "events.list", target = "event")
    public Uni<Response> list(@QueryParam("after") String after, @QueryParam("types") String types, @QueryParam("limit") Integer limit) {
        EventQuery q = EventQuery.parse(after, "after", types, limit);
        String ws = caller.workspaceId();
        return webhooks.call(ws, c -> token -> c.events(ws, token, Long.toString(q.after()), q.types(), q.limit(), null))
                .map(InternalCall.Answer::toResponse);
    }

    /** Resumes after {@code Last-Event-ID} (sent by EventSource on reconnect), else after {@code ?after=}, else from the start. */
    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @ApiAction(scope = Scopes.EVENTS_READ, category = Category.WORKSPACE, action = "events.stream", target = "event")
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") String lastEventId, @QueryParam("after") String after,
                                          @QueryParam("types") String types, @Context Sse sse) {
        boolean resumed = lastEventId != null && !lastEventId.isBlank();
        EventQuery q = EventQuery.parse(resumed ? lastEventId : after, resumed ? "Last-Event-ID" : "after", types, null);
        return streams.open(caller.workspaceId(), caller.context().keyId(), q.after(), q.types(), sse);
    }
}
