package dev.postern.events.payload;

import java.time.Instant;
import java.util.List;

/** An API key was issued. Carries the display prefix only: the key itself is never in an event. */
public record ApiKeyCreatedV1(String keyId, String name, String prefix, String mode, List<String> scopes,
                              Instant expiresAt) {
}
