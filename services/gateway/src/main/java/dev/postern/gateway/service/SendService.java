package dev.postern.gateway.service;

import dev.postern.auth.WorkspaceContext;
import dev.postern.events.EventEnvelope;
import dev.postern.events.EventJson;
import dev.postern.events.EventType;
import dev.postern.events.Target;
import dev.postern.events.payload.SendRequestedV1;
import dev.postern.gateway.domain.AcceptedMessage;
import dev.postern.gateway.domain.Agent;
import dev.postern.gateway.domain.Ids;
import dev.postern.gateway.repository.AcceptedMessageRepository;
import dev.postern.gateway.repository.OutboxRepository;
import dev.postern.gateway.rest.Problem;
import dev.postern.gateway.rest.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Accepts validated drafts for sending: resolves the agent, gives the message its ids, and writes
 * the {@code message.send_requested} event to the outbox and the gateway's note of it, in the
 * caller's transaction. Nothing is transmitted here; the send service does that.
 */
@ApplicationScoped
public class SendService {

    /** Kafka's default record limit is 1 MiB; the envelope must stay under it with room to spare. */
    public static final int MAX_EVENT_BYTES = 960_000;

    private final AgentService agents;
    private final OutboxRepository outbox;
    private final AcceptedMessageRepository accepted;

    public SendService(AgentService agents, OutboxRepository outbox, AcceptedMessageRepository accepted) {
        this.agents = agents;
        this.outbox = outbox;
        this.accepted = accepted;
    }

    /** One message. An unknown agent is a 422 naming {@code agent}; a paused or archived one a 409. */
    public Uni<Accepted> accept(Mutiny.Session session, SendContext ctx, MessageDraft draft) {
        return agents.resolve(session, ctx.caller().workspaceId(), draft.agentRef()).chain(agent -> {
            if (agent == null) {
                throw ProblemException.invalid("agent", "no agent '" + draft.agentRef() + "' in this workspace (give its id or name)");
            }
            if (!agent.canSend()) {
                throw cannotSend(agent);
            }
            List<Problem.FieldError> errors = new ArrayList<>();
            Prepared prepared = prepare(ctx, agent, draft, "", errors);
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            return record(session, ctx.caller(), agent, prepared);
        });
    }

    /** Several messages, all or nothing: every problem of every message is reported at once, with its index. */
    public Uni<List<Accepted>> acceptAll(Mutiny.Session session, SendContext ctx, List<MessageDraft> drafts, String prefix) {
        Map<String, Agent> byRef = new HashMap<>();
        return Multi.createFrom().iterable(drafts.stream().map(MessageDraft::agentRef).distinct().toList())
                .onItem().transformToUniAndConcatenate(ref -> agents.resolve(session, ctx.caller().workspaceId(), ref)
                        .invoke(agent -> byRef.put(ref, agent)))
                .collect().last()
                .chain(() -> {
                    List<Problem.FieldError> errors = new ArrayList<>();
                    List<Prepared> prepared = new ArrayList<>();
                    for (int i = 0; i < drafts.size(); i++) {
                        String at = prefix + "[" + i + "].";
                        Agent agent = byRef.get(drafts.get(i).agentRef());
                        if (agent == null) {
                            errors.add(new Problem.FieldError(at + "agent", "no agent '" + drafts.get(i).agentRef() + "' in this workspace"));
                        } else if (!agent.canSend()) {
                            errors.add(new Problem.FieldError(at + "agent", "agent '" + agent.name + "' is " + agent.status + " and cannot send"));
                        } else {
                            prepared.add(prepare(ctx, agent, drafts.get(i), at, errors));
                        }
                    }
                    if (!errors.isEmpty()) {
                        throw ProblemException.invalid(errors);
                    }
                    Multi<Accepted> each = Multi.createFrom().range(0, drafts.size()).onItem().transformToUniAndConcatenate(i ->
                            record(session, ctx.caller(), byRef.get(drafts.get(i).agentRef()), prepared.get(i)));
                    return each.collect().asList();
                });
    }

    public static ProblemException cannotSend(Agent agent) {
        String slug = Agent.PAUSED.equals(agent.status) ? "agent-paused" : "agent-archived";
        String detail = Agent.PAUSED.equals(agent.status)
                ? "Agent '" + agent.name + "' is paused and cannot send; resume it with PATCH {\"status\": \"active\"}."
                : "Agent '" + agent.name + "' is archived and can never send again.";
        return new ProblemException(409, slug, "Agent cannot send", detail,
                List.of(new Problem.FieldError("agent", "is " + agent.status)), Map.of());
    }

    /** A message ready to be recorded: its event, and the payload the event was built from. */
    private record Prepared(EventEnvelope event, SendRequestedV1 data) {
    }

    private Uni<Accepted> record(Mutiny.Session session, WorkspaceContext caller, Agent agent, Prepared prepared) {
        SendRequestedV1 data = prepared.data();
        AcceptedMessage note = new AcceptedMessage();
        note.id = data.messageId();
        note.workspaceId = caller.workspaceId();
        note.agentId = agent.id;
        note.messageIdHeader = data.messageIdHeader();
        note.status = data.scheduledAt() == null ? AcceptedMessage.QUEUED : AcceptedMessage.SCHEDULED;
        note.scheduledAt = data.scheduledAt();
        note.mode = data.mode();
        note.createdAt = prepared.event().time();
        return accepted.persist(session, note)
                .chain(() -> outbox.append(session, prepared.event()))
                .replaceWith(new Accepted(note.id, note.messageIdHeader, note.status, note.scheduledAt));
    }

    private static Prepared prepare(SendContext ctx, Agent agent, MessageDraft d, String prefix, List<Problem.FieldError> errors) {
        WorkspaceContext caller = ctx.caller();
        String messageId = Ids.message();
        SendRequestedV1 data = new SendRequestedV1(messageId, "<" + messageId + "@" + agent.domain() + ">", agent.id,
                new SendRequestedV1.Mailbox(agent.address, agent.displayName), d.to(), d.cc(), d.bcc(), d.replyTo(),
                d.subject(), d.text(), d.html(), d.headers(), d.tags(), d.metadata(), d.attachments(),
                d.scheduledAt() == null ? null : d.scheduledAt().truncatedTo(ChronoUnit.MILLIS), d.inReplyTo(), d.references(),
                caller.mode().wireName(), ctx.idempotencyKey());
        EventEnvelope event = EventEnvelope.builder(EventType.MESSAGE_SEND_REQUESTED)
                .source(ApiKeyService.SOURCE).workspace(caller.workspaceId()).actor(ctx.actor())
                .target(Target.of("message", messageId))
                .correlationId(ctx.requestId())
                .time(Instant.now())
                .data(data)
                .build();
        int size = EventJson.write(event).getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_EVENT_BYTES) {
            errors.add(new Problem.FieldError(prefix + largestPart(d), "the message is " + size
                    + " bytes once encoded; at most " + MAX_EVENT_BYTES + " (text, html and attachments together)"));
        }
        return new Prepared(event, data);
    }

    private static String largestPart(MessageDraft d) {
        long text = d.text() == null ? 0 : d.text().length();
        long html = d.html() == null ? 0 : d.html().length();
        long files = d.attachments().stream().mapToLong(a -> a.contentBase64().length()).sum();
        return files >= text && files >= html ? "attachments" : html >= text ? "html" : "text";
    }
}
