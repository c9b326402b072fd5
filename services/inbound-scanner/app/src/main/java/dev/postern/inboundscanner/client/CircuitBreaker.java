package dev.postern.inboundscanner.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * After {@code failureThreshold} consecutive failures the breaker opens and refuses calls for {@code openFor}; then
 * one trial call goes through (half open) and closes it again on success. Callers refused fail at once.
 */
public class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    /** Thrown instead of calling a dependency that is known to be down. */
    public static final class OpenException extends RuntimeException {
        public OpenException(String dependency) {
            super(dependency + " is unavailable (circuit open)", null, false, false);
        }
    }

    private final String dependency;
    private final int failureThreshold;
    private final Duration openFor;
    private final Clock clock;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private Instant openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(String dependency, int failureThreshold, Duration openFor, Clock clock) {
        if (failureThreshold < 1 || openFor.isNegative()) {
            throw new IllegalArgumentException("failureThreshold >= 1 and openFor >= 0 required");
        }
        this.dependency = dependency;
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Runs {@code call} through the breaker: refused at once while open, and its outcome counted. */
    public <T> T call(java.util.function.Supplier<T> call) {
        if (!tryAcquire()) {
            throw new OpenException(dependency);
        }
        try {
            T result = call.get();
            onSuccess();
            return result;
        } catch (RuntimeException e) {
            onFailure();
            throw e;
        }
    }

    synchronized boolean tryAcquire() {
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

    synchronized void onSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    synchronized void onFailure() {
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
}
