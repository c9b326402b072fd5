package dev.postern.gateway.client;

import dev.postern.auth.InternalToken;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The webhooks service's internal API: deliveries of an endpoint and the public event log.
 * Timeouts: quarkus.rest-client.webhooks.* (a test ping waits for its first attempt, up to ~20 s).
 */
@RegisterRestClient(configKey = "webhooks")
@Path("/internal/v1/workspaces/{workspaceId}")
public interface WebhooksClient {

    @POST
    @Path("/endpoints/{endpointId}/test")
    Uni<Response> test(@PathParam("workspaceId") String workspaceId, @PathParam("endpointId") String endpointId,
                       @HeaderParam(InternalToken.HEADER) String token);

    @GET
    @Path("/endpoints/{endpointId}/deliveries")
    Uni<Response> deliveries(@PathParam("workspaceId") String workspaceId, @PathParam("endpointId") String endpointId,
                             @HeaderParam(InternalToken.HEADER) String token, @QueryParam("status") String status,
                             @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    @GET
    @Path("/endpoints/{endpointId}/deliveries/{deliveryId}")
    Uni<Response> delivery(@PathParam("workspaceId") String workspaceId, @PathParam("endpointId") String endpointId,
                           @PathParam("deliveryId") String deliveryId, @HeaderParam(InternalToken.HEADER) String token);

    @POST
    @Path("/endpoints/{endpointId}/deliveries/{deliveryId}/redeliver")
    Uni<Response> redeliver(@PathParam("workspaceId") String workspaceId, @PathParam("endpointId") String endpointId,
                            @PathParam("deliveryId") String deliveryId, @HeaderParam(InternalToken.HEADER) String token);

    @GET
    @Path("/events")
    Uni<Response> events(@PathParam("workspaceId") String workspaceId, @HeaderParam(InternalToken.HEADER) String token,
                         @QueryParam("after") String after, @QueryParam("types") String types,
                         @QueryParam("limit") Integer limit, @QueryParam("wait") Integer waitSeconds);
}
