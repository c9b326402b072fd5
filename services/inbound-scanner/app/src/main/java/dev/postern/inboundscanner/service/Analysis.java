package dev.postern.inboundscanner.service;

import dev.postern.inboundscanner.scanner.ScanResult;
import java.util.List;

/**
 * Everything decided about one message before it is recorded: what parsing found, the authentication results, the
 * scan, and the final verdict with its reasons (rule and policy ids) and flags.
 */
public record Analysis(ParsedMail mail, AuthenticationResults.Results auth, ScanResult scan, String verdict,
                       List<String> reasons, List<String> flags, String replyText, double scanMillis) {

    public static final String CLEAN = "clean";
    public static final String SUSPICIOUS = "suspicious";
    public static final String QUARANTINED = "quarantined";

    public boolean quarantined() {
        return QUARANTINED.equals(verdict);
    }
}
