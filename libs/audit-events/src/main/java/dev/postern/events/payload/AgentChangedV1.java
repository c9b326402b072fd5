package dev.postern.events.payload;

import java.util.List;

/**
 * An agent (a mailbox identity) was created, updated or archived: {@code agent.created},
 * {@code agent.updated}, {@code agent.archived}. Carries the agent as it is after the change;
 * {@code changed} names the fields a change touched: empty for created, {@code ["status"]} for archived.
 */
public record AgentChangedV1(String agentId, String name, String address, String displayName, String status,
                             List<String> changed) {
}
