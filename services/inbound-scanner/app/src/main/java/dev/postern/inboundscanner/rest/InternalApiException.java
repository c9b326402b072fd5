package dev.postern.inboundscanner.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refusal of the internal API, answered as RFC 9457 problem+json (the gateway passes 4xx through). */
public class InternalApiException extends RuntimeException {

    private final int status;
    private final String slug;
    private final List<FieldError> errors;

    public InternalApiException(int status, String slug, String detail) {
        this(status, slug, detail, List.of());
    }

    public InternalApiException(int status, String slug, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.errors = errors;
    }

    public record FieldError(String field, String message) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    }

    public static InternalApiException invalid(String field, String message) {
        return new InternalApiException(422, "validation-failed", field + " " + message, List.of(new FieldError(field, message)));
    }

    public static InternalApiException notFound(String what) {
        return new InternalApiException(404, "not-found", "No " + what + " with this id in this workspace.");
    }

    public static class Mapper {
        @ServerExceptionMapper
        public Response map(InternalApiException e) {
            Response.Status s = Response.Status.fromStatusCode(e.status);
            return Response.status(e.status).type("application/problem+json")
                    .entity(new Problem("https://postern.dev/problems/" + e.slug, s == null ? "Error" : s.getReasonPhrase(), e.status,
                            e.getMessage(), e.errors))
                    .build();
        }
    }
}
