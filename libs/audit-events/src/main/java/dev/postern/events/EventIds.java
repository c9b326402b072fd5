package dev.postern.events;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * Event ids: {@code evt_} + a 26-character ULID (48-bit millisecond time, 80 random bits, Crockford
 * base32), so ids sort by creation time and never collide in practice.
 */
public final class EventIds {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private EventIds() {
    }

    public static String newEventId() {
        return "evt_" + ulid(Instant.now());
    }

    /** A ULID string for the given instant; exposed so other id kinds can share the format. */
    public static String ulid(Instant at) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long time = at.toEpochMilli();
        char[] out = new char[26];
        for (int i = 9; i >= 0; i--) {
            out[i] = CROCKFORD[(int) (time & 31)];
            time >>>= 5;
        }
        // 80 random bits -> 16 base32 characters
        long hi = 0;
        for (int i = 0; i < 5; i++) {
            hi = (hi << 8) | (random[i] & 0xff);
        }
        long lo = 0;
        for (int i = 5; i < 10; i++) {
            lo = (lo << 8) | (random[i] & 0xff);
        }
        for (int i = 17; i >= 10; i--) {
            out[i] = CROCKFORD[(int) (hi & 31)];
            hi >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = CROCKFORD[(int) (lo & 31)];
            lo >>>= 5;
        }
        return new String(out);
    }
}
