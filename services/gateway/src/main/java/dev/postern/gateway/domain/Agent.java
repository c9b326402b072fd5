package dev.postern.gateway.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mailbox identity of a workspace: what sends its mail, under an address no one else holds. */
@Entity
@Table(name = "agents")
public class Agent {

    public static final String ACTIVE = "active";
    public static final String PAUSED = "paused";
    public static final String ARCHIVED = "archived";

    @Id
    public String id;
    public String workspaceId;
    public String name;
    public String address;
    public String displayName;
    public String status;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant archivedAt;

    public boolean canSend() {
        return ACTIVE.equals(status);
    }

    /** The domain the agent sends from: the part of its address after the {@code @}. */
    public String domain() {
        return address.substring(address.lastIndexOf('@') + 1);
    }
}
