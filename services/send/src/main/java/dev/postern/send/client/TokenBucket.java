package dev.postern.send.client;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Paces calls to a rate (permits per second) with a burst of at most one second's worth. A caller
 * reserves permits and is told how long to wait before using them; reservations queue up fairly.
 */
public final class TokenBucket {

    private final LongSupplier nanoClock;
    private double ratePerSecond;
    private double tokens;
    private long lastRefill;

    public TokenBucket(double ratePerSecond, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.lastRefill = nanoClock.getAsLong();
        setRate(ratePerSecond);
        this.tokens = capacity();
    }

    public TokenBucket(double ratePerSecond) {
        this(ratePerSecond, System::nanoTime);
    }

    public synchronized void setRate(double ratePerSecond) {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("rate must be positive, got " + ratePerSecond);
        }
        refill();
        this.ratePerSecond = ratePerSecond;
        tokens = Math.min(tokens, capacity());
    }

    public synchronized double rate() {
        return ratePerSecond;
    }

    /** Takes {@code permits} and answers how long the caller must wait before acting on them. */
    public synchronized Duration reserve(int permits) {
        refill();
        tokens -= permits;
        if (tokens >= 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil(-tokens / ratePerSecond * 1_000_000_000d));
    }

    private double capacity() {
        return Math.max(1d, ratePerSecond);
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(capacity(), tokens + (now - lastRefill) / 1_000_000_000d * ratePerSecond);
        lastRefill = now;
    }
}
