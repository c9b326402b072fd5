package dev.postern.send.client;

import dev.postern.send.config.SnsSettings;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Fetches from SNS over HTTPS with connect and request timeouts, no redirects, a size cap. */
@ApplicationScoped
public class HttpSnsFetcher implements SnsFetcher {

    private static final int MAX_BYTES = 64 * 1024;

    private final HttpClient client;
    private final Duration timeout;

    public HttpSnsFetcher(SnsSettings settings) {
        this.timeout = settings.fetchTimeout();
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Uni<byte[]> get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        return Uni.createFrom().completionStage(() -> client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()))
                .map(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("GET " + uri.getHost() + " answered " + response.statusCode());
                    }
                    if (response.body().length > MAX_BYTES) {
                        throw new IllegalStateException("GET " + uri.getHost() + " answered more than " + MAX_BYTES + " bytes");
                    }
                    return response.body();
                })
                .onFailure(IOException.class).transform(e -> new IllegalStateException("GET " + uri.getHost() + " failed: " + e.getMessage(), e));
    }
}
