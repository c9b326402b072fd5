package dev.postern.gateway.repository;

import dev.postern.gateway.domain.Workspace;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class WorkspaceRepository {

    public Uni<Workspace> find(Mutiny.Session session, String workspaceId) {
        return session.find(Workspace.class, workspaceId);
    }

    public Uni<Workspace> persist(Mutiny.Session session, Workspace workspace) {
        return session.persist(workspace).replaceWith(workspace);
    }
}
