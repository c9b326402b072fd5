package dev.postern.send.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A refusal answered as RFC 9457 problem+json with a stable {@code type}
 * ({@code https://postern.dev/problems/<slug>}); the gateway passes 4xx through to its caller.
 */
public class ApiProblem extends RuntimeException {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://postern.dev/problems/";

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;

    public ApiProblem(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
    }

    /** One invalid field of a request body or query. */
    public record FieldError(String field, String message) {
    }

    /** The body of a problem response. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
    }

    public static ApiProblem invalid(String field, String message) {
        return new ApiProblem(422, "validation-failed", "The request is not valid", field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public static ApiProblem badQuery(String field, String message) {
        return new ApiProblem(400, "invalid-query", "The query is not valid", field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "not-found", "Not found", detail, null);
    }

    public static ApiProblem conflict(String slug, String detail) {
        return new ApiProblem(409, slug, "Conflict", detail, null);
    }

    public static ApiProblem unauthorized() {
        return new ApiProblem(401, "invalid-internal-token", "Unauthorized",
                "A valid internal token for this workspace is required.", null);
    }

    public int status() { return status; }
    public String slug() { return slug; }
    public String title() { return title; }
    public List<FieldError> errors() { return errors; }
}
