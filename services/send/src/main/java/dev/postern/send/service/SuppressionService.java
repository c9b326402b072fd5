package dev.postern.send.service;

import dev.postern.events.Actor;
import dev.postern.send.domain.Suppression;
import dev.postern.send.domain.SuppressionReason;
import dev.postern.send.repository.OutboxRepository;
import dev.postern.send.repository.SuppressionRepository;
import dev.postern.send.repository.TenantTransactions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** A workspace's suppression list: every addition and removal is an event, in the same transaction. */
@ApplicationScoped
public class SuppressionService {

    private final TenantTransactions transactions;
    private final SuppressionRepository suppressions;
    private final OutboxRepository outbox;

    public SuppressionService(TenantTransactions transactions, SuppressionRepository suppressions, OutboxRepository outbox) {
        this.transactions = transactions;
        this.suppressions = suppressions;
        this.outbox = outbox;
    }

    /** The suppression, and whether this call created it (false: it was already there, unchanged). */
    public record Added(Suppression suppression, boolean created) {
    }

    public Uni<Added> add(String workspaceId, String address, SuppressionReason reason, String sourceMessageId, Actor actor,
                          String correlationId) {
        return transactions.inWorkspace(workspaceId, session -> addInSession(session, workspaceId, address, reason,
                sourceMessageId, actor, correlationId, Instant.now().truncatedTo(ChronoUnit.MICROS)));
    }

    /** Adds within the caller's transaction (feedback adds suppressions with the status change that caused them). */
    public Uni<Added> addInSession(Mutiny.Session session, String workspaceId, String address, SuppressionReason reason,
                                   String sourceMessageId, Actor actor, String correlationId, Instant at) {
        return suppressions.find(session, workspaceId, address).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(new Added(existing, false));
            }
            Suppression s = new Suppression();
            s.workspaceId = workspaceId;
            s.address = address;
            s.reason = reason.wireName();
            s.sourceMessageId = sourceMessageId;
            s.createdAt = at;
            return suppressions.add(session, s)
                    .chain(() -> outbox.append(session, List.of(MessageEvents.suppression(workspaceId, true, address,
                            s.reason, sourceMessageId, actor, correlationId, at))))
                    .replaceWith(new Added(s, true));
        });
    }

    /** True when the address was on the list. */
    public Uni<Boolean> remove(String workspaceId, String address, Actor actor) {
        return transactions.inWorkspace(workspaceId, session -> suppressions.find(session, workspaceId, address).chain(existing -> {
            if (existing == null) {
                return Uni.createFrom().item(false);
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return suppressions.remove(session, existing)
                    .chain(() -> outbox.append(session, List.of(MessageEvents.suppression(workspaceId, false, address,
                            existing.reason, existing.sourceMessageId, actor, null, now))))
                    .replaceWith(true);
        }));
    }

    public Uni<Suppression> find(String workspaceId, String address) {
        return transactions.inWorkspace(workspaceId, session -> suppressions.find(session, workspaceId, address));
    }

    public Uni<List<Suppression>> page(String workspaceId, SuppressionRepository.After after, int limit) {
        return transactions.inWorkspace(workspaceId, session -> suppressions.page(session, workspaceId, after, limit));
    }
}
