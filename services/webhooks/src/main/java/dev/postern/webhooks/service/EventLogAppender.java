package dev.postern.webhooks.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postern.events.EventEnvelope;
import dev.postern.webhooks.client.MessageContent;
import dev.postern.webhooks.domain.EventLogHead;
import dev.postern.webhooks.domain.PublicEvent;
import dev.postern.webhooks.domain.PublicEventMapping;
import dev.postern.webhooks.repository.EventLogRepository;
import dev.postern.webhooks.repository.TenantTransactions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Appends public events to a workspace's log. The event id is checked and the row appended in one
 * transaction, under a lock on the workspace's head: replaying a topic appends nothing twice, and the
 * seq (the cursor) has no gaps and no forks.
 */
@ApplicationScoped
public class EventLogAppender {

    private static final String INBOUND_ID = "inbound_id";

    private final TenantTransactions transactions;
    private final EventLogRepository log;
    private final EventLogSignal signal;
    private final MessageContent content;

    public EventLogAppender(TenantTransactions transactions, EventLogRepository log, EventLogSignal signal, MessageContent content) {
        this.transactions = transactions;
        this.log = log;
        this.signal = signal;
        this.content = content;
    }

    /** Emits true when the internal event became a public one now; false when it has none or was already in. */
    public Uni<Boolean> append(String topic, EventEnvelope event) {
        return PublicEventMapping.map(topic, event)
                .map(mapped -> publicData(event, mapped).chain(data -> appendInWorkspace(event.workspaceId(),
                        session -> appendLocked(session, event.workspaceId(), event.id(), mapped.publicType(), event.time(),
                                data.toString(), false))
                        .map(appended -> appended != null)))
                .orElseGet(() -> Uni.createFrom().item(false));
    }

    /** The projected data; a delivered inbound message also gets its content (see {@link MessageContent}). */
    private Uni<ObjectNode> publicData(EventEnvelope event, PublicEventMapping.Mapped mapped) {
        ObjectNode data = mapped.projection().apply(event.data());
        String inboundId = data.path(INBOUND_ID).asText("");
        if (!mapped.withContent() || inboundId.isEmpty()) {
            return Uni.createFrom().item(data);
        }
        return content.of(event.workspaceId(), inboundId).map(found -> {
            data.put("content_available", found.isPresent());
            data.set("content", found.isPresent() ? found.get() : data.nullNode());
            return data;
        });
    }

    /** Appends an event inside the caller's workspace transaction; null when its id is already in the log. */
    public Uni<PublicEvent> appendLocked(Mutiny.Session session, String workspaceId, String eventId, String type, Instant occurredAt,
                                         String data, boolean fannedOut) {
        return log.lockHead(session, workspaceId).chain(head -> log.findById(session, workspaceId, eventId).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().nullItem();
            }
            boolean newHead = head == null;
            EventLogHead current = newHead ? newHead(workspaceId) : head;
            PublicEvent e = new PublicEvent();
            e.workspaceId = workspaceId;
            e.seq = current.lastSeq + 1;
            e.eventId = eventId;
            e.type = type;
            e.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
            e.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            e.data = data;
            e.fannedOut = fannedOut;
            current.lastSeq = e.seq;
            return log.append(session, e, current, newHead).replaceWith(e);
        }));
    }

    /** Runs {@code work} in the workspace's transaction and wakes the log's readers once it committed. */
    public <T> Uni<T> appendInWorkspace(String workspaceId, Function<Mutiny.Session, Uni<T>> work) {
        return transactions.inWorkspace(workspaceId, work).invoke(() -> signal.appended(workspaceId));
    }

    private static EventLogHead newHead(String workspaceId) {
        EventLogHead head = new EventLogHead();
        head.workspaceId = workspaceId;
        head.lastSeq = 0;
        return head;
    }
}
