package dev.postern.inboundscanner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The SMTP listener (the local default for reception; production receives through SES and SNS). */
@ConfigMapping(prefix = "postern.smtp")
public interface SmtpSettings {

    /** Off in production, where SES receives. */
    @WithDefault("true")
    boolean enabled();

    /** Loopback in local mode. */
    @WithDefault("127.0.0.1")
    String host();

    @WithDefault("2525")
    int port();

    /** Name announced in the greeting and Received headers. */
    @WithDefault("mx.postern.local")
    String hostname();

    /** Largest message accepted, in bytes (advertised as SIZE; more is refused with 552 5.3.4). */
    @WithDefault("26214400")
    int maxMessageBytes();

    /** Recipients per message; more get 452 4.5.3. */
    @WithDefault("50")
    int maxRecipients();

    @WithDefault("32")
    int maxConnections();

    /** Idle time after which a client is disconnected. */
    @WithDefault("60s")
    Duration connectionTimeout();

    /** How long acceptance may take (S3 write and database commit) before the client gets 451. */
    @WithDefault("30s")
    Duration acceptTimeout();
}
