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
 * The inbound-scanner's internal API: inbound messages, threads, the quarantine and the dry-run scan. Every call
 * carries a token bound to the one workspace in its path. Timeouts: quarkus.rest-client.inbound.*.
 */
@RegisterRestClient(configKey = "inbound")
@Path("/internal/v1/workspaces/{workspaceId}")
public interface InboundClient {

    /** Who acted, for the audit events of release and delete. */
    String ACTOR_ID = "X-Postern-Actor-Id";
    String ACTOR_KEY_PREFIX = "X-Postern-Actor-Key-Prefix";
    String ACTOR_IP = "X-Postern-Actor-Ip";
    String ACTOR_USER_AGENT = "X-Postern-Actor-User-Agent";

    @GET
    @Path("/inbound")
    Uni<Response> listInbound(@PathParam("workspaceId") String ws, @HeaderParam(InternalToken.HEADER) String token,
                              @QueryParam("agent_id") String agentId, @QueryParam("verdict") String verdict,
                              @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    @GET
    @Path("/inbound/{id}")
    Uni<Response> getInbound(@PathParam("workspaceId") String ws, @HeaderParam(InternalToken.HEADER) String token,
                             @PathParam("id") String id);

    @POST
    @Path("/scan")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> scan(@PathParam("workspaceId") String ws, @HeaderParam(InternalToken.HEADER) String token, String body);

    @GET
    @Path("/threads")
    Uni<Response> listThreads(@PathParam("workspaceId") String ws, @HeaderParam(InternalToken.HEADER) String token,
                              @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    @GET
    @Path("/threads/{id}")
    Uni<Response> getThread(@PathParam("workspaceId") String ws, @HeaderParam(InternalToken.HEADER) String token,
                            @PathParam("id") String id);

    @GET
    @Path("/quarantine")
    Uni<Response> listQuarantine(@PathParam("workspaceId") String ws, @HeaderParam(InternalToken.HEADER) String token,
                                 @QueryParam("agent_id") String agentId, @QueryParam("cursor") String cursor,
                                 @QueryParam("limit") Integer limit);

    @GET
    @Path("/quarantine/{id}")
    Uni<Response> getQuarantined(@PathParam("workspaceId") String ws, @HeaderParam(InternalToken.HEADER) String token,
                                 @PathParam("id") String id, @QueryParam("include_raw") Boolean includeRaw);

    @POST
    @Path("/quarantine/{id}/release")
    Uni<Response> release(@PathParam("workspaceId") String ws, @HeaderParam(InternalToken.HEADER) String token,
                          @PathParam("id") String id, @HeaderParam(ACTOR_ID) String actorId,
                          @HeaderParam(ACTOR_KEY_PREFIX) String keyPrefix, @HeaderParam(ACTOR_IP) String ip,
                          @HeaderParam(ACTOR_USER_AGENT) String userAgent);

    @DELETE
    @Path("/quarantine/{id}")
    Uni<Response> delete(@PathParam("workspaceId") String ws, @HeaderParam(InternalToken.HEADER) String token,
                         @PathParam("id") String id, @HeaderParam(ACTOR_ID) String actorId,
                         @HeaderParam(ACTOR_KEY_PREFIX) String keyPrefix, @HeaderParam(ACTOR_IP) String ip,
                         @HeaderParam(ACTOR_USER_AGENT) String userAgent);
}
