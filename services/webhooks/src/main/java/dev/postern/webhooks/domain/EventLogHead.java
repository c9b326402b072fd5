package dev.postern.webhooks.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last seq handed out in a workspace's event log; locked while an event is appended. */
@Entity
@Table(name = "event_log_heads")
public class EventLogHead {

    @Id
    public String workspaceId;
    public long lastSeq;
}
