package dev.postern.events.payload;

import java.util.List;

/**
 * A webhook endpoint was created, updated, deleted or disabled: {@code webhook_endpoint.created},
 * {@code .updated}, {@code .deleted}, {@code .disabled}. Metadata only: never the signing secret, and
 * the URL without user info, query or fragment (those may carry a customer's own tokens).
 *
 * @param endpointId  {@code whe_…}
 * @param url         scheme, host, port and path of the endpoint's URL
 * @param eventTypes  the public event types it receives; empty means every type
 * @param active      whether deliveries are made to it after this change
 * @param changed     what an update touched ({@code url}, {@code event_types}, {@code description},
 *                    {@code active}, {@code secret}); empty for the other types
 * @param reason      why it was disabled ({@code gone} on HTTP 410, {@code failing} after days of failures), else null
 */
public record WebhookEndpointChangedV1(String endpointId, String url, String description, List<String> eventTypes,
                                       boolean active, List<String> changed, String reason) {
}
