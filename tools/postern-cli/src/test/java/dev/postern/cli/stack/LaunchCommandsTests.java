package dev.postern.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchCommandsTests {

    @TempDir
    Path dir;

    private Component component(StackSettings settings, String name) {
        return settings.componentsToRun().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void secretsTravelInTheEnvironmentAndNeverOnTheCommandLine() throws IOException {
        StackSettings settings = StackSettings.from(Map.of());
        Secrets secrets = Secrets.loadOrCreate(dir.resolve("secrets.env"));
        LaunchCommands commands = new LaunchCommands(dir.resolve("repo"), new StatePaths(dir.resolve("state")), settings, secrets);

        for (Component component : settings.componentsToRun()) {
            String commandLine = String.join(" ", commands.jvmArguments(component)) + " "
                    + String.join(" ", commands.programArguments(component));
            for (String secret : secrets.asMap().values()) {
                assertThat(commandLine).as(component.name()).doesNotContain(secret);
            }
        }
        assertThat(commands.environment(component(settings, "gateway")))
                .containsEntry("POSTERN_DB_OWNER_PASSWORD", secrets.get(Secrets.DB_PASSWORD))
                .containsEntry("POSTERN_DB_APP_PASSWORD", secrets.get(Secrets.DB_PASSWORD))
                .containsEntry("POSTERN_INTERNAL_SECRET", secrets.get(Secrets.INTERNAL_SECRET))
                .containsEntry(Secrets.WEBHOOKS_ENCRYPTION_KEY, secrets.get(Secrets.WEBHOOKS_ENCRYPTION_KEY));
        assertThat(commands.environment(component(settings, "audit"))).doesNotContainKey(Secrets.WEBHOOKS_ENCRYPTION_KEY);
        assertThat(commands.environment(component(settings, "s3")))
                .containsOnlyKeys(Secrets.S3_ACCESS_KEY, Secrets.S3_SECRET_KEY);
    }

    @Test
    void aServiceRunsItsQuarkusJarOnLoopbackWithTheStacksAddresses() throws IOException {
        StackSettings settings = StackSettings.from(Map.of("POSTERN_AUDIT_PORT", "18999", "POSTERN_JAVA_OPTS", "-XX:+UseSerialGC"));
        Path repo = dir.resolve("repo");
        LaunchCommands commands = new LaunchCommands(repo, new StatePaths(dir.resolve("state")), settings,
                Secrets.loadOrCreate(dir.resolve("secrets.env")));

        List<String> args = commands.jvmArguments(component(settings, "gateway"));

        assertThat(args).startsWith("-Xmx256m").endsWith("-XX:+UseSerialGC", "-jar",
                repo.resolve("services/gateway/target/quarkus-app/quarkus-run.jar").toString());
        assertThat(args).contains("-Dquarkus.http.port=8080", "-Dquarkus.http.host=127.0.0.1",
                "-Dkafka.bootstrap.servers=127.0.0.1:19092", "-Dpostern.db.host=127.0.0.1", "-Dpostern.db.port=15432",
                "-Dpostern.db.name=postern", "-Dpostern.mode=local", "-Dpostern.audit.url=http://127.0.0.1:18999");
    }

    @Test
    void kafkaGetsItsPortsPartitionsAndReadinessFile() throws IOException {
        StackSettings settings = StackSettings.from(Map.of("POSTERN_KAFKA_PARTITIONS", "4"));
        StatePaths paths = new StatePaths(dir.resolve("state"));
        LaunchCommands commands = new LaunchCommands(dir.resolve("repo"), paths, settings,
                Secrets.loadOrCreate(dir.resolve("secrets.env")));

        Component kafka = component(settings, "kafka");

        assertThat(commands.jvmArguments(kafka)).startsWith("-Xmx384m").endsWith("dev.postern.cli.infra.KafkaMain");
        assertThat(commands.programArguments(kafka)).containsExactly(paths.dataDir("kafka").toString(), "19092", "19093",
                "4", paths.readyFile("kafka").toString());
    }

    @Test
    void theMailSinkGetsBothPortsAndTheSendServiceDeliversIntoIt() throws IOException {
        StackSettings settings = StackSettings.from(Map.of("POSTERN_SINK_SMTP_PORT", "4025", "POSTERN_GATEWAY_PORT", "9090"));
        StatePaths paths = new StatePaths(dir.resolve("state"));
        LaunchCommands commands = new LaunchCommands(dir.resolve("repo"), paths, settings,
                Secrets.loadOrCreate(dir.resolve("secrets.env")));

        Component sink = component(settings, "sink");
        assertThat(commands.jvmArguments(sink)).startsWith("-Xmx96m").endsWith("dev.postern.cli.infra.MailSinkMain");
        assertThat(commands.programArguments(sink)).containsExactly("4025", "3143", paths.readyFile("sink").toString());
        assertThat(commands.environment(sink)).isEmpty();

        assertThat(commands.jvmArguments(component(settings, "send"))).contains("-Dquarkus.http.port=18082",
                "-Dpostern.transport=smtp", "-Dpostern.smtp.host=127.0.0.1", "-Dpostern.smtp.port=4025",
                "-Dpostern.public-url=http://127.0.0.1:9090");
    }
}
