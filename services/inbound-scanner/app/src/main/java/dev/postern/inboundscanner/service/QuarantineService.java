package dev.postern.inboundscanner.service;

import dev.postern.events.Actor;
import dev.postern.events.EventType;
import dev.postern.inboundscanner.client.RawMailStore;
import dev.postern.inboundscanner.domain.InboundMessage;
import dev.postern.inboundscanner.repository.InboundRepository;
import dev.postern.inboundscanner.repository.OutboxRepository;
import dev.postern.inboundscanner.repository.TenantTransactions;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * What a person may do with a quarantined message. Release delivers it as normal (its delivery event with
 * {@code released = true}, after a {@code quarantine.released} naming who released it). Delete erases the raw MIME
 * from S3 and the content from the database, keeping the metadata and the verdict; a {@code quarantine.deleted}
 * records it. Both are idempotent, and both refuse a message that is not held.
 */
@ApplicationScoped
public class QuarantineService {

    /** The outcome: the message after the action, or why it was refused. */
    public sealed interface Outcome {
        record Done(InboundMessage message) implements Outcome {
        }

        record NotFound() implements Outcome {
        }

        record NotHeld(String status) implements Outcome {
        }
    }

    private final TenantTransactions transactions;
    private final InboundRepository inbound;
    private final OutboxRepository outbox;
    private final InboundEvents events;
    private final RawMailStore store;

    public QuarantineService(TenantTransactions transactions, InboundRepository inbound, OutboxRepository outbox,
                             InboundEvents events, RawMailStore store) {
        this.transactions = transactions;
        this.inbound = inbound;
        this.outbox = outbox;
        this.events = events;
        this.store = store;
    }

    public Uni<Outcome> release(String workspaceId, String id, Actor actor) {
        return transactions.inWorkspace(workspaceId, s -> inbound.find(s, workspaceId, id).chain(m -> {
            if (m == null) {
                return Uni.createFrom().item(new Outcome.NotFound());
            }
            if (InboundMessage.RELEASED.equals(m.status)) {
                return Uni.createFrom().item(new Outcome.Done(m));
            }
            if (!InboundMessage.QUARANTINED.equals(m.status)) {
                return Uni.createFrom().item(new Outcome.NotHeld(m.status));
            }
            m.status = InboundMessage.RELEASED;
            m.releasedAt = Instant.now();
            m.deliveredAt = m.releasedAt;
            return outbox.append(s, events.quarantineAction(EventType.QUARANTINE_RELEASED, m, actor))
                    .chain(() -> outbox.append(s, events.delivered(m, true, actor)))
                    .replaceWith(new Outcome.Done(m));
        }));
    }

    public Uni<Outcome> delete(String workspaceId, String id, Actor actor) {
        Executor back = VertxContexts.current();
        return transactions.inWorkspace(workspaceId, s -> inbound.find(s, workspaceId, id)).chain(found -> {
            if (found == null) {
                return Uni.createFrom().item(new Outcome.NotFound());
            }
            if (InboundMessage.DELETED.equals(found.status)) {
                return Uni.createFrom().item(new Outcome.Done(found));
            }
            if (!InboundMessage.QUARANTINED.equals(found.status)) {
                return Uni.createFrom().item(new Outcome.NotHeld(found.status));
            }
            Uni<Void> erased = found.s3Key == null ? Uni.createFrom().voidItem()
                    : Uni.createFrom().item(() -> {
                        store.delete(found.s3Key);
                        return (Void) null;
                    }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).emitOn(back);
            return erased.chain(() -> transactions.inWorkspace(workspaceId, s -> inbound.find(s, workspaceId, id).chain(m -> {
                erase(m);
                return outbox.append(s, events.quarantineAction(EventType.QUARANTINE_DELETED, m, actor)).replaceWith((Outcome) new Outcome.Done(m));
            })));
        });
    }

    private static void erase(InboundMessage m) {
        m.status = InboundMessage.DELETED;
        m.deletedAt = Instant.now();
        m.s3Key = null;
        m.subject = null;
        m.fromName = null;
        m.textBody = null;
        m.replyText = null;
        m.htmlBody = null;
        m.spotlightedText = null;
        m.evidence = StoredJson.write(List.of());
        m.attachments = StoredJson.write(List.of());
    }
}
