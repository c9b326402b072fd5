package dev.postern.gateway.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The gateway's own note of a message it accepted and handed to the send service: no addresses and
 * no content, only what it needs to answer for the message before send has consumed it.
 */
@Entity
@Table(name = "accepted_messages")
public class AcceptedMessage {

    public static final String QUEUED = "queued";
    public static final String SCHEDULED = "scheduled";

    @Id
    public String id;
    public String workspaceId;
    public String agentId;
    public String messageIdHeader;
    public String status;
    public Instant scheduledAt;
    public String mode;
    public Instant createdAt;
}
