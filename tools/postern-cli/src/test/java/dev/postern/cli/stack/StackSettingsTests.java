package dev.postern.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackSettingsTests {

    @Test
    void defaultsRunEverythingOnTheDocumentedPorts() {
        StackSettings settings = StackSettings.from(Map.of());

        assertThat(settings.componentsToRun()).extracting(Component::name)
                .containsExactly("postgres", "kafka", "s3", "sink", "audit", "send", "inbound-scanner", "webhooks", "gateway");
        assertThat(settings.port("postgres")).isEqualTo(15432);
        assertThat(settings.port("send")).isEqualTo(18082);
        assertThat(settings.port("webhooks")).isEqualTo(18083);
        assertThat(settings.sinkSmtp()).isEqualTo("smtp://127.0.0.1:3025");
        assertThat(settings.sinkImap()).isEqualTo("imap://127.0.0.1:3143");
        assertThat(settings.port("kafka")).isEqualTo(19092);
        assertThat(settings.kafkaControllerPort()).isEqualTo(19093);
        assertThat(settings.port("s3")).isEqualTo(18333);
        assertThat(settings.port("gateway")).isEqualTo(8080);
        assertThat(settings.port("audit")).isEqualTo(18081);
        assertThat(settings.partitions()).isEqualTo(12);
        assertThat(settings.heaps()).containsEntry("gateway", "256m").containsEntry("kafka", "384m")
                .containsEntry("postgres", "128m").containsEntry("s3", "128m");
        assertThat(settings.startTimeout()).isEqualTo(Duration.ofSeconds(180));
    }

    @Test
    void everyPortAndSizeMovesWithItsVariable() {
        StackSettings settings = StackSettings.from(Map.of(
                "POSTERN_KAFKA_PORT", "29092",
                "POSTERN_GATEWAY_PORT", "9090",
                "POSTERN_KAFKA_PARTITIONS", "3",
                "POSTERN_SERVICE_HEAP", "512m",
                "POSTERN_AUDIT_HEAP", "1g"));

        assertThat(settings.kafkaBootstrap()).isEqualTo("127.0.0.1:29092");
        assertThat(settings.kafkaControllerPort()).isEqualTo(29093);
        assertThat(settings.serviceUrl("gateway")).isEqualTo("http://127.0.0.1:9090");
        assertThat(settings.partitions()).isEqualTo(3);
        assertThat(settings.heaps()).containsEntry("gateway", "512m").containsEntry("audit", "1g");
        assertThat(settings.componentsToRun()).filteredOn(c -> c.name().equals("kafka")).singleElement()
                .satisfies(kafka -> assertThat(kafka.ports()).extracting(PortClaim::port).containsExactly(29092, 29093));
    }

    @Test
    void theMailSinkClaimsItsSmtpAndImapPorts() {
        StackSettings settings = StackSettings.from(Map.of("POSTERN_SINK_SMTP_PORT", "4025", "POSTERN_SINK_IMAP_PORT", "4143"));

        assertThat(settings.componentsToRun()).filteredOn(c -> c.name().equals("sink")).singleElement().satisfies(sink -> {
            assertThat(sink.kind()).isEqualTo(Component.Kind.INFRA);
            assertThat(sink.ports()).extracting(PortClaim::port).containsExactly(4025, 4143);
            assertThat(sink.ports()).extracting(PortClaim::variable).containsExactly("POSTERN_SINK_SMTP_PORT", "POSTERN_SINK_IMAP_PORT");
        });
        assertThat(settings.sinkImap()).isEqualTo("imap://127.0.0.1:4143");
        assertThat(settings.portVariables()).containsEntry("POSTERN_SINK_SMTP_PORT", "4025").containsEntry("POSTERN_SINK_IMAP_PORT", "4143");
        assertThat(StackSettings.startableNames()).contains("sink").doesNotContain("sink-imap");
    }

    @Test
    void infrastructureOnlyRunsNoService() {
        assertThat(StackSettings.from(Map.of("POSTERN_SERVICES", "none")).componentsToRun())
                .extracting(Component::name).containsExactly("postgres", "kafka", "s3", "sink");
        assertThat(StackSettings.from(Map.of("POSTERN_SERVICES", "gateway")).componentsToRun())
                .extracting(Component::name).containsExactly("postgres", "kafka", "s3", "sink", "gateway");
    }

    @Test
    void anExternalDatabaseReplacesTheEmbeddedOne() {
        StackSettings settings = StackSettings.from(Map.of(
                "POSTERN_DB_URL", "jdbc:postgresql://db.local:6543/postgres?user=admin&password=s%40cret"));

        assertThat(settings.componentsToRun()).extracting(Component::name).doesNotContain("postgres");
        assertThat(settings.allComponents()).first().satisfies(pg -> {
            assertThat(pg.kind()).isEqualTo(Component.Kind.EXTERNAL);
            assertThat(pg.address()).isEqualTo("db.local:6543 (external)");
        });
        assertThat(settings.databaseHost()).isEqualTo("db.local");
        assertThat(settings.databasePort()).isEqualTo(6543);
        ExternalDatabase db = settings.externalDatabase().orElseThrow();
        assertThat(db.user()).isEqualTo("admin");
        assertThat(db.password()).isEqualTo("s@cret");
        assertThat(db.toString()).doesNotContain("cret");
    }

    @Test
    void badValuesAreRefusedNamingTheVariable() {
        assertThatThrownBy(() -> StackSettings.from(Map.of("POSTERN_GATEWAY_PORT", "eighty")))
                .isInstanceOf(StackException.class).hasMessageContaining("POSTERN_GATEWAY_PORT").hasMessageContaining("eighty");
        assertThatThrownBy(() -> StackSettings.from(Map.of("POSTERN_S3_PORT", "70000")))
                .isInstanceOf(StackException.class).hasMessageContaining("POSTERN_S3_PORT");
        assertThatThrownBy(() -> StackSettings.from(Map.of("POSTERN_SERVICES", "gateway,mailer")))
                .isInstanceOf(StackException.class).hasMessageContaining("mailer");
        assertThatThrownBy(() -> StackSettings.from(Map.of("POSTERN_SERVICE_HEAP", "lots")))
                .isInstanceOf(StackException.class).hasMessageContaining("POSTERN_SERVICE_HEAP");
        assertThatThrownBy(() -> StackSettings.from(Map.of("POSTERN_DB_URL", "postgres://h/db?password=hunter2")))
                .isInstanceOf(StackException.class).hasMessageContaining("POSTERN_DB_URL").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> StackSettings.from(Map.of("POSTERN_DB_URL", "jdbc:postgresql://h/db?password=hunter2")))
                .isInstanceOf(StackException.class).hasMessageContaining("superuser").hasMessageNotContaining("hunter2");
    }
}
