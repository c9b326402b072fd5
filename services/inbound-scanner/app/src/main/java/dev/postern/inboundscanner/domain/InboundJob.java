package dev.postern.inboundscanner.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message still to process; deleted in the transaction that records the outcome. */
@Entity
@Table(name = "inbound_jobs")
public class InboundJob {

    @Id
    public String inboundId;
    public String workspaceId;
    public int attempts;
    public Instant nextAttemptAt;
    public String lastError;
    public Instant createdAt;
}
