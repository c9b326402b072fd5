package dev.postern.send.service;

import dev.postern.send.domain.MessageStatus;
import dev.postern.send.domain.SuppressionReason;
import java.time.Instant;
import java.util.List;

/**
 * What a provider (or the local mailbox simulator) reported about some recipients of a message:
 * delivered, bounced or complained.
 *
 * @param outcome            {@link MessageStatus#DELIVERED}, {@link MessageStatus#BOUNCED} or {@link MessageStatus#COMPLAINED}
 * @param bounceType         {@code permanent} or {@code transient} for a bounce, else null
 * @param suppress           the suppression the recipients get, or null
 * @param dedupeId           the notification's own id (an SNS message id), so a redelivery changes nothing; may be null
 */
public record Feedback(String workspaceId, String messageId, MessageStatus outcome, List<String> recipients,
                       String bounceType, String reason, String smtpResponse, String providerMessageId,
                       SuppressionReason suppress, String dedupeId) {

    public Feedback {
        if (outcome != MessageStatus.DELIVERED && outcome != MessageStatus.BOUNCED && outcome != MessageStatus.COMPLAINED) {
            throw new IllegalArgumentException("feedback reports delivered, bounced or complained, not " + outcome);
        }
        recipients = List.copyOf(recipients);
    }

    public static Feedback delivered(String ws, String messageId, List<String> recipients, String smtpResponse,
                                     String providerMessageId, String dedupeId) {
        return new Feedback(ws, messageId, MessageStatus.DELIVERED, recipients, null, null, smtpResponse, providerMessageId,
                null, dedupeId);
    }

    /** A permanent bounce suppresses the address; a transient one does not. */
    public static Feedback bounced(String ws, String messageId, List<String> recipients, boolean permanent, String reason,
                                   String smtpResponse, String providerMessageId, String dedupeId) {
        return new Feedback(ws, messageId, MessageStatus.BOUNCED, recipients, permanent ? "permanent" : "transient", reason,
                smtpResponse, providerMessageId, permanent ? SuppressionReason.HARD_BOUNCE : null, dedupeId);
    }

    public static Feedback complained(String ws, String messageId, List<String> recipients, String reason,
                                      String providerMessageId, String dedupeId) {
        return new Feedback(ws, messageId, MessageStatus.COMPLAINED, recipients, null, reason, null, providerMessageId,
                SuppressionReason.COMPLAINT, dedupeId);
    }
}
