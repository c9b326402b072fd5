package dev.postern.webhooks.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.postern.auth.InternalToken;
import dev.postern.events.Category;
import dev.postern.events.EventEnvelope;
import dev.postern.events.EventJson;
import dev.postern.events.Topics;
import dev.postern.testing.PosternInfraResource;
import dev.postern.webhooks.support.ServiceStubsResource;
import dev.postern.webhooks.support.Internal;
import dev.postern.webhooks.support.TestEvents;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The public event log: order, cursor, type filter, long poll, replay, tenant isolation, dead letters. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "webhooks"))
@WithTestResource(ServiceStubsResource.class)
class EventLogTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void everyPublicEventInOrderResumableFromACursorAndFilteredByType() {
        String ws = TestEvents.workspace();
        List<EventEnvelope> published = List.of(
                TestEvents.messageReceived(ws),
                TestEvents.event(ws, "message.sent", Category.SENDS, "{\"message_id\":\"msg_1\"}"),
                TestEvents.event(ws, "api.call", Category.AUTH, "{}"),
                TestEvents.event(ws, "message.delivered", Category.SENDS, "{\"message_id\":\"msg_1\"}"),
                TestEvents.event(ws, "agent.updated", Category.AGENTS, "{\"agent_id\":\"agt_1\",\"status\":\"paused\"}"),
                TestEvents.event(ws, "message.bounced", Category.SENDS, "{\"message_id\":\"msg_2\"}"));
        TestEvents.publish(Topics.INBOUND, published.get(0));
        TestEvents.publish(Topics.MESSAGES, published.subList(1, 4));
        TestEvents.publish(Topics.WORKSPACE, published.get(4));
        TestEvents.publish(Topics.MESSAGES, published.get(5));

        await().atMost(WAIT).until(() -> Internal.events(ws, "").getList("data").size() == 5);
        JsonPath all = Internal.events(ws, "");
        assertThat(all.getList("data.type")).containsExactly("message.received", "message.sent", "message.delivered",
                "agent.updated", "message.bounced");
        assertThat(all.getList("data.seq", Integer.class)).containsExactly(1, 2, 3, 4, 5);
        assertThat(all.getList("data.id")).containsExactly(published.get(0).id(), published.get(1).id(), published.get(3).id(),
                published.get(4).id(), published.get(5).id());
        assertThat(all.getString("data[0].object")).isEqualTo("event");
        assertThat(all.getString("data[0].data.from.address")).isEqualTo("alice@example.org");
        assertThat(all.getString("next_cursor")).isEqualTo("5");

        JsonPath first = Internal.events(ws, "?limit=2");
        assertThat(first.getList("data.seq", Integer.class)).containsExactly(1, 2);
        assertThat(first.getBoolean("has_more")).isTrue();
        JsonPath rest = Internal.events(ws, "?limit=2&after=" + first.getString("next_cursor"));
        assertThat(rest.getList("data.seq", Integer.class)).containsExactly(3, 4);
        JsonPath last = Internal.events(ws, "?limit=2&after=" + rest.getString("next_cursor"));
        assertThat(last.getList("data.seq", Integer.class)).containsExactly(5);
        assertThat(last.getBoolean("has_more")).isFalse();
        assertThat(Internal.events(ws, "?after=5").getList("data")).isEmpty();
        assertThat(Internal.events(ws, "?after=5").getString("next_cursor")).isEqualTo("5");

        assertThat(Internal.events(ws, "?types=message.sent,message.bounced").getList("data.seq", Integer.class)).containsExactly(2, 5);
        assertThat(Internal.events(ws, "?types=message.*").getList("data.seq", Integer.class)).containsExactly(1, 2, 3, 5);
        assertThat(Internal.events(ws, "?types=agent.*&after=1").getList("data.type")).containsExactly("agent.updated");

