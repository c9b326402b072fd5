package dev.postern.webhooks.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refusal of the internal API, answered as RFC 9457 problem+json (the gateway passes 4xx through). */
public class InternalApiException extends RuntimeException {

    private final int status;
    private final String slug;

    public InternalApiException(int status, String slug, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
    }

    public static InternalApiException notFound(String what) {
        return new InternalApiException(404, "not-found", what + " does not exist.");
    }

    public static InternalApiException invalid(String detail) {
        return new InternalApiException(400, "invalid-query", detail);
    }

    public static InternalApiException unavailable(String detail) {
        return new InternalApiException(503, "dependency-unavailable", detail);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Problem(String type, String title, int status, String detail) {
    }

    public static class Mapper {
        @ServerExceptionMapper
        public Response map(InternalApiException e) {
            Response.Status known = Response.Status.fromStatusCode(e.status);
            Response.ResponseBuilder r = Response.status(e.status).type("application/problem+json")
                    .entity(new Problem("https://postern.dev/problems/" + e.slug, known == null ? "Error" : known.getReasonPhrase(),
                            e.status, e.getMessage()));
            if (e.status == 503) {
                Map.of("Retry-After", "5").forEach(r::header);
            }
            return r.build();
        }
    }
}
