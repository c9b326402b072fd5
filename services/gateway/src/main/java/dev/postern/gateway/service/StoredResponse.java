package dev.postern.gateway.service;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A response as it was sent, so that a retry with the same Idempotency-Key gets exactly these bytes. */
public record StoredResponse(int status, String contentType, String body, String resourceId) {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    public static StoredResponse json(int status, String body, String resourceId) {
        return new StoredResponse(status, MediaType.APPLICATION_JSON, body, resourceId);
    }

    public Response toResponse(boolean replayed) {
        Response.ResponseBuilder builder = Response.status(status).type(contentType).entity(body);
        if (replayed) {
            builder.header(REPLAYED_HEADER, "true");
        }
        return builder.build();
    }
}
