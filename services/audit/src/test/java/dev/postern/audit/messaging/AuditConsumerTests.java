package dev.postern.audit.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.postern.auth.InternalToken;
import dev.postern.events.Actor;
import dev.postern.events.Category;
import dev.postern.events.EventEnvelope;
import dev.postern.events.EventIds;
import dev.postern.events.EventJson;
import dev.postern.events.EventType;
import dev.postern.events.Target;
import dev.postern.events.Topics;
import dev.postern.events.payload.ApiCallV1;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "audit"))
class AuditConsumerTests {

    @ConfigProperty(name = "postern.internal.secret")
    String secret;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "postern.db.host")
    String dbHost;
    @ConfigProperty(name = "postern.db.port")
    int dbPort;
    @ConfigProperty(name = "postern.db.owner-password")
    String ownerPassword;

    @Test
    void everyEventBecomesOneChainedRowInItsWorkspaceOnly() {
        String a = workspace();
        String b = workspace();
        List<EventEnvelope> eventsA = List.of(apiCall(a, "me.read", 200), apiCall(a, "api_keys.list", 200), apiCall(a, "api_keys.create", 422));
        List<EventEnvelope> eventsB = List.of(apiCall(b, "me.read", 401));
        publish(eventsA);
        publish(eventsB);

        JsonPath logA = awaitRows(a, 3);
        assertThat(logA.getList("data.id")).containsExactly(eventsA.get(2).id(), eventsA.get(1).id(), eventsA.get(0).id());
        assertThat(logA.getList("data.seq", Integer.class)).containsExactly(3, 2, 1);
        assertThat(logA.getString("data[2].actor.key_prefix")).isEqualTo("pstn_live_AbCdEfGh");
        assertThat(logA.getString("data[2].actor.ip")).isEqualTo("203.0.113.7");
        assertThat(logA.getString("data[2].actor.user_agent")).isEqualTo("curl/8.5.0");
        assertThat(logA.getString("data[2].prev_hash")).isEqualTo("0".repeat(64));
        assertThat(logA.getString("data[1].prev_hash")).isEqualTo(logA.getString("data[2].hash"));
        assertThat(logA.getInt("data[0].data.status")).isEqualTo(422);
        JsonPath logB = awaitRows(b, 1);
        assertThat(logB.getList("data.id")).containsExactly(eventsB.get(0).id());

        given().header(InternalToken.HEADER, token(a)).get(path(a) + "/verify")
                .then().statusCode(200).body("valid", equalTo(true)).body("rows", equalTo(3)).body("head_seq", equalTo(3));
    }

    @Test
    void replayingATopicChangesNothing() {
        String ws = workspace();
        List<EventEnvelope> events = List.of(apiCall(ws, "me.read", 200), apiCall(ws, "me.read", 200));
        publish(events);
        awaitRows(ws, 2);
        publish(events);
        publish(events);
        // a marker published after the replays: once it is in, the replays have been processed
        publish(List.of(apiCall(ws, "marker.read", 200)));
        JsonPath log = awaitRows(ws, 3);
        assertThat(log.getList("data.action")).containsExactly("marker.read", "me.read", "me.read");
        given().header(InternalToken.HEADER, token(ws)).get(path(ws) + "/verify").then().body("valid", equalTo(true));
    }

    @Test
    void aChainThatGrowsWhileItIsVerifiedStillHolds() {
        String ws = workspace();
        publish(List.of(apiCall(ws, "me.read", 200)));
        awaitRows(ws, 1);
        List<EventEnvelope> more = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            more.add(apiCall(ws, "me.read", 200));
        }
        publish(more);
        // Verify again and again while the consumer appends: every answer is about the chain as of its head, never "cut".
        List<Boolean> answers = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int rows = 0;
        while (rows < 301 && System.nanoTime() < deadline) {
            JsonPath verify = given().header(InternalToken.HEADER, token(ws)).get(path(ws) + "/verify").then().statusCode(200)
                    .extract().jsonPath();
            answers.add(verify.getBoolean("valid"));
            rows = verify.getInt("rows");
        }
        assertThat(rows).isEqualTo(301);
        assertThat(answers).isNotEmpty().containsOnly(true);
    }

    @Test
    void filtersAndCursorPagination() {
        String ws = workspace();
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(apiCall(ws, "me.read", 200));
        }
        events.add(EventEnvelope.builder(EventType.API_CALL).source("test").workspace(ws).category(Category.AUDIT).action("logs.list")
                .actor(Actor.apiKey("key_1", "pstn_live_AbCdEfGh", "203.0.113.7", "curl/8.5.0")).build());
        publish(events);
        awaitRows(ws, 6);
        JsonPath first = given().header(InternalToken.HEADER, token(ws)).get(path(ws) + "?limit=4&category=workspace")
                .then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("data")).hasSize(4);
        assertThat(first.getBoolean("has_more")).isTrue();
        JsonPath second = given().header(InternalToken.HEADER, token(ws)).get(path(ws) + "?limit=4&category=workspace&cursor=" + first.getString("next_cursor"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("data")).hasSize(1);
        assertThat(second.getBoolean("has_more")).isFalse();
        given().header(InternalToken.HEADER, token(ws)).get(path(ws) + "?action=logs.list").then().body("data.size()", equalTo(1));
        given().header(InternalToken.HEADER, token(ws)).get(path(ws) + "?since=" + Instant.now().plusSeconds(3600)).then().body("data.size()", equalTo(0));
        given().header(InternalToken.HEADER, token(ws)).get(path(ws) + "?since=yesterday").then().statusCode(400)
                .contentType("application/problem+json");
        given().header(InternalToken.HEADER, token(ws)).get(path(ws) + "?category=nope").then().statusCode(400);
        given().header(InternalToken.HEADER, token(ws)).get(path(ws) + "?cursor=bm9wZQ").then().statusCode(400);
    }

    @Test
    void aTokenForOneWorkspaceCannotReadAnother() {
        String a = workspace();
        String b = workspace();
        given().header(InternalToken.HEADER, token(a)).get(path(b)).then().statusCode(401);
        given().get(path(a)).then().statusCode(401);
        given().header(InternalToken.HEADER, InternalToken.issue("wrong-secret", "gateway", a, Duration.ofMinutes(1)))
                .get(path(a)).then().statusCode(401);
    }

    @Test
    void tamperingIsDetected() throws SQLException {
        String ws = workspace();
        publish(List.of(apiCall(ws, "me.read", 200), apiCall(ws, "me.read", 200), apiCall(ws, "me.read", 200)));
        awaitRows(ws, 3);
        // someone with database access rewrites history
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + dbHost + ":" + dbPort + "/postern", "audit", ownerPassword);
             PreparedStatement s = c.prepareStatement("update audit.audit_log set actor_ip = '198.51.100.66' where workspace_id = ? and seq = 2")) {
            s.setString(1, ws);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        given().header(InternalToken.HEADER, token(ws)).get(path(ws) + "/verify")
                .then().statusCode(200).body("valid", equalTo(false)).body("first_invalid_seq", equalTo(2));
    }

    @Test
    void theServiceRoleCannotRewriteTheLog() throws SQLException {
        String ws = workspace();
        publish(List.of(apiCall(ws, "me.read", 200)));
        awaitRows(ws, 1);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + dbHost + ":" + dbPort + "/postern", "audit_app",
                org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("postern.db.app-password", String.class));
             PreparedStatement s = c.prepareStatement("delete from audit.audit_log")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(s::executeUpdate).isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void poisonRecordsGoToTheTopicsDeadLetterTopicAndTheConsumerMovesOn() {
        String ws = workspace();
        String garbage = "{\"not\":\"an event\",\"marker\":\"" + UUID.randomUUID() + "\"}";
        EventEnvelope wrongKey = apiCall(ws, "me.read", 200);
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.API_CALLS, ws, garbage));
            producer.send(new ProducerRecord<>(Topics.API_CALLS, "ws_someone_else", EventJson.write(wrongKey)));
            producer.flush();
        }
        EventEnvelope good = apiCall(ws, "me.read", 200);
        publish(List.of(good));
        JsonPath log = awaitRows(ws, 1);
        assertThat(log.getList("data.id")).containsExactly(good.id());

        List<ConsumerRecord<String, String>> dead = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(Topics.deadLetter(Topics.API_CALLS)));
            await().atMost(Duration.ofSeconds(90)).until(() -> {
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
            assertThat(new String(r.headers().lastHeader("dead-letter-topic").value(), StandardCharsets.UTF_8)).isEqualTo(Topics.API_CALLS);
        });
    }

    private static String workspace() {
        return "ws_" + EventIds.ulid(Instant.now());
    }

    private static EventEnvelope apiCall(String ws, String action, int status) {
        return EventEnvelope.builder(EventType.API_CALL)
                .source("postern/gateway")
                .workspace(ws)
                .category(Category.WORKSPACE)
                .action(action)
                .actor(Actor.apiKey("key_1", "pstn_live_AbCdEfGh", "203.0.113.7", "curl/8.5.0"))
                .target(Target.of("workspace", ws))
                .correlationId("req_" + EventIds.ulid(Instant.now()))
                .data(new ApiCallV1("GET", "/api/v1/me", "/api/v1/me", status, "req_x", 3, "live"))
                .build();
    }

    private void publish(List<EventEnvelope> events) {
        try (KafkaProducer<String, String> producer = producer()) {
            for (EventEnvelope e : events) {
                producer.send(new ProducerRecord<>(EventType.fromWireName(e.type()).orElseThrow().topic(), e.workspaceId(), EventJson.write(e)));
            }
            producer.flush();
        }
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    private JsonPath awaitRows(String ws, int count) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = given().header(InternalToken.HEADER, token(ws)).get(path(ws) + "?limit=200").then().statusCode(200).extract().jsonPath();
            return last[0].getList("data").size() >= count;
        });
        assertThat(last[0].getList("data")).hasSize(count);
        return last[0];
    }

    private String token(String ws) {
        return InternalToken.issue(secret, "gateway", ws, Duration.ofMinutes(1));
    }

    private static String path(String ws) {
        return "/internal/v1/workspaces/" + ws + "/logs";
    }
}
