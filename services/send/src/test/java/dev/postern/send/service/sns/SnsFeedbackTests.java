package dev.postern.send.service.sns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postern.events.Topics;
import dev.postern.send.Internal;
import dev.postern.send.MailSinkResource;
import dev.postern.send.RecordingSnsFetcher;
import dev.postern.send.SendRequests;
import dev.postern.send.SnsSigner;
import dev.postern.send.TopicReader;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SES feedback through SNS: signature first, then topic, then content. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "send"))
@WithTestResource(MailSinkResource.class)
class SnsFeedbackTests {

    private static final SnsSigner SIGNER = new SnsSigner();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "postern.sns.topic-arn")
    String topic;

    private String certUrl;

    @BeforeEach
    void aCertificateAtAnSnsAddress() {
        certUrl = "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-" + UUID.randomUUID() + ".pem";
        RecordingSnsFetcher.serve(URI.create(certUrl), SIGNER.pem());
    }

    @Test
    void aSignedBounceNotificationBouncesTheMessageAndSuppressesTheAddressOnce() {
        String ws = SendRequests.workspace();
        String id = SendRequests.messageId();
        String to = "sns-" + id.toLowerCase() + "@example.com";
        SendRequests.publish(bootstrap, SendRequests.event(ws, SendRequests.simple(id, List.of(to))));
        await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, id).equals("delivered"));

        String body = SIGNER.sign(SnsSigner.notification(topic, bounce(id, to), certUrl));
        try (TopicReader events = new TopicReader(bootstrap, Topics.MESSAGES)) {
            post(body).then().statusCode(200).body("result", equalTo("applied"));
            post(body).then().statusCode(200); // SNS redelivers: nothing changes twice

            assertThat(Internal.status(ws, id)).isEqualTo("bounced");
            Internal.as(ws).get("/internal/v1/workspaces/{ws}/suppressions/{a}", ws, to).then().statusCode(200)
                    .body("reason", equalTo("hard_bounce")).body("source_message_id", equalTo(id));
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(events.types(ws))
                    .containsExactly("message.queued", "message.sent", "message.delivered", "message.bounced", "suppression.added"));
        }
    }

    @Test
    void aTamperedMessageIsRefusedAndChangesNothing() {
        String id = SendRequests.messageId();
        ObjectNode signed = SnsSigner.notification(topic, bounce(id, "x@example.com"), certUrl);
        SIGNER.sign(signed);
        signed.put("Message", bounce(id, "someone-else@example.com"));
        post(signed.toString()).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://postern.dev/problems/sns-signature-invalid"));
    }

    @Test
    void anAuthenticMessageFromAnotherTopicIsRefused() {
        String body = SIGNER.sign(SnsSigner.notification("arn:aws:sns:us-east-1:999999999999:someone-elses", bounce(SendRequests.messageId(),
                "x@example.com"), certUrl));
        post(body).then().statusCode(403).body("type", equalTo("https://postern.dev/problems/sns-topic-not-accepted"));
    }

    @Test
    void aCertificateOutsideSnsIsNeverFetched() {
        for (String url : List.of("https://evil.example.com/SimpleNotificationService-x.pem",
                "http://sns.us-east-1.amazonaws.com/SimpleNotificationService-x.pem",
                "https://sns.us-east-1.amazonaws.com.evil.example/SimpleNotificationService-x.pem")) {
            String body = SIGNER.sign(SnsSigner.notification(topic, bounce(SendRequests.messageId(), "x@example.com"), url));
            post(body).then().statusCode(403).body("type", equalTo("https://postern.dev/problems/sns-signature-invalid"));
            assertThat(RecordingSnsFetcher.requested()).doesNotContain(URI.create(url));
        }
    }

    @Test
    void aSubscriptionIsConfirmedByFetchingItsSubscribeUrlOnlyOnAnSnsHost() {
        String subscribe = "https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=" + topic + "&Token=" + UUID.randomUUID();
        post(SIGNER.sign(SnsSigner.confirmation(topic, subscribe, certUrl))).then().statusCode(200).body("result", equalTo("confirmed"));
        assertThat(RecordingSnsFetcher.requested()).contains(URI.create(subscribe));

        String elsewhere = "https://attacker.example.com/?Action=ConfirmSubscription";
        post(SIGNER.sign(SnsSigner.confirmation(topic, elsewhere, certUrl))).then().statusCode(403);
        assertThat(RecordingSnsFetcher.requested()).doesNotContain(URI.create(elsewhere));
    }

    @Test
    void signatureVersionOneIsAcceptedAndUnknownMessagesAreAcknowledged() {
        ObjectNode delivery = SnsSigner.notification(topic, "{\"notificationType\":\"Delivery\",\"mail\":{\"messageId\":\"ses-unknown-"
                + UUID.randomUUID() + "\"},\"delivery\":{\"recipients\":[\"x@example.com\"],\"smtpResponse\":\"250 ok\"}}", certUrl);
        delivery.put("SignatureVersion", "1");
        post(SIGNER.sign(delivery)).then().statusCode(200).body("result", equalTo("ignored"));
        ObjectNode v3 = SnsSigner.notification(topic, "{}", certUrl);
        v3.put("SignatureVersion", "3");
        v3.put("Signature", "AAAA");
        post(v3.toString()).then().statusCode(403);
    }

    @Test
    void aBodyThatIsNotAnSnsMessageIs400() {
        post("not json").then().statusCode(400).body("type", equalTo("https://postern.dev/problems/invalid-sns-message"));
        post("{\"Type\":\"Notification\"}").then().statusCode(400);
    }

    static String bounce(String messageId, String recipient) {
        return "{\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\",\"bounceSubType\":\"General\","
                + "\"bouncedRecipients\":[{\"emailAddress\":\"" + recipient + "\",\"diagnosticCode\":\"smtp; 550 5.1.1 no such user\"}]},"
                + "\"mail\":{\"messageId\":\"0100018c-" + UUID.randomUUID() + "\",\"commonHeaders\":{\"messageId\":\"<" + messageId
                + "@agents.postern.test>\"}}}";
    }

    private static io.restassured.response.Response post(String body) {
        return given().contentType("text/plain; charset=UTF-8").body(body).post("/sns/ses");
    }
}
