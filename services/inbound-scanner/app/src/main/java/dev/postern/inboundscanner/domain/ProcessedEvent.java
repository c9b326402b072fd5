package dev.postern.inboundscanner.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An event id already applied to a projection: replaying a topic changes nothing. */
@Entity
@Table(name = "processed_events")
public class ProcessedEvent {

    @Id
    public String eventId;
    public String workspaceId;
    public Instant processedAt;
}
