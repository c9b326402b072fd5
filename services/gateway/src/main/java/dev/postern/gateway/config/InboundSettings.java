package dev.postern.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The inbound-scanner, as the gateway calls it (its internal API; timeouts in quarkus.rest-client.inbound.*). */
@ConfigMapping(prefix = "postern.inbound")
public interface InboundSettings {

    /** Base URL of the inbound-scanner's internal API. */
    @WithDefault("http://localhost:18084")
    String url();

    Breaker breaker();

    /** The circuit breaker around calls to the inbound-scanner. */
    interface Breaker {

        @WithDefault("5")
        int failureThreshold();

        @WithDefault("10s")
        Duration openFor();
    }
}
