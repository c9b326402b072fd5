package dev.postern.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postern.events.PublicEventTypes;
import dev.postern.gateway.rest.Problem;
import dev.postern.gateway.rest.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a webhook endpoint's fields may hold. Every refusal names its field (422). */
public final class WebhookEndpointRules {

    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_EVENT_TYPES = 20;
    static final Set<String> PATCHABLE = Set.of("url", "event_types", "description", "active");

    private WebhookEndpointRules() {
    }

    /** The filters, deduplicated in order; empty (or absent) means every type. */
    public static List<String> eventTypes(JsonNode node, List<Problem.FieldError> errors) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            errors.add(new Problem.FieldError("event_types", "must be an array of event types"));
            return List.of();
        }
        LinkedHashSet<String> types = new LinkedHashSet<>();
        for (JsonNode t : node) {
            if (!t.isTextual() || !PublicEventTypes.isValidFilter(t.asText())) {
                errors.add(new Problem.FieldError("event_types", "unknown event type " + shorten(t.toString())
                        + "; known: " + PublicEventTypes.ALL + " or <prefix>.*"));
            } else {
                types.add(t.asText());
            }
        }
        if (types.size() > MAX_EVENT_TYPES) {
            errors.add(new Problem.FieldError("event_types", "must name at most " + MAX_EVENT_TYPES + " types"));
        }
        return List.copyOf(types);
    }

    public static String description(JsonNode node, List<Problem.FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new Problem.FieldError("description", "must be a string"));
            return null;
        }
        String d = node.asText().strip();
        if (d.length() > MAX_DESCRIPTION) {
            errors.add(new Problem.FieldError("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        return d.isEmpty() ? null : d;
    }

    public static Boolean active(JsonNode node, List<Problem.FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            errors.add(new Problem.FieldError("active", "must be true or false"));
            return null;
        }
        return node.asBoolean();
    }

    public static String url(JsonNode node, List<Problem.FieldError> errors) {
        if (node == null || node.isNull() || !node.isTextual() || node.asText().isBlank()) {
            errors.add(new Problem.FieldError("url", "is required"));
            return null;
        }
        return node.asText();
    }

    /** A body must be a JSON object with only the known fields. */
    public static void onlyKnownFields(JsonNode body, Set<String> known) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                errors.add(new Problem.FieldError(shorten(name), "is not a field of a webhook endpoint"));
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    public static void throwIfAny(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
