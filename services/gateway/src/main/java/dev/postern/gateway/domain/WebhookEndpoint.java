package dev.postern.gateway.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Where a workspace's public events are delivered. The signing secrets are held encrypted only. */
@Entity
@Table(name = "webhook_endpoints")
public class WebhookEndpoint {

    @Id
    public String id;
    public String workspaceId;
    public String url;
    public String description;
    /** Space-separated filters; empty for every type. */
    public String eventTypes;
    public boolean active;
    public String secretCiphertext;
    public String previousSecretCiphertext;
    public Instant previousSecretExpiresAt;
    public String disabledReason;
    public Instant disabledAt;
    public Instant createdAt;
    public Instant updatedAt;

    public List<String> eventTypeList() {
        return eventTypes == null || eventTypes.isBlank() ? List.of() : Arrays.asList(eventTypes.split(" "));
    }

    /** Whether the secret from before the last rotation still signs deliveries at {@code now}. */
    public boolean previousSecretValid(Instant now) {
        return previousSecretCiphertext != null && previousSecretExpiresAt != null && previousSecretExpiresAt.isAfter(now);
    }
}
