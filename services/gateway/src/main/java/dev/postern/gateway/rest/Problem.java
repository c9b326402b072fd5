package dev.postern.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An RFC 9457 problem detail. {@code type} is stable: clients may switch on it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      @JsonProperty("request_id") String requestId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://postern.dev/problems/";

    /** One invalid field of a request body or query. */
    public record FieldError(String field, String message) {
    }
}
