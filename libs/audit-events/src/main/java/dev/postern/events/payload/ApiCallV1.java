package dev.postern.events.payload;

/**
 * One authenticated API request, successful or not: written by the gateway for every request that
 * presented a credential of a known workspace.
 *
 * @param method      HTTP method
 * @param path        the request path, without query string
 * @param route       the route template ({@code /api/v1/api-keys/{id}}), or null when no route matched
 * @param status      the HTTP status answered
 * @param requestId   the {@code X-Request-Id} answered
 * @param durationMs  time from request to response
 * @param mode        {@code live} or {@code test}: the mode of the key used
 */
public record ApiCallV1(String method, String path, String route, int status, String requestId,
                        long durationMs, String mode) {
}
