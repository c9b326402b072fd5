package dev.postern.inboundscanner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the scanner starts. */
@ConfigMapping(prefix = "postern.inbound.scanner")
public interface ScannerStartSettings {

    /**
     * How many of the scanner's own carrier mails a background thread scans after start (offline layers only, never
     * the judge), so that the JIT has compiled the scanner's code before real mail arrives. 0 turns it off.
     */
    @WithDefault("557")
    int warmUpMails();
}
