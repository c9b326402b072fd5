package dev.postern.send.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** SES feedback through an SNS HTTP(S) subscription. */
@ConfigMapping(prefix = "postern.sns")
public interface SnsSettings {

    /** The only topic accepted; without one every notification is refused. */
    Optional<String> topicArn();

    /** Timeout of fetching a signing certificate or confirming a subscription. */
    @WithDefault("5s")
    Duration fetchTimeout();

    /** Signing certificates kept (by URL). */
    @WithDefault("16")
    int certificateCacheSize();
}
