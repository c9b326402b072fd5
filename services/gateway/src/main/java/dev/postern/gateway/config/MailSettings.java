package dev.postern.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where agents' addresses live. */
@ConfigMapping(prefix = "postern.mail")
public interface MailSettings {

    /**
     * The platform's shared sending domain: an agent gets {@code <name>@<shared-domain>} (or
     * {@code <local_part>@<shared-domain>}). Lower case, no trailing dot.
     */
    @WithDefault("agents.postern.test")
    String sharedDomain();
}
