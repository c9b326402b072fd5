package dev.postern.send.rest;

import dev.postern.auth.InternalToken;
import dev.postern.send.domain.MessageStatus;
import dev.postern.send.repository.MessageRepository;
import dev.postern.send.service.MessageCancellation;
import dev.postern.send.service.MessageEvents;
import dev.postern.send.service.MessageQueries;
import dev.postern.send.service.SendRequestCheck;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Messages, for the gateway only (docs/contracts/send.md): list, read, cancel. */
@Path("/internal/v1/workspaces/{ws}/messages")
@Produces(MediaType.APPLICATION_JSON)
public class InternalMessagesResource {

    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;
    private static final String CURSOR = "msg";

    private final InternalAuth auth;
    private final MessageQueries queries;
    private final MessageCancellation cancellation;

    public InternalMessagesResource(InternalAuth auth, MessageQueries queries, MessageCancellation cancellation) {
        this.auth = auth;
        this.queries = queries;
        this.cancellation = cancellation;
    }

    @GET
    public Uni<Page<MessageView>> list(@PathParam("ws") String ws, @HeaderParam(InternalToken.HEADER) String token,
                                       @QueryParam("agent_id") String agentId, @QueryParam("status") String status,
                                       @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        auth.require(token, ws);
        int size = Cursors.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        if (status != null && MessageStatus.fromWireName(status).isEmpty()) {
            throw ApiProblem.badQuery("status", "must be one of " + List.of(MessageStatus.values()).stream().map(MessageStatus::wireName).toList());
        }
        if (agentId != null && (agentId.isBlank() || agentId.length() > 64)) {
            throw ApiProblem.badQuery("agent_id", "must be an agent id");
        }
        String before = Cursors.decode(CURSOR, cursor);
        if (before != null && !SendRequestCheck.MESSAGE_ID.matcher(before).matches()) {
            throw ApiProblem.badQuery("cursor", "is not a cursor this API returned");
        }
        return queries.page(ws, new MessageRepository.Filter(agentId, status, before), size + 1).map(rows -> {
            boolean more = rows.size() > size;
            List<MessageView> page = rows.stream().limit(size).map(MessageView::summary).toList();
            return Page.of(page, more, more ? Cursors.encode(CURSOR, page.get(page.size() - 1).id()) : null);
        });
    }

    @GET
    @Path("{id}")
    public Uni<MessageView> get(@PathParam("ws") String ws, @PathParam("id") String id, @HeaderParam(InternalToken.HEADER) String token) {
        auth.require(token, ws);
        return queries.find(ws, id).map(detail -> {
            if (detail == null) {
                throw ApiProblem.notFound("Message " + id + " does not exist (or has not reached the send service yet).");
            }
            return MessageView.detail(detail);
        });
    }

    @POST
    @Path("{id}/cancel")
    public Uni<MessageView> cancel(@PathParam("ws") String ws, @PathParam("id") String id, @HeaderParam(InternalToken.HEADER) String token) {
        auth.require(token, ws);
        return cancellation.cancel(ws, id, MessageEvents.SERVICE).chain(result -> switch (result.outcome()) {
            case NOT_FOUND -> throw ApiProblem.notFound("Message " + id + " does not exist (or has not reached the send service yet).");
            case TOO_LATE -> throw ApiProblem.conflict("message-not-cancellable",
                    "Message " + id + " is " + result.status() + "; only queued or scheduled messages can be cancelled.");
            case IN_FLIGHT -> throw ApiProblem.conflict("message-being-sent", "Message " + id + " is being sent right now.");
            case CANCELLED, ALREADY_CANCELLED -> queries.find(ws, id).map(MessageView::detail);
        });
    }
}
