package dev.postern.webhooks.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a production deployment that would deliver to loopback: that setting exists for
 * the local stack, whose receivers listen on 127.0.0.1, and nowhere else.
 */
@Startup
@ApplicationScoped
public class DeploymentMode {

    public static final String LOCAL = "local";

    private final String mode;

    public DeploymentMode(@ConfigProperty(name = "postern.mode") String mode, WebhooksSettings settings) {
        this.mode = mode;
        if (settings.allowLoopback() && !LOCAL.equals(mode)) {
            throw new IllegalStateException("postern.webhooks.allow-loopback=true is only accepted with postern.mode=local, not "
                    + mode);
        }
        if (settings.retrySchedule().isEmpty() || settings.retryJitter() < 0 || settings.retryJitter() >= 1) {
            throw new IllegalStateException("postern.webhooks.retry-schedule needs at least one delay and retry-jitter must be in [0, 1)");
        }
    }

    public boolean local() {
        return LOCAL.equals(mode);
    }
}
