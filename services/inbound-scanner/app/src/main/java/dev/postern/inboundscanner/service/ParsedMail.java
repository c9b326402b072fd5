package dev.postern.inboundscanner.service;

import java.util.List;

/**
 * What parsing found in one raw message. Never null fields: absent text is empty, absent ids null only where noted.
 *
 * @param messageId     the Message-ID, angle brackets included, or null
 * @param inReplyTo     the first Message-ID in In-Reply-To, or null
 * @param references    Message-IDs in References, oldest first
 * @param authResults   Authentication-Results header fields, topmost (most recently added) first
 * @param problems      what went wrong or was cut; a hard one quarantines the message
 */
public record ParsedMail(String fromAddress, String fromName, String subject, String messageId, String inReplyTo,
                         List<String> references, String text, String html, List<Attachment> attachments,
                         List<String> authResults, List<Problem> problems) {

    /** One attachment: always listed; {@code text} is set only for text-like ones within the limits. */
    public record Attachment(String filename, String contentType, long sizeBytes, String text) {
    }

    /** A parse problem: a stable code, a human reason, and whether it quarantines on its own. */
    public record Problem(String code, String reason, boolean hard) {
    }

    public boolean hasHardProblem() {
        return problems.stream().anyMatch(Problem::hard);
    }

    /** An unparseable message: only the problems are known. */
    public static ParsedMail unreadable(List<Problem> problems) {
        return new ParsedMail(null, null, "", null, null, List.of(), "", "", List.of(), List.of(), List.copyOf(problems));
    }
}
