package dev.postern.inboundscanner.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** JSON text for the list- and object-valued columns (snake_case, like the API). */
public final class StoredJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private StoredJson() {
    }

    public static String write(Object value) {
        try {
            return value == null ? null : MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static JsonNode read(String text) {
        try {
            return text == null ? null : MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored column is not JSON", e);
        }
    }
}
