package dev.postern.audit.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last link of one workspace's chain. */
@Entity
@Table(name = "audit_chain_head")
public class ChainHead {

    @Id
    public String workspaceId;
    public long lastSeq;
    public String lastHash;
}
