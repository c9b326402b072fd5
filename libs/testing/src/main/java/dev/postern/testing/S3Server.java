package dev.postern.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/**
 * An S3-API server: s3proxy over a filesystem blob store under {@code dataDir} (a bucket is a
 * directory), AWS signature V2 or V4 with one access key, path-style addressing only.
 */
public final class S3Server implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(S3Server.class.getName());

    private static final String HOST = "127.0.0.1";
    private static final long STOP_TIMEOUT_MS = 5_000;

    private final S3Proxy proxy;
    private final String endpoint;

    private S3Server(S3Proxy proxy, String endpoint) {
        this.proxy = proxy;
        this.endpoint = endpoint;
    }

    /** Starts the server; {@code port} 0 picks a free port. Returns once it accepts requests. */
    public static S3Server start(Path dataDir, int port, String accessKey, String secretKey) {
        long started = System.nanoTime();
        ServerLogging.quietDown(ServerLogging.S3);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create S3 data directory " + dataDir, e);
        }
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(dataDir.toAbsolutePath().toString()))
                .endpoint(URI.create("http://" + HOST + ":" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .stopTimeout(STOP_TIMEOUT_MS)
                .build();
        try {
            // Jetty's start returns once the connector is bound and serving.
            proxy.start();
        } catch (Exception e) {
            throw new IllegalStateException("S3 server on port " + port + " did not start", e);
        }
        S3Server server = new S3Server(proxy, "http://" + HOST + ":" + proxy.getPort());
        LOG.log(System.Logger.Level.INFO, "S3 server up on {0} (data {1}) in {2} ms", server.endpoint, dataDir,
                String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
        return server;
    }

    /** {@code "http://127.0.0.1:<port>"}. */
    public String endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
            LOG.log(System.Logger.Level.INFO, "S3 server on {0} stopped", endpoint);
        } catch (Exception e) {
            throw new IllegalStateException("S3 server on " + endpoint + " did not stop cleanly", e);
        }
    }
}
