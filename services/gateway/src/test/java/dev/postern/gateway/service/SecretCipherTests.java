package dev.postern.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postern.auth.WebhookSignature;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class SecretCipherTests {

    private static byte[] key() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }

    private final SecretCipher cipher = new SecretCipher(key());

    @Test
    void roundTripsAndNeverStoresThePlaintext() {
        String secret = WebhookSignature.newSecret();
        String stored = cipher.encrypt(secret, "ws_a", "whe_1");
        assertThat(stored).startsWith("v1.").doesNotContain(secret).doesNotContain(secret.substring(6));
        assertThat(cipher.decrypt(stored, "ws_a", "whe_1")).isEqualTo(secret);
        assertThat(cipher.encrypt(secret, "ws_a", "whe_1")).as("a fresh nonce each time").isNotEqualTo(stored);
    }

    @Test
    void aCiphertextMovedToAnotherRowOrReadWithAnotherKeyDoesNotDecrypt() {
        String stored = cipher.encrypt(WebhookSignature.newSecret(), "ws_a", "whe_1");
        assertThatThrownBy(() -> cipher.decrypt(stored, "ws_b", "whe_1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(stored, "ws_a", "whe_2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretCipher(key()).decrypt(stored, "ws_a", "whe_1")).isInstanceOf(IllegalStateException.class);
        String tampered = stored.substring(0, stored.length() - 4) + (stored.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThatThrownBy(() -> cipher.decrypt(tampered, "ws_a", "whe_1")).isInstanceOf(IllegalStateException.class);
    }
}
