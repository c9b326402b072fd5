package dev.postern.webhooks.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** How webhooks are delivered. Every value is documented in application.properties and the README. */
@ConfigMapping(prefix = "postern.webhooks")
public interface WebhooksSettings {

    /** Permit loopback targets: a local stack's receivers run on 127.0.0.1. Refused outside postern.mode=local. */
    @WithDefault("false")
    boolean allowLoopback();

    /** Delay before each retry; its length + 1 is the number of attempts. */
    @WithDefault("5s,5m,30m,2h,5h,10h,14h,20h")
    List<Duration> retrySchedule();

    /** Each delay is spread by up to this fraction either way, so retries of many deliveries do not arrive together. */
    @WithDefault("0.2")
    double retryJitter();

    @WithDefault("5s")
    Duration connectTimeout();

    /** The whole attempt: connect, send, status line and the response excerpt. */
    @WithDefault("15s")
    Duration requestTimeout();

    @WithDefault("5s")
    Duration dnsTimeout();

    @WithDefault("1024")
    int responseExcerptBytes();

    /** An endpoint that has failed continuously (no success) for this long is disabled. */
    @WithDefault("5d")
    Duration disableAfter();

    /** Public events and finished deliveries older than this are purged. */
    @WithDefault("30d")
    Duration eventRetention();

    Dispatch dispatch();

    Fanout fanout();

    Directory directory();

    interface Dispatch {
        /** Poll period (the scheduler's minimum is one second); new deliveries start a pass at once as well. */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("32")
        int batchSize();

        /** A claimed delivery not finished within this time (the instance died) is claimed again. */
        @WithDefault("60s")
        Duration lease();
    }

    interface Fanout {
        @WithDefault("1s")
        Duration pollInterval();
    }

    interface Directory {
        @WithDefault("30s")
        Duration cacheTtl();

        @WithDefault("15s")
        Duration retryDelay();
    }
}
