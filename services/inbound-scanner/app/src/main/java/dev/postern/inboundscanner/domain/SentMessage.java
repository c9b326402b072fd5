package dev.postern.inboundscanner.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An outbound message, projected for threading: its Message-ID and thread, and its latest status. */
@Entity
@Table(name = "sent_messages")
public class SentMessage {

    @Id
    public String messageId;
    public String workspaceId;
    public String agentId;
    public String messageIdHeader;
    public String threadId;
    public String subject;
    public String fromAddress;
    public String toAddresses;
    public String status;
    public Instant requestedAt;
    public Instant sentAt;
    public Instant updatedAt;
}
