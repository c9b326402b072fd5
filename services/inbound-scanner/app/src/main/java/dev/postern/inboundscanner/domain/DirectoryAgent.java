package dev.postern.inboundscanner.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An agent's mailbox as this service knows it, projected from agent.* events. */
@Entity
@Table(name = "directory_agents")
public class DirectoryAgent {

    public static final String ACTIVE = "active";
    public static final String ARCHIVED = "archived";

    @Id
    public String agentId;
    public String workspaceId;
    public String address;
    public String status;
    public Instant updatedAt;
}
