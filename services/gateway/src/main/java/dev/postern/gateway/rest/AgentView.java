package dev.postern.gateway.rest;

import dev.postern.gateway.domain.Agent;
import java.time.Instant;

/** An agent as the API shows it. */
public record AgentView(String object, String id, String name, String address, String displayName, String status,
                        Instant createdAt, Instant updatedAt, Instant archivedAt) {

    public static AgentView of(Agent a) {
        return new AgentView("agent", a.id, a.name, a.address, a.displayName, a.status, a.createdAt, a.updatedAt, a.archivedAt);
    }
}
