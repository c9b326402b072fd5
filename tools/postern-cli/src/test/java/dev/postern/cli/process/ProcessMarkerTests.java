package dev.postern.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessMarkerTests {

    @TempDir
    Path dir;

    @Test
    void aCommandLineCarriesTheMarkerOnlyAsAWholeArgument() {
        byte[] cmdline = "java\0-Dpostern.component=gateway\0-Xmx256m\0-jar\0quarkus-run.jar\0"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(ProcessMarker.carries(cmdline, "gateway")).isTrue();
        assertThat(ProcessMarker.carries(cmdline, "gate")).isFalse();
        assertThat(ProcessMarker.carries(cmdline, "audit")).isFalse();
        assertThat(ProcessMarker.carries(List.of("java", "-Dpostern.component=gateway-2"), "gateway")).isFalse();
    }

    @Test
    void aPidFileIsTrustedOnlyWhileItsProcessCarriesTheMarker() throws Exception {
        PidFiles pids = new PidFiles(name -> dir.resolve(name + ".pid"));
        Process marked = new ProcessBuilder("sh", "-c", "sleep 30", "sh", ProcessMarker.markerFor("kafka")).start();
        try {
            pids.write("kafka", marked.pid());
            pids.write("s3", marked.pid());

            assertThat(pids.running("kafka")).hasValueSatisfying(p -> assertThat(p.pid()).isEqualTo(marked.pid()));
            // Same pid, other component: as if the kernel had given the pid to a different process.
            assertThat(pids.running("s3")).isEmpty();
        } finally {
            marked.destroyForcibly();
            marked.waitFor(5, TimeUnit.SECONDS);
        }
        assertThat(pids.running("kafka")).isEmpty();
    }

    @Test
    void aProcessWithoutTheMarkerIsNeverClaimed() {
        assertThat(ProcessMarker.find(ProcessHandle.current().pid(), "gateway")).isEmpty();
    }

    @Test
    void aMissingOrGarbledPidFileMeansNotRunning() throws Exception {
        PidFiles pids = new PidFiles(name -> dir.resolve(name + ".pid"));
        java.nio.file.Files.writeString(dir.resolve("audit.pid"), "not a pid");

        assertThat(pids.running("gateway")).isEmpty();
        assertThat(pids.running("audit")).isEmpty();
    }
}
