package dev.postern.gateway.rest;

import static dev.postern.gateway.support.SendingApi.as;
import static dev.postern.gateway.support.SendingApi.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.postern.events.Topics;
import dev.postern.events.payload.SendRequestedV1;
import dev.postern.gateway.TestWorkspaces;
import dev.postern.gateway.messaging.IdempotencyPurgeJob;
import dev.postern.gateway.support.SendStandInResource;
import dev.postern.gateway.support.SendingApi;
import dev.postern.gateway.support.TopicRecords;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@WithTestResource(SendStandInResource.class)
class IdempotencyTests {

    @ConfigProperty(name = "postern.internal.secret")
    String internalSecret;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "postern.db.host")
    String dbHost;
    @ConfigProperty(name = "postern.db.port")
    int dbPort;
    @ConfigProperty(name = "postern.db.owner-password")
    String ownerPassword;
    @Inject
    IdempotencyPurgeJob purgeJob;

    TestWorkspaces.Workspace ws;
    String agentId;

    @BeforeEach
    void workspaceWithAnAgent() {
        ws = TestWorkspaces.create(internalSecret, "idempotency");
        agentId = SendingApi.agent(ws.liveKey(), "idem-" + ws.id().substring(ws.id().length() - 8).toLowerCase());
    }

    @Test
    void theSameKeyAndBodyReplaysTheFirstResponseByteForByteAndSendsNothingNew() {
        String key = UUID.randomUUID().toString();
        String body = message(agentId, "ada@example.com", "once only");
        Response first = as(ws.liveKey()).header("Idempotency-Key", key).body(body).post("/api/v1/messages");
        first.then().statusCode(202);
        assertThat(first.getHeader("Idempotent-Replayed")).isNull();
        // same JSON, other key order and spacing: the same request
        String reordered = "{ \"text\": \"Hello there\", \"subject\": \"once only\", \"to\": \"ada@example.com\", \"agent\": \"" + agentId + "\" }";
        Response again = as(ws.liveKey()).header("Idempotency-Key", key).body(reordered).post("/api/v1/messages");
        again.then().statusCode(202).header("Idempotent-Replayed", "true");
        assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(again.getContentType()).isEqualTo(first.getContentType());

        String id = first.path("id");
        var records = TopicRecords.matching(bootstrap, Topics.SEND_REQUESTS, r -> r.key().equals(ws.id()), 1);
        assertThat(records).hasSize(1);
        assertThat(TopicRecords.events(records).get(0).dataAs(SendRequestedV1.class))
                .satisfies(d -> assertThat(d.messageId()).isEqualTo(id))
                .satisfies(d -> assertThat(d.idempotencyKey()).isEqualTo(key));
    }

    @Test
    void theSameKeyWithAnotherBodyOrPathIsRefused() {
        String key = UUID.randomUUID().toString();
        as(ws.liveKey()).header("Idempotency-Key", key).body(message(agentId, "ada@example.com", "first")).post("/api/v1/messages")
                .then().statusCode(202);
        as(ws.liveKey()).header("Idempotency-Key", key).body(message(agentId, "ada@example.com", "second")).post("/api/v1/messages")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "idempotency-key-reused"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        as(ws.liveKey()).header("Idempotency-Key", key).body("[" + message(agentId, "ada@example.com", "first") + "]")
                .post("/api/v1/messages/batch").then().statusCode(422)
                .body("type", equalTo(Problem.TYPE_BASE + "idempotency-key-reused"));
        as(ws.liveKey()).header("Idempotency-Key", "has space").body(message(agentId, "a@example.com", "x")).post("/api/v1/messages")
                .then().statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aRefusedRequestLeavesTheKeyFreeForTheCorrectedOne() {
        String key = UUID.randomUUID().toString();
        as(ws.liveKey()).body("{\"status\":\"paused\"}").patch("/api/v1/agents/" + agentId).then().statusCode(200);
        String body = message(agentId, "ada@example.com", "after resume");
        as(ws.liveKey()).header("Idempotency-Key", key).body(body).post("/api/v1/messages").then().statusCode(409);
        as(ws.liveKey()).body("{\"status\":\"active\"}").patch("/api/v1/agents/" + agentId).then().statusCode(200);
        as(ws.liveKey()).header("Idempotency-Key", key).body(body).post("/api/v1/messages").then().statusCode(202)
                .header("Idempotent-Replayed", (String) null);
    }

    @Test
    void concurrentDuplicatesMakeOneMessage() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = message(agentId, "ada@example.com", "racing");
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<Response>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < callers; i++) {
                Callable<Response> call = () -> {
                    start.await();
                    return as(ws.liveKey()).header("Idempotency-Key", key).body(body).post("/api/v1/messages");
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            int replays = 0;
            for (Future<Response> f : futures) {
                Response r = f.get();
                assertThat(r.statusCode()).as(r.asString()).isIn(202, 409);
                if (r.statusCode() == 202) {
                    ids.add(r.path("id"));
                    replays += "true".equals(r.getHeader("Idempotent-Replayed")) ? 1 : 0;
                } else {
                    assertThat(r.<String>path("type")).isEqualTo(Problem.TYPE_BASE + "idempotency-key-in-progress");
                }
            }
            assertThat(ids).hasSize(1);
            assertThat(replays).isGreaterThanOrEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(TopicRecords.matching(bootstrap, Topics.SEND_REQUESTS, r -> r.key().equals(ws.id()), 1)).hasSize(1);
    }

    @Test
    void keysAreSeparatePerWorkspaceAndPerKeyMode() {
        String key = UUID.randomUUID().toString();
        String live = as(ws.liveKey()).header("Idempotency-Key", key).body(message(agentId, "ada@example.com", "m"))
                .post("/api/v1/messages").then().statusCode(202).extract().path("id");
        String test = as(ws.testKey()).header("Idempotency-Key", key).body(message(agentId, "ada@example.com", "m"))
                .post("/api/v1/messages").then().statusCode(202).header("Idempotent-Replayed", (String) null).extract().path("id");
        assertThat(test).isNotEqualTo(live);
        TestWorkspaces.Workspace other = TestWorkspaces.create(internalSecret, "idempotency-other");
        String otherAgent = SendingApi.agent(other.liveKey(), "idem-other-" + other.id().substring(other.id().length() - 8).toLowerCase());
        as(other.liveKey()).header("Idempotency-Key", key).body(message(otherAgent, "ada@example.com", "m"))
                .post("/api/v1/messages").then().statusCode(202).header("Idempotent-Replayed", (String) null);
    }

    @Test
    void agentCreationHonoursTheKeyToo() {
        String key = UUID.randomUUID().toString();
        Response first = as(ws.liveKey()).header("Idempotency-Key", key).body("{\"name\":\"idem-agent\"}").post("/api/v1/agents");
        first.then().statusCode(201);
        Response again = as(ws.liveKey()).header("Idempotency-Key", key).body("{\"name\":\"idem-agent\"}").post("/api/v1/agents");
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.asString()).isEqualTo(first.asString());
    }

    @Test
    void expiredRecordsArePurgedAndTheKeyCanBeUsedAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = message(agentId, "ada@example.com", "expiring");
        String firstId = as(ws.liveKey()).header("Idempotency-Key", key).body(body).post("/api/v1/messages")
                .then().statusCode(202).extract().path("id");
        try (Connection owner = DriverManager.getConnection("jdbc:postgresql://" + dbHost + ":" + dbPort + "/postern", "gateway", ownerPassword);
             PreparedStatement age = owner.prepareStatement(
                     "update gateway.idempotency_keys set expires_at = now() - interval '1 second' where workspace_id = ? and idem_key = ?")) {
            age.setString(1, ws.id());
            age.setString(2, key);
            assertThat(age.executeUpdate()).isEqualTo(1);
            int[] purged = purgeJob.purge().await().atMost(Duration.ofSeconds(10));
            assertThat(purged[0]).isGreaterThanOrEqualTo(1);
            try (PreparedStatement left = owner.prepareStatement("select count(*) from gateway.idempotency_keys where idem_key = ?")) {
                left.setString(1, key);
                try (ResultSet rs = left.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
            }
        }
        String secondId = as(ws.liveKey()).header("Idempotency-Key", key).body(body).post("/api/v1/messages")
                .then().statusCode(202).header("Idempotent-Replayed", (String) null).extract().path("id");
        assertThat(secondId).isNotEqualTo(firstId);
    }
}
