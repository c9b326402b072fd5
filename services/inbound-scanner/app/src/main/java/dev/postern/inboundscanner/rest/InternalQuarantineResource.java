package dev.postern.inboundscanner.rest;

import dev.postern.auth.InternalToken;
import dev.postern.events.Actor;
import dev.postern.inboundscanner.client.RawMailStore;
import dev.postern.inboundscanner.domain.InboundMessage;
import dev.postern.inboundscanner.repository.InboundRepository;
import dev.postern.inboundscanner.repository.TenantTransactions;
import dev.postern.inboundscanner.service.QuarantineService;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The quarantine: the only place where a held message's content is shown. Release delivers it; delete erases it.
 * The gateway passes who acted in {@code X-Postern-Actor-*} headers, which go into the audit events.
 */
@Path("/internal/v1/workspaces/{workspaceId}/quarantine")
@Produces(MediaType.APPLICATION_JSON)
public class InternalQuarantineResource {

    private static final int RAW_EXCERPT_BYTES = 256 * 1024;

    private final InternalAuth auth;
    private final TenantTransactions transactions;
    private final InboundRepository inbound;
    private final QuarantineService quarantine;
    private final RawMailStore store;

    public InternalQuarantineResource(InternalAuth auth, TenantTransactions transactions, InboundRepository inbound,
                                      QuarantineService quarantine, RawMailStore store) {
        this.auth = auth;
        this.transactions = transactions;
        this.inbound = inbound;
        this.quarantine = quarantine;
        this.store = store;
    }

    @GET
    public Uni<InboundViews.Page<InboundViews.Summary>> list(@PathParam("workspaceId") String ws, @HeaderParam(InternalToken.HEADER) String token,
                                                             @QueryParam("agent_id") String agentId, @QueryParam("cursor") String cursor,
                                                             @QueryParam("limit") Integer limit) {
        auth.require(token, ws);
        if (agentId != null && !InternalInboundResource.AGENT_ID.matcher(agentId).matches()) {
            throw InternalApiException.invalid("agent_id", "must be an agent id (agt_…)");
        }
        int size = Cursors.limit(limit);
        InboundRepository.Filter filter = new InboundRepository.Filter(agentId, null, true, Cursors.id(cursor));
        return transactions.inWorkspace(ws, s -> inbound.list(s, ws, filter, size + 1))
                .map(rows -> InternalInboundResource.page(rows.stream().map(InboundViews::summary).toList(), size));
    }

    /** {@code include_raw=true} adds the start of the raw MIME (read from S3), e.g. for a message that could not be parsed. */
    @GET
    @Path("{id}")
    public Uni<InboundViews.Detail> get(@PathParam("workspaceId") String ws, @HeaderParam(InternalToken.HEADER) String token,
                                        @PathParam("id") String id, @QueryParam("include_raw") boolean includeRaw) {
        auth.require(token, ws);
        return held(ws, id).chain(m -> {
            if (!includeRaw || m.s3Key == null) {
                return Uni.createFrom().item(InboundViews.quarantineDetail(m, null));
            }
            return Uni.createFrom().item(() -> excerpt(store.get(m.s3Key)))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .map(raw -> InboundViews.quarantineDetail(m, raw));
        });
    }

    @POST
    @Path("{id}/release")
    public Uni<InboundViews.Detail> release(@PathParam("workspaceId") String ws, @HeaderParam(InternalToken.HEADER) String token,
                                            @PathParam("id") String id, @HeaderParam("X-Postern-Actor-Id") String actorId,
                                            @HeaderParam("X-Postern-Actor-Key-Prefix") String keyPrefix,
                                            @HeaderParam("X-Postern-Actor-Ip") String ip, @HeaderParam("X-Postern-Actor-User-Agent") String ua) {
        auth.require(token, ws);
        requireId(id);
        return quarantine.release(ws, id, actor(actorId, keyPrefix, ip, ua)).map(InternalQuarantineResource::done);
    }

    @DELETE
    @Path("{id}")
    public Uni<InboundViews.Detail> delete(@PathParam("workspaceId") String ws, @HeaderParam(InternalToken.HEADER) String token,
                                           @PathParam("id") String id, @HeaderParam("X-Postern-Actor-Id") String actorId,
                                           @HeaderParam("X-Postern-Actor-Key-Prefix") String keyPrefix,
                                           @HeaderParam("X-Postern-Actor-Ip") String ip, @HeaderParam("X-Postern-Actor-User-Agent") String ua) {
        auth.require(token, ws);
        requireId(id);
        return quarantine.delete(ws, id, actor(actorId, keyPrefix, ip, ua)).map(InternalQuarantineResource::done);
    }

    private Uni<InboundMessage> held(String ws, String id) {
        requireId(id);
        return transactions.inWorkspace(ws, s -> inbound.find(s, ws, id)).map(m -> {
            if (m == null || !(InboundMessage.QUARANTINED.equals(m.status) || InboundMessage.DELETED.equals(m.status)
                    || InboundMessage.RELEASED.equals(m.status))) {
                throw InternalApiException.notFound("quarantined message");
            }
            return m;
        });
    }

    private static InboundViews.Detail done(QuarantineService.Outcome outcome) {
        if (outcome instanceof QuarantineService.Outcome.Done d) {
            return InboundViews.quarantineDetail(d.message(), null);
        }
        if (outcome instanceof QuarantineService.Outcome.NotHeld n) {
            throw new InternalApiException(409, "not-quarantined", "The message is not in quarantine (its status is " + n.status() + ").");
        }
        throw InternalApiException.notFound("quarantined message");
    }

    private static void requireId(String id) {
        if (!InternalInboundResource.INBOUND_ID.matcher(id).matches()) {
            throw InternalApiException.notFound("quarantined message");
        }
    }

    private static Actor actor(String id, String keyPrefix, String ip, String userAgent) {
        if (id == null && keyPrefix == null) {
            return Actor.service("gateway");
        }
        return Actor.apiKey(trim(id), trim(keyPrefix), trim(ip), trim(userAgent));
    }

    private static String trim(String v) {
        return v == null ? null : v.length() > 256 ? v.substring(0, 256) : v;
    }

    private static String excerpt(byte[] raw) {
        return new String(Arrays.copyOf(raw, Math.min(raw.length, RAW_EXCERPT_BYTES)), StandardCharsets.UTF_8);
    }
}
