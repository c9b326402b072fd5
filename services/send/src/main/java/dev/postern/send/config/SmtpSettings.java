package dev.postern.send.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The SMTP transport: a relay, or locally the mail sink that {@code ./postern up} starts. */
@ConfigMapping(prefix = "postern.smtp")
public interface SmtpSettings {

    @WithDefault("localhost")
    String host();

    @WithDefault("25")
    int port();

    /** User name for SMTP AUTH; none means no authentication. */
    Optional<String> username();

    Optional<String> password();

    /** Require STARTTLS (a production relay); the local sink speaks plain SMTP. */
    @WithDefault("false")
    boolean startTls();

    @WithDefault("5s")
    Duration connectTimeout();

    @WithDefault("30s")
    Duration readTimeout();

    @WithDefault("30s")
    Duration writeTimeout();

    /** Concurrent SMTP sessions (blocking I/O, on their own threads). */
    @WithDefault("4")
    int threads();
}
