package dev.postern.events.payload;

/** An API key was revoked; it stopped working at that moment. */
public record ApiKeyRevokedV1(String keyId, String prefix) {
}
