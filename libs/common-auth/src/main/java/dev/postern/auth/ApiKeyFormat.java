package dev.postern.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The API key format: {@code pstn_<mode>_<32 base62 random>_<6 base62 CRC32 checksum>}.
 *
 * <p>The fixed {@code pstn_} prefix and the checksum let a secret scanner recognise a leaked
 * Postern key offline, without a round trip to us, and let the gateway refuse a mistyped key
 * before touching the database. The random part carries ~190 bits, so a plain SHA-256 of the whole
 * key is a safe at-rest form (no salt or slow hash is needed for a high-entropy secret).
 */
public final class ApiKeyFormat {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int RANDOM_LENGTH = 32;
    private static final int CHECKSUM_LENGTH = 6;
    private static final int DISPLAY_RANDOM_CHARS = 8;
    private static final Pattern SHAPE = Pattern.compile(
            "pstn_(live|test)_([0-9A-Za-z]{" + RANDOM_LENGTH + "})_([0-9A-Za-z]{" + CHECKSUM_LENGTH + "})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyFormat() {
    }

    /** A key that has the right shape and checksum (it may still be unknown, expired or revoked). */
    public record WellFormedKey(String value, KeyMode mode) {
        /** What may be shown and logged: {@code pstn_live_} plus the first 8 random characters. */
        public String displayPrefix() {
            int randomStart = "pstn_".length() + mode.wireName().length() + 1;
            return value.substring(0, randomStart + DISPLAY_RANDOM_CHARS);
        }

        public String sha256() {
            return ApiKeyFormat.sha256Hex(value);
        }

        @Override
        public String toString() {
            return "WellFormedKey[" + displayPrefix() + "…]";
        }
    }

    /** Why a presented string is not a usable key, before any lookup. */
    public enum FormatProblem { MALFORMED, BAD_CHECKSUM }

    public static WellFormedKey generate(KeyMode mode) {
        StringBuilder random = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            random.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
        }
        String body = "pstn_" + mode.wireName() + "_" + random;
        return new WellFormedKey(body + "_" + checksum(body), mode);
    }

    /** Checks shape and checksum. Returns the key, or the problem. */
    public static ParseResult parse(String presented) {
        if (presented == null) {
            return new ParseResult(Optional.empty(), Optional.of(FormatProblem.MALFORMED));
        }
        Matcher m = SHAPE.matcher(presented);
        if (!m.matches()) {
            return new ParseResult(Optional.empty(), Optional.of(FormatProblem.MALFORMED));
        }
        String body = presented.substring(0, presented.length() - CHECKSUM_LENGTH - 1);
        if (!checksum(body).equals(m.group(3))) {
            return new ParseResult(Optional.empty(), Optional.of(FormatProblem.BAD_CHECKSUM));
        }
        KeyMode mode = KeyMode.fromWireName(m.group(1)).orElseThrow();
        return new ParseResult(Optional.of(new WellFormedKey(presented, mode)), Optional.empty());
    }

    public record ParseResult(Optional<WellFormedKey> key, Optional<FormatProblem> problem) {
    }

    /** Lowercase hex SHA-256 of the UTF-8 bytes: the only form in which a key is stored. */
    public static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    static String checksum(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        char[] out = new char[CHECKSUM_LENGTH];
        for (int i = CHECKSUM_LENGTH - 1; i >= 0; i--) {
            out[i] = BASE62.charAt((int) (value % 62));
            value /= 62;
        }
        return new String(out);
    }
}
