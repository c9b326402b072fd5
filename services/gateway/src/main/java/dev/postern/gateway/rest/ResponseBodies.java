package dev.postern.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Serialises response bodies up front, with the API's own mapper (snake_case, ISO dates), for the
 * responses an idempotency record must be able to replay byte for byte.
 */
@ApplicationScoped
public class ResponseBodies {

    private final ObjectMapper json;

    public ResponseBodies(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response body cannot be serialised", e);
        }
    }
}
