package dev.postern.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as problem+json with a stable type. Unexpected errors say nothing internal. */
public class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, RoutingContext rc) {
        return ProblemResponses.of(e, rc.normalizedPath(), ProblemResponses.requestId(rc));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, RoutingContext rc) {
        return simple(404, "not-found", "Not found", "No resource at this path.", rc);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, RoutingContext rc) {
        return simple(405, "method-not-allowed", "Method not allowed", "This path does not accept " + rc.request().method() + ".", rc);
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, RoutingContext rc) {
        return simple(415, "unsupported-media-type", "Unsupported media type", "Send a JSON body with Content-Type: application/json.", rc);
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, RoutingContext rc) {
        return simple(406, "not-acceptable", "Not acceptable", "This resource answers application/json.", rc);
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e, RoutingContext rc) {
        return simple(400, "invalid-json", "The body is not valid JSON",
                "The request body could not be read as JSON of the expected shape"
                        + (e.getOriginalMessage() == null ? "." : ": " + e.getOriginalMessage().lines().findFirst().orElse("")),
                rc);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, RoutingContext rc) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return badJson(json, rc); // a body read as a JSON tree fails here rather than as a bare JsonProcessingException
        }
        if (status == 400) {
            return simple(400, "bad-request", "Bad request", "The request could not be read.", rc);
        }
        if (status == 413) {
            return simple(413, "payload-too-large", "Payload too large", "The request body is larger than allowed.", rc);
        }
        if (status < 500) {
            return simple(status, "http-" + status, Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(), e.getMessage(), rc);
        }
        return unexpected(e, rc);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, RoutingContext rc) {
        String requestId = ProblemResponses.requestId(rc);
        LOG.errorf(e, "unexpected error answering request %s", requestId);
        return simple(500, "internal-error", "Internal error",
                "Something went wrong on our side. Quote the request id if you contact support.", rc);
    }

    private static Response simple(int status, String slug, String title, String detail, RoutingContext rc) {
        return ProblemResponses.of(status, slug, title, detail, rc.normalizedPath(), ProblemResponses.requestId(rc),
                List.of(), Map.of());
    }
}
