package dev.postern.inboundscanner.repository;

import dev.postern.inboundscanner.domain.InboundJob;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** Processing jobs: created with the message, leased by the worker, deleted with the outcome. */
@ApplicationScoped
public class JobRepository {

    public record Claimed(String inboundId, String workspaceId, int attempts) {
    }

    public Uni<Void> create(Mutiny.Session session, String workspaceId, String inboundId) {
        InboundJob job = new InboundJob();
        job.inboundId = inboundId;
        job.workspaceId = workspaceId;
        job.attempts = 0;
        job.nextAttemptAt = Instant.now();
        job.createdAt = Instant.now();
        return session.persist(job);
    }

    /** Leases due jobs across workspaces: each comes back after {@code lease} unless finished or rescheduled. */
    public Uni<List<Claimed>> claim(Mutiny.Session platformSession, int limit, Duration lease) {
        return platformSession.createNativeQuery("select inbound_id, workspace_id, attempts from jobs_claim(:n, :lease)", Object[].class)
                .setParameter("n", limit)
                .setParameter("lease", (int) lease.toSeconds())
                .getResultList()
                .map(rows -> rows.stream().map(r -> new Claimed((String) r[0], (String) r[1], ((Number) r[2]).intValue())).toList());
    }

    public Uni<InboundJob> find(Mutiny.Session session, String inboundId) {
        return session.find(InboundJob.class, inboundId);
    }

    public Uni<Void> delete(Mutiny.Session session, String workspaceId, String inboundId) {
        return session.createMutationQuery("delete from InboundJob where workspaceId = :ws and inboundId = :id")
                .setParameter("ws", workspaceId).setParameter("id", inboundId)
                .executeUpdate().replaceWithVoid();
    }

    public Uni<Void> retryLater(Mutiny.Session session, String workspaceId, String inboundId, Instant at, String error) {
        return session.createMutationQuery("update InboundJob set nextAttemptAt = :at, lastError = :err where workspaceId = :ws and inboundId = :id")
                .setParameter("at", at).setParameter("err", error).setParameter("ws", workspaceId).setParameter("id", inboundId)
                .executeUpdate().replaceWithVoid();
    }
}
