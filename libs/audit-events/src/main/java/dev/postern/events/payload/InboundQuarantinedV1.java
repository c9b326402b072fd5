package dev.postern.events.payload;

import java.util.List;

/**
 * An inbound message was quarantined ({@code message.quarantined}): it is held and never delivered until a person
 * releases it. Metadata only — no subject, no body, no excerpt — so that the attack text reaches no agent, topic,
 * webhook or audit row; the content is readable only through {@code GET /api/v1/quarantine/{id}}.
 *
 * @param reasons rule and policy ids that decided it (e.g. {@code hidden-instruction}, {@code sender.blocked},
 *                {@code mime.malformed}); ids, never text from the mail
 */
public record InboundQuarantinedV1(String inboundId, String agentId, String from, String to, double injectionScore,
                                   List<String> categories, List<String> reasons, long sizeBytes, int attachmentCount,
                                   String scannerVersion) {
}
