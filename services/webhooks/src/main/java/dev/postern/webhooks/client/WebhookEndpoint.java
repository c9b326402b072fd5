package dev.postern.webhooks.client;

import java.time.Instant;
import java.util.List;

/**
 * A webhook endpoint as the gateway's internal API describes it to this service.
 *
 * @param secrets  the signing secrets to sign with: the current one first, then a rotated-out one
 *                 while its overlap lasts. Never logged, never stored here.
 */
public record WebhookEndpoint(String id, String url, List<String> eventTypes, boolean active, List<String> secrets,
                              Instant updatedAt) {

    @Override
    public String toString() {
        return "WebhookEndpoint[" + id + ", active=" + active + "]"; // no URL (it may carry tokens), no secrets
    }
}
