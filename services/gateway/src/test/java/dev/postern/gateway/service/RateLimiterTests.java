package dev.postern.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTests {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(2, 3, clock::get);

    @Test
    void aBurstIsAllowedThenRefusedUntilTokensRefill() {
        assertThat(limiter.take("k").remaining()).isEqualTo(2);
        assertThat(limiter.take("k").remaining()).isEqualTo(1);
        RateLimiter.Decision last = limiter.take("k");
        assertThat(last.allowed()).isTrue();
        assertThat(last.remaining()).isZero();
        assertThat(last.resetSeconds()).isEqualTo(2); // 3 tokens at 2/s

        RateLimiter.Decision refused = limiter.take("k");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(refused.limit()).isEqualTo(3);

        clock.addAndGet(500_000_000L); // half a second: one token at 2/s
        assertThat(limiter.take("k").allowed()).isTrue();
        assertThat(limiter.take("k").allowed()).isFalse();
    }

    @Test
    void keysHaveTheirOwnBuckets() {
        for (int i = 0; i < 3; i++) {
            limiter.take("a");
        }
        assertThat(limiter.take("a").allowed()).isFalse();
        assertThat(limiter.take("b").allowed()).isTrue();
    }

    @Test
    void fullBucketsAreForgottenAndBehaveAsNewOnes() {
        limiter.take("a");
        limiter.take("b");
        clock.addAndGet(10_000_000_000L);
        limiter.forgetFullBuckets();
        assertThat(limiter.trackedKeys()).isZero();
        assertThat(limiter.take("a").remaining()).isEqualTo(2);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new RateLimiter(0, 3, clock::get)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(1, 0, clock::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
