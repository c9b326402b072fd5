package dev.postern.gateway.rest;

import dev.postern.auth.InternalToken;
import dev.postern.gateway.config.InternalSettings;
import dev.postern.gateway.repository.AgentRepository;
import dev.postern.gateway.repository.TenantTransactions;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who owns an address, for the inbound-scanner only: it asks when mail arrives for an address its own directory
 * (projected from {@code postern.workspace.v1}) does not know yet, so that an agent receives mail the moment it is
 * created. Answers the agent id, workspace and status, nothing else. Requires a platform-level token issued to
 * {@code inbound-scanner}; never exposed through the public ingress.
 */
@Path("/internal/v1/mailboxes/{address}")
@Produces(MediaType.APPLICATION_JSON)
public class InternalMailboxesResource {

    static final String CALLER = "inbound-scanner";

    private final AgentRepository agents;
    private final TenantTransactions transactions;
    private final InternalSettings internal;

    public InternalMailboxesResource(AgentRepository agents, TenantTransactions transactions, InternalSettings internal) {
        this.agents = agents;
        this.transactions = transactions;
        this.internal = internal;
    }

    public record MailboxView(String agentId, String workspaceId, String status) {
    }

    @GET
    public Uni<MailboxView> find(@PathParam("address") String address, @HeaderParam(InternalToken.HEADER) String token) {
        InternalToken.verify(internal.secret(), token, Instant.now())
                .filter(claims -> CALLER.equals(claims.caller()) && InternalToken.ANY_WORKSPACE.equals(claims.workspace()))
                .orElseThrow(() -> new ProblemException(401, "invalid-internal-token", "Unauthorized",
                        "A valid platform-level internal token issued to the inbound-scanner is required.", List.of(), Map.of()));
        if (address == null || address.isBlank() || address.length() > 254 || address.indexOf('@') < 1) {
            throw ProblemException.invalid("address", "must be an e-mail address");
        }
        return transactions.platform(s -> agents.findMailbox(s, address.strip().toLowerCase(Locale.ROOT)))
                .map(found -> found.map(m -> new MailboxView(m.agentId(), m.workspaceId(), m.status()))
                        .orElseThrow(() -> new ProblemException(404, "mailbox-not-found", "Not Found",
                                "No agent has this address.", List.of(), Map.of())));
    }
}
