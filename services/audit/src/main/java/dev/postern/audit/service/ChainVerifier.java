package dev.postern.audit.service;

import dev.postern.audit.domain.AuditChain;
import dev.postern.audit.repository.AuditLogRepository;
import dev.postern.audit.repository.TenantTransactions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

/** Recomputes a workspace's whole chain, page by page, and says whether it holds. */
@ApplicationScoped
public class ChainVerifier {

    private static final int PAGE = 1000;

    private final TenantTransactions transactions;
    private final AuditLogRepository log;

    public ChainVerifier(TenantTransactions transactions, AuditLogRepository log) {
        this.transactions = transactions;
        this.log = log;
    }

    public Uni<AuditChain.Verification> verify(String workspaceId) {
        return transactions.inWorkspace(workspaceId, session -> log.head(session, workspaceId).chain(head -> {
            long headSeq = head == null ? 0 : head.lastSeq;
            String headHash = head == null ? AuditChain.GENESIS : head.lastHash;
            AuditChain.Walker walker = new AuditChain.Walker();
            // The chain as of the head read here: rows appended while the walk runs (each statement sees the latest
            // commit) are not part of it and are checked by the next verification, so a busy chain never reads as cut.
            return walk(session, workspaceId, 0, headSeq, walker).map(done -> walker.result(headSeq, headHash));
        }));
    }

    private Uni<Boolean> walk(Mutiny.Session session, String workspaceId, long afterSeq, long headSeq, AuditChain.Walker walker) {
        if (afterSeq >= headSeq) {
            return Uni.createFrom().item(true);
        }
        return log.ascending(session, workspaceId, afterSeq, PAGE).chain(rows -> {
            rows.stream().filter(row -> row.seq <= headSeq).forEach(walker::accept);
            if (rows.size() < PAGE) {
                return Uni.createFrom().item(true);
            }
            long last = rows.get(rows.size() - 1).seq;
            session.clear(); // keep memory flat on long chains
            return walk(session, workspaceId, last, headSeq, walker);
        });
    }
}
