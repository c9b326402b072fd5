package dev.postern.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * {@code users} virtual users, each sending its next request as soon as the previous one is
 * answered, until {@code count} requests are done or the phase's time bound passes.
 */
public final class LoadPhase {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;

    public LoadPhase(HttpClient http) {
        this.http = http;
    }

    /** {@code request} builds the i-th request; {@code expected} is the status that counts as success. */
    public PhaseResult run(String name, int users, int count, Duration maxTime, IntFunction<HttpRequest> request, int expected)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long[] latencies = new long[count];
        boolean[] succeeded = new boolean[count];
        long start = System.nanoTime();
        long deadline = start + maxTime.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<?>> workers = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request.apply(i), HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - t0;
                        if (response.statusCode() == expected) {
                            succeeded[i] = true;
                            ok.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, response.statusCode() + " " + abbreviate(response.body()));
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        pool.shutdown();
        boolean finished = pool.awaitTermination(maxTime.toSeconds() + REQUEST_TIMEOUT.toSeconds() + 5, java.util.concurrent.TimeUnit.SECONDS);
        if (!finished) {
            pool.shutdownNow();
        }
        long elapsed = System.nanoTime() - start;
        long[] okLatencies = new long[ok.get()];
        int k = 0;
        for (int i = 0; i < count && k < okLatencies.length; i++) {
            if (succeeded[i]) {
                okLatencies[k++] = latencies[i];
            }
        }
        return new PhaseResult(name, ok.get() + errors.get(), ok.get(), errors.get(), elapsed, okLatencies, firstError.get(),
                ok.get() + errors.get() < count);
    }

    static HttpRequest.Builder post(java.net.URI uri, String body) {
        return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
