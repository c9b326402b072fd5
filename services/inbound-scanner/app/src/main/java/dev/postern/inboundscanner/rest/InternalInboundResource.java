package dev.postern.inboundscanner.rest;

import dev.postern.auth.InternalToken;
import dev.postern.inboundscanner.repository.InboundRepository;
import dev.postern.inboundscanner.repository.TenantTransactions;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Inbound messages of one workspace, newest first. Held (quarantined) messages appear as metadata only. */
@Path("/internal/v1/workspaces/{workspaceId}/inbound")
@Produces(MediaType.APPLICATION_JSON)
public class InternalInboundResource {

    static final Pattern AGENT_ID = Pattern.compile("agt_[0-9A-HJKMNP-TV-Z]{26}");
    static final Pattern INBOUND_ID = Pattern.compile("inb_[0-9A-HJKMNP-TV-Z]{26}");
    private static final Set<String> VERDICTS = Set.of("clean", "suspicious", "quarantined");

    private final InternalAuth auth;
    private final TenantTransactions transactions;
    private final InboundRepository inbound;

    public InternalInboundResource(InternalAuth auth, TenantTransactions transactions, InboundRepository inbound) {
        this.auth = auth;
        this.transactions = transactions;
        this.inbound = inbound;
    }

    @GET
    public Uni<InboundViews.Page<InboundViews.Summary>> list(@PathParam("workspaceId") String ws, @HeaderParam(InternalToken.HEADER) String token,
                                                             @QueryParam("agent_id") String agentId, @QueryParam("verdict") String verdict,
                                                             @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        auth.require(token, ws);
        if (agentId != null && !AGENT_ID.matcher(agentId).matches()) {
            throw InternalApiException.invalid("agent_id", "must be an agent id (agt_…)");
        }
        if (verdict != null && !VERDICTS.contains(verdict)) {
            throw InternalApiException.invalid("verdict", "must be one of clean, suspicious, quarantined");
        }
        int size = Cursors.limit(limit);
        InboundRepository.Filter filter = new InboundRepository.Filter(agentId, verdict, null, Cursors.id(cursor));
        return transactions.inWorkspace(ws, s -> inbound.list(s, ws, filter, size + 1)).map(rows -> page(rows.stream()
                .map(InboundViews::summary).toList(), size));
    }

    @GET
    @Path("{id}")
    public Uni<InboundViews.Detail> get(@PathParam("workspaceId") String ws, @HeaderParam(InternalToken.HEADER) String token,
                                        @PathParam("id") String id) {
        auth.require(token, ws);
        if (!INBOUND_ID.matcher(id).matches()) {
            throw InternalApiException.notFound("inbound message");
        }
        return transactions.inWorkspace(ws, s -> inbound.find(s, ws, id)).map(m -> {
            if (m == null) {
                throw InternalApiException.notFound("inbound message");
            }
            return InboundViews.detail(m);
        });
    }

    static InboundViews.Page<InboundViews.Summary> page(List<InboundViews.Summary> rows, int size) {
        boolean more = rows.size() > size;
        List<InboundViews.Summary> data = rows.stream().limit(size).toList();
        return new InboundViews.Page<>("list", data, more, more ? Cursors.ofId(data.get(data.size() - 1).id()) : null);
    }
}
