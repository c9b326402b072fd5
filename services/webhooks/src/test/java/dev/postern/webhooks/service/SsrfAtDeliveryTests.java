package dev.postern.webhooks.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.postern.events.Category;
import dev.postern.events.Topics;
import dev.postern.testing.PosternInfraResource;
import dev.postern.webhooks.support.GatewayStub;
import dev.postern.webhooks.support.Internal;
import dev.postern.webhooks.support.Receiver;
import dev.postern.webhooks.support.ServiceStubsResource;
import dev.postern.webhooks.support.TestEvents;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SSRF guard at delivery time, where it matters most: the gateway checked the URL at
 * registration, but a name can be re-pointed since, so every attempt is checked again, and a redirect
 * (which could point anywhere) is never followed. Loopback refusal without the local setting is in
 * client/WebhookSenderTests (this application runs with it, as a local stack does).
 */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "webhooks"))
@WithTestResource(ServiceStubsResource.class)
class SsrfAtDeliveryTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aRedirectIsAFailedAttemptAndIsNotFollowed() throws Exception {
        try (Receiver receiver = new Receiver().otherwiseAnswer(new Receiver.Answer(302, "",
                Map.of("Location", "http://169.254.169.254/latest/meta-data/")))) {
            String ws = TestEvents.workspace();
            GatewayStub.Endpoint endpoint = GatewayStub.Endpoint.to(receiver.url("/redirect"));
            GatewayStub.endpoints(ws, endpoint);
            TestEvents.publish(Topics.MESSAGES, TestEvents.event(ws, "message.sent", Category.SENDS, "{\"message_id\":\"msg_r\"}"));

            await().atMost(WAIT).until(() -> WebhookDeliveryTests.attempts(ws, endpoint.id()) >= 1);
            JsonPath deliveries = Internal.deliveries(ws, endpoint.id());
            assertThat(deliveries.getInt("data[0].attempts[0].http_status")).isEqualTo(302);
            assertThat(deliveries.getString("data[0].attempts[0].outcome")).isEqualTo("failed");
            assertThat(deliveries.getString("data[0].attempts[0].error")).contains("redirect not followed");
            assertThat(receiver.received()).allMatch(r -> r.path().equals("/redirect"));
        }
    }

    @Test
    void cloudMetadataAndPrivateAddressesAreRefusedAtDeliveryTime() {
        String ws = TestEvents.workspace();
        // e.g. a name that resolved publicly at registration and was re-pointed since: the gateway's
        // check is not the last word, the one made before every attempt is
        GatewayStub.Endpoint metadata = GatewayStub.Endpoint.to("http://169.254.169.254/latest/meta-data/");
        GatewayStub.Endpoint privateNet = GatewayStub.Endpoint.to("http://10.0.0.1/hook");
        GatewayStub.Endpoint internalName = GatewayStub.Endpoint.to("http://metadata.google.internal/computeMetadata/v1/");
        GatewayStub.endpoints(ws, metadata, privateNet, internalName);
        TestEvents.publish(Topics.MESSAGES, TestEvents.event(ws, "message.sent", Category.SENDS, "{\"message_id\":\"msg_s\"}"));

        for (GatewayStub.Endpoint e : List.of(metadata, privateNet, internalName)) {
            await().atMost(WAIT).until(() -> WebhookDeliveryTests.attempts(ws, e.id()) >= 1);
            JsonPath d = Internal.deliveries(ws, e.id());
            assertThat(d.getString("data[0].attempts[0].error")).startsWith("refused: ");
            assertThat(d.getString("data[0].attempts[0].http_status")).isNull();
        }
        assertThat(Internal.deliveries(ws, metadata.id()).getString("data[0].attempts[0].error")).contains("link-local");
        assertThat(Internal.deliveries(ws, privateNet.id()).getString("data[0].attempts[0].error")).contains("private");
    }
}
