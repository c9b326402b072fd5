package dev.postern.gateway.client;

import dev.postern.auth.InternalToken;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The send service's internal API (docs/contracts/send.md). Every call carries a token bound to
 * the one workspace in its path. Timeouts: quarkus.rest-client.send.*; every answer, 4xx and 5xx
 * included, comes back as a Response (disable-default-mapper) for {@link SendRelay} to judge.
 */
@RegisterRestClient(configKey = "send")
@Path("/internal/v1/workspaces/{workspaceId}")
public interface SendClient {

    @GET
    @Path("/messages")
    Uni<Response> listMessages(@PathParam("workspaceId") String workspaceId, @HeaderParam(InternalToken.HEADER) String token,
                               @QueryParam("agent_id") String agentId, @QueryParam("status") String status,
                               @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    @GET
    @Path("/messages/{id}")
    Uni<Response> getMessage(@PathParam("workspaceId") String workspaceId, @HeaderParam(InternalToken.HEADER) String token,
                             @PathParam("id") String messageId);

    @POST
    @Path("/messages/{id}/cancel")
    Uni<Response> cancelMessage(@PathParam("workspaceId") String workspaceId, @HeaderParam(InternalToken.HEADER) String token,
                                @PathParam("id") String messageId);

    @GET
    @Path("/suppressions")
    Uni<Response> listSuppressions(@PathParam("workspaceId") String workspaceId, @HeaderParam(InternalToken.HEADER) String token,
                                   @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    @GET
    @Path("/suppressions/{address}")
    Uni<Response> getSuppression(@PathParam("workspaceId") String workspaceId, @HeaderParam(InternalToken.HEADER) String token,
                                 @PathParam("address") String address);

    @POST
    @Path("/suppressions")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> addSuppression(@PathParam("workspaceId") String workspaceId, @HeaderParam(InternalToken.HEADER) String token,
                                 String body);

    @DELETE
    @Path("/suppressions/{address}")
    Uni<Response> removeSuppression(@PathParam("workspaceId") String workspaceId, @HeaderParam(InternalToken.HEADER) String token,
                                    @PathParam("address") String address);
}
