package dev.postern.auth;

import java.time.Instant;
import java.util.Optional;

/**
 * The request guard's decision, as a pure function: given the Authorization header and what the
 * store holds for the key's hash, either a {@link WorkspaceContext} or the reason for a 401.
 * The gateway does the lookup; this class decides.
 */
public final class ApiKeyVerifier {

    private ApiKeyVerifier() {
    }

    /** Why a request is not authenticated. Each maps to a stable problem type. */
    public enum Rejection {
        MISSING("missing-credentials", "No API key was presented. Send 'Authorization: Bearer <key>'."),
        MALFORMED("malformed-api-key", "The API key is not in the pstn_<mode>_<random>_<checksum> format."),
        BAD_CHECKSUM("malformed-api-key", "The API key's checksum does not match: it was mistyped or truncated."),
        UNKNOWN("invalid-api-key", "The API key is not valid."),
        EXPIRED("expired-api-key", "The API key has expired."),
        REVOKED("revoked-api-key", "The API key has been revoked.");

        private final String problemType;
        private final String detail;

        Rejection(String problemType, String detail) {
            this.problemType = problemType;
            this.detail = detail;
        }

        public String problemType() { return problemType; }
        public String detail() { return detail; }
    }

    /** The outcome: exactly one of context / rejection is present. {@code workspaceId} is known for expired and revoked keys. */
    public record Outcome(Optional<WorkspaceContext> context, Optional<Rejection> rejection, Optional<StoredApiKey> key) {
        static Outcome ok(WorkspaceContext ctx, StoredApiKey key) {
            return new Outcome(Optional.of(ctx), Optional.empty(), Optional.of(key));
        }

        static Outcome rejected(Rejection r, StoredApiKey key) {
            return new Outcome(Optional.empty(), Optional.of(r), Optional.ofNullable(key));
        }

        public boolean authenticated() {
            return context.isPresent();
        }
    }

    /** Extracts the presented key from an Authorization header value ({@code Bearer <key>}). */
    public static Optional<String> bearer(String authorizationHeader) {
        if (authorizationHeader == null) {
            return Optional.empty();
        }
        String value = authorizationHeader.strip();
        if (value.length() > 7 && value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = value.substring(7).strip();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        }
        return Optional.empty();
    }

    /** First step, before any lookup: shape and checksum. */
    public static ApiKeyFormat.ParseResult check(String authorizationHeader) {
        Optional<String> presented = bearer(authorizationHeader);
        if (presented.isEmpty()) {
            return new ApiKeyFormat.ParseResult(Optional.empty(), Optional.empty());
        }
        return ApiKeyFormat.parse(presented.get());
    }

    public static Rejection rejectionFor(ApiKeyFormat.ParseResult parsed) {
        if (parsed.key().isPresent()) {
            throw new IllegalArgumentException("key is well formed");
        }
        return parsed.problem().map(p -> p == ApiKeyFormat.FormatProblem.BAD_CHECKSUM ? Rejection.BAD_CHECKSUM : Rejection.MALFORMED)
                .orElse(Rejection.MISSING);
    }

    /** Second step: the stored record for the key's hash (empty when unknown). */
    public static Outcome decide(ApiKeyFormat.WellFormedKey presented, Optional<StoredApiKey> stored, Instant now) {
        if (stored.isEmpty()) {
            return Outcome.rejected(Rejection.UNKNOWN, null);
        }
        StoredApiKey key = stored.get();
        if (key.mode() != presented.mode()) {
            // A record whose mode differs from the key's own text is not this key.
            return Outcome.rejected(Rejection.UNKNOWN, null);
        }
        if (key.revokedAt() != null && !key.revokedAt().isAfter(now)) {
            return Outcome.rejected(Rejection.REVOKED, key);
        }
        if (key.expiresAt() != null && !key.expiresAt().isAfter(now)) {
            return Outcome.rejected(Rejection.EXPIRED, key);
        }
        return Outcome.ok(new WorkspaceContext(key.workspaceId(), key.keyId(), key.prefix(), key.mode(), key.scopes()), key);
    }
}
