package dev.postern.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import dev.postern.events.Topics;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The in-process broker and the embedded database, wired into a Quarkus application under test. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "probe"))
class PosternInfraResourceTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    ProbeRecords records;

    @Inject
    Pool database;

    @Test
    void aRecordKeyedByWorkspaceGoesThroughTheBroker() {
        String workspaceId = "ws-" + UUID.randomUUID();
        List<String> payloads = List.of("first " + workspaceId, "second " + workspaceId);
        payloads.forEach(payload -> records.send(workspaceId, payload));

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(received(workspaceId))
                .extracting(ConsumerRecord::value)
                .containsExactlyElementsOf(payloads));
        List<ConsumerRecord<String, String>> received = received(workspaceId);
        assertThat(received).extracting(ConsumerRecord::topic).containsOnly(Topics.AUDIT);
        // One key, one partition: per-workspace order is kept.
        assertThat(received).extracting(ConsumerRecord::partition).containsOnly(received.get(0).partition());
    }

    @Test
    void theReactiveClientRunsAsTheServiceAppRoleInTheServiceSchema() {
        Row row = database.query("SELECT current_user, current_schema(), "
                        + "(SELECT rolbypassrls FROM pg_roles WHERE rolname = current_user)")
                .execute()
                .await().atMost(TIMEOUT)
                .iterator().next();

        assertThat(row.getString(0)).isEqualTo("probe_app");
        assertThat(row.getString(1)).isEqualTo("probe");
        assertThat(row.getBoolean(2)).isFalse();
    }

    @Test
    void theApplicationSharesTheInfrastructureOfPlainTestsInThisJvm() throws ReflectiveOperationException {
        // Quarkus loads its own copy of PosternInfra; the class path holds another for plain tests.
        Class<?> plainCopy = ClassLoader.getSystemClassLoader().loadClass(PosternInfra.class.getName());
        assertThat(plainCopy).isNotSameAs(PosternInfra.class);

        Object plainInfra = plainCopy.getMethod("get").invoke(null);

        assertThat(plainCopy.getMethod("kafkaBootstrap").invoke(plainInfra)).isEqualTo(PosternInfra.get().kafkaBootstrap());
        assertThat(plainCopy.getMethod("superuserJdbcUrl").invoke(plainInfra)).isEqualTo(PosternInfra.get().superuserJdbcUrl());
    }

    private List<ConsumerRecord<String, String>> received(String workspaceId) {
        return records.received().stream().filter(record -> workspaceId.equals(record.key())).toList();
    }
}
