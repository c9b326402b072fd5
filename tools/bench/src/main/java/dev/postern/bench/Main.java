package dev.postern.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives {@code POST /api/v1/messages} on the running local stack (test-mode key, a fresh
 * Idempotency-Key per request) and, in the same run and with the same body, the gateway's bare
 * {@code POST /bench/noop}; prints accepted sends/s and p50/p99 latency side by side.
 */
public final class Main {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"(agt_[^\"]+)\"");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings;
        try {
            settings = BenchSettings.parse(List.of(args), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run(settings, System.out));
    }

    static int run(BenchSettings s, PrintStream out) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String agent = createAgent(http, s);
        String body = "{\"agent\":\"" + agent + "\",\"to\":\"bench@example.com\",\"subject\":\"Benchmark message\","
                + "\"text\":\"" + "A short message body, as an agent would send it. ".repeat(4).strip() + "\","
                + "\"tags\":[{\"name\":\"source\",\"value\":\"bench\"}]}";
        URI bare = s.gateway().resolve("/bench/noop");
        URI messages = s.gateway().resolve("/api/v1/messages");
        LoadPhase phase = new LoadPhase(http);
        java.util.function.IntFunction<java.net.http.HttpRequest> bareRequest = i -> LoadPhase.post(bare, body).build();
        java.util.function.IntFunction<java.net.http.HttpRequest> sendRequest = i -> LoadPhase.post(messages, body)
                .header("Authorization", "Bearer " + s.testKey())
                .header("Idempotency-Key", UUID.randomUUID().toString()).build();

        out.printf(Locale.ROOT, "gateway %s, agent %s, %d virtual users, %d measured + %d warm-up requests per endpoint%n",
                s.gateway(), agent, s.users(), s.count(), s.warmup());
        if (s.warmup() > 0) {
            phase.run("warm-up bare", s.users(), s.warmup(), s.maxPhase(), bareRequest, 202);
            phase.run("warm-up send", s.users(), s.warmup(), s.maxPhase(), sendRequest, 202);
        }
        PhaseResult bareResult = phase.run("POST /bench/noop (bare)", s.users(), s.count(), s.maxPhase(), bareRequest, 202);
        PhaseResult sendResult = phase.run("POST /api/v1/messages", s.users(), s.count(), s.maxPhase(), sendRequest, 202);
        print(out, List.of(bareResult, sendResult));
        return bareResult.errors() == 0 && sendResult.errors() == 0 && !sendResult.timedOut() ? 0 : 1;
    }

    static void print(PrintStream out, List<PhaseResult> results) {
        out.printf(Locale.ROOT, "%-26s %8s %8s %7s %9s %10s %8s %8s%n", "endpoint", "requests", "ok", "errors", "seconds",
                "ok/s", "p50 ms", "p99 ms");
        for (PhaseResult r : results) {
            out.printf(Locale.ROOT, "%-26s %8d %8d %7d %9.2f %10.1f %8.2f %8.2f%s%n", r.name(), r.requests(), r.ok(), r.errors(),
                    r.elapsedNanos() / 1e9, r.okPerSecond(), r.percentileMillis(50), r.percentileMillis(99),
                    r.timedOut() ? "  (stopped at the time bound)" : "");
            if (r.firstError() != null) {
                out.println("  first error: " + r.firstError());
            }
        }
        if (results.size() == 2 && results.get(1).okPerSecond() > 0) {
            PhaseResult bare = results.get(0);
            PhaseResult send = results.get(1);
            out.printf(Locale.ROOT, "bare/send: throughput x%.1f, p50 x%.1f, p99 x%.1f (what auth, validation, idempotency and the outbox cost)%n",
                    bare.okPerSecond() / send.okPerSecond(), send.percentileMillis(50) / bare.percentileMillis(50),
                    send.percentileMillis(99) / bare.percentileMillis(99));
        }
    }

    private static String createAgent(HttpClient http, BenchSettings s) throws IOException, InterruptedException {
        String name = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> r = http.send(LoadPhase.post(s.gateway().resolve("/api/v1/agents"), "{\"name\":\"" + name + "\"}")
                .header("Authorization", "Bearer " + s.testKey()).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = ID.matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IOException("could not create the benchmark's agent: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }
}
