package dev.postern.gateway.rest;

import dev.postern.auth.InternalToken;
import dev.postern.events.Actor;
import dev.postern.gateway.config.InternalSettings;
import dev.postern.gateway.service.WorkspaceService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Platform operations for operators (the local CLI, provisioning jobs). Requires a platform-level
 * internal token; never exposed through the public ingress.
 */
@Path("/internal/v1/workspaces")
@Produces(MediaType.APPLICATION_JSON)
public class InternalWorkspacesResource {

    private final WorkspaceService workspaces;
    private final InternalSettings internal;

    public InternalWorkspacesResource(WorkspaceService workspaces, InternalSettings internal) {
        this.workspaces = workspaces;
        this.internal = internal;
    }

    public record CreateWorkspace(String name) {
    }

    public record WorkspaceView(String id, String name, Instant createdAt) {
    }

    public record Created(WorkspaceView workspace, List<ApiKeyView> apiKeys) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@HeaderParam(InternalToken.HEADER) String token, CreateWorkspace body) {
        InternalToken.Claims claims = InternalToken.verify(internal.secret(), token, Instant.now())
                .filter(c -> InternalToken.ANY_WORKSPACE.equals(c.workspace()))
                .orElseThrow(() -> new ProblemException(401, "invalid-internal-token", "Unauthorized",
                        "A valid platform-level internal token is required.", List.of(), Map.of()));
        return workspaces.create(body == null ? null : body.name(), Actor.operator(claims.caller()))
                .map(created -> Response.status(201).entity(new Created(
                        new WorkspaceView(created.workspace().id, created.workspace().name, created.workspace().createdAt),
                        created.keys().stream().map(ApiKeyView::of).toList())).build());
    }
}
