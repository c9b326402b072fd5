package dev.postern.inboundscanner.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One received message for one agent. Written at acceptance (status {@code received}, raw MIME already in S3), then
 * completed by processing. List-valued columns hold JSON text. Content columns ({@code subject}, bodies, evidence
 * excerpts) of a quarantined message are shown only by the quarantine detail.
 */
@Entity
@Table(name = "inbound_messages")
public class InboundMessage {

    public static final String RECEIVED = "received";
    public static final String DELIVERED = "delivered";
    public static final String QUARANTINED = "quarantined";
    public static final String RELEASED = "released";
    public static final String DELETED = "deleted";
    public static final String FAILED = "failed";

    @Id
    public String id;
    public String workspaceId;
    public String agentId;
    public String recipient;
    public String envelopeFrom;
    public String source;
    public String s3Key;
    public long sizeBytes;
    public Instant receivedAt;
    public String status;
    public String fromAddress;
    public String fromName;
    public String subject;
    public String messageIdHeader;
    public String inReplyTo;
    public String referenceIds;
    public String threadId;
    public String repliedToMessage;
    public String kind;
    public String spf;
    public String dkim;
    public String dmarc;
    public String textBody;
    public String replyText;
    public String htmlBody;
    public String spotlightedText;
    public String attachments;
    public int attachmentCount;
    public String flags;
    public String problems;
    public String verdict;
    public Double injectionScore;
    public String categories;
    public String evidence;
    public String layerScores;
    public String reasons;
    public String scannerVersion;
    public Double scanMs;
    public Instant processedAt;
    public Instant deliveredAt;
    public Instant releasedAt;
    public Instant deletedAt;
    public String failure;

    /** Held, and its content may be shown only by the quarantine detail. */
    public boolean isHeld() {
        return QUARANTINED.equals(status) || DELETED.equals(status) || (QUARANTINED.equals(verdict) && !RELEASED.equals(status));
    }
}
