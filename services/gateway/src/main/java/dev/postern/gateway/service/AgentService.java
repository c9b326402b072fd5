package dev.postern.gateway.service;

import dev.postern.auth.WorkspaceContext;
import dev.postern.events.Actor;
import dev.postern.events.EventEnvelope;
import dev.postern.events.EventType;
import dev.postern.events.Target;
import dev.postern.events.payload.AgentChangedV1;
import dev.postern.gateway.config.MailSettings;
import dev.postern.gateway.domain.Agent;
import dev.postern.gateway.domain.Ids;
import dev.postern.gateway.repository.AgentRepository;
import dev.postern.gateway.repository.ConstraintViolations;
import dev.postern.gateway.repository.OutboxRepository;
import dev.postern.gateway.repository.TenantTransactions;
import dev.postern.gateway.rest.Problem;
import dev.postern.gateway.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/** Agents: create, read, change, archive. Every change writes its event in the same transaction. */
@ApplicationScoped
public class AgentService {

    private final AgentRepository agents;
    private final OutboxRepository outbox;
    private final TenantTransactions transactions;
    private final MailSettings mail;

    public AgentService(AgentRepository agents, OutboxRepository outbox, TenantTransactions transactions, MailSettings mail) {
        this.agents = agents;
        this.outbox = outbox;
        this.transactions = transactions;
        this.mail = mail;
    }

    /** Creates the agent inside the caller's transaction (so an idempotency record can share it). */
    public Uni<Agent> create(Mutiny.Session session, WorkspaceContext caller, Actor actor, AgentRequests.NewAgent request) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Agent agent = new Agent();
        agent.id = Ids.agent();
        agent.workspaceId = caller.workspaceId();
        agent.name = request.name();
        agent.address = (request.localPart() == null ? request.name() : request.localPart()) + "@" + mail.sharedDomain();
        agent.displayName = request.displayName();
        agent.status = Agent.ACTIVE;
        agent.createdAt = now;
        agent.updatedAt = now;
        return agents.persist(session, agent)
                .onFailure().transform(e -> taken(e, request.localPart() == null ? "name" : "local_part"))
                .chain(() -> outbox.append(session, event(EventType.AGENT_CREATED, agent, actor, List.of())))
                .replaceWith(agent);
    }

    public Uni<List<Agent>> list(WorkspaceContext caller, String status, String before, int limit) {
        return transactions.inWorkspace(caller.workspaceId(), s -> agents.list(s, caller.workspaceId(), status, before, limit));
    }

    public Uni<Agent> get(WorkspaceContext caller, String ref) {
        return transactions.inWorkspace(caller.workspaceId(), s -> existing(s, caller.workspaceId(), ref));
    }

    /** Applies a validated patch; an agent the patch does not change is answered as it is, with no event. */
    public Uni<Agent> update(WorkspaceContext caller, Actor actor, String ref, AgentRequests.AgentPatch patch) {
        return transactions.inWorkspace(caller.workspaceId(), s -> existing(s, caller.workspaceId(), ref).chain(agent -> {
            if (Agent.ARCHIVED.equals(agent.status)) {
                return Uni.createFrom().failure(new ProblemException(409, "agent-archived", "Conflict",
                        "Agent " + agent.id + " is archived; an archived agent cannot be changed."));
            }
            List<String> changed = patch.applyTo(agent);
            if (changed.isEmpty()) {
                return Uni.createFrom().item(agent);
            }
            agent.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            return s.flush()
                    .onFailure().transform(e -> taken(e, "name"))
                    .chain(() -> outbox.append(s, event(EventType.AGENT_UPDATED, agent, actor, changed)))
                    .replaceWith(agent);
        }));
    }

    /** Archives the agent for good: it can no longer send, and its name and address stay reserved. Idempotent. */
    public Uni<Agent> archive(WorkspaceContext caller, Actor actor, String ref) {
        return transactions.inWorkspace(caller.workspaceId(), s -> existing(s, caller.workspaceId(), ref).chain(agent -> {
            if (Agent.ARCHIVED.equals(agent.status)) {
                return Uni.createFrom().item(agent);
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            agent.status = Agent.ARCHIVED;
            agent.archivedAt = now;
            agent.updatedAt = now;
            return outbox.append(s, event(EventType.AGENT_ARCHIVED, agent, actor, List.of("status"))).replaceWith(agent);
        }));
    }

    /** The agent an id ({@code agt_…}) or a name refers to in this workspace, or null. */
    public Uni<Agent> resolve(Mutiny.Session session, String workspaceId, String ref) {
        if (ref == null) {
            return Uni.createFrom().nullItem();
        }
        return ref.startsWith("agt_") ? agents.findById(session, workspaceId, ref) : agents.findByName(session, workspaceId, ref);
    }

    private Uni<Agent> existing(Mutiny.Session session, String workspaceId, String ref) {
        return resolve(session, workspaceId, ref).onItem().ifNull().failWith(() -> ProblemException.notFound("Agent " + ref));
    }

    private static Throwable taken(Throwable failure, String addressField) {
        return ConstraintViolations.uniqueConstraint(failure).<Throwable>map(constraint -> switch (constraint) {
            case "agents_name_per_workspace" -> conflict("agent-name-taken", "name",
                    "Another agent of this workspace already has this name (archived agents keep theirs).");
            case "agents_address_unique" -> conflict("address-taken", addressField,
                    "This address is already taken on the platform; choose another name or give a local_part.");
            default -> failure;
        }).orElse(failure);
    }

    private static ProblemException conflict(String slug, String field, String detail) {
        return new ProblemException(409, slug, "Conflict", detail, List.of(new Problem.FieldError(field, detail)), Map.of());
    }

    private static EventEnvelope event(EventType type, Agent agent, Actor actor, List<String> changed) {
        return EventEnvelope.builder(type)
                .source(ApiKeyService.SOURCE).workspace(agent.workspaceId).actor(actor)
                .target(Target.of("agent", agent.id))
                .data(new AgentChangedV1(agent.id, agent.name, agent.address, agent.displayName, agent.status, changed))
                .build();
    }
}
