package dev.postern.send.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque cursors: base64url of {@code <kind>:<position>}, refused when they are not one of ours. */
final class Cursors {

    private Cursors() {
    }

    static String encode(String kind, String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((kind + ":" + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position, or null for no cursor; throws a 400 problem for a cursor this API did not return. */
    static String decode(String kind, String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(kind + ":") && decoded.length() > kind.length() + 1) {
                return decoded.substring(kind.length() + 1);
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw ApiProblem.badQuery("cursor", "is not a cursor this API returned");
    }

    static int limit(Integer limit, int defaultLimit, int max) {
        int size = limit == null ? defaultLimit : limit;
        if (size < 1 || size > max) {
            throw ApiProblem.badQuery("limit", "must be between 1 and " + max);
        }
        return size;
    }
}
