package dev.postern.webhooks.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A verifier written from the Standard Webhooks specification alone (standardwebhooks.com, "Verifying
 * webhooks"), sharing no code with dev.postern.auth.WebhookSignature: strip {@code whsec_}, base64-decode
 * the key, HMAC-SHA256 over {@code id.timestamp.payload}, base64; the header holds space-delimited
 * {@code v1,<sig>} entries; reject timestamps more than five minutes away.
 */
public final class StandardWebhooksVerifier {

    private static final long TOLERANCE_SECONDS = 5 * 60;

    private StandardWebhooksVerifier() {
    }

    public static boolean verify(String secret, String msgId, String msgTimestamp, String signatureHeader, String payload) {
        if (msgId == null || msgTimestamp == null || signatureHeader == null) {
            return false;
        }
        long ts = Long.parseLong(msgTimestamp);
        if (Math.abs(Instant.now().getEpochSecond() - ts) > TOLERANCE_SECONDS) {
            return false;
        }
        String expected = compute(secret, msgId + "." + msgTimestamp + "." + payload);
        for (String versioned : signatureHeader.split(" ")) {
            String[] parts = versioned.split(",", 2);
            if (parts.length == 2 && parts[0].equals("v1")
                    && MessageDigest.isEqual(parts[1].getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    private static String compute(String secret, String toSign) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
