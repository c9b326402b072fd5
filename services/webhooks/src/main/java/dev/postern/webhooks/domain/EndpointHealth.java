package dev.postern.webhooks.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * How an endpoint has been answering. It is disabled here at once on HTTP 410, or when it has failed
 * without a single success for {@code disableAfter}; the gateway, which owns the endpoint, is then
 * told (and emits {@code webhook_endpoint.disabled}).
 */
@Entity
@Table(name = "endpoint_health")
public class EndpointHealth {

    public static final String REASON_GONE = "gone";
    public static final String REASON_FAILING = "failing";

    @Id
    public String endpointId;
    public String workspaceId;
    public Instant failingSince;
    public int consecutiveFailures;
    public Instant lastSuccessAt;
    public Instant lastFailureAt;
    public Instant disabledAt;
    public String disabledReason;
    public Instant disableReportedAt;

    public static EndpointHealth fresh(String workspaceId, String endpointId) {
        EndpointHealth h = new EndpointHealth();
        h.workspaceId = workspaceId;
        h.endpointId = endpointId;
        return h;
    }

    public void succeeded(Instant at) {
        failingSince = null;
        consecutiveFailures = 0;
        lastSuccessAt = at;
    }

    /** Records a failure; true when this failure disables the endpoint. */
    public boolean failed(Instant at, boolean gone, Duration disableAfter) {
        if (failingSince == null) {
            failingSince = at;
        }
        consecutiveFailures++;
        lastFailureAt = at;
        if (disabledAt != null) {
            return false;
        }
        if (gone) {
            disable(at, REASON_GONE);
            return true;
        }
        if (!failingSince.plus(disableAfter).isAfter(at)) {
            disable(at, REASON_FAILING);
            return true;
        }
        return false;
    }

    /**
     * Whether this service holds the endpoint disabled. A re-enable by the customer (an update at
     * the gateway after the disabling) lifts it, and starts the failure clock afresh.
     */
    public boolean disabledFor(Instant endpointUpdatedAt) {
        if (disabledAt == null) {
            return false;
        }
        if (endpointUpdatedAt != null && endpointUpdatedAt.isAfter(disabledAt)) {
            disabledAt = null;
            disabledReason = null;
            disableReportedAt = null;
            failingSince = null;
            consecutiveFailures = 0;
            return false;
        }
        return true;
    }

    private void disable(Instant at, String reason) {
        disabledAt = at;
        disabledReason = reason;
        disableReportedAt = null;
    }
}
