package dev.postern.send.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the dispatcher picks due messages and retries transient failures. */
@ConfigMapping(prefix = "postern.dispatch")
public interface DispatchSettings {

    /** Pause between passes (the scheduler reads it as {@code ${postern.dispatch.poll-interval}}). */
    @WithDefault("1s")
    String pollInterval();

    /** Messages leased per pass. */
    @WithDefault("20")
    int batch();

    /** Messages transmitted at once. */
    @WithDefault("8")
    int concurrency();

    /** How long a leased message is reserved for one dispatcher; a crashed one's lease runs out. */
    @WithDefault("120s")
    Duration lease();

    /** Passes after which recipients still not accepted fail. */
    @WithDefault("8")
    int maxAttempts();

    /** Wait after the first transient failure; doubles each attempt up to {@link #retryMax()}. */
    @WithDefault("30s")
    Duration retryInitial();

    @WithDefault("30m")
    Duration retryMax();
}
