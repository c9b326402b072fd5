package dev.postern.gateway.rest;

import dev.postern.auth.KeyMode;
import dev.postern.events.Category;
import dev.postern.events.EventEnvelope;
import dev.postern.events.EventType;
import dev.postern.events.Target;
import dev.postern.events.payload.ApiCallV1;
import dev.postern.gateway.repository.OutboxRepository;
import dev.postern.gateway.repository.TenantTransactions;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Writes exactly one {@code api.call} event for every request that presented a key of a known
 * workspace, whatever it answered, through the outbox. The response waits for the row, so a call
 * that could not be recorded is not reported as done.
 */
public class ApiCallRecorder {

    static final String SOURCE = "postern/gateway";

    private final Caller caller;
    private final OutboxRepository outbox;
    private final TenantTransactions transactions;

    public ApiCallRecorder(Caller caller, OutboxRepository outbox, TenantTransactions transactions) {
        this.caller = caller;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response, RoutingContext rc) {
        String workspaceId;
        KeyMode mode;
        if (caller.authenticated().isPresent()) {
            workspaceId = caller.authenticated().get().workspaceId();
            mode = caller.authenticated().get().mode();
        } else if (caller.rejectedKey().isPresent()) {
            workspaceId = caller.rejectedKey().get().workspaceId();
            mode = caller.rejectedKey().get().mode();
        } else {
            return Uni.createFrom().voidItem(); // no workspace to record it under
        }
        String requestId = ProblemResponses.requestId(rc);
        Long started = rc.get(RequestIds.STARTED_KEY);
        long durationMs = started == null ? 0 : TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        String path = rc.normalizedPath();
        ApiAction action = caller.action().orElse(null);
        String targetId = caller.targetId().orElseGet(() -> request.getUriInfo().getPathParameters().getFirst("id"));
        EventEnvelope event = EventEnvelope.builder(EventType.API_CALL)
                .source(SOURCE)
                .workspace(workspaceId)
                .category(action == null ? Category.AUTH : action.category())
                .action(action == null ? "unclassified" : action.action())
                .actor(caller.actor())
                .target(action == null ? null : Target.of(action.target(), targetId))
                .correlationId(requestId)
                .data(new ApiCallV1(request.getMethod(), path, caller.route(), response.getStatus(), requestId, durationMs,
                        mode.wireName()))
                .build();
        return transactions.inWorkspace(workspaceId, session -> outbox.append(session, event));
    }
}
