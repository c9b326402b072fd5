package dev.postern.gateway.service;

import dev.postern.auth.KeyMode;
import dev.postern.auth.Scopes;
import dev.postern.events.Actor;
import dev.postern.events.EventEnvelope;
import dev.postern.events.EventType;
import dev.postern.events.Target;
import dev.postern.events.payload.WorkspaceCreatedV1;
import dev.postern.gateway.domain.Ids;
import dev.postern.gateway.domain.Workspace;
import dev.postern.gateway.repository.OutboxRepository;
import dev.postern.gateway.repository.TenantTransactions;
import dev.postern.gateway.repository.WorkspaceRepository;
import dev.postern.gateway.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

@ApplicationScoped
public class WorkspaceService {

    private final WorkspaceRepository workspaces;
    private final ApiKeyService apiKeys;
    private final OutboxRepository outbox;
    private final TenantTransactions transactions;

    public WorkspaceService(WorkspaceRepository workspaces, ApiKeyService apiKeys, OutboxRepository outbox,
                            TenantTransactions transactions) {
        this.workspaces = workspaces;
        this.apiKeys = apiKeys;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    /** A new workspace with its first two keys, live and test-mode, all full-access; one transaction. */
    public record Created(Workspace workspace, List<IssuedKey> keys) {
    }

    public Uni<Created> create(String name, Actor actor) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw ProblemException.invalid("name", "is required, at most 200 characters");
        }
        Workspace workspace = new Workspace(Ids.workspace(), name.strip(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        EventEnvelope created = EventEnvelope.builder(EventType.WORKSPACE_CREATED)
                .source(ApiKeyService.SOURCE).workspace(workspace.id).actor(actor)
                .target(Target.of("workspace", workspace.id))
                .data(new WorkspaceCreatedV1(workspace.id, workspace.name))
                .build();
        return transactions.inWorkspace(workspace.id, session -> workspaces.persist(session, workspace)
                .chain(() -> session.flush())
                .chain(() -> outbox.append(session, created))
                .chain(() -> apiKeys.issue(session, workspace.id, "default live key", KeyMode.LIVE, Scopes.DEFAULT, null, actor))
                .chain(live -> apiKeys.issue(session, workspace.id, "default test key", KeyMode.TEST, Scopes.DEFAULT, null, actor)
                        .map(test -> new Created(workspace, List.of(live, test)))));
    }

    public Uni<Workspace> get(String workspaceId) {
        return transactions.inWorkspace(workspaceId, session -> workspaces.find(session, workspaceId));
    }
}
