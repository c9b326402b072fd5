package dev.postern.send.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One recipient of a message (to, cc or bcc), with its own status: each gets its own copy. */
@Entity
@Table(name = "message_recipients")
@IdClass(Recipient.Key.class)
public class Recipient {

    @Id
    public String messageId;
    @Id
    public String address;
    public String workspaceId;
    /** {@code to}, {@code cc} or {@code bcc}. */
    public String kind;
    /** Order in the request, so that To and Cc headers keep the caller's order. */
    public int position;
    public String status;
    public String reason;
    public String providerMessageId;
    public String smtpResponse;
    public Instant updatedAt;

    public MessageStatus statusValue() {
        return MessageStatus.of(status);
    }

    public void moveTo(MessageStatus next, String why, Instant at) {
        status = next.wireName();
        reason = why;
        updatedAt = at;
    }

    /** Composite primary key (message_id, address). */
    public static class Key implements Serializable {
        public String messageId;
        public String address;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.messageId, messageId) && Objects.equals(k.address, address);
        }

        @Override
        public int hashCode() {
            return Objects.hash(messageId, address);
        }
    }
}
