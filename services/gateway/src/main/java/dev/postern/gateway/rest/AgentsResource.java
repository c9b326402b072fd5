package dev.postern.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postern.auth.Scopes;
import dev.postern.events.Category;
import dev.postern.gateway.domain.Agent;
import dev.postern.gateway.service.AgentRequests;
import dev.postern.gateway.service.AgentService;
import dev.postern.gateway.service.IdempotencyService;
import dev.postern.gateway.service.StoredResponse;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Agents: the mailbox identities a workspace sends from. {@code {id}} is an agent id or an agent name. */
@Path("/api/v1/agents")
@Produces(MediaType.APPLICATION_JSON)
public class AgentsResource {

    private static final Pattern AGENT_ID = Pattern.compile("agt_[0-9A-HJKMNP-TV-Z]{26}");
    private static final Set<String> STATUSES = Set.of(Agent.ACTIVE, Agent.PAUSED, Agent.ARCHIVED);
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private final Caller caller;
    private final AgentService agents;
    private final IdempotencyService idempotency;
    private final ResponseBodies bodies;

    public AgentsResource(Caller caller, AgentService agents, IdempotencyService idempotency, ResponseBodies bodies) {
        this.caller = caller;
        this.agents = agents;
        this.idempotency = idempotency;
        this.bodies = bodies;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiAction(scope = Scopes.AGENTS_WRITE, category = Category.AGENTS, action = "agents.create", target = "agent")
    public Uni<Response> create(@HeaderParam(IdempotencyService.HEADER) String key, JsonNode body) {
        AgentRequests.NewAgent request = AgentRequests.newAgent(body);
        return idempotency.execute(caller.context(), key, "POST", "/api/v1/agents", body,
                        session -> agents.create(session, caller.context(), caller.actor(), request)
                                .map(agent -> StoredResponse.json(201, bodies.write(AgentView.of(agent)), agent.id)),
                caller::target);
    }

    @GET
    @ApiAction(scope = Scopes.AGENTS_READ, category = Category.AGENTS, action = "agents.list", target = "agent")
    public Uni<Page<AgentView>> list(@QueryParam("status") String status, @QueryParam("limit") Integer limit,
                                     @QueryParam("cursor") String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.invalid("status", "must be one of " + STATUSES);
        }
        if (cursor != null && !AGENT_ID.matcher(cursor).matches()) {
            throw ProblemException.invalid("cursor", "is not a cursor this API returned");
        }
        return agents.list(caller.context(), status, cursor, size + 1).map(rows -> {
            boolean more = rows.size() > size;
            List<AgentView> page = rows.stream().limit(size).map(AgentView::of).toList();
            return Page.of(page, more, page.isEmpty() ? null : page.get(page.size() - 1).id());
        });
    }

    @GET
    @Path("{id}")
    @ApiAction(scope = Scopes.AGENTS_READ, category = Category.AGENTS, action = "agents.read", target = "agent")
    public Uni<AgentView> get(@PathParam("id") String ref) {
        return agents.get(caller.context(), ref).map(this::targeted);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiAction(scope = Scopes.AGENTS_WRITE, category = Category.AGENTS, action = "agents.update", target = "agent")
    public Uni<AgentView> update(@PathParam("id") String ref, JsonNode body) {
        AgentRequests.AgentPatch patch = AgentRequests.patch(body);
        return agents.update(caller.context(), caller.actor(), ref, patch).map(this::targeted);
    }

    @DELETE
    @Path("{id}")
    @ApiAction(scope = Scopes.AGENTS_WRITE, category = Category.AGENTS, action = "agents.archive", target = "agent")
    public Uni<AgentView> archive(@PathParam("id") String ref) {
        return agents.archive(caller.context(), caller.actor(), ref).map(this::targeted);
    }

    /** The audit row names the agent by id even when the caller named it. */
    private AgentView targeted(Agent agent) {
        caller.target(agent.id);
        return AgentView.of(agent);
    }
}
