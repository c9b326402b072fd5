package dev.postern.events.payload;

import java.util.List;

/**
 * An inbound message was delivered to an agent: {@code message.received}, {@code reply.received} (it answers a
 * Message-ID we sent) or {@code message.received.unauthenticated} (both SPF and DKIM failed). Metadata and the
 * subject only: the body is read from {@code GET /api/v1/inbound/{id}}, so mail content never lands in a topic or
 * the audit log. A released message is delivered with {@code released = true}.
 *
 * @param inboundId          {@code inb_<ULID>}
 * @param agentId            the receiving agent, {@code agt_<ULID>}
 * @param threadId           {@code thr_<...>}, shared with the outbound messages of the same conversation
 * @param from               the From address (bare, lower-cased)
 * @param to                 the agent's address the mail was delivered to
 * @param messageIdHeader    the message's own Message-ID, or null
 * @param inReplyTo          its In-Reply-To, or null
 * @param repliedToMessageId our {@code msg_<ULID>} this answers, for {@code reply.received}; else null
 * @param verdict            {@code clean} or {@code suspicious}
 * @param injectionScore     0–1
 * @param categories         scanner categories (lower-case), empty when clean
 * @param flags              pipeline flags, e.g. {@code unauthenticated}, {@code attachments_truncated}
 * @param authentication     SPF, DKIM and DMARC results ({@code pass}, {@code fail}, {@code none}, …)
 */
public record InboundMessageV1(String inboundId, String agentId, String threadId, String from, String to, String subject,
                               String messageIdHeader, String inReplyTo, String repliedToMessageId, String verdict,
                               double injectionScore, List<String> categories, List<String> flags,
                               Authentication authentication, long sizeBytes, int attachmentCount, boolean released) {

    /** Results of the sender checks, as the receiving side saw them. */
    public record Authentication(String spf, String dkim, String dmarc) {
    }
}
