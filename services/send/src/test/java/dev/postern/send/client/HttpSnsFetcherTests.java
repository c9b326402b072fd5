package dev.postern.send.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.postern.send.config.SnsSettings;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The fetcher itself (the host rule is checked before it is called): 200 only, no redirects, a timeout. */
class HttpSnsFetcherTests {

    @Test
    void answersTheBodyOfA200AndRefusesRedirectsAndErrors() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/cert.pem", e -> respond(e, 200, "PEM"));
        server.createContext("/moved.pem", e -> {
            e.getResponseHeaders().add("Location", "http://127.0.0.1/cert.pem");
            respond(e, 302, "");
        });
        server.createContext("/missing.pem", e -> respond(e, 404, "no"));
        CountDownLatch never = new CountDownLatch(1);
        server.createContext("/slow.pem", e -> {
            try {
                never.await();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        try {
            HttpSnsFetcher fetcher = new HttpSnsFetcher(settings());
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertThat(fetcher.get(URI.create(base + "/cert.pem")).await().atMost(Duration.ofSeconds(5))).asString().isEqualTo("PEM");
            assertThatThrownBy(() -> fetcher.get(URI.create(base + "/moved.pem")).await().atMost(Duration.ofSeconds(5)))
                    .hasMessageContaining("302");
            assertThatThrownBy(() -> fetcher.get(URI.create(base + "/missing.pem")).await().atMost(Duration.ofSeconds(5)))
                    .hasMessageContaining("404");
            assertThatThrownBy(() -> fetcher.get(URI.create(base + "/slow.pem")).await().atMost(Duration.ofSeconds(5)))
                    .hasMessageContaining("timed out");
        } finally {
            never.countDown();
            server.stop(0);
        }
    }

    private static void respond(com.sun.net.httpserver.HttpExchange e, int status, String body) throws java.io.IOException {
        byte[] bytes = body.getBytes();
        e.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static SnsSettings settings() {
        return new SnsSettings() {
            public Optional<String> topicArn() { return Optional.empty(); }
            public Duration fetchTimeout() { return Duration.ofSeconds(2); }
            public int certificateCacheSize() { return 2; }
        };
    }
}
