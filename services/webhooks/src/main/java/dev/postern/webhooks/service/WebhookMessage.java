package dev.postern.webhooks.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.auth.WebhookSignature;
import dev.postern.webhooks.domain.PublicEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Standard Webhooks message: body {@code {"type", "timestamp", "data"}}; headers
 * {@code webhook-id} (the event id, the same on every attempt and redelivery), {@code webhook-timestamp}
 * (this attempt, epoch seconds) and {@code webhook-signature} (one {@code v1,…} per secret,
 * space-separated: two during a secret rotation's overlap).
 */
public final class WebhookMessage {

    public static final String USER_AGENT = "Postern-Webhooks/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookMessage() {
    }

    public static String body(PublicEvent event) {
        try {
            return "{\"type\":" + JSON.writeValueAsString(event.type)
                    + ",\"timestamp\":" + JSON.writeValueAsString(event.occurredAt.toString())
                    + ",\"data\":" + event.data + "}";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot quote a string", e);
        }
    }

    public static Map<String, String> headers(String webhookId, Instant now, String body, List<String> secrets) {
        long ts = now.getEpochSecond();
        List<String> signatures = secrets.stream().map(s -> WebhookSignature.sign(s, webhookId, ts, body)).toList();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("user-agent", USER_AGENT);
        headers.put(WebhookSignature.ID_HEADER, webhookId);
        headers.put(WebhookSignature.TIMESTAMP_HEADER, Long.toString(ts));
        headers.put(WebhookSignature.SIGNATURE_HEADER, String.join(" ", signatures));
        return headers;
    }
}
