package dev.postern.events.payload;

/**
 * An address was added to or removed from a workspace's suppression list
 * ({@code suppression.added}, {@code suppression.removed}). While an address is on the list, sends
 * to it are refused for that recipient.
 *
 * @param address          the suppressed address, lower-cased
 * @param reason           {@code hard_bounce}, {@code complaint}, {@code unsubscribe} or {@code manual}
 * @param sourceMessageId  the message whose feedback caused it, or null
 */
public record SuppressionChangedV1(String address, String reason, String sourceMessageId) {
}
