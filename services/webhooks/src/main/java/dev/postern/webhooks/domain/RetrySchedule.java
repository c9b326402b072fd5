package dev.postern.webhooks.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When the next attempt of a failing delivery is due: the n-th delay of the schedule after the n-th
 * failed attempt, spread by {@code jitter} either way; none once the schedule is spent.
 */
public record RetrySchedule(List<Duration> delays, double jitter) {

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (delays.isEmpty() || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("a schedule needs a delay and a jitter in [0, 1)");
        }
    }

    public int maxAttempts() {
        return delays.size() + 1;
    }

    /** The wait after {@code attemptsMade} failed attempts, or empty when no attempt is left. */
    public Optional<Duration> delayAfter(int attemptsMade, RandomGenerator random) {
        if (attemptsMade < 1 || attemptsMade > delays.size()) {
            return Optional.empty();
        }
        Duration base = delays.get(attemptsMade - 1);
        if (jitter == 0) {
            return Optional.of(base);
        }
        double factor = 1 + jitter * (2 * random.nextDouble() - 1);
        return Optional.of(Duration.ofMillis(Math.max(0, Math.round(base.toMillis() * factor))));
    }

    /** The span from the first attempt to the last, without jitter. */
    public Duration span() {
        return delays.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
