package dev.postern.send.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTests {

    private final AtomicLong clock = new AtomicLong();
    private final CircuitBreaker circuit = new CircuitBreaker(3, Duration.ofSeconds(30), clock::get);

    @Test
    void opensAfterConsecutiveFailuresAndRefusesUntilItsTimeIsUp() {
        for (int i = 0; i < 2; i++) {
            assertThat(circuit.tryAcquire()).isTrue();
            circuit.onFailure();
        }
        assertThat(circuit.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(circuit.tryAcquire()).isTrue();
        circuit.onFailure();
        assertThat(circuit.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(circuit.tryAcquire()).isFalse();
        clock.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(circuit.tryAcquire()).isFalse();
    }

    @Test
    void halfOpenLetsOneTrialThroughWhoseOutcomeDecides() {
        for (int i = 0; i < 3; i++) {
            circuit.tryAcquire();
            circuit.onFailure();
        }
        clock.addAndGet(Duration.ofSeconds(30).toNanos());
        assertThat(circuit.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(circuit.tryAcquire()).isTrue();
        assertThat(circuit.tryAcquire()).as("only one trial at a time").isFalse();
        circuit.onFailure();
        assertThat(circuit.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(circuit.tryAcquire()).isFalse();

        clock.addAndGet(Duration.ofSeconds(30).toNanos());
        assertThat(circuit.tryAcquire()).isTrue();
        circuit.onSuccess();
        assertThat(circuit.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(circuit.tryAcquire()).isTrue();
    }

    @Test
    void aSuccessResetsTheCount() {
        circuit.onFailure();
        circuit.onFailure();
        circuit.onSuccess();
        circuit.onFailure();
        circuit.onFailure();
        assertThat(circuit.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
