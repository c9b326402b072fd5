package dev.postern.send.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An event (or SNS notification) whose effect is done: seeing its id again changes nothing. */
@Entity
@Table(name = "processed_events")
public class ProcessedEvent {

    @Id
    public String eventId;
    public String workspaceId;
    public Instant processedAt;

    public static ProcessedEvent of(String workspaceId, String eventId, Instant at) {
        ProcessedEvent e = new ProcessedEvent();
        e.workspaceId = workspaceId;
        e.eventId = eventId;
        e.processedAt = at;
        return e;
    }
}
