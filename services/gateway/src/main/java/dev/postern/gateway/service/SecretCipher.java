package dev.postern.gateway.service;

import dev.postern.gateway.config.InternalSettings;
import dev.postern.gateway.config.WebhookSettings;
import dev.postern.gateway.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Encrypts webhook signing secrets at rest: AES-256-GCM with a random 96-bit nonce, the workspace and
 * endpoint ids as associated data (a ciphertext copied onto another row does not decrypt). Stored as
 * {@code v1.<base64(nonce | ciphertext | tag)>}.
 */
@ApplicationScoped
public class SecretCipher {

    private static final Logger LOG = Logger.getLogger(SecretCipher.class);
    private static final String VERSION = "v1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<SecretKeySpec> key;

    @Inject
    public SecretCipher(WebhookSettings settings, InternalSettings internal, @ConfigProperty(name = "postern.mode") String mode) {
        this.key = keyFrom(settings.encryptionKey(), internal.secret(), "local".equals(mode));
    }

    SecretCipher(byte[] key) {
        this.key = Optional.of(new SecretKeySpec(key, "AES"));
    }

    public String encrypt(String plaintext, String workspaceId, String endpointId) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(workspaceId, endpointId));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public String decrypt(String stored, String workspaceId, String endpointId) {
        if (stored == null || !stored.startsWith(VERSION)) {
            throw new IllegalStateException("signing secret of " + endpointId + " is not in a known format");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(aad(workspaceId, endpointId));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing secret of " + endpointId + " cannot be decrypted with the configured key", e);
        }
    }

    private SecretKeySpec key() {
        return key.orElseThrow(() -> new ProblemException(503, "webhooks-not-configured", "Service unavailable",
                "Webhook endpoints cannot be stored: this deployment has no webhook encryption key."));
    }

    private static byte[] aad(String workspaceId, String endpointId) {
        return ("postern-webhook-secret:" + workspaceId + ":" + endpointId).getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<SecretKeySpec> keyFrom(Optional<String> configured, String internalSecret, boolean local) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(configured.get().strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("postern.webhooks.encryption-key is not base64");
            }
            if (bytes.length != 32) {
                throw new IllegalStateException("postern.webhooks.encryption-key must be 32 bytes (base64 of 32 random bytes), not "
                        + bytes.length);
            }
            return Optional.of(new SecretKeySpec(bytes, "AES"));
        }
        if (local && internalSecret != null && !internalSecret.isBlank()) {
            LOG.warn("postern.webhooks.encryption-key is not set: deriving it from the internal secret (local mode only)");
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(internalSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return Optional.of(new SecretKeySpec(mac.doFinal("postern webhook secret encryption v1".getBytes(StandardCharsets.UTF_8)), "AES"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 unavailable", e);
            }
        }
        LOG.error("postern.webhooks.encryption-key is not set: webhook endpoints cannot be created or used until it is");
        return Optional.empty();
    }
}
