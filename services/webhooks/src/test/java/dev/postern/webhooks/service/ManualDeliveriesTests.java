package dev.postern.webhooks.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.events.Category;
import dev.postern.events.EventEnvelope;
import dev.postern.events.Topics;
import dev.postern.testing.PosternInfraResource;
import dev.postern.webhooks.support.GatewayStub;
import dev.postern.webhooks.support.ServiceStubsResource;
import dev.postern.webhooks.support.Internal;
import dev.postern.webhooks.support.Receiver;
import dev.postern.webhooks.support.StandardWebhooksVerifier;
import dev.postern.webhooks.support.TestEvents;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The test ping and the redelivery a customer triggers by hand. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "webhooks"))
@WithTestResource(ServiceStubsResource.class)
class ManualDeliveriesTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aTestPingIsDeliveredAtOnceSignedAndShowsInTheEventLog() throws Exception {
        try (Receiver receiver = new Receiver(); Receiver other = new Receiver()) {
            String ws = TestEvents.workspace();
            GatewayStub.Endpoint endpoint = GatewayStub.Endpoint.to(receiver.url("/ping"), "message.received");
            GatewayStub.Endpoint bystander = GatewayStub.Endpoint.to(other.url("/other"));
            GatewayStub.endpoints(ws, endpoint, bystander);

            JsonPath delivery = Internal.as(ws).post(path(ws, endpoint.id()) + "/test").then().statusCode(201).extract().jsonPath();
            assertThat(delivery.getString("object")).isEqualTo("webhook_delivery");
            assertThat(delivery.getString("kind")).isEqualTo("test");
            assertThat(delivery.getString("event_type")).isEqualTo("webhook.test");
            assertThat(delivery.getString("status")).isEqualTo("succeeded");
            assertThat(delivery.getInt("attempts[0].http_status")).isEqualTo(200);

            assertThat(receiver.received()).hasSize(1);
            Receiver.Received got = receiver.received().get(0);
            assertThat(StandardWebhooksVerifier.verify(endpoint.secret(), got.header("webhook-id"), got.header("webhook-timestamp"),
                    got.header("webhook-signature"), got.body())).isTrue();
            assertThat(JSON.readTree(got.body()).get("type").asText()).isEqualTo("webhook.test");
            assertThat(JSON.readTree(got.body()).at("/data/endpoint_id").asText()).isEqualTo(endpoint.id());

            JsonPath events = Internal.events(ws, "");
            assertThat(events.getList("data.type")).containsExactly("webhook.test");
            assertThat(events.getString("data[0].id")).isEqualTo(got.header("webhook-id"));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> other.received().isEmpty());
        }
    }

    @Test
    void aPingWhileLongPollsWaitSucceedsAndWakesThem() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String ws = TestEvents.workspace();
            GatewayStub.Endpoint endpoint = GatewayStub.Endpoint.to(receiver.url("/ping"));
            GatewayStub.endpoints(ws, endpoint);
            // live-stream readers waiting on the workspace's log, as the gateway's SSE streams do
            List<CompletableFuture<JsonPath>> waiting = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                waiting.add(CompletableFuture.supplyAsync(() -> Internal.events(ws, "?wait=20")));
            }
            await().pollDelay(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> true);
            for (int i = 0; i < 3; i++) {
                Internal.as(ws).post(path(ws, endpoint.id()) + "/test").then().statusCode(201);
            }
            for (CompletableFuture<JsonPath> w : waiting) {
                assertThat(w.get(30, TimeUnit.SECONDS).getList("data.type")).isNotEmpty().allMatch("webhook.test"::equals);
            }
            assertThat(receiver.received()).hasSize(3);
        }
    }

    @Test
    void aFailedPingIsRetriedLikeAnyDelivery() throws Exception {
        try (Receiver receiver = new Receiver().thenAnswer(Receiver.Answer.of(500))) {
            String ws = TestEvents.workspace();
            GatewayStub.Endpoint endpoint = GatewayStub.Endpoint.to(receiver.url("/ping"));
            GatewayStub.endpoints(ws, endpoint);
            JsonPath delivery = Internal.as(ws).post(path(ws, endpoint.id()) + "/test").then().statusCode(201).extract().jsonPath();
            assertThat(delivery.getString("status")).isEqualTo("pending");
            assertThat(delivery.getString("next_attempt_at")).isNotNull();
            assertThat(delivery.getInt("attempts[0].http_status")).isEqualTo(500);
            WebhookDeliveryTests.awaitDeliveries(ws, endpoint.id(), "succeeded");
            assertThat(receiver.received()).hasSize(2);
        }
    }

    @Test
    void aRedeliveryResendsTheSameEventWithTheSameWebhookId() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String ws = TestEvents.workspace();
            GatewayStub.Endpoint endpoint = GatewayStub.Endpoint.to(receiver.url("/again"));
            GatewayStub.endpoints(ws, endpoint);
            EventEnvelope event = TestEvents.event(ws, "message.complained", Category.SENDS, "{\"message_id\":\"msg_c\"}");
            TestEvents.publish(Topics.MESSAGES, event);
            String original = WebhookDeliveryTests.awaitDeliveries(ws, endpoint.id(), "succeeded").getString("data[0].id");

            JsonPath again = Internal.as(ws).post(path(ws, endpoint.id()) + "/deliveries/" + original + "/redeliver")
                    .then().statusCode(201).extract().jsonPath();
            assertThat(again.getString("kind")).isEqualTo("redelivery");
            assertThat(again.getString("id")).isNotEqualTo(original);
            assertThat(again.getString("status")).isEqualTo("succeeded");
            assertThat(receiver.received()).hasSize(2).extracting(r -> r.header("webhook-id")).containsOnly(event.id());
            assertThat(receiver.received().get(1).body()).isEqualTo(receiver.received().get(0).body());
            assertThat(Internal.deliveries(ws, endpoint.id()).getList("data")).hasSize(2);
        }
    }

    @Test
    void unknownOrInactiveEndpointsAndOtherWorkspacesDeliveriesAreRefused() {
        String ws = TestEvents.workspace();
        String other = TestEvents.workspace();
        GatewayStub.Endpoint inactive = new GatewayStub.Endpoint("whe_01JDX000000000000000000INA", "http://127.0.0.1:9/x",
                java.util.List.of(), false, java.util.List.of(dev.postern.auth.WebhookSignature.newSecret()));
        GatewayStub.endpoints(ws, inactive);
        Internal.as(ws).post(path(ws, "whe_01JDX000000000000000000NON") + "/test").then().statusCode(404)
                .contentType("application/problem+json");
        Internal.as(ws).post(path(ws, inactive.id()) + "/test").then().statusCode(409);
        Internal.as(ws).post(path(ws, inactive.id()) + "/deliveries/dlv_01JDX000000000000000000000/redeliver").then().statusCode(404);
        Internal.as(other).post(path(ws, inactive.id()) + "/test").then().statusCode(401);
    }

    private static String path(String ws, String endpointId) {
        return "/internal/v1/workspaces/" + ws + "/endpoints/" + endpointId;
    }
}
