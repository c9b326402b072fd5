package dev.postern.send.client;

import io.smallrye.mutiny.Uni;
import java.net.URI;

/**
 * The two outside calls SNS feedback needs: fetching a signing certificate and confirming a
 * subscription. Callers check the URL against the SNS host rule ({@code SnsSignature}) first; implementations fetch.
 */
public interface SnsFetcher {

    /** GET {@code uri}; the body, or a failure on any status but 200. */
    Uni<byte[]> get(URI uri);
}
