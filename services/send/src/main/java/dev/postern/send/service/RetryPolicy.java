package dev.postern.send.service;

import java.time.Duration;

/** Exponential backoff between transmission attempts: initial × 2^(attempt-1), capped. */
public record RetryPolicy(Duration initial, Duration max, int maxAttempts) {

    /** The wait after the {@code attempt}-th failed attempt (1-based). */
    public Duration delayAfter(int attempt) {
        int exponent = Math.max(0, Math.min(attempt - 1, 30));
        long millis = initial.toMillis() * (1L << exponent);
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
