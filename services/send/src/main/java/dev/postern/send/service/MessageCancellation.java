package dev.postern.send.service;

import dev.postern.events.Actor;
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
import java.util.List;

/** Cancels a message that has not been handed to the transport yet (queued, or scheduled for later). */
@ApplicationScoped
public class MessageCancellation {

    public enum Outcome {
        CANCELLED, ALREADY_CANCELLED, NOT_FOUND,
        /** Transmitted, failed or suppressed: too late. */
        TOO_LATE,
        /** A dispatcher is transmitting it right now. */
        IN_FLIGHT
    }

    public record Result(Outcome outcome, String status) {
    }

    private final TenantTransactions transactions;
    private final MessageRepository messages;
    private final OutboxRepository outbox;

    public MessageCancellation(TenantTransactions transactions, MessageRepository messages, OutboxRepository outbox) {
        this.transactions = transactions;
        this.messages = messages;
        this.outbox = outbox;
    }

    public Uni<Result> cancel(String ws, String messageId, Actor actor) {
        return transactions.inWorkspace(ws, session -> messages.lock(session, ws, messageId).chain(message -> {
            if (message == null) {
                return Uni.createFrom().item(new Result(Outcome.NOT_FOUND, null));
            }
            MessageStatus status = message.statusValue();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            if (status == MessageStatus.CANCELLED) {
                return Uni.createFrom().item(new Result(Outcome.ALREADY_CANCELLED, status.wireName()));
            }
            if (!status.isPending()) {
                return Uni.createFrom().item(new Result(Outcome.TOO_LATE, status.wireName()));
            }
            if (message.leaseUntil != null && message.leaseUntil.isAfter(now)) {
                return Uni.createFrom().item(new Result(Outcome.IN_FLIGHT, status.wireName()));
            }
            return messages.recipients(session, ws, messageId).chain(recipients -> cancel(session, message, recipients, actor, now));
        }));
    }

    private Uni<Result> cancel(org.hibernate.reactive.mutiny.Mutiny.Session session, Message message, List<Recipient> recipients,
                               Actor actor, Instant now) {
        List<String> cancelled = recipients.stream().filter(r -> r.statusValue() == MessageStatus.QUEUED)
                .peek(r -> r.moveTo(MessageStatus.CANCELLED, "cancelled before it was sent", now))
                .map(r -> r.address)
                .toList();
        message.moveTo(MessageStatus.CANCELLED, now);
        message.nextAttemptAt = null;
        message.leaseUntil = null;
        return messages.addHistory(session, StatusChange.of(message, MessageStatus.CANCELLED, null, now))
                .chain(() -> outbox.append(session, List.of(MessageEvents.message(message, MessageStatus.CANCELLED, cancelled,
                        MessageEvents.Details.NONE, actor, now))))
                .replaceWith(new Result(Outcome.CANCELLED, MessageStatus.CANCELLED.wireName()));
    }
}
