package dev.postern.send.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.postern.events.EventEnvelope;
import dev.postern.events.Topics;
import dev.postern.events.payload.MessageEventV1;
import dev.postern.events.payload.SuppressionChangedV1;
import dev.postern.send.Internal;
import dev.postern.send.MailSinkResource;
import dev.postern.send.SendRequests;
import dev.postern.send.TopicReader;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The feedback loop on one machine, through the SES mailbox simulator: request in → bounced →
 * suppressed → the next request to that address is refused for that recipient.
 */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "send"))
@WithTestResource(MailSinkResource.class)
class FeedbackLoopTests {

    private static final String BOUNCE = "bounce@simulator.amazonses.com";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aHardBounceSuppressesTheAddressAndTheNextSendToItIsRefused() {
        String ws = SendRequests.workspace();
        String first = SendRequests.messageId();
        try (TopicReader events = new TopicReader(bootstrap, Topics.MESSAGES)) {
            SendRequests.publish(bootstrap, SendRequests.event(ws, SendRequests.simple(first, List.of(BOUNCE))));
            await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, first).equals("bounced"));

            JsonPath bounced = Internal.as(ws).get("/internal/v1/workspaces/{ws}/messages/{id}", ws, first).jsonPath();
            assertThat(bounced.getList("history.status")).containsExactly("queued", "sent", "bounced");
            JsonPath suppression = Internal.as(ws).get("/internal/v1/workspaces/{ws}/suppressions/{a}", ws, BOUNCE)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(suppression.getString("reason")).isEqualTo("hard_bounce");
            assertThat(suppression.getString("source_message_id")).isEqualTo(first);

            String second = SendRequests.messageId();
            SendRequests.publish(bootstrap, SendRequests.event(ws, SendRequests.simple(second, List.of(BOUNCE, "fine@example.com"))));
            await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, second).equals("delivered"));
            JsonPath partly = Internal.as(ws).get("/internal/v1/workspaces/{ws}/messages/{id}", ws, second).jsonPath();
            assertThat(partly.getList("recipients.status")).containsExactly("suppressed", "delivered");
            assertThat(partly.getString("recipients[0].reason")).isEqualTo("on the suppression list (hard_bounce)");

            String third = SendRequests.messageId();
            SendRequests.publish(bootstrap, SendRequests.event(ws, SendRequests.simple(third, List.of(BOUNCE))));
            await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, third).equals("suppressed"));

            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(events.types(ws)).containsExactly(
                    "message.queued", "message.sent", "message.bounced", "suppression.added",
                    "message.queued", "message.suppressed", "message.sent", "message.delivered",
                    "message.suppressed"));
            List<EventEnvelope> all = events.events(ws);
            MessageEventV1 bounce = all.get(2).dataAs(MessageEventV1.class);
            assertThat(bounce.bounceType()).isEqualTo("permanent");
            assertThat(bounce.recipients()).containsExactly(BOUNCE);
            assertThat(all.get(3).dataAs(SuppressionChangedV1.class))
                    .isEqualTo(new SuppressionChangedV1(BOUNCE, "hard_bounce", first));
            assertThat(all.get(8).dataAs(MessageEventV1.class).recipients()).containsExactly(BOUNCE);
        }
    }

    @Test
    void theOtherSimulatorAddressesGiveTheFeedbackSesWould() {
        String ws = SendRequests.workspace();
        String complaint = SendRequests.messageId();
        String listed = SendRequests.messageId();
        String success = SendRequests.messageId();
        SendRequests.publish(bootstrap, SendRequests.event(ws, SendRequests.simple(complaint, List.of("complaint@simulator.amazonses.com"))));
        SendRequests.publish(bootstrap, SendRequests.event(ws, SendRequests.simple(listed, List.of("suppressionlist@simulator.amazonses.com"))));
        SendRequests.publish(bootstrap, SendRequests.event(ws, SendRequests.simple(success, List.of("success+label@simulator.amazonses.com"))));

        await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, complaint).equals("complained"));
        await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, listed).equals("bounced"));
        await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, success).equals("delivered"));
        assertThat(Internal.as(ws).get("/internal/v1/workspaces/{ws}/messages/{id}", ws, complaint).jsonPath().getList("history.status"))
                .containsExactly("queued", "sent", "delivered", "complained");
        Internal.as(ws).get("/internal/v1/workspaces/{ws}/suppressions/{a}", ws, "complaint@simulator.amazonses.com")
                .then().statusCode(200).body("reason", org.hamcrest.Matchers.equalTo("complaint"));
        Internal.as(ws).get("/internal/v1/workspaces/{ws}/suppressions/{a}", ws, "suppressionlist@simulator.amazonses.com")
                .then().statusCode(200).body("reason", org.hamcrest.Matchers.equalTo("hard_bounce"));
        Internal.as(ws).get("/internal/v1/workspaces/{ws}/suppressions/{a}", ws, "success+label@simulator.amazonses.com")
                .then().statusCode(404);
        // another workspace's list is its own
        String other = SendRequests.workspace();
        Internal.as(other).get("/internal/v1/workspaces/{ws}/suppressions/{a}", other, "complaint@simulator.amazonses.com")
                .then().statusCode(404);
    }
}
