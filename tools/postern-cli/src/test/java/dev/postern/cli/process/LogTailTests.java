package dev.postern.cli.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTests {

    @TempDir
    Path dir;

    @Test
    void theLastLinesOfALongLog() throws IOException {
        Path log = dir.resolve("gateway.log");
        Files.writeString(log, IntStream.rangeClosed(1, 5000).mapToObj(i -> "line " + i + " " + "x".repeat(i % 50))
                .collect(Collectors.joining("\n", "", "\n")));

        assertThat(LogTail.lastLines(log, 3)).containsExactly(
                "line 4998 " + "x".repeat(48), "line 4999 " + "x".repeat(49), "line 5000 ");
        assertThat(LogTail.lastLines(log, 100)).hasSize(100).startsWith("line 4901 " + "x".repeat(1));
    }

    @Test
    void aShortLogWithoutFinalLineBreakIsShownWhole() throws IOException {
        Path log = dir.resolve("s3.log");
        Files.writeString(log, "one\ntwo");

        assertThat(LogTail.lastLines(log, 100)).containsExactly("one", "two");
    }

    @Test
    void noLogNoLines() {
        assertThat(LogTail.lastLines(dir.resolve("absent.log"), 100)).isEmpty();
    }

    @Test
    void followingCopiesWhatIsAppended() throws Exception {
        Path log = dir.resolve("kafka.log");
        Files.writeString(log, "old\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicBoolean stop = new AtomicBoolean();
        long end = Files.size(log);
        Thread follower = new Thread(() -> {
            try {
                LogTail.follow(log, end, out, stop::get);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        follower.start();
        Files.writeString(log, "new\n", StandardOpenOption.APPEND);
        await().atMost(Duration.ofSeconds(5)).until(() -> out.toString(StandardCharsets.UTF_8).contains("new"));
        stop.set(true);
        follower.join(2000);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("new\n");
    }
}
