package dev.postern.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InternalTokenTests {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aTokenVerifiesWithItsSecretAndCarriesItsClaims() {
        String token = InternalToken.issue("s3cret", "gateway", "ws_1", NOW.plusSeconds(60));
        InternalToken.Claims claims = InternalToken.verify("s3cret", token, NOW).orElseThrow();
        assertThat(claims.caller()).isEqualTo("gateway");
        assertThat(claims.allowsWorkspace("ws_1")).isTrue();
        assertThat(claims.allowsWorkspace("ws_2")).isFalse();
    }

    @Test
    void anotherSecretATamperedClaimOrAnExpiredTokenFails() {
        String token = InternalToken.issue("s3cret", "gateway", "ws_1", NOW.plusSeconds(60));
        assertThat(InternalToken.verify("other", token, NOW)).isEmpty();
        assertThat(InternalToken.verify("s3cret", token.replace(".ws_1.", ".ws_2."), NOW)).isEmpty();
        assertThat(InternalToken.verify("s3cret", token, NOW.plus(Duration.ofMinutes(5)))).isEmpty();
        assertThat(InternalToken.verify("s3cret", "garbage", NOW)).isEmpty();
        assertThat(InternalToken.verify("", token, NOW)).isEmpty();
    }

    @Test
    void platformTokensAllowAnyWorkspace() {
        String token = InternalToken.issue("s3cret", "postern-cli", InternalToken.ANY_WORKSPACE, NOW.plusSeconds(60));
        assertThat(InternalToken.verify("s3cret", token, NOW).orElseThrow().allowsWorkspace("ws_9")).isTrue();
    }

    @Test
    void namesWithDotsCannotBeIssued() {
        assertThatThrownBy(() -> InternalToken.issue("s", "a.b", "ws_1", NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
