package dev.postern.inboundscanner.client;

import dev.postern.inboundscanner.config.S3Settings;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * Raw MIME in S3 (AWS SDK v2, path-style when an endpoint is configured), every call under connect, attempt and total
 * timeouts and one circuit breaker. The bucket is created at start when missing and allowed.
 */
@Startup
@ApplicationScoped
public class S3RawMailStore implements RawMailStore {

    private static final Logger LOG = Logger.getLogger(S3RawMailStore.class);

    private final S3Client s3;
    private final String bucket;
    private final CircuitBreaker breaker;

    public S3RawMailStore(S3Settings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(settings.connectTimeout())
                        .socketTimeout(settings.apiCallAttemptTimeout())
                        .build())
                .overrideConfiguration(c -> c.apiCallTimeout(settings.apiCallTimeout())
                        .apiCallAttemptTimeout(settings.apiCallAttemptTimeout()));
        settings.endpoint().filter(e -> !e.isBlank()).ifPresent(e -> builder.endpointOverride(URI.create(e)).forcePathStyle(true));
        if (settings.accessKey().isPresent() && settings.secretKey().isPresent()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey().get(), settings.secretKey().get())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        this.s3 = builder.build();
        this.bucket = settings.bucket();
        this.breaker = new CircuitBreaker("S3", settings.breaker().failureThreshold(), settings.breaker().openFor(), Clock.systemUTC());
        if (settings.createBucket()) {
            ensureBucket();
        }
    }

    private void ensureBucket() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            s3.createBucket(b -> b.bucket(bucket));
            LOG.infof("created bucket %s", bucket);
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            s3.createBucket(b -> b.bucket(bucket));
            LOG.infof("created bucket %s", bucket);
        }
    }

    @Override
    public void put(String key, byte[] raw) {
        breaker.call(() -> s3.putObject(b -> b.bucket(bucket).key(key).contentType("message/rfc822"), RequestBody.fromBytes(raw)));
    }

    @Override
    public byte[] get(String key) {
        return breaker.call(() -> s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray());
    }

    @Override
    public void delete(String key) {
        breaker.call(() -> s3.deleteObject(b -> b.bucket(bucket).key(key)));
    }

    @Override
    public byte[] getFrom(String otherBucket, String key) {
        return breaker.call(() -> s3.getObjectAsBytes(b -> b.bucket(otherBucket).key(key)).asByteArray());
    }

    @PreDestroy
    void close() {
        s3.close();
    }
}
