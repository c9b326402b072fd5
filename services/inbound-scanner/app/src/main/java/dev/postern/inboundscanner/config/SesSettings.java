package dev.postern.inboundscanner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Production reception: an SES receipt rule stores raw MIME in S3 and notifies through SNS. */
@ConfigMapping(prefix = "postern.ses")
public interface SesSettings {

    /** The only SNS topic accepted; without one every notification is refused (403). */
    Optional<String> receiptTopicArn();

    /** Timeout of fetching an SNS signing certificate or confirming a subscription. */
    @WithDefault("5s")
    Duration fetchTimeout();
}
