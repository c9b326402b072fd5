package dev.postern.send.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a message's status history: queued → sent → delivered, and so on. */
@Entity
@Table(name = "message_history")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String workspaceId;
    public String messageId;
    public String status;
    public String reason;
    public Instant at;

    public static StatusChange of(Message message, MessageStatus status, String reason, Instant at) {
        StatusChange change = new StatusChange();
        change.workspaceId = message.workspaceId;
        change.messageId = message.id;
        change.status = status.wireName();
        change.reason = reason;
        change.at = at;
        return change;
    }
}
