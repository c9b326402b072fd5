package dev.postern.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postern.auth.Scopes;
import dev.postern.events.Category;
import dev.postern.gateway.service.Accepted;
import dev.postern.gateway.service.IdempotencyService;
import dev.postern.gateway.service.MessageDraft;
import dev.postern.gateway.service.MessageDraftParser;
import dev.postern.gateway.service.SendContext;
import dev.postern.gateway.service.SendService;
import dev.postern.gateway.service.SentMessages;
import dev.postern.gateway.service.StoredResponse;
import dev.postern.gateway.service.ThreadedDrafts;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Sending: one message, a batch, a reply or a forward, each answered 202 once the request is
 * durably queued (the send service transmits it). Reads and cancellation are relayed to the send
 * service. Every POST here honours {@code Idempotency-Key}.
 */
@Path("/api/v1/messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {

    public static final int MAX_BATCH = 100;

    private final Caller caller;
    private final SendService sends;
    private final SentMessages messages;
    private final MessageFilters filters;
    private final IdempotencyService idempotency;
    private final ResponseBodies bodies;

    public MessagesResource(Caller caller, SendService sends, SentMessages messages, MessageFilters filters,
                            IdempotencyService idempotency, ResponseBodies bodies) {
        this.caller = caller;
        this.sends = sends;
        this.messages = messages;
        this.filters = filters;
        this.idempotency = idempotency;
        this.bodies = bodies;
    }

    /** What a 202 says: the message's id, its RFC 5322 Message-ID and queued or scheduled. */
    public record AcceptedView(String object, String id, String messageId, String status, Instant scheduledAt) {
        static AcceptedView of(Accepted a) {
            return new AcceptedView("message", a.id(), a.messageIdHeader(), a.status(), a.scheduledAt());
        }
    }

    public record BatchView(String object, List<AcceptedView> data) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiAction(scope = Scopes.MESSAGES_SEND, category = Category.SENDS, action = "messages.send", target = "message")
    public Uni<Response> send(@HeaderParam(IdempotencyService.HEADER) String key, JsonNode body, RoutingContext rc) {
        MessageDraft draft = parseOne(body, MessageDraft.Kind.NEW);
        return accept(key, "/api/v1/messages", body, rc, d -> d, draft);
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiAction(scope = Scopes.MESSAGES_SEND, category = Category.SENDS, action = "messages.send_batch", target = "message")
    public Uni<Response> batch(@HeaderParam(IdempotencyService.HEADER) String key, JsonNode body, RoutingContext rc) {
        boolean wrapped = body != null && body.isObject();
        JsonNode list = wrapped ? body.get("messages") : body;
        String prefix = wrapped ? "messages" : "";
        if (list == null || !list.isArray() || list.isEmpty() || list.size() > MAX_BATCH) {
            throw ProblemException.invalid(wrapped ? "messages" : "(body)",
                    "must be an array of 1 to " + MAX_BATCH + " messages (or {\"messages\": [...]})");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<MessageDraft> drafts = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < list.size(); i++) {
            drafts.add(MessageDraftParser.parse(list.get(i), MessageDraft.Kind.NEW, prefix + "[" + i + "].", now, errors));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        SendContext ctx = context(key, rc);
        return idempotency.execute(caller.context(), key, "POST", "/api/v1/messages/batch", body,
                session -> sends.acceptAll(session, ctx, drafts, prefix).map(all -> StoredResponse.json(202,
                        bodies.write(new BatchView("list", all.stream().map(AcceptedView::of).toList())), null)),
                id -> { });
    }

    @POST
    @Path("{id}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiAction(scope = Scopes.MESSAGES_SEND, category = Category.SENDS, action = "messages.reply", target = "message")
    public Uni<Response> reply(@PathParam("id") String id, @HeaderParam(IdempotencyService.HEADER) String key, JsonNode body,
                               RoutingContext rc) {
        MessageDraft draft = parseOne(body, MessageDraft.Kind.REPLY);
        return messages.original(caller.context(), id).chain(original ->
                accept(key, "/api/v1/messages/" + id + "/reply", body, rc, d -> ThreadedDrafts.reply(original, d), draft));
    }

    @POST
    @Path("{id}/forward")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiAction(scope = Scopes.MESSAGES_SEND, category = Category.SENDS, action = "messages.forward", target = "message")
    public Uni<Response> forward(@PathParam("id") String id, @HeaderParam(IdempotencyService.HEADER) String key, JsonNode body,
                                 RoutingContext rc) {
        MessageDraft draft = parseOne(body, MessageDraft.Kind.FORWARD);
        return messages.original(caller.context(), id).chain(original ->
                accept(key, "/api/v1/messages/" + id + "/forward", body, rc, d -> ThreadedDrafts.forward(original, d), draft));
    }

    @GET
    @ApiAction(scope = Scopes.MESSAGES_READ, category = Category.SENDS, action = "messages.list", target = "message")
    public Uni<Response> list(@QueryParam("agent") String agent, @QueryParam("status") String status,
                              @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit, RoutingContext rc) {
        return filters.agentId(caller.context(), agent, status, cursor, limit).chain(agentId ->
                messages.list(caller.context(), agentId, status, cursor, limit, rc.normalizedPath(), ProblemResponses.requestId(rc)));
    }

    @GET
    @Path("{id}")
    @ApiAction(scope = Scopes.MESSAGES_READ, category = Category.SENDS, action = "messages.read", target = "message")
    public Uni<Response> get(@PathParam("id") String id, RoutingContext rc) {
        return messages.get(caller.context(), id, rc.normalizedPath(), ProblemResponses.requestId(rc));
    }

    @POST
    @Path("{id}/cancel")
    @ApiAction(scope = Scopes.MESSAGES_SEND, category = Category.SENDS, action = "messages.cancel", target = "message")
    public Uni<Response> cancel(@PathParam("id") String id, RoutingContext rc) {
        return messages.cancel(caller.context(), id, rc.normalizedPath(), ProblemResponses.requestId(rc));
    }

    private Uni<Response> accept(String key, String path, JsonNode body, RoutingContext rc, UnaryOperator<MessageDraft> thread,
                                 MessageDraft parsed) {
        MessageDraft draft = thread.apply(parsed);
        List<Problem.FieldError> errors = new ArrayList<>();
        MessageDraftParser.checkRecipientCount(draft, "", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (draft.agentRef() == null) {
            throw ProblemException.invalid("agent", "is required");
        }
        SendContext ctx = context(key, rc);
        return idempotency.execute(caller.context(), key, "POST", path, body,
                session -> sends.accept(session, ctx, draft)
                        .map(a -> StoredResponse.json(202, bodies.write(AcceptedView.of(a)), a.id())),
                caller::target);
    }

    private SendContext context(String key, RoutingContext rc) {
        return new SendContext(caller.context(), caller.actor(), ProblemResponses.requestId(rc), key);
    }

    private static MessageDraft parseOne(JsonNode body, MessageDraft.Kind kind) {
        List<Problem.FieldError> errors = new ArrayList<>();
        MessageDraft draft = MessageDraftParser.parse(body, kind, "", Instant.now(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return draft;
    }
}
