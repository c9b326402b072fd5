package dev.postern.inboundscanner.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The transaction boundary. Work for a workspace runs in a transaction that first declares the workspace to
 * PostgreSQL, so row-level security hides every other tenant's rows even from a query that forgot its where-clause.
 */
@ApplicationScoped
public class TenantTransactions {

    private final Mutiny.SessionFactory sessions;

    public TenantTransactions(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    public <T> Uni<T> inWorkspace(String workspaceId, Function<Mutiny.Session, Uni<T>> work) {
        return sessions.withTransaction(session -> session
                .createNativeQuery("select set_config('app.workspace_id', :ws, true)")
                .setParameter("ws", workspaceId)
                .getSingleResult()
                .chain(ignored -> work.apply(session)));
    }

    /** For the few operations that are not a tenant's: directory lookup by address, job claims, the outbox relay. */
    public <T> Uni<T> platform(Function<Mutiny.Session, Uni<T>> work) {
        return sessions.withTransaction(work);
    }
}
