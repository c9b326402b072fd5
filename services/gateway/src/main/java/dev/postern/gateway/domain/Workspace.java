package dev.postern.gateway.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant. Everything else belongs to exactly one workspace. */
@Entity
@Table(name = "workspaces")
public class Workspace {

    @Id
    public String id;
    public String name;
    public Instant createdAt;

    public Workspace() {
    }

    public Workspace(String id, String name, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.createdAt = createdAt;
    }
}
