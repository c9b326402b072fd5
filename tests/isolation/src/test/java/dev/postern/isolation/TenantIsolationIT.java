package dev.postern.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.cli.LocalStack;
import dev.postern.cli.stack.CreatedWorkspace;
import dev.postern.events.Topics;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole local stack, started the way ./postern up starts it, and two tenants hammering it at
 * once. Each sees its own calls in its audit log and nothing of the other's, at the route, the
 * service and the topic.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenantIsolationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CALLS_PER_TENANT = 60;

    private static LocalStack stack;
    private static Map<String, String> env;
    private static Api api;
    private static Tenant a;
    private static Tenant b;

    record Tenant(String workspaceId, String key, String userAgent) {
    }

    @BeforeAll
    static void upTheStack() throws IOException {
        stack = TestStacks.create("isolation", Map.of("POSTERN_SERVICES", "audit,gateway"));
        env = stack.up();
        api = new Api(env.get("POSTERN_URL"));
        a = new Tenant(env.get("POSTERN_WORKSPACE_ID"), env.get("POSTERN_API_KEY"), "tenant-a/" + UUID.randomUUID());
        CreatedWorkspace other = stack.createWorkspace("isolation-b");
        b = new Tenant(other.id(), other.liveKey(), "tenant-b/" + UUID.randomUUID());
        assertThat(a.workspaceId()).isNotEqualTo(b.workspaceId());
    }

    @AfterAll
    static void downTheStack() {
        if (stack != null) {
            stack.down();
        }
    }

    @Test
    @Order(1)
    void meAnswersEachTenantsOwnWorkspaceAndABogusKeyIs401() {
        Api.Reply me = api.get(a.key(), "/api/v1/me", a.userAgent());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().at("/workspace/id").asText()).isEqualTo(a.workspaceId());
        assertThat(api.get(b.key(), "/api/v1/me", b.userAgent()).body().at("/workspace/id").asText()).isEqualTo(b.workspaceId());

        Api.Reply bogus = api.get("pstn_live_bogus", "/api/v1/me", "isolation-suite");
        assertThat(bogus.status()).isEqualTo(401);
        assertThat(bogus.contentType()).startsWith("application/problem+json");
        assertThat(bogus.requestId()).startsWith("req_");
    }

    @Test
    @Order(2)
    void underConcurrentLoadEachTenantSeesExactlyItsOwnCalls() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS_PER_TENANT; i++) {
                calls.add(pool.submit(() -> api.get(a.key(), "/api/v1/me", a.userAgent()).status()));
                calls.add(pool.submit(() -> api.get(b.key(), "/api/v1/me", b.userAgent()).status()));
            }
            for (Future<Integer> call : calls) {
                assertThat(call.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        // count every call made above with each tenant's user agent (me.read rows; +1 from test 1)
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(meReads(a)).isEqualTo(CALLS_PER_TENANT + 1);
            assertThat(meReads(b)).isEqualTo(CALLS_PER_TENANT + 1);
        });
        for (Tenant t : List.of(a, b)) {
            Tenant other = t == a ? b : a;
            String everything = allLogRows(t).toString();
            assertThat(everything).doesNotContain(other.workspaceId()).doesNotContain(other.userAgent())
                    .doesNotContain(other.key().substring(0, 18));
        }
    }

    @Test
    @Order(3)
    void anotherTenantsObjectsAreNotFound() {
        Api.Reply created = api.post(a.key(), "/api/v1/api-keys", "{\"name\":\"a-private\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asText();
        assertThat(api.get(b.key(), "/api/v1/api-keys/" + id, b.userAgent()).status()).isEqualTo(404);
        assertThat(api.delete(b.key(), "/api/v1/api-keys/" + id).status()).isEqualTo(404);
        assertThat(api.get(a.key(), "/api/v1/api-keys/" + id, a.userAgent()).body().get("revoked_at").isNull()).isTrue();
        // a workspace id in the query is no way in either: the workspace always comes from the key
        assertThat(api.get(b.key(), "/api/v1/logs?workspace_id=" + a.workspaceId(), b.userAgent()).raw())
                .doesNotContain(a.workspaceId());
    }

    @Test
    @Order(4)
    void everyRecordOnEveryTopicIsKeyedByItsWorkspace() {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, env.get("POSTERN_KAFKA_BOOTSTRAP"),
                ConsumerConfig.GROUP_ID_CONFIG, "isolation-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(Topics.ALL);
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                return records.size() >= 2 * CALLS_PER_TENANT;
            });
        }
        assertThat(records).allSatisfy(r -> {
            JsonNode event = JSON.readTree(r.value());
            assertThat(r.key()).isEqualTo(event.get("workspace_id").asText());
        });
    }

    @Test
    @Order(5)
    void theAuditChainHoldsAndSurvivesARestart() {
        long before = allLogRows(a).size();
        assertThat(api.get(a.key(), "/api/v1/logs/verify", a.userAgent()).body().get("valid").asBoolean()).isTrue();
        stack.down();
        env = stack.up();
        assertThat(env.get("POSTERN_WORKSPACE_ID")).isEqualTo(a.workspaceId());
        assertThat(env.get("POSTERN_API_KEY")).isEqualTo(a.key());
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat((long) allLogRows(a).size()).isGreaterThan(before));
        JsonNode verify = api.get(a.key(), "/api/v1/logs/verify", a.userAgent()).body();
        assertThat(verify.get("valid").asBoolean()).isTrue();
        assertThat(verify.get("rows").asLong()).isGreaterThanOrEqualTo(before);
    }

    private static long meReads(Tenant t) {
        return allLogRows(t).stream()
                .filter(row -> "me.read".equals(row.get("action").asText()))
                .filter(row -> t.userAgent().equals(row.at("/actor/user_agent").asText()))
                .count();
    }

    private static List<JsonNode> allLogRows(Tenant t) {
        List<JsonNode> rows = new ArrayList<>();
        String cursor = null;
        do {
            Api.Reply page = api.get(t.key(), "/api/v1/logs?limit=200" + (cursor == null ? "" : "&cursor=" + cursor), "isolation-reader");
            assertThat(page.status()).isEqualTo(200);
            page.body().get("data").forEach(rows::add);
            cursor = page.body().get("has_more").asBoolean() ? page.body().get("next_cursor").asText() : null;
        } while (cursor != null);
        return rows;
    }
}
