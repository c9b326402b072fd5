package dev.postern.send.service;

import dev.postern.events.Actor;
import dev.postern.events.EventEnvelope;
import dev.postern.events.payload.SendRequestedV1;
import dev.postern.send.domain.EmailAddresses;
import dev.postern.send.domain.Message;
import dev.postern.send.domain.MessageContent;
import dev.postern.send.domain.MessageStatus;
import dev.postern.send.domain.Recipient;
import dev.postern.send.domain.StatusChange;
import dev.postern.send.domain.Suppression;
import dev.postern.send.repository.MessageRepository;
import dev.postern.send.repository.OutboxRepository;
import dev.postern.send.repository.ProcessedEventRepository;
import dev.postern.send.repository.SuppressionRepository;
import dev.postern.send.repository.TenantTransactions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Turns one send request into a message. In one transaction scoped to the workspace: skip the event
 * if its id (or its message id) was seen, refuse suppressed recipients one by one, write the
 * message, its recipients, its first history entry, the outbox events and the event id. A replay
 * of the topic therefore changes nothing and sends nothing.
 */
@ApplicationScoped
public class SendRequestIntake {

    /** What became of a request. */
    public enum Outcome { ACCEPTED, SUPPRESSED, FAILED, DUPLICATE }

    private final TenantTransactions transactions;
    private final MessageRepository messages;
    private final SuppressionRepository suppressions;
    private final ProcessedEventRepository processed;
    private final OutboxRepository outbox;

    public SendRequestIntake(TenantTransactions transactions, MessageRepository messages, SuppressionRepository suppressions,
                             ProcessedEventRepository processed, OutboxRepository outbox) {
        this.transactions = transactions;
        this.messages = messages;
        this.suppressions = suppressions;
        this.processed = processed;
        this.outbox = outbox;
    }

    /** Throws {@link SendRequestCheck.UnusableRequestException} for a request that cannot become a message. */
    public Uni<Outcome> accept(EventEnvelope event, SendRequestedV1 request) {
        List<String> problems = SendRequestCheck.problems(request);
        String ws = event.workspaceId();
        return transactions.inWorkspace(ws, session -> processed.contains(session, ws, event.id())
                .chain(seen -> seen ? Uni.createFrom().item(true) : messages.exists(session, ws, request.messageId()))
                .chain(seen -> {
                    if (seen) {
                        return processed.contains(session, ws, event.id()).chain(recorded -> recorded
                                ? Uni.createFrom().item(Outcome.DUPLICATE)
                                : processed.record(session, ws, event.id(), Instant.now()).replaceWith(Outcome.DUPLICATE));
                    }
                    Map<String, String> recipients = recipients(request);
                    return suppressions.findAmong(session, ws, recipients.keySet())
                            .chain(found -> write(session, event, request, recipients, found, problems));
                }));
    }

