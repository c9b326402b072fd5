package dev.postern.send.service;

import dev.postern.events.EventEnvelope;
import dev.postern.send.domain.EmailAddresses;
import dev.postern.send.domain.Message;
import dev.postern.send.domain.Recipient;
import dev.postern.send.domain.StatusChange;
import dev.postern.send.repository.MessageRepository;
import dev.postern.send.repository.OutboxRepository;
import dev.postern.send.repository.ProcessedEventRepository;
import dev.postern.send.repository.TenantTransactions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Applies feedback, whichever way it came (SES through SNS, or the local simulator): recipients move
 * to the outcome when it ranks above what they had, the message shows the gravest outcome, a hard
 * bounce or a complaint puts the address on the suppression list, and every change is an event.
 * Feedback that changes nothing (a redelivered notification, a late delivery after a complaint)
 * writes nothing.
 */
@ApplicationScoped
public class FeedbackProcessor {

    private static final Logger LOG = Logger.getLogger(FeedbackProcessor.class);

    private final TenantTransactions transactions;
    private final MessageRepository messages;
    private final ProcessedEventRepository processed;
    private final SuppressionService suppressions;
    private final OutboxRepository outbox;

    public FeedbackProcessor(TenantTransactions transactions, MessageRepository messages, ProcessedEventRepository processed,
                             SuppressionService suppressions, OutboxRepository outbox) {
        this.transactions = transactions;
        this.messages = messages;
        this.processed = processed;
        this.suppressions = suppressions;
        this.outbox = outbox;
    }

    /** Emits the recipients whose status changed. */
    public Uni<List<String>> apply(Feedback f) {
        String ws = f.workspaceId();
        return transactions.inWorkspace(ws, session -> (f.dedupeId() == null
                ? Uni.createFrom().item(false)
                : processed.contains(session, ws, f.dedupeId()))
                .chain(seen -> seen ? Uni.createFrom().item(List.<String>of()) : messages.lock(session, ws, f.messageId())
                        .chain(message -> message == null
                                ? Uni.createFrom().item(List.<String>of())
                                : messages.recipients(session, ws, f.messageId())
                                        .chain(recipients -> change(session, message, recipients, f)))
                        .call(changed -> f.dedupeId() == null ? Uni.createFrom().voidItem()
                                : processed.record(session, ws, f.dedupeId(), Instant.now()))));
    }

    private Uni<List<String>> change(org.hibernate.reactive.mutiny.Mutiny.Session session, Message message,
                                     List<Recipient> recipients, Feedback f) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Set<String> named = f.recipients().stream().map(EmailAddresses::normalize).collect(Collectors.toSet());
        List<String> changed = new ArrayList<>();
        for (Recipient r : recipients) {
            if (named.contains(r.address) && r.statusValue().canAdvanceTo(f.outcome())) {
                r.moveTo(f.outcome(), f.reason(), now);
                if (f.smtpResponse() != null) {
                    r.smtpResponse = f.smtpResponse();
                }
                changed.add(r.address);
            }
        }
        if (changed.isEmpty()) {
            LOG.debugf("feedback %s for message %s changed nothing", f.outcome().wireName(), message.id);
            return Uni.createFrom().item(List.of());
        }
        LOG.infof("message %s: %d recipient(s) %s", message.id, changed.size(), f.outcome().wireName());
        List<EventEnvelope> events = new ArrayList<>();
        events.add(MessageEvents.message(message, f.outcome(), changed,
                new MessageEvents.Details(f.reason(), f.bounceType(), f.smtpResponse(), f.providerMessageId()),
                MessageEvents.SERVICE, now));
        Uni<Void> writes = Uni.createFrom().voidItem();
        if (message.statusValue().canAdvanceTo(f.outcome())) {
            message.moveTo(f.outcome(), now);
            if (message.sentAt == null) {
                message.sentAt = now;
            }
            StatusChange change = StatusChange.of(message, f.outcome(), f.reason(), now);
            writes = messages.addHistory(session, change);
        }
        writes = writes.chain(() -> outbox.append(session, events));
        if (f.suppress() != null) {
            for (String address : changed) {
                writes = writes.chain(() -> suppressions.addInSession(session, message.workspaceId, address, f.suppress(),
                        message.id, MessageEvents.SERVICE, message.correlationId, now).replaceWithVoid());
            }
        }
        return writes.replaceWith(changed);
    }
}
