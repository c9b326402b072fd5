package dev.postern.gateway.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests per API key: a token bucket per key in this gateway instance ({@code burst} tokens, refilled at
 * {@code per-second}). With several gateway replicas a key's allowance is per replica. Buckets idle long enough to
 * be full again are dropped, so memory follows the keys in use, not every key ever seen.
 */
@ApplicationScoped
public class RateLimiter {

    /** What one request was allowed; the numbers behind the RateLimit and Retry-After headers. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {
    }

    private final double perSecond;
    private final int burst;
    private final LongSupplier nanos;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public RateLimiter(@ConfigProperty(name = "postern.rate-limit.per-second", defaultValue = "50") double perSecond,
                       @ConfigProperty(name = "postern.rate-limit.burst", defaultValue = "100") int burst) {
        this(perSecond, burst, System::nanoTime);
    }

    RateLimiter(double perSecond, int burst, LongSupplier nanos) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("postern.rate-limit.per-second must be > 0 and burst >= 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanos = nanos;
    }

    public Decision take(String keyId) {
        long now = nanos.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(keyId, k -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.refill(now, perSecond, burst);
            boolean allowed = bucket.tokens >= 1;
            if (allowed) {
                bucket.tokens -= 1;
            }
            long reset = (long) Math.ceil((burst - bucket.tokens) / perSecond);
            long retryAfter = allowed ? 0 : Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perSecond));
            return new Decision(allowed, burst, (int) Math.floor(bucket.tokens), reset, retryAfter);
        }
    }

    /** Forgets buckets that have refilled completely: they would answer exactly as a new one. */
    @Scheduled(every = "60s", delayed = "60s")
    void forgetFullBuckets() {
        long now = nanos.getAsLong();
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                e.getValue().refill(now, perSecond, burst);
                return e.getValue().tokens >= burst;
            }
        });
    }

    int trackedKeys() {
        return buckets.size();
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(int tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        void refill(long now, double perSecond, int burst) {
            if (now > at) {
                tokens = Math.min(burst, tokens + (now - at) / 1e9 * perSecond);
                at = now;
            }
        }
    }
}
