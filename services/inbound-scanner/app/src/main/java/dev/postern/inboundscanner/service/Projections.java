package dev.postern.inboundscanner.service;

import dev.postern.events.EventEnvelope;
import dev.postern.events.EventType;
import dev.postern.events.payload.AgentChangedV1;
import dev.postern.events.payload.MessageEventV1;
import dev.postern.events.payload.SendRequestedV1;
import dev.postern.inboundscanner.domain.SentMessage;
import dev.postern.inboundscanner.repository.DirectoryRepository;
import dev.postern.inboundscanner.repository.ProcessedEventRepository;
import dev.postern.inboundscanner.repository.SentMessageRepository;
import dev.postern.inboundscanner.repository.TenantTransactions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The two projections this service keeps from other services' events: the agent directory (agent.created, updated,
 * archived) and our sent messages (message.send_requested gives the Message-ID, recipients and thread; message.*
 * statuses follow). Each event is applied once: its id is recorded in the transaction of its effect.
 */
@ApplicationScoped
public class Projections {

    private static final Set<EventType> AGENT_EVENTS = Set.of(EventType.AGENT_CREATED, EventType.AGENT_UPDATED, EventType.AGENT_ARCHIVED);

    private final TenantTransactions transactions;
    private final ProcessedEventRepository processed;
    private final DirectoryRepository directory;
    private final SentMessageRepository sent;
    private final ThreadResolver threads;

    public Projections(TenantTransactions transactions, ProcessedEventRepository processed, DirectoryRepository directory,
                       SentMessageRepository sent, ThreadResolver threads) {
        this.transactions = transactions;
        this.processed = processed;
        this.directory = directory;
        this.sent = sent;
        this.threads = threads;
    }

    /** Whether this service projects events of this type at all (others are acknowledged untouched). */
    public static boolean projects(String type) {
        Optional<EventType> t = EventType.fromWireName(type);
        return t.isPresent() && (AGENT_EVENTS.contains(t.get()) || t.get() == EventType.MESSAGE_SEND_REQUESTED
                || t.get().topic().equals(dev.postern.events.Topics.MESSAGES) && t.get().payloadType() == MessageEventV1.class);
    }

    /** Emits true when applied, false when the event had been applied before. */
    public Uni<Boolean> apply(EventEnvelope event) {
        EventType type = EventType.fromWireName(event.type()).orElseThrow();
        String ws = event.workspaceId();
        return transactions.inWorkspace(ws, s -> processed.markNew(s, ws, event.id()).chain(isNew -> {
            if (!isNew) {
                return Uni.createFrom().item(false);
            }
            Uni<Void> effect;
            if (AGENT_EVENTS.contains(type)) {
                AgentChangedV1 a = event.dataAs(AgentChangedV1.class);
                String status = type == EventType.AGENT_ARCHIVED ? "archived" : a.status();
                effect = directory.upsert(s, ws, a.agentId(), a.address().toLowerCase(Locale.ROOT), status);
            } else if (type == EventType.MESSAGE_SEND_REQUESTED) {
                effect = requested(s, ws, event.dataAs(SendRequestedV1.class), event.time());
            } else {
                effect = status(s, ws, type, event.dataAs(MessageEventV1.class), event.time());
            }
            return effect.replaceWith(true);
        }));
    }

    private Uni<Void> requested(Mutiny.Session s, String ws, SendRequestedV1 r, Instant at) {
        return sent.find(s, ws, r.messageId()).chain(existing -> threads.forOutbound(s, ws, r.messageIdHeader(), r.inReplyTo(), r.references())
                .chain(thread -> {
                    SentMessage m = existing == null ? new SentMessage() : existing;
                    m.messageId = r.messageId();
                    m.workspaceId = ws;
                    m.agentId = r.agentId();
                    m.messageIdHeader = r.messageIdHeader();
                    m.threadId = thread;
                    m.subject = r.subject();
                    m.fromAddress = r.from() == null ? null : r.from().address();
                    m.toAddresses = StoredJson.write(r.to());
                    m.requestedAt = at;
                    m.updatedAt = Instant.now();
                    if (m.status == null) {
                        m.status = "queued";
                    }
                    return existing == null ? sent.persist(s, m) : Uni.createFrom().voidItem();
                }));
    }

    private Uni<Void> status(Mutiny.Session s, String ws, EventType type, MessageEventV1 e, Instant at) {
        return sent.find(s, ws, e.messageId()).chain(existing -> {
            SentMessage m = existing == null ? new SentMessage() : existing;
            m.messageId = e.messageId();
            m.workspaceId = ws;
            m.agentId = e.agentId();
            m.status = e.status() != null ? e.status() : type.wireName().substring("message.".length());
            if (type == EventType.MESSAGE_SENT) {
                m.sentAt = at;
            }
            m.updatedAt = Instant.now();
            return existing == null ? sent.persist(s, m) : Uni.createFrom().voidItem();
        });
    }
}
