package dev.postern.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token in a message's RFC 8058 one-click unsubscribe link ({@code List-Unsubscribe:
 * <https://…/unsubscribe/<token>>}). The send service issues one per recipient; the gateway's public
 * {@code /unsubscribe/{token}} route verifies it and suppresses that recipient for that workspace.
 *
 * <p>The recipient's address must not sit in a URL in clear (URLs end up in proxy and browser
 * logs), so the claims are encrypted (AES-256-GCM) and the whole token is then authenticated with an
 * HMAC-SHA256 truncated to 128 bits. Both keys are derived from the deployment's internal secret.
 * Tokens do not expire: an unsubscribe link must keep working for as long as the mail is kept.
 *
 * <p>Wire form: {@code pu1.<base64url(nonce ‖ ciphertext)>.<base64url(mac)>}, the plaintext being
 * {@code workspace_id \n message_id \n address}.
 */
public final class UnsubscribeToken {

    private static final String VERSION = "pu1";
    private static final int NONCE_BYTES = 12;
    private static final int GCM_TAG_BITS = 128;
    private static final int MAC_BYTES = 16;
    /** Generous: a 254-octet address and two ids encrypt to well under this. */
    private static final int MAX_TOKEN_CHARS = 1024;
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private UnsubscribeToken() {
    }

    /** What a verified token says: unsubscribe {@code address} from {@code workspaceId}'s mail. */
    public record Claims(String workspaceId, String messageId, String address) {
    }

    public static String issue(String secret, String workspaceId, String messageId, String address) {
        requirePlain(workspaceId, "workspaceId");
        requirePlain(messageId, "messageId");
        requirePlain(address, "address");
        byte[] plain = (workspaceId + "\n" + messageId + "\n" + address).getBytes(StandardCharsets.UTF_8);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed;
        try {
            sealed = cipher(Cipher.ENCRYPT_MODE, secret, nonce).doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM encryption failed", e);
        }
        byte[] body = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        String signed = VERSION + "." + b64(body);
        return signed + "." + b64(mac(secret, signed));
    }

    /** The claims of a genuine token; empty when it is malformed, forged, or made with another secret. */
    public static Optional<Claims> verify(String secret, String token) {
        if (secret == null || secret.isEmpty() || token == null || token.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0]) || !BASE64URL.matcher(parts[1]).matches()
                || !BASE64URL.matcher(parts[2]).matches()) {
            return Optional.empty();
        }
        byte[] body;
        try {
            body = Base64.getUrlDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // The tag is compared as text: base64 leaves spare bits in its last character, and a decoder ignores them,
        // so comparing decoded bytes would accept several spellings of one token.
        byte[] expected = b64(mac(secret, parts[0] + "." + parts[1])).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII)) || body.length <= NONCE_BYTES) {
            return Optional.empty();
        }
        byte[] nonce = Arrays.copyOf(body, NONCE_BYTES);
        byte[] plain;
        try {
            plain = cipher(Cipher.DECRYPT_MODE, secret, nonce).doFinal(body, NONCE_BYTES, body.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
        String[] claims = new String(plain, StandardCharsets.UTF_8).split("\n", -1);
        if (claims.length != 3 || claims[0].isEmpty() || claims[1].isEmpty() || claims[2].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Claims(claims[0], claims[1], claims[2]));
    }

    private static void requirePlain(String value, String what) {
        if (value == null || value.isEmpty() || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(what + " must be non-empty and on one line");
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] mac(String secret, String signed) {
        byte[] full = hmac(derive(secret, "postern/unsubscribe/mac/v1"), signed.getBytes(StandardCharsets.US_ASCII));
        return Arrays.copyOf(full, MAC_BYTES);
    }

    private static byte[] derive(String secret, String purpose) {
        return hmac(secret.getBytes(StandardCharsets.UTF_8), purpose.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static Cipher cipher(int mode, String secret, byte[] nonce) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(derive(secret, "postern/unsubscribe/enc/v1"), "AES"),
                    new GCMParameterSpec(GCM_TAG_BITS, nonce));
            cipher.updateAAD(VERSION.getBytes(StandardCharsets.US_ASCII));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM unavailable", e);
        }
    }
}