        Internal.as(ws).get("/internal/v1/workspaces/" + ws + "/events?types=message.exploded").then().statusCode(400)
                .contentType("application/problem+json");
        Internal.as(ws).get("/internal/v1/workspaces/" + ws + "/events?after=abc").then().statusCode(400);
        Internal.as(ws).get("/internal/v1/workspaces/" + ws + "/events?limit=0").then().statusCode(400);
        Internal.as(ws).get("/internal/v1/workspaces/" + ws + "/events?wait=31").then().statusCode(400);
    }

    @Test
    void replayingATopicAppendsNothingTwice() {
        String ws = TestEvents.workspace();
        EventEnvelope a = TestEvents.event(ws, "message.sent", Category.SENDS, "{\"message_id\":\"msg_a\"}");
        EventEnvelope b = TestEvents.event(ws, "message.delivered", Category.SENDS, "{\"message_id\":\"msg_a\"}");
        TestEvents.publish(Topics.MESSAGES, a, b);
        await().atMost(WAIT).until(() -> Internal.events(ws, "").getList("data").size() == 2);
        TestEvents.publish(Topics.MESSAGES, a, b, a);
        EventEnvelope marker = TestEvents.event(ws, "message.bounced", Category.SENDS, "{\"message_id\":\"msg_a\"}");
        TestEvents.publish(Topics.MESSAGES, marker);
        await().atMost(WAIT).until(() -> Internal.events(ws, "").getList("data.id").contains(marker.id()));
        assertThat(Internal.events(ws, "").getList("data.id")).containsExactly(a.id(), b.id(), marker.id());
    }

    @Test
    void aLongPollAnswersAsSoonAsAnEventArrives() {
        String ws = TestEvents.workspace();
        TestEvents.publish(Topics.MESSAGES, TestEvents.event(ws, "message.sent", Category.SENDS, "{\"message_id\":\"m\"}"));
        await().atMost(WAIT).until(() -> Internal.events(ws, "").getList("data").size() == 1);

        long started = System.nanoTime();
        CompletableFuture<JsonPath> waiting = CompletableFuture.supplyAsync(() -> Internal.events(ws, "?after=1&wait=20"));
        EventEnvelope next = TestEvents.event(ws, "message.delivered", Category.SENDS, "{\"message_id\":\"m\"}");
        TestEvents.publish(Topics.MESSAGES, next);
        JsonPath answered = waiting.join();
        assertThat(answered.getList("data.id")).containsExactly(next.id());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));

        long quiet = System.nanoTime();
        assertThat(Internal.events(ws, "?after=2&wait=1").getList("data")).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - quiet)).isGreaterThanOrEqualTo(Duration.ofMillis(900));

        // a wait spanning several re-read ticks stays a wait (a lapsed tick must not spoil the next one) ...
        long longer = System.nanoTime();
        assertThat(Internal.events(ws, "?after=2&wait=3").getList("data")).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - longer)).isGreaterThanOrEqualTo(Duration.ofMillis(2900));
        // ... and is still woken by the next append after its quiet ticks
        CompletableFuture<JsonPath> late = CompletableFuture.supplyAsync(() -> Internal.events(ws, "?after=2&wait=20"));
        await().pollDelay(Duration.ofMillis(2500)).atMost(WAIT).until(() -> true);
        EventEnvelope third = TestEvents.event(ws, "message.bounced", Category.SENDS, "{\"message_id\":\"m\"}");
        TestEvents.publish(Topics.MESSAGES, third);
        assertThat(late.join().getList("data.id")).containsExactly(third.id());
    }

    @Test
    void aTokenForOneWorkspaceReadsNothingOfAnother() {
        String a = TestEvents.workspace();
        String b = TestEvents.workspace();
        TestEvents.publish(Topics.MESSAGES, TestEvents.event(a, "message.sent", Category.SENDS, "{\"message_id\":\"secret-a\"}"));
        await().atMost(WAIT).until(() -> Internal.events(a, "").getList("data").size() == 1);

        Internal.as(b).get("/internal/v1/workspaces/" + a + "/events").then().statusCode(401);
        Internal.as(b).get("/internal/v1/workspaces/" + a + "/endpoints/whe_x/deliveries").then().statusCode(401);
        io.restassured.RestAssured.given().get("/internal/v1/workspaces/" + a + "/events").then().statusCode(401);
        io.restassured.RestAssured.given()
                .header(InternalToken.HEADER, InternalToken.issue("not-the-secret", "gateway", a, Duration.ofMinutes(1)))
                .get("/internal/v1/workspaces/" + a + "/events").then().statusCode(401);
        assertThat(Internal.events(b, "").getList("data")).isEmpty();
        Internal.as(b).get("/internal/v1/workspaces/" + b + "/events").then().body("data.size()", equalTo(0));
    }

    @Test
    void poisonRecordsGoToTheTopicsDeadLetterTopicAndTheConsumerMovesOn() {
        String ws = TestEvents.workspace();
        String garbage = "{\"not\":\"an event\",\"marker\":\"" + UUID.randomUUID() + "\"}";
        EventEnvelope wrongKey = TestEvents.event(ws, "message.sent", Category.SENDS, "{}");
        TestEvents.publishRaw(Topics.MESSAGES, ws, garbage);
        TestEvents.publishRaw(Topics.MESSAGES, "ws_someone_else", EventJson.write(wrongKey));
        EventEnvelope good = TestEvents.event(ws, "message.sent", Category.SENDS, "{\"message_id\":\"ok\"}");
        TestEvents.publish(Topics.MESSAGES, good);
        await().atMost(WAIT).until(() -> Internal.events(ws, "").getList("data.id").contains(good.id()));
        assertThat(Internal.events(ws, "").getList("data.id")).containsExactly(good.id());

        List<ConsumerRecord<String, String>> dead = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(Topics.deadLetter(Topics.MESSAGES)));
            await().atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.value().equals(garbage) || r.value().contains(wrongKey.id())) {
                        dead.add(r);
                    }
                });
                return dead.size() >= 2;
            });
        }
        assertThat(dead).allSatisfy(r -> {
            assertThat(r.headers().lastHeader("dead-letter-reason")).isNotNull();
            assertThat(new String(r.headers().lastHeader("dead-letter-topic").value(), StandardCharsets.UTF_8)).isEqualTo(Topics.MESSAGES);
        });
    }
}
