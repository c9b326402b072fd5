package dev.postern.webhooks.client;

import dev.postern.auth.WebhookTarget;
import dev.postern.webhooks.config.WebhooksSettings;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * POSTs one webhook. Connects to the address the SSRF guard checked (the host name is only used for
 * the Host header, SNI and certificate verification), never follows a redirect, gives up after the
 * connect timeout or the total timeout, and keeps at most the first {@code response-excerpt-bytes}
 * of the answer (then drops the connection rather than read more).
 */
@ApplicationScoped
public class WebhookSender {

    /** What to send: the parsed URL, the checked address, headers and body. */
    public record Outgoing(WebhookTarget target, InetAddress address, Map<String, String> headers, String body) {
    }

    /** What came back: a status (null when none arrived), the time taken, an excerpt, or the error. */
    public record Answer(Integer status, long latencyMs, String excerpt, String error) {
        public boolean success() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final Vertx vertx;
    private final HttpClient client;
    private final long totalTimeoutMs;
    private final long connectTimeoutMs;
    private final int excerptBytes;

    @Inject
    public WebhookSender(Vertx vertx, WebhooksSettings settings) {
        this(vertx, settings.connectTimeout(), settings.requestTimeout(), settings.responseExcerptBytes());
    }

    public WebhookSender(Vertx vertx, Duration connectTimeout, Duration totalTimeout, int excerptBytes) {
        this.vertx = vertx;
        this.connectTimeoutMs = connectTimeout.toMillis();
        this.totalTimeoutMs = totalTimeout.toMillis();
        this.excerptBytes = excerptBytes;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setIdleTimeout((int) totalTimeout.toSeconds() + 1)
                .setIdleTimeoutUnit(TimeUnit.SECONDS)
                .setKeepAlive(true)
                .setMaxPoolSize(64)
                .setMaxRedirects(0)
                .setVerifyHost(true)
                .setForceSni(true)
                .setTrustAll(false)
                .setDecompressionSupported(false));
    }

    public Uni<Answer> send(Outgoing out) {
        return Uni.createFrom().emitter(emitter -> {
            long started = System.nanoTime();
            AtomicBoolean done = new AtomicBoolean();
            AtomicReference<HttpClientRequest> inFlight = new AtomicReference<>();
            long timer = vertx.setTimer(totalTimeoutMs, id -> {
                if (done.compareAndSet(false, true)) {
                    HttpClientRequest request = inFlight.get();
                    if (request != null) {
                        request.reset();
                    }
                    emitter.complete(new Answer(null, elapsed(started), null,
                            "no complete answer within " + totalTimeoutMs / 1000 + " s"));
                }
            });
            Runnable cancelTimer = () -> vertx.cancelTimer(timer);
            RequestOptions options = new RequestOptions()
                    .setMethod(HttpMethod.POST)
                    .setHost(out.target().host())
                    .setPort(out.target().port())
                    .setURI(out.target().pathAndQuery())
                    .setServer(SocketAddress.inetSocketAddress(out.target().port(), out.address().getHostAddress()))
                    .setSsl(out.target().tls())
                    .setFollowRedirects(false)
                    .setConnectTimeout(connectTimeoutMs);
            out.headers().forEach(options::putHeader);
            client.request(options).onComplete(created -> {
                if (created.failed()) {
                    finish(done, cancelTimer, emitter, new Answer(null, elapsed(started), null, describe(created.cause())));
                    return;
                }
                HttpClientRequest request = created.result();
                inFlight.set(request);
                request.send(Buffer.buffer(out.body(), StandardCharsets.UTF_8.name())).onComplete(sent -> {
                    if (sent.failed()) {
                        finish(done, cancelTimer, emitter, new Answer(null, elapsed(started), null, describe(sent.cause())));
                        return;
                    }
                    var response = sent.result();
                    int status = response.statusCode();
                    Buffer excerpt = Buffer.buffer();
                    response.handler(chunk -> {
                        int room = excerptBytes - excerpt.length();
                        if (room > 0) {
                            excerpt.appendBuffer(chunk.length() <= room ? chunk : chunk.getBuffer(0, room));
                        }
                        if (excerpt.length() >= excerptBytes && chunk.length() > room) {
                            // enough read: stop the answer here rather than take in the rest
                            if (finish(done, cancelTimer, emitter, new Answer(status, elapsed(started), text(excerpt), null))) {
                                request.reset();
                            }
                        }
                    });
                    response.endHandler(v -> finish(done, cancelTimer, emitter, new Answer(status, elapsed(started), text(excerpt), null)));
                    response.exceptionHandler(e -> finish(done, cancelTimer, emitter, new Answer(status, elapsed(started), text(excerpt), null)));
                });
            });
        });
    }

    @PreDestroy
    void close() {
        client.close();
    }

    private static boolean finish(AtomicBoolean done, Runnable cancelTimer, io.smallrye.mutiny.subscription.UniEmitter<? super Answer> emitter,
                                  Answer answer) {
        if (!done.compareAndSet(false, true)) {
            return false;
        }
        cancelTimer.run();
        emitter.complete(answer);
        return true;
    }

    private static long elapsed(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    private static String text(Buffer bytes) {
        if (bytes.length() == 0) {
            return null;
        }
        String s = new String(bytes.getBytes(), StandardCharsets.UTF_8);
        return s.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return kind;
        }
        // the connect error names the pinned address and port, which is the customer's own URL's host
        return kind + ": " + (message.length() > 300 ? message.substring(0, 300) : message);
    }
}
