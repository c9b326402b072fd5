package dev.postern.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.postern.gateway.domain.ApiKey;
import dev.postern.gateway.service.IssuedKey;
import java.time.Instant;
import java.util.List;

/** An API key as the API shows it. {@code key} is present only in the response that created it. */
public record ApiKeyView(String object, String id, String name, String prefix, String mode, List<String> scopes,
                         Instant createdAt, Instant expiresAt, Instant revokedAt,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String key) {

    public static ApiKeyView of(ApiKey k) {
        return new ApiKeyView("api_key", k.id, k.name, k.prefix, k.mode, k.scopeList(), k.createdAt, k.expiresAt, k.revokedAt, null);
    }

    public static ApiKeyView of(IssuedKey issued) {
        ApiKey k = issued.stored();
        return new ApiKeyView("api_key", k.id, k.name, k.prefix, k.mode, k.scopeList(), k.createdAt, k.expiresAt, k.revokedAt,
                issued.secret());
    }
}
