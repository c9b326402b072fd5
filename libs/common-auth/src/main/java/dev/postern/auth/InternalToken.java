package dev.postern.auth;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short-lived tokens one Postern service (or the local CLI) presents to another's internal HTTP
 * routes. A token names its caller and the one workspace it may act for ({@code *} for
 * platform-level calls such as creating a workspace), expires, and is an HMAC-SHA256 over those
 * claims with the deployment's shared internal secret.
 *
 * <p>Wire form: {@code pit1.<caller>.<workspace>.<expires-epoch-seconds>.<base64url-mac>}.
 */
public final class InternalToken {

    /** Header that carries the token on internal routes. */
    public static final String HEADER = "X-Postern-Internal-Token";
    /** The workspace claim of a platform-level token. */
    public static final String ANY_WORKSPACE = "*";

    private static final String VERSION = "pit1";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_*-]{1,64}");
    private static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(30);

    private InternalToken() {
    }

    /** The verified claims of a token. */
    public record Claims(String caller, String workspace, Instant expiresAt) {
        /** True when the token may act for {@code workspaceId}. */
        public boolean allowsWorkspace(String workspaceId) {
            return ANY_WORKSPACE.equals(workspace) || workspace.equals(workspaceId);
        }
    }

    public static String issue(String secret, String caller, String workspace, Duration ttl) {
        return issue(secret, caller, workspace, Instant.now().plus(ttl));
    }

    public static String issue(String secret, String caller, String workspace, Instant expiresAt) {
        requireName(caller, "caller");
        requireName(workspace, "workspace");
        String body = VERSION + "." + caller + "." + workspace + "." + expiresAt.getEpochSecond();
        return body + "." + mac(secret, body);
    }

    /** Verifies a token; empty when it is malformed, forged or expired. */
    public static Optional<Claims> verify(String secret, String token, Instant now) {
        if (token == null || secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 5 || !VERSION.equals(parts[0])
                || !NAME.matcher(parts[1]).matches() || !NAME.matcher(parts[2]).matches()) {
            return Optional.empty();
        }
        long expires;
        try {
            expires = Long.parseLong(parts[3]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3];
        byte[] expected = mac(secret, body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = parts[4].getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        Instant expiresAt = Instant.ofEpochSecond(expires);
        if (now.minus(MAX_CLOCK_SKEW).isAfter(expiresAt)) {
            return Optional.empty();
        }
        return Optional.of(new Claims(parts[1], parts[2], expiresAt));
    }

    private static void requireName(String value, String what) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must match " + NAME.pattern());
        }
    }

    private static String mac(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] sig = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
