package dev.postern.webhooks.client;

import dev.postern.auth.InternalToken;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The inbound-scanner's internal read of one inbound message (its content). Timeouts: quarkus.rest-client.inbound.*. */
@RegisterRestClient(configKey = "inbound")
@Path("/internal/v1/workspaces/{workspaceId}/inbound/{inboundId}")
public interface InboundClient {

    @GET
    Uni<Response> message(@PathParam("workspaceId") String workspaceId, @PathParam("inboundId") String inboundId,
                          @HeaderParam(InternalToken.HEADER) String token);
}
