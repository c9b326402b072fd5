package dev.postern.gateway.rest;

import dev.postern.gateway.service.RateLimiter;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * RateLimit headers (IETF httpapi draft: {@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset}
 * in seconds) on every answer to an authenticated request, so a client can pace itself before it meets a 429.
 */
public class RateLimitHeaders {

    static final String DECISION = "postern.rate-limit.decision";

    @ServerResponseFilter
    public void addHeaders(ContainerResponseContext response, RoutingContext rc) {
        RateLimiter.Decision decision = rc.get(DECISION);
        if (decision == null) {
            return;
        }
        response.getHeaders().putSingle("RateLimit-Limit", decision.limit());
        response.getHeaders().putSingle("RateLimit-Remaining", decision.remaining());
        response.getHeaders().putSingle("RateLimit-Reset", decision.resetSeconds());
    }
}
