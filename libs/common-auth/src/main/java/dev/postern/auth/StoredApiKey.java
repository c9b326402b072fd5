package dev.postern.auth;

import java.time.Instant;
import java.util.List;

/** What the gateway keeps about a key: never the key itself, only its hash and display prefix. */
public record StoredApiKey(String keyId, String workspaceId, String prefix, KeyMode mode, List<String> scopes,
                           Instant expiresAt, Instant revokedAt) {
}
