package dev.postern.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.postern.gateway.domain.WebhookEndpoint;
import dev.postern.gateway.service.WebhookEndpointService;
import java.time.Instant;
import java.util.List;

/**
 * A webhook endpoint as the API shows it. {@code secret} is present only in the response that created
 * or rotated it; {@code previous_secret_expires_at} says until when the rotated-out secret still signs.
 */
public record WebhookEndpointView(String object, String id, String url, String description, List<String> eventTypes,
                                  boolean active, String disabledReason, Instant disabledAt, Instant createdAt, Instant updatedAt,
                                  Instant previousSecretExpiresAt, @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    public static WebhookEndpointView of(WebhookEndpoint e) {
        return of(e, null);
    }

    public static WebhookEndpointView of(WebhookEndpointService.Issued issued) {
        return of(issued.endpoint(), issued.secret());
    }

    private static WebhookEndpointView of(WebhookEndpoint e, String secret) {
        Instant previous = e.previousSecretValid(Instant.now()) ? e.previousSecretExpiresAt : null;
        return new WebhookEndpointView("webhook_endpoint", e.id, e.url, e.description, e.eventTypeList(), e.active,
                e.disabledReason, e.disabledAt, e.createdAt, e.updatedAt, previous, secret);
    }
}
