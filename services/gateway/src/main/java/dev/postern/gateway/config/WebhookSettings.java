package dev.postern.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Webhook endpoints (owned here) and the webhooks service (deliveries, the event log). */
@ConfigMapping(prefix = "postern.webhooks")
public interface WebhookSettings {

    /** Base URL of the webhooks service's internal API. */
    @WithDefault("http://localhost:18083")
    String url();

    /**
     * Base64 of 32 random bytes: the AES-256 key signing secrets are encrypted with at rest. Required
     * in production; a local stack without one derives it from the internal secret.
     */
    Optional<String> encryptionKey();

    /** Accept loopback webhook URLs (a local stack's receivers). Refused outside postern.mode=local. */
    @WithDefault("false")
    boolean allowLoopback();

    /** Endpoints one workspace may have. */
    @WithDefault("20")
    int maxEndpointsPerWorkspace();

    /** How long a rotated-out secret keeps signing deliveries when the caller names no overlap. */
    @WithDefault("24h")
    Duration defaultRotationOverlap();

    /** How long one DNS lookup of a webhook host may take at registration. */
    @WithDefault("5s")
    Duration dnsTimeout();

    Stream stream();

    /** The live event stream (SSE). */
    interface Stream {
        /** Open streams one API key may hold. */
        @WithDefault("5")
        int maxPerKey();

        /** Open streams this gateway instance serves at most. */
        @WithDefault("500")
        int maxTotal();

        /** Seconds one long poll of the webhooks service waits for news; a heartbeat is sent when it comes back empty. */
        @WithDefault("15")
        int heartbeatSeconds();

        /** A stream is closed after this long; the client resumes with Last-Event-ID. */
        @WithDefault("1h")
        Duration maxLifetime();
    }
}
