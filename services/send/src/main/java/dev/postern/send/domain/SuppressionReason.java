package dev.postern.send.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why an address is on a workspace's suppression list. */
public enum SuppressionReason {
    HARD_BOUNCE, COMPLAINT, UNSUBSCRIBE, MANUAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SuppressionReason> fromWireName(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName().equals(name)).findFirst();
    }
}
