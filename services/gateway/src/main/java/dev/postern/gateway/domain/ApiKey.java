package dev.postern.gateway.domain;

import dev.postern.auth.KeyMode;
import dev.postern.auth.StoredApiKey;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An API key as stored: the SHA-256 of the key and its display prefix, never the key. */
@Entity
@Table(name = "api_keys")
public class ApiKey {

    @Id
    public String id;
    public String workspaceId;
    public String name;
    public String prefix;
    public String keyHash;
    public String mode;
    /** Space-separated scopes. */
    public String scopes;
    public Instant createdAt;
    public Instant expiresAt;
    public Instant revokedAt;

    public List<String> scopeList() {
        return scopes == null || scopes.isBlank() ? List.of() : Arrays.asList(scopes.split(" "));
    }

    public StoredApiKey toStored() {
        return new StoredApiKey(id, workspaceId, prefix, KeyMode.fromWireName(mode).orElseThrow(), scopeList(),
                expiresAt, revokedAt);
    }
}
