package dev.postern.inboundscanner.config;

import io.smallrye.config.ConfigMapping;

/** How Postern services authenticate to each other. */
@ConfigMapping(prefix = "postern.internal")
public interface InternalSettings {

    /** HMAC secret shared by every service of one deployment. Required. */
    String secret();
}
