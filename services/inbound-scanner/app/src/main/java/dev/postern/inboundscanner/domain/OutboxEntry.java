package dev.postern.inboundscanner.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An event waiting to be published, written in the transaction of the change it describes. */
@Entity
@Table(name = "outbox")
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String eventId;
    public String workspaceId;
    public String topic;
    public String payload;
    public Instant createdAt;
}
