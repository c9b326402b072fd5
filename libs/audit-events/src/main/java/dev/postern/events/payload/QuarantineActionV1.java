package dev.postern.events.payload;

/**
 * A person acted on a quarantined message: {@code quarantine.released} (it is then delivered as a normal
 * {@code message.received} with {@code released = true}) or {@code quarantine.deleted} (raw MIME and content erased,
 * metadata kept).
 */
public record QuarantineActionV1(String inboundId, String agentId, String from) {
}
