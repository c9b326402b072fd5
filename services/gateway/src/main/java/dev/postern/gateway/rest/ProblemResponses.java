package dev.postern.gateway.rest;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds problem+json responses carrying the request id. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemException e, String path, String requestId) {
        return of(e.status(), e.slug(), e.title(), e.getMessage(), path, requestId, e.errors(), e.headers());
    }

    public static Response of(int status, String slug, String title, String detail, String path, String requestId,
                              List<Problem.FieldError> errors, Map<String, String> headers) {
        Problem body = new Problem(Problem.TYPE_BASE + slug, title, status, detail, path, requestId,
                errors == null || errors.isEmpty() ? null : errors);
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
        headers.forEach(builder::header);
        return builder.build();
    }

    public static String requestId(RoutingContext rc) {
        return rc == null ? null : rc.get(RequestIds.CONTEXT_KEY);
    }
}
