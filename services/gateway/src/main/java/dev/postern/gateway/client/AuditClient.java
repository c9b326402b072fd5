package dev.postern.gateway.client;

import dev.postern.auth.InternalToken;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The audit service's internal read API. Timeouts: quarkus.rest-client.audit.*. */
@RegisterRestClient(configKey = "audit")
@Path("/internal/v1/workspaces/{workspaceId}/logs")
public interface AuditClient {

    @GET
    Uni<Response> list(@PathParam("workspaceId") String workspaceId,
                       @HeaderParam(InternalToken.HEADER) String token,
                       @QueryParam("category") String category,
                       @QueryParam("action") String action,
                       @QueryParam("since") String since,
                       @QueryParam("until") String until,
                       @QueryParam("cursor") String cursor,
                       @QueryParam("limit") Integer limit);

    @GET
    @Path("/verify")
    Uni<Response> verify(@PathParam("workspaceId") String workspaceId,
                         @HeaderParam(InternalToken.HEADER) String token);
}
