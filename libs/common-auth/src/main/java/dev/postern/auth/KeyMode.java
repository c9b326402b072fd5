package dev.postern.auth;

import java.util.Locale;
import java.util.Optional;

/** Live keys act for real; test-mode keys run the whole path but transmit nothing. */
public enum KeyMode {
    LIVE, TEST;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<KeyMode> fromWireName(String name) {
        for (KeyMode mode : values()) {
            if (mode.wireName().equals(name)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
