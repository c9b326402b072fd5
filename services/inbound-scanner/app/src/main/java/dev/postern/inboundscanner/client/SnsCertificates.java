package dev.postern.inboundscanner.client;

import dev.postern.auth.SnsSignature;
import dev.postern.inboundscanner.config.SesSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two outside calls SNS needs: its signing certificates (only from URLs {@link SnsSignature#isSnsCertificateUrl}
 * allows; cached, least recently used out) and subscription confirmation. Timeouts, no redirects, a size cap, and a
 * circuit breaker. Blocking.
 */
@ApplicationScoped
public class SnsCertificates {

    private static final int MAX_BYTES = 64 * 1024;
    private static final int CACHE = 16;

    private final HttpClient http;
    private final SesSettings settings;
    private final CircuitBreaker breaker = new CircuitBreaker("SNS", 5, java.time.Duration.ofSeconds(30), Clock.systemUTC());
    private final Map<String, X509Certificate> cache = Collections.synchronizedMap(new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, X509Certificate> eldest) {
            return size() > CACHE;
        }
    });

    public SnsCertificates(SesSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.fetchTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public X509Certificate certificate(String url) {
        if (!SnsSignature.isSnsCertificateUrl(url)) {
            throw new SnsSignature.Invalid("SigningCertURL is not an SNS certificate URL");
        }
        X509Certificate cached = cache.get(url);
        if (cached != null) {
            return cached;
        }
        byte[] pem = get(url);
        try {
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem));
            cache.put(url, cert);
            return cert;
        } catch (Exception e) {
            throw new SnsSignature.Invalid("SigningCertURL does not hold an X.509 certificate");
        }
    }

    public void confirm(String subscribeUrl) {
        if (!SnsSignature.isSnsUrl(subscribeUrl)) {
            throw new SnsSignature.Invalid("SubscribeURL is not an SNS URL");
        }
        get(subscribeUrl);
    }

    private byte[] get(String url) {
        return breaker.call(() -> {
            try {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(settings.fetchTimeout()).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200 || r.body().length > MAX_BYTES) {
                    throw new IllegalStateException("SNS answered " + r.statusCode());
                }
                return r.body();
            } catch (IOException e) {
                throw new IllegalStateException("SNS unreachable: " + e.getClass().getSimpleName(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        });
    }
}
