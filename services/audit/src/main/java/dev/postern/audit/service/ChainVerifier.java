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
            return walk(session, workspaceId, 0, walker).map(done -> walker.result(headSeq, headHash));
        }));
    }

    private Uni<Boolean> walk(Mutiny.Session session, String workspaceId, long afterSeq, AuditChain.Walker walker) {
        return log.ascending(session, workspaceId, afterSeq, PAGE).chain(rows -> {
            rows.forEach(walker::accept);
            if (rows.size() < PAGE) {
                return Uni.createFrom().item(true);
            }
            long last = rows.get(rows.size() - 1).seq;
            session.clear(); // keep memory flat on long chains
            return walk(session, workspaceId, last, walker);
        });
    }
}
