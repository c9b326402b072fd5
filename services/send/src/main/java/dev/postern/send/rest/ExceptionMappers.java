package dev.postern.send.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as problem+json with a stable type; unexpected errors say nothing internal. */
public class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ApiProblem e, RoutingContext rc) {
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), rc, e.errors());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, RoutingContext rc) {
        return respond(404, "not-found", "Not found", "No resource at this path.", rc, null);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, RoutingContext rc) {
        return respond(405, "method-not-allowed", "Method not allowed", "This path does not accept " + rc.request().method() + ".", rc, null);
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, RoutingContext rc) {
        return respond(415, "unsupported-media-type", "Unsupported media type", "Send a JSON body with Content-Type: application/json.", rc, null);
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e, RoutingContext rc) {
        return respond(400, "invalid-json", "The body is not valid JSON",
                "The request body could not be read as JSON of the expected shape.", rc, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, RoutingContext rc) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return badJson(json, rc); // a body that fails to bind arrives wrapped
        }
        if (status == 413) {
            return respond(413, "payload-too-large", "Payload too large", "The request body is larger than allowed.", rc, null);
        }
        if (status < 500) {
            return respond(status, "http-" + status, "Error", "The request could not be processed.", rc, null);
        }
        return unexpected(e, rc);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, RoutingContext rc) {
        LOG.errorf(e, "unexpected error answering %s %s", rc.request().method(), rc.normalizedPath());
        return respond(500, "internal-error", "Internal error", "Something went wrong on our side.", rc, null);
    }

    private static Response respond(int status, String slug, String title, String detail, RoutingContext rc,
                                    java.util.List<ApiProblem.FieldError> errors) {
        return Response.status(status).type(ApiProblem.MEDIA_TYPE)
                .entity(new ApiProblem.Body(ApiProblem.TYPE_BASE + slug, title, status, detail, rc.normalizedPath(),
                        errors == null || errors.isEmpty() ? null : errors))
                .build();
    }
}
