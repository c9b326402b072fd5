package dev.postern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTests {

    @TempDir
    Path state;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Main main = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return main.run(args, Map.of("POSTERN_STATE_DIR", state.toString(),
                // ports nobody uses, so that a stack running on this machine is not what status reports
                "POSTERN_GATEWAY_PORT", "1", "POSTERN_AUDIT_PORT", "2", "POSTERN_KAFKA_PORT", "3",
                "POSTERN_PG_PORT", "5", "POSTERN_S3_PORT", "6"));
    }

    @Test
    void noCommandPrintsUsageAndExitsTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no command given").contains("usage: ./postern");
    }

    @Test
    void anUnknownCommandPrintsUsageAndExitsTwo() {
        assertThat(run("launch")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'launch'").contains("usage:");
    }

    @Test
    void statusOfAStackThatNeverRanShowsEveryComponentStopped() {
        assertThat(run("status")).isEqualTo(Main.NOT_ALL_UP);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("postgres +stopped")
                .containsPattern("kafka +stopped")
                .containsPattern("s3 +stopped")
                .containsPattern("sink +stopped")
                .containsPattern("audit +stopped")
                .containsPattern("send +stopped")
                .containsPattern("gateway +stopped")
                .contains("Postern is not running");
    }

    @Test
    void downWithNothingRunningSaysSoAndSucceeds() {
        assertThat(run("down")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Postern is not running.");
    }

    @Test
    void logsOfAnUnknownComponentIsAClearError() {
        assertThat(run("logs", "mailer")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no component named 'mailer'").contains("gateway");
    }

    @Test
    void createWorkspaceWithoutARunningStackIsAClearError() {
        assertThat(run("admin", "create-workspace", "--name", "acme")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Postern is not running").contains("./postern up");
    }
}
