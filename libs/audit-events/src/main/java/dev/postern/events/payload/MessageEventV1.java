package dev.postern.events.payload;

import java.util.List;

/**
 * A change of an outbound message's status, written by the send service for every {@code message.*}
 * event on {@code postern.messages.v1}: queued, scheduled, sent, delivered, bounced, complained,
 * failed, suppressed, cancelled.
 *
 * @param messageId          {@code msg_<ULID>}
 * @param agentId            {@code agt_<ULID>}, the sending mailbox
 * @param status             the status this event reports ({@code bounced}, …), the event type without its prefix
 * @param recipients         the recipients this event concerns (a bounce names only those that bounced)
 * @param reason             why, in words, or null
 * @param bounceType         {@code permanent}, {@code transient} or null when not a bounce
 * @param smtpResponse       the receiving server's answer, when known
 * @param providerMessageId  the transport's id of the transmission (SES message id), when known
 * @param testMode           true when the request came with a test-mode key: nothing was transmitted
 */
public record MessageEventV1(String messageId, String agentId, String status, List<String> recipients, String reason,
                             String bounceType, String smtpResponse, String providerMessageId, boolean testMode) {
}
