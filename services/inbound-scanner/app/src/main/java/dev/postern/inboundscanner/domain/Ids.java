package dev.postern.inboundscanner.domain;

import dev.postern.events.EventIds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Locale;

/** Public identifiers: {@code inb_<ULID>} for inbound messages, {@code thr_<26 base32>} for threads. */
public final class Ids {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private Ids() {
    }

    public static String inbound() {
        return "inb_" + EventIds.ulid(Instant.now());
    }

    /**
     * The thread of a conversation: derived from its root Message-ID (the first of References, else In-Reply-To, else
     * the message's own), so that inbound and outbound messages of one conversation meet without coordination.
     */
    public static String thread(String workspaceId, String rootMessageId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((workspaceId + "\n" + rootMessageId.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            StringBuilder out = new StringBuilder("thr_");
            long bits = 0;
            int have = 0;
            int i = 0;
            while (out.length() < 4 + 26) {
                if (have < 5) {
                    bits = (bits << 8) | (digest[i++] & 0xff);
                    have += 8;
                }
                out.append(CROCKFORD[(int) ((bits >> (have - 5)) & 31)]);
                have -= 5;
            }
            return out.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
