package dev.postern.send.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTests {

    private final AtomicLong clock = new AtomicLong();

    @Test
    void aBurstOfOneSecondThenOneEveryIntervalAtTheRate() {
        TokenBucket bucket = new TokenBucket(14, clock::get);
        for (int i = 0; i < 14; i++) {
            assertThat(bucket.reserve(1)).isZero();
        }
        assertThat(bucket.reserve(1)).isEqualTo(Duration.ofNanos(71_428_572));
        assertThat(bucket.reserve(1)).isEqualTo(Duration.ofNanos(142_857_143));
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(bucket.reserve(1)).isZero();
    }

    @Test
    void aSlowRateSpacesEverySend() {
        TokenBucket bucket = new TokenBucket(0.5, clock::get);
        assertThat(bucket.reserve(1)).isZero();
        assertThat(bucket.reserve(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(bucket.reserve(1)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void theRateCanChangeAndMustBePositive() {
        TokenBucket bucket = new TokenBucket(1, clock::get);
        bucket.reserve(1);
        bucket.setRate(10);
        assertThat(bucket.rate()).isEqualTo(10);
        clock.addAndGet(Duration.ofMillis(100).toNanos());
        assertThat(bucket.reserve(1)).isZero();
        assertThatThrownBy(() -> bucket.setRate(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
