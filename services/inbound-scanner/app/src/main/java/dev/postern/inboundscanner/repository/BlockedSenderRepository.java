package dev.postern.inboundscanner.repository;

import dev.postern.inboundscanner.domain.BlockedSender;
import dev.postern.inboundscanner.domain.InboundMessage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.hibernate.reactive.mutiny.Mutiny;

/** Senders blocked per workspace, and the count that blocks them. */
@ApplicationScoped
public class BlockedSenderRepository {

    public Uni<Boolean> isBlocked(Mutiny.Session session, String workspaceId, String address) {
        if (address == null) {
            return Uni.createFrom().item(false);
        }
        return session.createSelectionQuery("select count(*) from BlockedSender where workspaceId = :ws and address = :a", Long.class)
                .setParameter("ws", workspaceId).setParameter("a", address)
                .getSingleResult().map(n -> n > 0);
    }

    /** Messages from {@code address} quarantined by the scanner since {@code since} and not released since. */
    public Uni<Long> quarantinedSince(Mutiny.Session session, String workspaceId, String address, Instant since) {
        return session.createSelectionQuery("select count(*) from InboundMessage where workspaceId = :ws and fromAddress = :a"
                        + " and verdict = 'quarantined' and status <> :released and receivedAt >= :since", Long.class)
                .setParameter("ws", workspaceId).setParameter("a", address)
                .setParameter("released", InboundMessage.RELEASED).setParameter("since", since)
                .getSingleResult();
    }

    public Uni<Void> block(Mutiny.Session session, String workspaceId, String address, int count) {
        BlockedSender b = new BlockedSender();
        b.workspaceId = workspaceId;
        b.address = address;
        b.quarantinedCount = count;
        b.blockedAt = Instant.now();
        return session.persist(b);
    }
}
