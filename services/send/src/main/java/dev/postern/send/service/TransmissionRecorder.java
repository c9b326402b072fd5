package dev.postern.send.service;

import dev.postern.events.EventEnvelope;
import dev.postern.send.client.CopyResult;
import dev.postern.send.domain.Message;
import dev.postern.send.domain.MessageStatus;
import dev.postern.send.domain.Recipient;
import dev.postern.send.domain.StatusChange;
import dev.postern.send.repository.MessageRepository;
import dev.postern.send.repository.OutboxRepository;
import dev.postern.send.repository.TenantTransactions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Records one transmission pass in one transaction: accepted copies become {@code sent}, refused
 * ones {@code failed}, deferred ones wait for the next attempt (with backoff, until attempts run
 * out), the message's status and history follow, the events go to the outbox, and the lease ends.
 * Only recipients still queued are touched: a cancellation or early feedback is never undone.
 */
@ApplicationScoped
public class TransmissionRecorder {

    private final TenantTransactions transactions;
    private final MessageRepository messages;
    private final OutboxRepository outbox;

    public TransmissionRecorder(TenantTransactions transactions, MessageRepository messages, OutboxRepository outbox) {
        this.transactions = transactions;
        this.messages = messages;
        this.outbox = outbox;
    }

    /** Emits the accepted copies (what feedback may now follow). */
    public Uni<List<CopyResult>> record(String ws, String messageId, List<CopyResult> results, RetryPolicy retry) {
        return transactions.inWorkspace(ws, session -> messages.lock(session, ws, messageId).chain(message -> message == null
                ? Uni.createFrom().item(List.<CopyResult>of())
                : messages.recipients(session, ws, messageId).chain(recipients -> apply(session, message, recipients, results, retry))));
    }

    /** A message and its recipients, read for transmission. */
    public record Loaded(Message message, List<Recipient> recipients) {
    }

    /** Reads a leased message and its recipients; null when it does not exist. */
    public Uni<Loaded> load(String ws, String messageId) {
        return transactions.inWorkspace(ws, session -> messages.find(session, ws, messageId)
                .chain(m -> m == null ? Uni.createFrom().nullItem()
                        : messages.recipients(session, ws, messageId).map(rs -> new Loaded(m, rs))));
    }

    /** Ends the lease of a message with nothing left to transmit. */
    public Uni<Void> release(String ws, String messageId) {
        return transactions.inWorkspace(ws, session -> messages.lock(session, ws, messageId).invoke(message -> {
            if (message != null) {
                message.nextAttemptAt = null;
                message.leaseUntil = null;
            }
        })).replaceWithVoid();
    }

    private Uni<List<CopyResult>> apply(Mutiny.Session session, Message message, List<Recipient> recipients,
                                        List<CopyResult> results, RetryPolicy retry) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<String, Recipient> byAddress = recipients.stream().collect(Collectors.toMap(r -> r.address, Function.identity()));
        List<CopyResult> accepted = new ArrayList<>();
        List<CopyResult> rejected = new ArrayList<>();
        String lastError = null;
        boolean deferred = false;
        for (CopyResult result : results) {
            Recipient r = byAddress.get(result.recipient());
            if (r == null || r.statusValue() != MessageStatus.QUEUED) {
                continue;
            }
            switch (result.outcome()) {
                case ACCEPTED -> {
                    r.moveTo(MessageStatus.SENT, null, now);
                    r.providerMessageId = result.providerMessageId();
                    r.smtpResponse = result.response();
                    accepted.add(result);
                }
                case REJECTED -> {
                    r.moveTo(MessageStatus.FAILED, result.response(), now);
                    r.smtpResponse = result.response();
                    rejected.add(result);
                }
                case DEFERRED -> {
                    deferred = true;
                    lastError = result.response();
                }
                case NOT_ATTEMPTED -> { }
            }
        }
        List<EventEnvelope> events = new ArrayList<>();
        List<StatusChange> history = new ArrayList<>();
        if (!accepted.isEmpty()) {
            events.add(MessageEvents.message(message, MessageStatus.SENT, accepted.stream().map(CopyResult::recipient).toList(),
                    sentDetails(message, accepted), MessageEvents.SERVICE, now));
            if (message.statusValue().isPending()) {
                message.moveTo(MessageStatus.SENT, now);
                message.sentAt = now;
                history.add(StatusChange.of(message, MessageStatus.SENT, message.testMode() ? "test mode: not transmitted" : null, now));
            }
        }
        if (!rejected.isEmpty()) {
            events.add(MessageEvents.message(message, MessageStatus.FAILED, rejected.stream().map(CopyResult::recipient).toList(),
                    MessageEvents.Details.reason(rejected.get(0).response()), MessageEvents.SERVICE, now));
        }
        if (deferred) {
            message.attempts++;
            message.lastError = lastError;
        }
        List<Recipient> waiting = recipients.stream().filter(r -> r.statusValue() == MessageStatus.QUEUED).toList();
        if (!waiting.isEmpty() && deferred && retry.exhausted(message.attempts)) {
            String why = "not accepted after " + message.attempts + " attempts: " + lastError;
            waiting.forEach(r -> r.moveTo(MessageStatus.FAILED, why, now));
            events.add(MessageEvents.message(message, MessageStatus.FAILED, waiting.stream().map(r -> r.address).toList(),
                    MessageEvents.Details.reason(why), MessageEvents.SERVICE, now));
            waiting = List.of();
        }
        if (waiting.isEmpty()) {
            message.nextAttemptAt = null;
            boolean anyTransmitted = recipients.stream().anyMatch(r -> r.statusValue().wasTransmitted());
            if (!anyTransmitted && message.statusValue().isPending()) {
                String why = rejected.isEmpty() ? message.lastError : rejected.get(0).response();
                message.moveTo(MessageStatus.FAILED, now);
                history.add(StatusChange.of(message, MessageStatus.FAILED, why, now));
            }
        } else {
            message.nextAttemptAt = deferred ? now.plus(retry.delayAfter(message.attempts)) : now;
        }
        message.leaseUntil = null;
        message.updatedAt = now;
        Uni<Void> writes = Uni.createFrom().voidItem();
        for (StatusChange change : history) {
            writes = writes.chain(() -> messages.addHistory(session, change));
        }
        return writes.chain(() -> outbox.append(session, events)).replaceWith(accepted);
    }

    private static MessageEvents.Details sentDetails(Message message, List<CopyResult> accepted) {
        if (message.testMode()) {
            return MessageEvents.Details.reason("test mode: not transmitted");
        }
        CopyResult only = accepted.size() == 1 ? accepted.get(0) : null;
        return new MessageEvents.Details(null, null, only == null ? null : only.response(),
                only == null ? null : only.providerMessageId());
    }
}
