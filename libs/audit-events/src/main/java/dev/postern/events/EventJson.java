package dev.postern.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The wire form of events: UTF-8 JSON, snake_case field names, ISO-8601 UTC times, absent fields
 * omitted. This class is the only place the format is defined; the golden-file tests pin it.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // Consumers must accept fields added by newer producers.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventJson() {
    }

    /** Thrown when bytes off a topic are not an event: such a record goes to the dead-letter topic. */
    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static String write(EventEnvelope event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.id() + " cannot be serialised", e);
        }
    }

    public static EventEnvelope read(String json) {
        try {
            EventEnvelope event = MAPPER.readValue(json, EventEnvelope.class);
            if (event == null) {
                throw new MalformedEventException("empty record", null);
            }
            return event;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("not a Postern event: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())), e);
        }
    }

    static JsonNode tree(Object payload) {
        if (payload == null) {
            return null;
        }
        try {
            // Through text, so that an event built here equals the same event read off a topic
            // (valueToTree keeps a long as a LongNode where parsing yields an IntNode).
            return MAPPER.readTree(MAPPER.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload " + payload.getClass().getSimpleName() + " is not serialisable", e);
        }
    }

    static <T> T convert(JsonNode data, Class<T> type) {
        try {
            return MAPPER.treeToValue(data, type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("data is not a " + type.getSimpleName(), e);
        }
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
