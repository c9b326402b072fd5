package dev.postern.send;

import dev.postern.send.client.SnsFetcher;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The tests' stand-in for fetching from SNS over the Internet: it serves the certificates a test
 * registered under an SNS URL and records every URL asked for. The host rule in production code
 * still decides which URLs get this far.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RecordingSnsFetcher implements SnsFetcher {

    private static final Map<URI, byte[]> SERVED = new ConcurrentHashMap<>();
    private static final List<URI> REQUESTED = new CopyOnWriteArrayList<>();

    public static void serve(URI uri, byte[] body) {
        SERVED.put(uri, body);
    }

    public static List<URI> requested() {
        return List.copyOf(REQUESTED);
    }

    @Override
    public Uni<byte[]> get(URI uri) {
        REQUESTED.add(uri);
        byte[] body = SERVED.get(uri);
        if (body == null && uri.getPath() != null && uri.getPath().endsWith(".pem")) {
            return Uni.createFrom().failure(new IllegalStateException("GET " + uri.getHost() + " answered 404"));
        }
        return Uni.createFrom().item(body == null ? "<ConfirmSubscriptionResponse/>".getBytes() : body);
    }
}
