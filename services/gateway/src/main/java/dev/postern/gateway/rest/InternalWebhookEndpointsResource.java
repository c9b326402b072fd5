package dev.postern.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.postern.auth.InternalToken;
import dev.postern.events.Actor;
import dev.postern.gateway.config.InternalSettings;
import dev.postern.gateway.service.WebhookEndpointService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Webhook endpoints for the webhooks service only: their URLs and live signing secrets (decrypted
 * here, sent only over this route, to a token issued to {@code webhooks} for this one workspace), and
 * the disabling it decides on (410, or days of failures). Never exposed through the public ingress.
 */
@Path("/internal/v1/workspaces/{workspaceId}/webhook-endpoints")
@Produces(MediaType.APPLICATION_JSON)
public class InternalWebhookEndpointsResource {

    static final String CALLER = "webhooks";
    private static final Set<String> REASONS = Set.of("gone", "failing");

    private final WebhookEndpointService endpoints;
    private final InternalSettings internal;

    public InternalWebhookEndpointsResource(WebhookEndpointService endpoints, InternalSettings internal) {
        this.endpoints = endpoints;
        this.internal = internal;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Directory(List<WebhookEndpointService.DirectoryEntry> data) {
    }

    public record Disable(String reason) {
    }

    public record Disabled(String id, boolean active, String disabledReason) {
    }

    @GET
    public Uni<Directory> list(@PathParam("workspaceId") String workspaceId, @HeaderParam(InternalToken.HEADER) String token) {
        authorize(token, workspaceId);
        return endpoints.directory(workspaceId).map(Directory::new);
    }

    @POST
    @Path("{id}/disable")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Disabled> disable(@PathParam("workspaceId") String workspaceId, @PathParam("id") String id,
                                 @HeaderParam(InternalToken.HEADER) String token, Disable body) {
        authorize(token, workspaceId);
        if (body == null || body.reason() == null || !REASONS.contains(body.reason())) {
            throw ProblemException.invalid("reason", "must be one of " + REASONS);
        }
        return endpoints.disable(workspaceId, id, body.reason(), Actor.service(CALLER))
                .map(e -> new Disabled(e.id, e.active, e.disabledReason));
    }

    private void authorize(String token, String workspaceId) {
        InternalToken.verify(internal.secret(), token, Instant.now())
                .filter(claims -> CALLER.equals(claims.caller()) && workspaceId.equals(claims.workspace()))
                .orElseThrow(() -> new ProblemException(401, "invalid-internal-token", "Unauthorized",
                        "A valid internal token issued to the webhooks service for this workspace is required.", List.of(), Map.of()));
    }
}
