package dev.postern.inboundscanner.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postern.inboundscanner.domain.InboundMessage;
import dev.postern.inboundscanner.service.StoredJson;
import java.time.Instant;
import java.util.List;

/**
 * How inbound messages are shown. A message held in quarantine is metadata only here (no subject, no text, no
 * evidence excerpts); {@link #quarantineDetail} is the one view that shows its content.
 */
public final class InboundViews {

    private InboundViews() {
    }

    public record Authentication(String spf, String dkim, String dmarc) {
    }

    public record Summary(String object, String id, String agentId, String threadId, String status, String verdict,
                          Double injectionScore, String kind, String from, String to, String subject, Instant receivedAt,
                          int attachmentCount, long sizeBytes, JsonNode flags) {
    }

    public record Detail(String object, String id, String agentId, String threadId, String status, String verdict,
                         Double injectionScore, JsonNode categories, JsonNode reasons, JsonNode flags, String kind,
                         String from, String fromName, String to, String subject, String messageId, String inReplyTo,
                         JsonNode references, String repliedToMessageId, Authentication authentication, String text,
                         String replyText, String html, String spotlightedText, JsonNode attachments, JsonNode evidence,
                         JsonNode layerScores, JsonNode problems, String scannerVersion, Double scanMs, long sizeBytes, Instant receivedAt,
                         Instant processedAt, Instant deliveredAt, Instant releasedAt, Instant deletedAt, String failure, boolean contentWithheld,
                         String rawMime) {
    }

    public record Page<T>(String object, List<T> data, boolean hasMore, String nextCursor) {
    }

    public static Summary summary(InboundMessage m) {
        boolean held = m.isHeld();
        return new Summary("inbound_message", m.id, m.agentId, m.threadId, m.status, m.verdict, m.injectionScore, m.kind,
                m.fromAddress, m.recipient, held ? null : m.subject, m.receivedAt, m.attachmentCount, m.sizeBytes,
                json(m.flags));
    }

    /** The public detail: content only for delivered (or released) messages. */
    public static Detail detail(InboundMessage m) {
        return m.isHeld() ? withheld(m) : full(m, null);
    }

    /** The quarantine detail: everything, including the content nobody else shows. */
    public static Detail quarantineDetail(InboundMessage m, String rawMime) {
        return full(m, rawMime);
    }

    private static Detail full(InboundMessage m, String raw) {
        return new Detail("inbound_message", m.id, m.agentId, m.threadId, m.status, m.verdict, m.injectionScore,
                json(m.categories), json(m.reasons), json(m.flags), m.kind, m.fromAddress, m.fromName, m.recipient, m.subject,
                m.messageIdHeader, m.inReplyTo, json(m.referenceIds), m.repliedToMessage, auth(m), m.textBody, m.replyText,
                m.htmlBody, m.spotlightedText, json(m.attachments), json(m.evidence), json(m.layerScores), json(m.problems),
                m.scannerVersion, m.scanMs, m.sizeBytes, m.receivedAt, m.processedAt, m.deliveredAt, m.releasedAt, m.deletedAt, m.failure, false, raw);
    }

    private static Detail withheld(InboundMessage m) {
        return new Detail("inbound_message", m.id, m.agentId, m.threadId, m.status, m.verdict, m.injectionScore,
                json(m.categories), json(m.reasons), json(m.flags), m.kind, m.fromAddress, null, m.recipient, null,
                null, null, null, null, auth(m), null, null, null, null, null, null, json(m.layerScores), null,
                m.scannerVersion, m.scanMs, m.sizeBytes, m.receivedAt, m.processedAt, m.deliveredAt, m.releasedAt, m.deletedAt, m.failure, true, null);
    }

    private static Authentication auth(InboundMessage m) {
        return m.spf == null ? null : new Authentication(m.spf, m.dkim, m.dmarc);
    }

    private static JsonNode json(String text) {
        return StoredJson.read(text);
    }
}