    private Uni<Outcome> write(Mutiny.Session session, EventEnvelope event, SendRequestedV1 request,
                               Map<String, String> kinds, List<Suppression> found, List<String> problems) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<String, String> suppressedBy = found.stream()
                .collect(Collectors.toMap(s -> s.address, s -> s.reason, (a, b) -> a));
        Message message = message(event, request, now);
        List<Recipient> recipients = new ArrayList<>();
        List<String> live = new ArrayList<>();
        int position = 0;
        for (Map.Entry<String, String> r : kinds.entrySet()) {
            boolean suppressed = problems.isEmpty() && suppressedBy.containsKey(r.getKey());
            MessageStatus status = !problems.isEmpty() ? MessageStatus.FAILED : suppressed ? MessageStatus.SUPPRESSED : MessageStatus.QUEUED;
            recipients.add(recipient(message, r.getKey(), r.getValue(), position++, status,
                    suppressed ? "on the suppression list (" + suppressedBy.get(r.getKey()) + ")" : null, now));
            if (!suppressed) {
                live.add(r.getKey());
            }
        }
        List<EventEnvelope> events = new ArrayList<>();
        Actor actor = event.actor();
        Outcome outcome;
        StatusChange first;
        if (!problems.isEmpty()) {
            String reason = "refused by the send service: " + String.join("; ", problems);
            message.moveTo(MessageStatus.FAILED, now);
            message.lastError = reason;
            first = StatusChange.of(message, MessageStatus.FAILED, reason, now);
            events.add(MessageEvents.message(message, MessageStatus.FAILED, List.copyOf(kinds.keySet()),
                    MessageEvents.Details.reason(reason), actor, now));
            outcome = Outcome.FAILED;
        } else if (live.isEmpty()) {
            message.moveTo(MessageStatus.SUPPRESSED, now);
            first = StatusChange.of(message, MessageStatus.SUPPRESSED, "every recipient is on the suppression list", now);
            outcome = Outcome.SUPPRESSED;
        } else {
            boolean later = message.scheduledAt != null && message.scheduledAt.isAfter(now);
            MessageStatus status = later ? MessageStatus.SCHEDULED : MessageStatus.QUEUED;
            message.moveTo(status, now);
            message.nextAttemptAt = later ? message.scheduledAt : now;
            String reason = later ? "scheduled for " + message.scheduledAt : null;
            first = StatusChange.of(message, status, reason, now);
            events.add(MessageEvents.message(message, status, live, MessageEvents.Details.reason(reason), actor, now));
            outcome = Outcome.ACCEPTED;
        }
        if (problems.isEmpty()) {
            suppressedGroups(suppressedBy, kinds).forEach((reason, addresses) -> events.add(MessageEvents.message(message,
                    MessageStatus.SUPPRESSED, addresses, MessageEvents.Details.reason("on the suppression list (" + reason + ")"),
                    actor, now)));
        }
        return messages.insert(session, message, recipients, first)
                .chain(() -> outbox.append(session, events))
                .chain(() -> processed.record(session, message.workspaceId, event.id(), now))
                .replaceWith(outcome);
    }

    /** Recipients in request order, each once (the first of to, cc, bcc wins), keyed by normalised address. */
    static Map<String, String> recipients(SendRequestedV1 r) {
        Map<String, String> kinds = new LinkedHashMap<>();
        add(kinds, r.to(), "to");
        add(kinds, r.cc(), "cc");
        add(kinds, r.bcc(), "bcc");
        return kinds;
    }

    private static void add(Map<String, String> kinds, List<String> addresses, String kind) {
        if (addresses != null) {
            addresses.stream().filter(a -> a != null).map(EmailAddresses::normalize).forEach(a -> kinds.putIfAbsent(a, kind));
        }
    }

    private static Map<String, List<String>> suppressedGroups(Map<String, String> suppressedBy, Map<String, String> kinds) {
        Map<String, List<String>> groups = new TreeMap<>();
        kinds.keySet().stream().filter(suppressedBy::containsKey)
                .forEach(a -> groups.computeIfAbsent(suppressedBy.get(a), k -> new ArrayList<>()).add(a));
        return groups;
    }

    private static Message message(EventEnvelope event, SendRequestedV1 r, Instant now) {
        Message m = new Message();
        m.id = r.messageId();
        m.workspaceId = event.workspaceId();
        m.agentId = r.agentId();
        m.messageIdHeader = r.messageIdHeader() == null ? "" : r.messageIdHeader();
        m.fromAddress = r.from() == null || r.from().address() == null ? "" : r.from().address();
        m.fromName = r.from() == null ? null : r.from().name();
        m.subject = r.subject() == null ? "" : r.subject();
        m.mode = "test".equals(r.mode()) ? "test" : "live";
        m.content = content(r).toJson();
        m.scheduledAt = r.scheduledAt() == null ? null : r.scheduledAt().truncatedTo(ChronoUnit.MICROS);
        m.requestEventId = event.id();
        m.correlationId = event.correlationId();
        m.idempotencyKey = r.idempotencyKey();
        m.createdAt = now;
        m.updatedAt = now;
        return m;
    }

    private static MessageContent content(SendRequestedV1 r) {
        List<MessageContent.Attachment> attachments = r.attachments() == null ? List.of() : r.attachments().stream()
                .filter(a -> a != null)
                .map(a -> new MessageContent.Attachment(a.filename(), a.contentType(), a.sizeBytes(), a.contentBase64()))
                .toList();
        List<MessageContent.Tag> tags = r.tags() == null ? List.of() : r.tags().stream()
                .filter(t -> t != null)
                .map(t -> new MessageContent.Tag(t.name(), t.value()))
                .toList();
        return new MessageContent(r.text(), r.html(), r.headers() == null ? null : new LinkedHashMap<>(r.headers()),
                r.replyTo(), r.inReplyTo(), r.references(), attachments, tags, r.metadata());
    }

    private static Recipient recipient(Message m, String address, String kind, int position, MessageStatus status,
                                       String reason, Instant now) {
        Recipient r = new Recipient();
        r.messageId = m.id;
        r.workspaceId = m.workspaceId;
        r.address = address;
        r.kind = kind;
        r.position = position;
        r.status = status.wireName();
        r.reason = reason;
        r.updatedAt = now;
        return r;
    }
}
