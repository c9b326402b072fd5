package dev.postern.gateway.rest;

import dev.postern.auth.ApiKeyFormat;
import dev.postern.auth.ApiKeyVerifier;
import dev.postern.gateway.repository.ApiKeyRepository;
import dev.postern.gateway.repository.TenantTransactions;
import dev.postern.gateway.service.RateLimiter;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The request guard every route under {@code /api/} goes through: the key must be well formed,
 * known, unexpired and unrevoked (401 otherwise), hold the route's scope (403 otherwise) and be within its
 * request rate (429 with Retry-After otherwise). The workspace comes from the key, never from the request.
 */
public class ApiKeyAuthFilter {

    private static final int MAX_USER_AGENT = 512;

    private final ApiKeyRepository keys;
    private final TenantTransactions transactions;
    private final Caller caller;
    private final RateLimiter limiter;

    public ApiKeyAuthFilter(ApiKeyRepository keys, TenantTransactions transactions, Caller caller, RateLimiter limiter) {
        this.keys = keys;
        this.transactions = transactions;
        this.caller = caller;
        this.limiter = limiter;
    }

    @ServerRequestFilter
    public Uni<Response> authenticate(ContainerRequestContext request, ResourceInfo resource, RoutingContext rc) {
        String path = rc.normalizedPath();
        if (!path.startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        caller.client(clientIp(rc), userAgent(request));
        Method method = resource.getResourceMethod();
        ApiAction action = method == null ? null : method.getAnnotation(ApiAction.class);
        if (action != null) {
            caller.operation(action, routeOf(resource));
        }
        ApiKeyFormat.ParseResult parsed = ApiKeyVerifier.check(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (parsed.key().isEmpty()) {
            return Uni.createFrom().item(unauthorized(ApiKeyVerifier.rejectionFor(parsed), path, rc));
        }
        ApiKeyFormat.WellFormedKey presented = parsed.key().get();
        return transactions.platform(session -> keys.findByHash(session, presented.sha256()))
                .map(stored -> {
                    ApiKeyVerifier.Outcome outcome = ApiKeyVerifier.decide(presented, stored, Instant.now());
                    if (!outcome.authenticated()) {
                        outcome.key().ifPresent(caller::rejected);
                        return unauthorized(outcome.rejection().orElseThrow(), path, rc);
                    }
                    caller.authenticated(outcome.context().orElseThrow());
                    if (action == null) {
                        return ProblemResponses.of(ProblemException.forbidden("unclassified-route",
                                "This route declares no scope, so no key may call it."), path, ProblemResponses.requestId(rc));
                    }
                    if (!caller.context().may(action.scope())) {
                        return ProblemResponses.of(ProblemException.forbidden("missing-scope",
                                "This API key lacks the '" + action.scope() + "' scope."), path, ProblemResponses.requestId(rc));
                    }
                    RateLimiter.Decision decision = limiter.take(caller.context().keyId());
                    rc.put(RateLimitHeaders.DECISION, decision);
                    if (!decision.allowed()) {
                        return ProblemResponses.of(429, "rate-limited", "Too many requests",
                                "This API key sent more than " + decision.limit() + " requests in a burst; retry after "
                                        + decision.retryAfterSeconds() + " s.", path, ProblemResponses.requestId(rc), List.of(),
                                Map.of(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds())));
                    }
                    return null;
                });
    }

    private static Response unauthorized(ApiKeyVerifier.Rejection rejection, String path, RoutingContext rc) {
        return ProblemResponses.of(401, rejection.problemType(), "Unauthorized", rejection.detail(), path,
                ProblemResponses.requestId(rc), List.of(), Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }

    private static String clientIp(RoutingContext rc) {
        var address = rc.request().remoteAddress();
        return address == null ? null : address.hostAddress();
    }

    private static String userAgent(ContainerRequestContext request) {
        String ua = request.getHeaderString(HttpHeaders.USER_AGENT);
        return ua == null || ua.length() <= MAX_USER_AGENT ? ua : ua.substring(0, MAX_USER_AGENT);
    }

    private static String routeOf(ResourceInfo resource) {
        Path classPath = resource.getResourceClass().getAnnotation(Path.class);
        Path methodPath = resource.getResourceMethod().getAnnotation(Path.class);
        String route = (classPath == null ? "" : classPath.value()) + (methodPath == null ? "" : "/" + methodPath.value());
        return route.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }
}
