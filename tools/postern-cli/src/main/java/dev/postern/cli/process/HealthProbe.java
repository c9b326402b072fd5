package dev.postern.cli.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a Quarkus service whether it is ready: {@code GET /q/health/ready}, two seconds at most. */
public final class HealthProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    /** What one probe found. */
    public enum Health {
        HEALTHY("healthy"),
        UNHEALTHY("unhealthy"),
        NO_ANSWER("no answer");

        private final String label;

        Health(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public Health ready(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                .timeout(TIMEOUT)
                .GET()
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? Health.HEALTHY : Health.UNHEALTHY;
        } catch (IOException e) {
            return Health.NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.NO_ANSWER;
        }
    }
}
