package dev.postern.send.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An outbound message: one per send request, whatever its number of recipients. */
@Entity
@Table(name = "messages")
public class Message {

    @Id
    public String id;
    public String workspaceId;
    public String agentId;
    public String messageIdHeader;
    public String fromAddress;
    public String fromName;
    public String subject;
    /** {@code live} or {@code test}: a test message runs the whole path and transmits nothing. */
    public String mode;
    public String status;
    /** {@link MessageContent} as JSON. */
    public String content;
    public Instant scheduledAt;
    public Instant nextAttemptAt;
    public Instant leaseUntil;
    public int attempts;
    public String lastError;
    public String requestEventId;
    public String correlationId;
    public String idempotencyKey;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant sentAt;

    public MessageStatus statusValue() {
        return MessageStatus.of(status);
    }

    public boolean testMode() {
        return "test".equals(mode);
    }

    public void moveTo(MessageStatus next, Instant at) {
        status = next.wireName();
        updatedAt = at;
    }
}
