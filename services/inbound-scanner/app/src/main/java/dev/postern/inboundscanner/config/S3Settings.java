package dev.postern.inboundscanner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Where raw MIME is kept: an S3 bucket, object key {@code <workspace>/<yyyy>/<mm>/<dd>/<inbound id>.eml}. */
@ConfigMapping(prefix = "postern.s3")
public interface S3Settings {

    /** Endpoint override (the local S3-API server, path-style); empty for AWS itself. */
    Optional<String> endpoint();

    @WithDefault("us-east-1")
    String region();

    /** Static credentials; without them the SDK's default chain (IRSA, instance profile) is used. */
    Optional<String> accessKey();

    Optional<String> secretKey();

    @WithDefault("postern-inbound")
    String bucket();

    /** Create the bucket at start when it is missing (local stack and tests; off where IAM forbids it). */
    @WithDefault("true")
    boolean createBucket();

    @WithDefault("3s")
    Duration connectTimeout();

    /** Whole call, retries included. */
    @WithDefault("20s")
    Duration apiCallTimeout();

    @WithDefault("10s")
    Duration apiCallAttemptTimeout();

    Breaker breaker();

    /** Fail fast while S3 is down: SMTP answers 451 (try again later) at once instead of after a timeout each. */
    interface Breaker {
        @WithDefault("5")
        int failureThreshold();

        @WithDefault("15s")
        Duration openFor();
    }
}
