package dev.postern.webhooks.client;

import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Stops calling a dependency that keeps failing: after {@code threshold} failures in a row the
 * breaker opens and calls fail at once for {@code openFor}; then one trial call is let through, and
 * its outcome closes or re-opens the breaker. (quarkus-smallrye-fault-tolerance is not available to
 * this build; this is the little of it we need.)
 */
public final class CircuitBreaker {

    /** Thrown instead of calling while the breaker is open. */
    public static final class OpenException extends RuntimeException {
        public OpenException(String name) {
            super(name + " is failing; not called for a while", null, false, false);
        }
    }

    private final String name;
    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private int failures;
    private Instant openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(String name, int threshold, Duration openFor, Clock clock) {
        this.name = name;
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    public <T> Uni<T> call(Supplier<Uni<T>> call) {
        return Uni.createFrom().deferred(() -> {
            if (!allow()) {
                return Uni.createFrom().failure(new OpenException(name));
            }
            return call.get().onItemOrFailure().invoke((item, failure) -> {
                if (failure == null) {
                    succeeded();
                } else {
                    failed();
                }
            });
        });
    }

    public synchronized boolean open() {
        return openedAt != null;
    }

    synchronized boolean allow() {
        if (openedAt == null) {
            return true;
        }
        if (!clock.instant().isBefore(openedAt.plus(openFor)) && !trialInFlight) {
            trialInFlight = true;
            return true;
        }
        return false;
    }

    synchronized void succeeded() {
        failures = 0;
        openedAt = null;
        trialInFlight = false;
    }

    synchronized void failed() {
        failures++;
        if (trialInFlight || failures >= threshold) {
            openedAt = clock.instant();
        }
        trialInFlight = false;
    }
}
