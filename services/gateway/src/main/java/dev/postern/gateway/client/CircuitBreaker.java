package dev.postern.gateway.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A small circuit breaker: after {@code failureThreshold} consecutive failures it opens and refuses
 * calls for {@code openFor}; then it lets one trial call through (half open) and closes again on its
 * success. Callers that are refused fail at once instead of waiting on a dependency that is down.
 * Thread-safe; the state is tiny, so one lock is enough.
 */
public class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final Duration openFor;
    private final Clock clock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private Instant openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration openFor, Clock clock) {
        if (failureThreshold < 1 || openFor.isNegative()) {
            throw new IllegalArgumentException("failureThreshold >= 1 and openFor >= 0 required");
        }
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Whether a call may go ahead now. A caller that got {@code true} must report its outcome. */
    public synchronized boolean tryAcquire() {
        if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(openFor))) {
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                if (trialInFlight) {
                    yield false;
                }
                trialInFlight = true;
                yield true;
            }
        };
    }

    public synchronized void onSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    public synchronized void onFailure() {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = clock.instant();
            trialInFlight = false;
        }
    }

    public synchronized State state() {
        return state;
    }

    /** Seconds until an open breaker lets a trial through (at least 1), for Retry-After. */
    public synchronized long retryAfterSeconds() {
        if (state != State.OPEN) {
            return 1;
        }
        long left = Duration.between(clock.instant(), openedAt.plus(openFor)).toSeconds();
        return Math.max(1, left + 1);
    }
}
