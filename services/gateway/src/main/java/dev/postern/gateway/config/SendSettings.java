package dev.postern.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The send service, as the gateway calls it (its internal API; timeouts in quarkus.rest-client.send.*). */
@ConfigMapping(prefix = "postern.send")
public interface SendSettings {

    /** Base URL of the send service's internal API. */
    @WithDefault("http://localhost:18082")
    String url();

    Breaker breaker();

    /** The circuit breaker around calls to send: fail fast while it is down instead of queueing callers behind timeouts. */
    interface Breaker {

        /** Consecutive failures (no answer, or a 5xx) that open the breaker. */
        @WithDefault("5")
        int failureThreshold();

        /** How long the breaker stays open before it lets one trial call through. */
        @WithDefault("10s")
        Duration openFor();
    }
}
