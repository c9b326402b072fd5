package dev.postern.webhooks.client;

import dev.postern.auth.InternalToken;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The gateway's internal webhook-endpoint API. Timeouts: quarkus.rest-client.gateway.*. */
@RegisterRestClient(configKey = "gateway")
@Path("/internal/v1/workspaces/{workspaceId}/webhook-endpoints")
public interface GatewayClient {

    record EndpointList(List<WebhookEndpoint> data) {
    }

    record DisableRequest(String reason) {
    }

    /** 200 with an {@link EndpointList}; anything else is a failure (the default exception mapper is off). */
    @GET
    Uni<Response> endpoints(@PathParam("workspaceId") String workspaceId, @HeaderParam(InternalToken.HEADER) String token);

    @POST
    @Path("/{endpointId}/disable")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> disable(@PathParam("workspaceId") String workspaceId, @PathParam("endpointId") String endpointId,
                      @HeaderParam(InternalToken.HEADER) String token, DisableRequest body);
}
