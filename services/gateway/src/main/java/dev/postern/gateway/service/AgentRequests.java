package dev.postern.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postern.gateway.domain.Agent;
import dev.postern.gateway.rest.Problem;
import dev.postern.gateway.rest.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The bodies of agent requests, read from JSON and validated as a whole (every bad field named). */
public final class AgentRequests {

    private AgentRequests() {
    }

    /** {@code POST /api/v1/agents}: name, and optionally the address's local part and a display name. */
    public record NewAgent(String name, String localPart, String displayName) {
    }

    /** {@code PATCH /api/v1/agents/{id}}: only the fields present change; a null display_name removes it. */
    public record AgentPatch(String name, boolean displayNameGiven, String displayName, String status) {

        /** Changes {@code agent} and names the fields that actually changed. */
        public List<String> applyTo(Agent agent) {
            List<String> changed = new ArrayList<>();
            if (name != null && !name.equals(agent.name)) {
                agent.name = name;
                changed.add("name");
            }
            if (displayNameGiven && !Objects.equals(displayName, agent.displayName)) {
                agent.displayName = displayName;
                changed.add("display_name");
            }
            if (status != null && !status.equals(agent.status)) {
                agent.status = status;
                changed.add("status");
            }
            return changed;
        }
    }

    public static NewAgent newAgent(JsonNode body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        FieldReader in = reader(body, errors);
        in.refuseUnknown(Set.of("name", "local_part", "display_name"),
                Map.of("address", "is derived: <local_part or name>@<the platform's shared domain>",
                        "status", "a new agent is active; pause it with PATCH"));
        String name = in.string("name", true, 64);
        if (name != null && AgentRules.nameProblem(name) != null) {
            in.error("name", AgentRules.nameProblem(name));
        }
        String localPart = in.string("local_part", false, 64);
        if (localPart != null && AgentRules.localPartProblem(localPart) != null) {
            in.error("local_part", AgentRules.localPartProblem(localPart));
        } else if (localPart == null && name != null && AgentRules.nameProblem(name) == null
                && AgentRules.localPartProblem(name) != null) {
            in.error("name", "cannot be used as the address's local part (" + AgentRules.localPartProblem(name)
                    + "); give a local_part");
        }
        String displayName = displayName(in);
        throwIfAny(errors);
        return new NewAgent(name, localPart, displayName);
    }

    public static AgentPatch patch(JsonNode body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        FieldReader in = reader(body, errors);
        in.refuseUnknown(Set.of("name", "display_name", "status"),
                Map.of("address", "cannot change: an address is the agent's for good",
                        "local_part", "cannot change: an address is the agent's for good"));
        String name = in.string("name", false, 64);
        if (name != null && AgentRules.nameProblem(name) != null) {
            in.error("name", AgentRules.nameProblem(name));
        }
        boolean displayNameGiven = body != null && body.has("display_name");
        String displayName = displayName(in);
        String status = in.string("status", false, 20);
        if (Agent.ARCHIVED.equals(status)) {
            in.error("status", "archive an agent with DELETE /api/v1/agents/{id}");
        } else if (status != null && !Agent.ACTIVE.equals(status) && !Agent.PAUSED.equals(status)) {
            in.error("status", "must be 'active' or 'paused'");
        }
        throwIfAny(errors);
        return new AgentPatch(name, displayNameGiven, displayName, status);
    }

    private static String displayName(FieldReader in) {
        String displayName = in.string("display_name", false, AgentRules.MAX_DISPLAY_NAME);
        if (displayName != null && AgentRules.displayNameProblem(displayName) != null) {
            in.error("display_name", AgentRules.displayNameProblem(displayName));
            return null;
        }
        return displayName == null ? null : displayName.strip();
    }

    private static FieldReader reader(JsonNode body, List<Problem.FieldError> errors) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("(body)", "must be a JSON object");
        }
        return new FieldReader(body, "", errors);
    }

    private static void throwIfAny(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
