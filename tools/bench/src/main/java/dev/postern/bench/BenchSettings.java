package dev.postern.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark run does: where (the local stack's gateway, loopback only), with which key
 * (the test-mode key: nothing is transmitted), how many virtual users, how many requests per
 * endpoint, and the time bound of each phase.
 */
public record BenchSettings(URI gateway, String testKey, int users, int count, int warmup, Duration maxPhase) {

    static final String USAGE = """
            usage: java -jar tools/bench/target/postern-bench.jar [options]
              --env FILE        the local stack's env file (default .postern/local.env): POSTERN_URL, POSTERN_TEST_API_KEY
              --url URL         gateway base URL (overrides the env file; loopback only)
              --key KEY         a test-mode API key with messages:send and agents:write (overrides the env file)
              --users N         concurrent virtual users (default 16)
              --count N         measured requests per endpoint (default 2000)
              --warmup N        unmeasured requests per endpoint first (default 300)
              --max-seconds N   time bound of each phase (default 120)
            """;

    public static BenchSettings parse(List<String> args, Map<String, String> environment) throws IOException {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--") || i + 1 >= args.size()) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'\n" + USAGE);
            }
            opts.put(a.substring(2), args.get(++i));
        }
        Map<String, String> env = new HashMap<>(environment);
        Path envFile = Path.of(opts.getOrDefault("env", ".postern/local.env"));
        if (Files.isRegularFile(envFile)) {
            env.putAll(readEnvFile(envFile));
        }
        String url = opts.getOrDefault("url", env.get("POSTERN_URL"));
        String key = opts.getOrDefault("key", env.get("POSTERN_TEST_API_KEY"));
        if (url == null || key == null) {
            throw new IllegalArgumentException("no gateway URL or test key: run ./postern up, or give --url and --key\n" + USAGE);
        }
        if (!key.startsWith("pstn_test_")) {
            throw new IllegalArgumentException("the benchmark sends only with a test-mode key (pstn_test_…), so nothing is transmitted");
        }
        URI gateway = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        requireLoopback(gateway);
        return new BenchSettings(gateway, key, positive(opts, "users", 16), positive(opts, "count", 2000),
                nonNegative(opts, "warmup", 300), Duration.ofSeconds(positive(opts, "max-seconds", 120)));
    }

    /** Reads {@code KEY=value} lines (optionally quoted, {@code export } allowed), as ./postern writes them. */
    static Map<String, String> readEnvFile(Path file) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || !l.contains("=")) {
                continue;
            }
            if (l.startsWith("export ")) {
                l = l.substring("export ".length()).strip();
            }
            String k = l.substring(0, l.indexOf('='));
            String v = l.substring(l.indexOf('=') + 1);
            if (v.length() >= 2 && (v.startsWith("'") && v.endsWith("'") || v.startsWith("\"") && v.endsWith("\""))) {
                v = v.substring(1, v.length() - 1);
            }
            out.put(k, v);
        }
        return out;
    }

    static void requireLoopback(URI gateway) throws IOException {
        String host = gateway.getHost();
        if (host == null || !"http".equals(gateway.getScheme())) {
            throw new IllegalArgumentException("gateway URL must be http://<loopback>:<port>, not " + gateway);
        }
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException("the benchmark runs against the local stack only; " + host + " is not loopback");
            }
        }
    }

    private static int positive(Map<String, String> opts, String name, int fallback) {
        int v = nonNegative(opts, name, fallback);
        if (v < 1) {
            throw new IllegalArgumentException("--" + name + " must be at least 1");
        }
        return v;
    }

    private static int nonNegative(Map<String, String> opts, String name, int fallback) {
        String raw = opts.get(name);
        int v;
        try {
            v = raw == null ? fallback : Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number, not '" + raw + "'");
        }
        if (v < 0 || v > 1_000_000) {
            throw new IllegalArgumentException("--" + name + " must be between 0 and 1000000");
        }
        return v;
    }
}
