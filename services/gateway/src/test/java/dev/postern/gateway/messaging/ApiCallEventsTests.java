package dev.postern.gateway.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.postern.events.Actor;
import dev.postern.events.EventEnvelope;
import dev.postern.events.EventJson;
import dev.postern.events.Topics;
import dev.postern.events.payload.ApiCallV1;
import dev.postern.gateway.TestWorkspaces;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Reads the topics as an outside consumer would: every record keyed by its workspace. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
class ApiCallEventsTests {

    @ConfigProperty(name = "postern.internal.secret")
    String internalSecret;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void everyAuthenticatedCallBecomesExactlyOneApiCallEventKeyedByWorkspace() {
        TestWorkspaces.Workspace ws = TestWorkspaces.create(internalSecret, "events");
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).header("User-Agent", "events-test/1.0")
                .get("/api/v1/me").then().statusCode(200);
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).header("User-Agent", "events-test/1.0")
                .get("/api/v1/api-keys/key_00000000000000000000000000").then().statusCode(404);

        List<ConsumerRecord<String, String>> mine = readUntil(Topics.API_CALLS, ws.id(), 2);
        assertThat(mine).hasSize(2).allSatisfy(r -> assertThat(r.key()).isEqualTo(ws.id()));
        EventEnvelope me = EventJson.read(mine.get(0).value());
        assertThat(me.type()).isEqualTo("api.call");
        assertThat(me.action()).isEqualTo("me.read");
        assertThat(me.actor().type()).isEqualTo(Actor.API_KEY);
        assertThat(me.actor().keyPrefix()).isEqualTo(ws.liveKey().substring(0, "pstn_live_".length() + 8));
        assertThat(me.actor().ip()).isNotBlank();
        assertThat(me.actor().userAgent()).isEqualTo("events-test/1.0");
        ApiCallV1 call = me.dataAs(ApiCallV1.class);
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.requestId()).startsWith("req_").isEqualTo(me.correlationId());
        assertThat(mine.get(0).value()).doesNotContain(ws.liveKey());
        EventEnvelope notFound = EventJson.read(mine.get(1).value());
        assertThat(notFound.dataAs(ApiCallV1.class).status()).isEqualTo(404);
        assertThat(notFound.target().id()).isEqualTo("key_00000000000000000000000000");
    }

    @Test
    void aRevokedKeyStillLeavesATraceInItsWorkspace() {
        TestWorkspaces.Workspace ws = TestWorkspaces.create(internalSecret, "revoked-trace");
        String id = given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).contentType("application/json")
                .body("{\"name\":\"doomed\"}").post("/api/v1/api-keys").then().statusCode(201).extract().path("id");
        String key = given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).get("/api/v1/api-keys/" + id)
                .then().extract().path("prefix");
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).delete("/api/v1/api-keys/" + id).then().statusCode(200);

        List<ConsumerRecord<String, String>> keyEvents = readUntil(Topics.WORKSPACE, ws.id(), 5);
        assertThat(keyEvents).extracting(r -> EventJson.read(r.value()).type())
                .containsExactly("workspace.created", "api_key.created", "api_key.created", "api_key.created", "api_key.revoked");
        assertThat(key).startsWith("pstn_live_");
    }

    @Test
    void unauthenticatedGarbageProducesNoEvent() {
        String marker = "garbage-" + UUID.randomUUID();
        given().header("Authorization", "Bearer " + marker).get("/api/v1/me").then().statusCode(401);
        // nothing can be keyed to a workspace: no record on the topic carries the marker
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.API_CALLS));
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(250)).forEach(r -> assertThat(r.value()).doesNotContain(marker));
            }
        }
    }

    private List<ConsumerRecord<String, String>> readUntil(String topic, String workspaceId, int count) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (workspaceId.equals(r.key()) || r.value().contains(workspaceId)) {
                        found.add(r);
                    }
                });
                return found.size() >= count;
            });
            // a little longer, to catch duplicates
            long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (workspaceId.equals(r.key()) || r.value().contains(workspaceId)) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    }
}
