package dev.postern.audit.service;

import dev.postern.audit.domain.AuditChain;
import dev.postern.audit.domain.AuditEntry;
import dev.postern.audit.domain.ChainHead;
import dev.postern.audit.repository.AuditLogRepository;
import dev.postern.audit.repository.TenantTransactions;
import dev.postern.events.Actor;
import dev.postern.events.EventEnvelope;
import dev.postern.events.Target;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Turns one event into one audit_log row. The event id is checked and the row appended in one
 * transaction, under a lock on the workspace's chain head: replaying a topic changes nothing, and
 * two writers can never fork a chain.
 */
@ApplicationScoped
public class AuditRecorder {

    private final TenantTransactions transactions;
    private final AuditLogRepository log;

    public AuditRecorder(TenantTransactions transactions, AuditLogRepository log) {
        this.transactions = transactions;
        this.log = log;
    }

    /** Emits true when a row was written, false when the event was already recorded. */
    public Uni<Boolean> record(EventEnvelope event) {
        String ws = event.workspaceId();
        return transactions.inWorkspace(ws, session -> log.lockHead(session, ws)
                .chain(head -> log.containsEvent(session, ws, event.id()).chain(seen -> {
                    if (seen) {
                        return Uni.createFrom().item(false);
                    }
                    boolean newHead = head == null;
                    ChainHead current = newHead ? genesis(ws) : head;
                    AuditEntry entry = toEntry(event, current.lastSeq + 1);
                    entry.prevHash = current.lastHash;
                    entry.hash = AuditChain.hash(current.lastHash, entry);
                    current.lastSeq = entry.seq;
                    current.lastHash = entry.hash;
                    return log.append(session, entry, current, newHead).replaceWith(true);
                })));
    }

    private static ChainHead genesis(String workspaceId) {
        ChainHead head = new ChainHead();
        head.workspaceId = workspaceId;
        head.lastSeq = 0;
        head.lastHash = AuditChain.GENESIS;
        return head;
    }

    static AuditEntry toEntry(EventEnvelope event, long seq) {
        AuditEntry e = new AuditEntry();
        e.workspaceId = event.workspaceId();
        e.seq = seq;
        e.eventId = event.id();
        e.eventType = event.type();
        e.occurredAt = event.time().truncatedTo(ChronoUnit.MICROS);
        e.recordedAt = Instant.now();
        e.source = event.source();
        e.category = event.category().wireName();
        e.action = event.action();
        Actor actor = event.actor();
        e.actorType = actor.type();
        e.actorId = actor.id();
        e.actorKeyPrefix = actor.keyPrefix();
        e.actorIp = actor.ip();
        e.actorUserAgent = actor.userAgent();
        Target target = event.target();
        if (target != null) {
            e.targetType = target.type();
            e.targetId = target.id();
        }
        e.correlationId = event.correlationId();
        e.data = event.data() == null || event.data().isNull() ? null : AuditChain.canonicalJson(event.data().toString());
        return e;
    }
}
