package dev.postern.webhooks.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CircuitBreakerTests {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-23T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final CircuitBreaker breaker = new CircuitBreaker("gateway", 3, Duration.ofSeconds(10), clock);
    private final AtomicInteger calls = new AtomicInteger();

    private Uni<String> failing() {
        calls.incrementAndGet();
        return Uni.createFrom().failure(new IllegalStateException("down"));
    }

    private Uni<String> working() {
        calls.incrementAndGet();
        return Uni.createFrom().item("ok");
    }

    @Test
    void opensAfterTheThresholdAndFailsFastWithoutCalling() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> breaker.call(this::failing).await().indefinitely()).hasMessage("down");
        }
        assertThat(breaker.open()).isTrue();
        assertThatThrownBy(() -> breaker.call(this::working).await().indefinitely()).isInstanceOf(CircuitBreaker.OpenException.class);
        assertThat(calls).hasValue(3);
    }

    @Test
    void afterTheOpenPeriodOneTrialDecides() {
        for (int i = 0; i < 3; i++) {
            breaker.call(this::failing).onFailure().recoverWithNull().await().indefinitely();
        }
        clock.now = clock.now.plusSeconds(11);
        assertThatThrownBy(() -> breaker.call(this::failing).await().indefinitely()).hasMessage("down");
        assertThat(breaker.open()).as("a failed trial re-opens").isTrue();
        assertThatThrownBy(() -> breaker.call(this::working).await().indefinitely()).isInstanceOf(CircuitBreaker.OpenException.class);
        clock.now = clock.now.plusSeconds(11);
        assertThat(breaker.call(this::working).await().indefinitely()).isEqualTo("ok");
        assertThat(breaker.open()).isFalse();
    }

    @Test
    void aSuccessResetsTheCount() {
        breaker.call(this::failing).onFailure().recoverWithNull().await().indefinitely();
        breaker.call(this::failing).onFailure().recoverWithNull().await().indefinitely();
        breaker.call(this::working).await().indefinitely();
        breaker.call(this::failing).onFailure().recoverWithNull().await().indefinitely();
        assertThat(breaker.open()).isFalse();
    }
}
