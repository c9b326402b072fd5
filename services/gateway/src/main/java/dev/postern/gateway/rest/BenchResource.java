package dev.postern.gateway.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bare endpoint of the benchmark (tools/bench): same server, same HTTP stack, same request body,
 * but no authentication, validation, idempotency or outbox — so the benchmark's ratio shows what
 * those cost. Exists only when {@code postern.mode=local}; anywhere else it is a 404.
 */
@Path("/bench/noop")
public class BenchResource {

    private final boolean enabled;

    public BenchResource(@ConfigProperty(name = "postern.mode") String mode) {
        this.enabled = "local".equals(mode);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response noop(String body) {
        if (!enabled) {
            throw new ProblemException(404, "not-found", "Not found", "No resource at this path.");
        }
        return Response.accepted("{\"ok\":true,\"received_bytes\":" + (body == null ? 0 : body.length()) + "}").build();
    }
}
