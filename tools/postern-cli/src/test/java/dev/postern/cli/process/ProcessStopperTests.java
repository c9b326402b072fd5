package dev.postern.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessStopperTests {

    @Test
    void aProcessThatHonoursSigtermIsStopped() throws Exception {
        ProcessHandle polite = new ProcessBuilder("sleep", "30").start().toHandle();

        assertThat(new ProcessStopper(Duration.ofSeconds(5)).stop(polite)).isEqualTo(ProcessStopper.Outcome.STOPPED);
        assertThat(polite.isAlive()).isFalse();
    }

    @Test
    void aProcessThatIgnoresSigtermIsKilledAfterTheGracePeriod() throws Exception {
        Process shell = new ProcessBuilder("sh", "-c", "trap '' TERM; echo trapped; while :; do sleep 0.1; done").start();
        // Signal only once the trap is in place.
        assertThat(new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8)).readLine())
                .isEqualTo("trapped");
        ProcessHandle stubborn = shell.toHandle();
        ProcessHandle polite = new ProcessBuilder("sleep", "30").start().toHandle();

        Map<ProcessHandle, ProcessStopper.Outcome> outcomes =
                new ProcessStopper(Duration.ofMillis(700)).stopAll(List.of(stubborn, polite));

        assertThat(outcomes).containsEntry(stubborn, ProcessStopper.Outcome.KILLED)
                .containsEntry(polite, ProcessStopper.Outcome.STOPPED);
        assertThat(stubborn.isAlive()).isFalse();
    }
}
