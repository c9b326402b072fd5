package dev.postern.webhooks.config;

import io.smallrye.config.ConfigMapping;

/** How Postern services authenticate to each other. */
@ConfigMapping(prefix = "postern.internal")
public interface InternalSettings {

    /** HMAC secret shared by every service of one deployment; internal tokens are signed with it. Required. */
    String secret();
}
