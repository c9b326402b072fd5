package dev.postern.inboundscanner.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

/** Opaque page cursors: {@code id:<inbound id>} or {@code at:<instant>}, base64url. */
final class Cursors {

    private static final Pattern INBOUND_ID = Pattern.compile("inb_[0-9A-HJKMNP-TV-Z]{26}");

    private Cursors() {
    }

    static String ofId(String id) {
        return encode("id:" + id);
    }

    static String ofInstant(Instant at) {
        return encode("at:" + at);
    }

    static String id(String cursor) {
        String value = decode(cursor, "id:");
        if (value == null) {
            return null;
        }
        if (!INBOUND_ID.matcher(value).matches()) {
            throw InternalApiException.invalid("cursor", "is not a cursor this API returned");
        }
        return value;
    }

    static Instant instant(String cursor) {
        String value = decode(cursor, "at:");
        try {
            return value == null ? null : Instant.parse(value);
        } catch (RuntimeException e) {
            throw InternalApiException.invalid("cursor", "is not a cursor this API returned");
        }
    }

    static int limit(Integer limit) {
        int size = limit == null ? 20 : limit;
        if (size < 1 || size > 100) {
            throw InternalApiException.invalid("limit", "must be between 1 and 100");
        }
        return size;
    }

    private static String encode(String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor, String prefix) {
        if (cursor == null) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(prefix)) {
                return decoded.substring(prefix.length());
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw InternalApiException.invalid("cursor", "is not a cursor this API returned");
    }
}
