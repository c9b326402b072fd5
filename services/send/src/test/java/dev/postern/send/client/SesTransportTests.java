package dev.postern.send.client;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.postern.send.Internal;
import dev.postern.send.RecordingSnsFetcher;
import dev.postern.send.SendRequests;
import dev.postern.send.SesEmulatorResource;
import dev.postern.send.SnsSigner;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SES path against the SES v2 API emulator (aws-ses-v2-local), and SNS feedback matched by SES message id. */
@QuarkusTest
@TestProfile(SesTransportProfile.class)
class SesTransportTests {

    @ConfigProperty(name = SesEmulatorResource.AVAILABLE)
    boolean available;
    @ConfigProperty(name = SesEmulatorResource.URL, defaultValue = "")
    String emulator;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "postern.sns.topic-arn")
    String topic;
    @Inject
    Transport transport;

    @BeforeEach
    void emulatorRuns() {
        assumeTrue(available, "npm or node is not on the PATH: the SES emulator cannot run here, so the SES path is not tested");
    }

    @Test
    void eachRecipientGetsItsOwnSesSendPacedToTheAccountRate() {
        String ws = SendRequests.workspace();
        String id = SendRequests.messageId();
        SendRequests.publish(bootstrap, SendRequests.event(ws, SendRequests.simple(id,
                List.of("ann@example.com", "success@simulator.amazonses.com"))));
        await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, id).equals("delivered"));

        JsonPath message = Internal.as(ws).get("/internal/v1/workspaces/{ws}/messages/{id}", ws, id).jsonPath();
        assertThat(message.getList("recipients.status")).containsExactly("sent", "delivered");
        List<String> providerIds = message.getList("recipients.provider_message_id");
        assertThat(providerIds).doesNotContainNull().doesNotHaveDuplicates();

        JsonPath store = given().baseUri(emulator).get("/store").then().statusCode(200).extract().jsonPath();
        List<String> stored = store.getList("emails.findAll { it.subject == 'Hello from " + id + "' }.messageId");
        assertThat(stored).containsExactlyInAnyOrderElementsOf(providerIds);
        assertThat(((SesTransport) transport).maxSendRate()).isEqualTo(SesEmulatorResource.MAX_SEND_RATE);
        assertThat(((SesTransport) transport).circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void snsFeedbackFindsTheMessageBySesMessageId() {
        String ws = SendRequests.workspace();
        String id = SendRequests.messageId();
        String to = "ses-bounce-" + id.toLowerCase() + "@example.com";
        SendRequests.publish(bootstrap, SendRequests.event(ws, SendRequests.simple(id, List.of(to))));
        await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, id).equals("sent"));
        String sesId = Internal.as(ws).get("/internal/v1/workspaces/{ws}/messages/{id}", ws, id).jsonPath()
                .getString("recipients[0].provider_message_id");

        SnsSigner signer = new SnsSigner();
        String certUrl = "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-" + UUID.randomUUID() + ".pem";
        RecordingSnsFetcher.serve(URI.create(certUrl), signer.pem());
        String bounce = "{\"eventType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\",\"bounceSubType\":\"NoEmail\","
                + "\"bouncedRecipients\":[{\"emailAddress\":\"" + to + "\"}]},\"mail\":{\"messageId\":\"" + sesId + "\"}}";
        given().contentType("text/plain").body(signer.sign(SnsSigner.notification(topic, bounce, certUrl)))
                .post("/sns/ses").then().statusCode(200);

        assertThat(Internal.status(ws, id)).isEqualTo("bounced");
        Internal.as(ws).get("/internal/v1/workspaces/{ws}/suppressions/{a}", ws, to).then().statusCode(200);
    }
}
