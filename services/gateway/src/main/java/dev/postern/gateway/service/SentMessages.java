package dev.postern.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postern.auth.WorkspaceContext;
import dev.postern.gateway.client.InternalCall;
import dev.postern.gateway.client.SendClient;
import dev.postern.gateway.client.SendRelay;
import dev.postern.gateway.domain.AcceptedMessage;
import dev.postern.gateway.repository.AcceptedMessageRepository;
import dev.postern.gateway.repository.TenantTransactions;
import dev.postern.gateway.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Messages as the send service knows them, read through its internal API. A message the gateway
 * accepted moments ago that send has not consumed yet is answered from the gateway's own note as
 * {@code queued} (or {@code scheduled}); an id of another workspace is unknown to both, so 404.
 */
@ApplicationScoped
public class SentMessages {

    public static final Pattern MESSAGE_ID = Pattern.compile("msg_[0-9A-HJKMNP-TV-Z]{26}");

    private final SendRelay relay;
    private final SendClient send;
    private final AcceptedMessageRepository accepted;
    private final TenantTransactions transactions;
    private final ObjectMapper json;

    public SentMessages(SendRelay relay, @RestClient SendClient send, AcceptedMessageRepository accepted,
                        TenantTransactions transactions, ObjectMapper json) {
        this.relay = relay;
        this.send = send;
        this.accepted = accepted;
        this.transactions = transactions;
        this.json = json;
    }

    public Uni<Response> get(WorkspaceContext caller, String id, String path, String requestId) {
        String ws = caller.workspaceId();
        return wellFormed(id).chain(() -> relay.call(ws, t -> send.getMessage(ws, t, id))).chain(answer -> {
            if (answer.status() == 404) {
                return note(ws, id).map(note -> {
                    if (note == null) {
                        throw ProblemException.notFound("Message " + id);
                    }
                    return Response.ok(queuedView(note), MediaType.APPLICATION_JSON).build();
                });
            }
            return Uni.createFrom().item(answer.ok() ? publicShape(answer) : relay.passThrough(answer, path, requestId));
        });
    }

    public Uni<Response> list(WorkspaceContext caller, String agentId, String status, String cursor, Integer limit,
                              String path, String requestId) {
        String ws = caller.workspaceId();
        return relay.call(ws, t -> send.listMessages(ws, t, agentId, status, cursor, limit))
                .map(answer -> answer.ok() ? publicShape(answer) : relay.passThrough(answer, path, requestId));
    }

    public Uni<Response> cancel(WorkspaceContext caller, String id, String path, String requestId) {
        String ws = caller.workspaceId();
        return wellFormed(id).chain(() -> relay.call(ws, t -> send.cancelMessage(ws, t, id))).chain(answer -> {
            if (answer.status() == 404) {
                return note(ws, id).map(note -> {
                    throw note == null ? ProblemException.notFound("Message " + id) : notReady(id);
                });
            }
            return Uni.createFrom().item(answer.ok() ? publicShape(answer) : relay.passThrough(answer, path, requestId));
        });
    }

    /** The original of a reply or forward, as send describes it. */
    public Uni<ThreadedDrafts.Original> original(WorkspaceContext caller, String id) {
        String ws = caller.workspaceId();
        return wellFormed(id).chain(() -> relay.call(ws, t -> send.getMessage(ws, t, id))).chain(answer -> note(ws, id).map(note -> {
            if (answer.status() == 404) {
                throw note == null ? ProblemException.notFound("Message " + id) : notReady(id);
            }
            if (!answer.ok()) {
                throw ProblemException.notFound("Message " + id);
            }
            try {
                return ThreadedDrafts.Original.of(json.readTree(answer.body()), note == null ? null : note.messageIdHeader);
            } catch (IOException e) {
                throw SendRelay.unavailable(5);
            }
        }));
    }

    private static Uni<Void> wellFormed(String id) {
        if (!MESSAGE_ID.matcher(id).matches()) {
            return Uni.createFrom().failure(ProblemException.notFound("Message " + id));
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<AcceptedMessage> note(String ws, String id) {
        return transactions.inWorkspace(ws, s -> accepted.find(s, ws, id));
    }

    private static ProblemException notReady(String id) {
        return new ProblemException(409, "message-not-ready", "Conflict", "Message " + id
                + " was accepted moments ago and is still being queued; retry in a second.", List.of(),
                Map.of("Retry-After", "1"));
    }

    private Map<String, Object> queuedView(AcceptedMessage note) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("object", "message");
        view.put("id", note.id);
        view.put("message_id", note.messageIdHeader);
        view.put("agent_id", note.agentId);
        view.put("status", note.status);
        view.put("scheduled_at", note.scheduledAt);
        view.put("created_at", note.createdAt);
        view.put("test_mode", "test".equals(note.mode));
        view.put("history", List.of(Map.of("status", note.status, "at", note.createdAt)));
        return view;
    }

    /** Send's description, with {@code message_id} (the RFC 5322 one) beside {@code message_id_header}, as in the 202. */
    private Response publicShape(InternalCall.Answer answer) {
        try {
            JsonNode body = json.readTree(answer.body());
            alias(body);
            body.path("data").forEach(SentMessages::alias);
            return Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(json.writeValueAsString(body)).build();
        } catch (IOException e) {
            throw SendRelay.unavailable(5);
        }
    }

    private static void alias(JsonNode message) {
        if (message instanceof ObjectNode o && o.has("message_id_header") && !o.has("message_id")) {
            o.set("message_id", o.get("message_id_header"));
        }
    }
}
