package dev.postern.bench;

import java.util.Arrays;

/** What one phase measured: how many requests succeeded, in how long, and their latencies. */
public record PhaseResult(String name, int requests, int ok, int errors, long elapsedNanos, long[] okLatencyNanos,
                          String firstError, boolean timedOut) {

    public double okPerSecond() {
        return elapsedNanos == 0 ? 0 : ok / (elapsedNanos / 1e9);
    }

    /** The latency (ms) below which {@code p} percent of successful requests completed (nearest rank). */
    public double percentileMillis(double p) {
        if (okLatencyNanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = okLatencyNanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
