package dev.postern.audit.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
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

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Problem(String type, String title, int status, String detail) {
    }

    public static class Mapper {
        @ServerExceptionMapper
        public Response map(InternalApiException e) {
            String title = Response.Status.fromStatusCode(e.status) == null ? "Error" : Response.Status.fromStatusCode(e.status).getReasonPhrase();
            return Response.status(e.status).type("application/problem+json")
                    .entity(new Problem("https://postern.dev/problems/" + e.slug, title, e.status, e.getMessage()))
                    .build();
        }
    }
}
