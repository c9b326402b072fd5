package dev.postern.gateway.rest;

import dev.postern.events.PublicEventTypes;
import java.util.Arrays;
import java.util.List;

/** The parameters of an event-log read, checked before anything is asked of the webhooks service. */
record EventQuery(long after, String types, int limit) {

    static final int MAX_LIMIT = 200;
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_TYPES = 20;

    /** {@code field} names the parameter the cursor came from ({@code after} or {@code Last-Event-ID}). */
    static EventQuery parse(String after, String field, String types, Integer limit) {
        long cursor = 0;
        if (after != null && !after.isBlank()) {
            try {
                cursor = Long.parseLong(after.strip());
            } catch (NumberFormatException e) {
                cursor = -1;
            }
            if (cursor < 0) {
                throw ProblemException.invalid(field, "must be a cursor this API returned (an event's seq)");
            }
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        String normalised = null;
        if (types != null && !types.isBlank()) {
            List<String> filters = Arrays.stream(types.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
            if (filters.size() > MAX_TYPES) {
                throw ProblemException.invalid("types", "must name at most " + MAX_TYPES + " types");
            }
            for (String f : filters) {
                if (!PublicEventTypes.isValidFilter(f)) {
                    throw ProblemException.invalid("types", "unknown event type '" + (f.length() > 80 ? f.substring(0, 80) + "…" : f)
                            + "'; known: " + PublicEventTypes.ALL + " or <prefix>.*");
                }
            }
            normalised = String.join(",", filters);
        }
        return new EventQuery(cursor, normalised, size);
    }
}
