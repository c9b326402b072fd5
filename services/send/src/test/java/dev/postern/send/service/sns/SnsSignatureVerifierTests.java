package dev.postern.send.service.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postern.auth.SnsSignature;
import dev.postern.send.SnsSigner;
import dev.postern.send.config.SnsSettings;
import io.smallrye.mutiny.Uni;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SnsSignatureVerifierTests {

    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:feedback";
    private static final String CERT = "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-unit.pem";

    private final SnsSigner signer = new SnsSigner();
    private final List<URI> fetched = new ArrayList<>();
    private final SnsSignatureVerifier verifier = new SnsSignatureVerifier(uri -> {
        fetched.add(uri);
        return Uni.createFrom().item(signer.pem());
    }, settings());

    @Test
    void bothSignatureVersionsVerifyAndTheCertificateIsFetchedOnce() {
        ObjectNode v2 = SnsSigner.notification(TOPIC, "{\"a\":1}", CERT);
        verify(signer.sign(v2));
        ObjectNode v1 = SnsSigner.notification(TOPIC, "{\"a\":1}", CERT);
        v1.put("SignatureVersion", "1");
        v1.put("Subject", "with a subject");
        verify(signer.sign(v1));
        verify(signer.sign(SnsSigner.confirmation(TOPIC, "https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription", CERT)));
        assertThat(fetched).containsExactly(URI.create(CERT));
    }

    @Test
    void anyChangedFieldOrAnotherKeyIsRefused() {
        for (String field : List.of("Message", "MessageId", "Timestamp", "TopicArn")) {
            ObjectNode n = SnsSigner.notification(TOPIC, "{\"a\":1}", CERT);
            signer.sign(n);
            n.put(field, n.get(field).asText() + "x");
            assertThatThrownBy(() -> verify(n.toString())).isInstanceOf(SnsRejection.class).hasMessageContaining("signature");
        }
        ObjectNode forged = SnsSigner.notification(TOPIC, "{\"a\":1}", CERT);
        String byOther = new SnsSigner().sign(forged);
        assertThatThrownBy(() -> verify(byOther)).isInstanceOf(SnsRejection.class)
                .extracting(e -> ((SnsRejection) e).kind()).isEqualTo(SnsRejection.Kind.NOT_AUTHENTIC);
    }

    @Test
    void aCertificateUrlOffSnsIsRefusedWithoutFetching() {
        String body = signer.sign(SnsSigner.notification(TOPIC, "{}", "https://evil.example/cert.pem"));
        assertThatThrownBy(() -> verify(body)).isInstanceOf(SnsRejection.class).hasMessageContaining("SigningCertURL");
        assertThat(fetched).isEmpty();
    }

    @Test
    void theCanonicalStringFollowsSnsOrder() {
        SnsSignature.Message n = SnsSignature.parse("{\"Type\":\"Notification\",\"MessageId\":\"m\",\"TopicArn\":\"t\",\"Subject\":\"s\",\"Message\":\"hello\","
                + "\"Timestamp\":\"ts\",\"SignatureVersion\":\"2\",\"Signature\":\"x\",\"SigningCertURL\":\"c\"}");
        assertThat(n.canonical()).isEqualTo("Message\nhello\nMessageId\nm\nSubject\ns\nTimestamp\nts\nTopicArn\nt\nType\nNotification\n");
        SnsSignature.Message c = SnsSignature.parse("{\"Type\":\"SubscriptionConfirmation\",\"MessageId\":\"m\",\"Token\":\"k\",\"TopicArn\":\"t\","
                + "\"Message\":\"hello\",\"SubscribeURL\":\"u\",\"Timestamp\":\"ts\",\"SignatureVersion\":\"1\",\"Signature\":\"x\",\"SigningCertURL\":\"c\"}");
        assertThat(c.canonical()).isEqualTo("Message\nhello\nMessageId\nm\nSubscribeURL\nu\nTimestamp\nts\nToken\nk\nTopicArn\nt\nType\nSubscriptionConfirmation\n");
    }

    private void verify(String body) {
        verifier.verify(SnsSignature.parse(body)).await().atMost(Duration.ofSeconds(5));
    }

    private static SnsSettings settings() {
        return new SnsSettings() {
            @Override
            public Optional<String> topicArn() {
                return Optional.of(TOPIC);
            }

            @Override
            public Duration fetchTimeout() {
                return Duration.ofSeconds(1);
            }

            @Override
            public int certificateCacheSize() {
                return 4;
            }
        };
    }
}
