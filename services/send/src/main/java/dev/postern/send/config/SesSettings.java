package dev.postern.send.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** The SES v2 transport. */
@ConfigMapping(prefix = "postern.ses")
public interface SesSettings {

    @WithDefault("us-east-1")
    String region();

    /** Endpoint override, for an SES-API emulator only; absent for AWS. */
    Optional<URI> endpoint();

    /** Static credentials; absent means the SDK's default provider chain. */
    Optional<String> accessKeyId();

    Optional<String> secretAccessKey();

    /** Configuration set every send names (event publishing, dedicated IPs); absent for none. */
    Optional<String> configurationSet();

    /** Whole call, retries included. */
    @WithDefault("20s")
    Duration apiCallTimeout();

    /** One HTTP attempt. */
    @WithDefault("5s")
    Duration apiCallAttemptTimeout();

    @WithDefault("3s")
    Duration connectTimeout();

    /** Retries of a throttled call (TooManyRequests, LimitExceeded) before it counts as a transient failure. */
    @WithDefault("5")
    int throttleRetries();

    /** First backoff after throttling; doubles each retry, with jitter. */
    @WithDefault("200ms")
    Duration throttleBackoff();

    @WithDefault("5s")
    Duration throttleBackoffMax();

    /** Sends per second until GetAccount has answered (and if it cannot be read). */
    @WithDefault("1")
    double fallbackMaxSendRate();

    /** How often the account's maximum send rate is read again. */
    @WithDefault("10m")
    Duration accountRefresh();

    Circuit circuit();

    /** The circuit breaker around SES calls. */
    interface Circuit {
        /** Consecutive failures that open the circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit refuses calls before one trial call is let through. */
        @WithDefault("30s")
        Duration openFor();
    }
}
