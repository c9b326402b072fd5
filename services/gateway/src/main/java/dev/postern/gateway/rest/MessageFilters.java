package dev.postern.gateway.rest;

import dev.postern.auth.WorkspaceContext;
import dev.postern.gateway.repository.TenantTransactions;
import dev.postern.gateway.service.AgentService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The filters of {@code GET /api/v1/messages}, checked here so send is only asked sensible questions. */
@ApplicationScoped
public class MessageFilters {

    public static final Set<String> STATUSES = Set.of("queued", "scheduled", "sent", "delivered", "bounced", "complained",
            "failed", "suppressed", "cancelled");
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_=.-]{1,200}");
    private static final int MAX_LIMIT = 100;

    private final AgentService agents;
    private final TenantTransactions transactions;

    public MessageFilters(AgentService agents, TenantTransactions transactions) {
        this.agents = agents;
        this.transactions = transactions;
    }

    /** Validates the filters and resolves {@code agent} (id or name) to the agent's id; null when not filtered. */
    public Uni<String> agentId(WorkspaceContext caller, String agent, String status, String cursor, Integer limit) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (status != null && !STATUSES.contains(status)) {
            errors.add(new Problem.FieldError("status", "must be one of " + STATUSES));
        }
        if (cursor != null && !CURSOR.matcher(cursor).matches()) {
            errors.add(new Problem.FieldError("cursor", "is not a cursor this API returned"));
        }
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            errors.add(new Problem.FieldError("limit", "must be between 1 and " + MAX_LIMIT));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (agent == null) {
            return Uni.createFrom().nullItem();
        }
        return transactions.inWorkspace(caller.workspaceId(), s -> agents.resolve(s, caller.workspaceId(), agent))
                .map(found -> {
                    if (found == null) {
                        throw ProblemException.invalid("agent", "no agent '" + agent + "' in this workspace");
                    }
                    return found.id;
                });
    }
}
