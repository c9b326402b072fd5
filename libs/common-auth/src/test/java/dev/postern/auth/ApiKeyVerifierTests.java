package dev.postern.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeyVerifierTests {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final ApiKeyFormat.WellFormedKey key = ApiKeyFormat.generate(KeyMode.LIVE);

    private StoredApiKey stored(Instant expiresAt, Instant revokedAt) {
        return new StoredApiKey("key_1", "ws_1", key.displayPrefix(), KeyMode.LIVE, List.of(Scopes.LOGS_READ), expiresAt, revokedAt);
    }

    @Test
    void bearerIsExtractedCaseInsensitively() {
        assertThat(ApiKeyVerifier.bearer("Bearer abc")).contains("abc");
        assertThat(ApiKeyVerifier.bearer("bearer   abc ")).contains("abc");
        assertThat(ApiKeyVerifier.bearer("Basic abc")).isEmpty();
        assertThat(ApiKeyVerifier.bearer("Bearer ")).isEmpty();
        assertThat(ApiKeyVerifier.bearer(null)).isEmpty();
    }

    @Test
    void missingMalformedAndBadChecksumAreToldApartBeforeAnyLookup() {
        assertThat(ApiKeyVerifier.rejectionFor(ApiKeyVerifier.check(null))).isEqualTo(ApiKeyVerifier.Rejection.MISSING);
        assertThat(ApiKeyVerifier.rejectionFor(ApiKeyVerifier.check("Bearer nope"))).isEqualTo(ApiKeyVerifier.Rejection.MALFORMED);
        String typo = key.value().substring(0, key.value().length() - 1) + (key.value().endsWith("A") ? "B" : "A");
        assertThat(ApiKeyVerifier.rejectionFor(ApiKeyVerifier.check("Bearer " + typo))).isEqualTo(ApiKeyVerifier.Rejection.BAD_CHECKSUM);
        assertThat(ApiKeyVerifier.check("Bearer " + key.value()).key()).contains(key);
    }

    @Test
    void aValidKeyYieldsTheWorkspaceOfTheStoredRecord() {
        ApiKeyVerifier.Outcome outcome = ApiKeyVerifier.decide(key, Optional.of(stored(null, null)), NOW);
        assertThat(outcome.authenticated()).isTrue();
        WorkspaceContext ctx = outcome.context().orElseThrow();
        assertThat(ctx.workspaceId()).isEqualTo("ws_1");
        assertThat(ctx.may(Scopes.LOGS_READ)).isTrue();
        assertThat(ctx.may(Scopes.API_KEYS_WRITE)).isFalse();
    }

    @Test
    void unknownExpiredAndRevokedKeysAreRejected() {
        assertThat(ApiKeyVerifier.decide(key, Optional.empty(), NOW).rejection()).contains(ApiKeyVerifier.Rejection.UNKNOWN);
        assertThat(ApiKeyVerifier.decide(key, Optional.of(stored(NOW, null)), NOW).rejection()).contains(ApiKeyVerifier.Rejection.EXPIRED);
        assertThat(ApiKeyVerifier.decide(key, Optional.of(stored(null, NOW.minusSeconds(1))), NOW).rejection())
                .contains(ApiKeyVerifier.Rejection.REVOKED);
        // a revocation takes effect at its instant, not later
        assertThat(ApiKeyVerifier.decide(key, Optional.of(stored(null, NOW)), NOW).rejection()).contains(ApiKeyVerifier.Rejection.REVOKED);
        // still valid one second before expiry
        assertThat(ApiKeyVerifier.decide(key, Optional.of(stored(NOW.plusSeconds(1), null)), NOW).authenticated()).isTrue();
    }

    @Test
    void scopesGrantExactAreaWildcardAndEverything() {
        assertThat(Scopes.grants(List.of("*"), Scopes.API_KEYS_WRITE)).isTrue();
        assertThat(Scopes.grants(List.of("api_keys:*"), Scopes.API_KEYS_WRITE)).isTrue();
        assertThat(Scopes.grants(List.of("api_keys:read"), Scopes.API_KEYS_WRITE)).isFalse();
        assertThat(Scopes.grants(List.of("logs:*"), Scopes.API_KEYS_READ)).isFalse();
        assertThat(Scopes.grants(List.of(), Scopes.LOGS_READ)).isFalse();
    }
}
