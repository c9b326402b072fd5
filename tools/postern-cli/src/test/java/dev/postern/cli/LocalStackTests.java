package dev.postern.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postern.cli.stack.StackException;
import dev.postern.testing.LoopbackPorts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code up} refuses before it starts anything; the stack itself is exercised by tests/isolation. */
class LocalStackTests {

    @TempDir
    Path repo;
    @TempDir
    Path state;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void aBuiltCli() throws IOException {
        Path jar = repo.resolve("tools/postern-cli/target/postern-cli.jar");
        Files.createDirectories(jar.getParent());
        Files.createFile(jar);
    }

    private LocalStack stack(Map<String, String> env) {
        return new LocalStack(repo, state, env, new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @Test
    void aTakenPortStopsUpBeforeAnythingStarts() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<String> free = LoopbackPorts.distinct(5).stream().map(String::valueOf).toList();
            Map<String, String> env = Map.of(
                    "POSTERN_SERVICES", "none",
                    "POSTERN_PG_PORT", free.get(0),
                    "POSTERN_KAFKA_PORT", free.get(1),
                    "POSTERN_KAFKA_CONTROLLER_PORT", free.get(2),
                    "POSTERN_SINK_SMTP_PORT", free.get(3),
                    "POSTERN_SINK_IMAP_PORT", free.get(4),
                    "POSTERN_S3_PORT", Integer.toString(taken.getLocalPort()));
            LocalStack stack = stack(env);

            assertThatThrownBy(stack::up).isInstanceOf(StackException.class)
                    .hasMessage("port " + taken.getLocalPort() + " (s3) is already in use by another process;"
                            + " stop it or set POSTERN_S3_PORT to a free port");
        }
        try (var runFiles = Files.list(state.resolve("run"))) {
            assertThat(runFiles.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".pid"));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("starting");
    }

    @Test
    void aServiceThatWasNeverBuiltIsNamed() {
        assertThatThrownBy(() -> stack(Map.of()).up()).isInstanceOf(StackException.class)
                .hasMessageContaining("services/audit/target/quarkus-app/quarkus-run.jar is missing");
        assertThat(stack(Map.of()).missingArtifacts()).containsExactly(
                repo.resolve("services/audit/target/quarkus-app/quarkus-run.jar"),
                repo.resolve("services/send/target/quarkus-app/quarkus-run.jar"),
                repo.resolve("services/inbound-scanner/app/target/quarkus-app/quarkus-run.jar"),
                repo.resolve("services/webhooks/target/quarkus-app/quarkus-run.jar"),
                repo.resolve("services/gateway/target/quarkus-app/quarkus-run.jar"));
        assertThat(stack(Map.of("POSTERN_SERVICES", "none")).missingArtifacts()).isEmpty();
    }

    @Test
    void downWithNothingRunningStopsNothing() {
        stack(Map.of()).down();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Postern is not running.");
    }
}
