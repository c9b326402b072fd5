package dev.postern.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTests {

    // The example published with the Standard Webhooks specification.
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TS = 1614265330L;
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void signatureMatchesTheSpecificationExample() {
        assertThat(WebhookSignature.sign(SECRET, ID, TS, BODY)).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void verifyAcceptsAnyMatchingSecretAndRejectsStaleOrTampered() {
        Instant now = Instant.ofEpochSecond(TS + 10);
        String header = "v1,bogus " + WebhookSignature.sign(SECRET, ID, TS, BODY);
        String other = WebhookSignature.newSecret();
        assertThat(WebhookSignature.verify(List.of(other, SECRET), ID, Long.toString(TS), header, BODY, now,
                WebhookSignature.DEFAULT_TOLERANCE)).isTrue();
        assertThat(WebhookSignature.verify(List.of(other), ID, Long.toString(TS), header, BODY, now,
                WebhookSignature.DEFAULT_TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(List.of(SECRET), ID, Long.toString(TS), header, BODY + " ", now,
                WebhookSignature.DEFAULT_TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(List.of(SECRET), ID, Long.toString(TS), header, BODY,
                Instant.ofEpochSecond(TS + 3600), WebhookSignature.DEFAULT_TOLERANCE)).isFalse();
    }
}
