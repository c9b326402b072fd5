package dev.postern.gateway.rest;

import dev.postern.auth.Scopes;
import dev.postern.auth.WorkspaceContext;
import dev.postern.events.Category;
import dev.postern.gateway.service.WorkspaceService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final Caller caller;
    private final WorkspaceService workspaces;

    public MeResource(Caller caller, WorkspaceService workspaces) {
        this.caller = caller;
        this.workspaces = workspaces;
    }

    public record WorkspaceView(String id, String name, Instant createdAt) {
    }

    public record KeyView(String id, String prefix, String mode, List<String> scopes) {
    }

    public record Me(String object, WorkspaceView workspace, KeyView apiKey) {
    }

    @GET
    @ApiAction(scope = Scopes.WORKSPACE_READ, category = Category.WORKSPACE, action = "me.read", target = "workspace")
    public Uni<Me> me() {
        WorkspaceContext ctx = caller.context();
        caller.target(ctx.workspaceId());
        return workspaces.get(ctx.workspaceId())
                .map(ws -> new Me("me", new WorkspaceView(ws.id, ws.name, ws.createdAt),
                        new KeyView(ctx.keyId(), ctx.keyPrefix(), ctx.mode().wireName(), ctx.scopes())));
    }
}
