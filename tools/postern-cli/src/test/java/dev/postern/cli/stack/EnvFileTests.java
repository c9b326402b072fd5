package dev.postern.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvFileTests {

    @TempDir
    Path dir;

    private static Map<String, String> tricky() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("POSTERN_URL", "http://127.0.0.1:8080");
        entries.put("QUOTE", "it's \"quoted\"");
        entries.put("DOLLAR", "$HOME and `id` and $(id)");
        entries.put("SPACES", "  a b  ");
        entries.put("BACKSLASH", "a\\b\\'c");
        entries.put("EMPTY", "");
        return entries;
    }

    @Test
    void whatIsWrittenIsReadBackInOrder() throws IOException {
        Path file = dir.resolve("local.env");
        EnvFile.write(file, tricky(), "header line");

        Map<String, String> read = EnvFile.read(file);

        assertThat(read).containsExactlyEntriesOf(tricky());
        assertThat(Files.readString(file)).startsWith("# header line\n");
    }

    @Test
    void aShellSourcingTheFileSeesTheSameValuesUnexpanded() throws Exception {
        Path file = dir.resolve("local.env");
        EnvFile.write(file, tricky(), null);

        Process sh = new ProcessBuilder("sh", "-c",
                "set -a; . \"$1\"; set +a; "
                        + "printf '%s\\n' \"$POSTERN_URL\" \"$QUOTE\" \"$DOLLAR\" \"$SPACES\" \"$BACKSLASH\" \"$EMPTY\"",
                "sh", file.toString())
                .redirectErrorStream(true).start();
        assertThat(sh.waitFor(10, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

        assertThat(sh.exitValue()).isZero();
        assertThat(lines).containsExactlyElementsOf(tricky().values());
    }

    @Test
    void isReadableByItsOwnerOnly() throws IOException {
        Path file = dir.resolve("secrets.env");
        EnvFile.write(file, Map.of("A", "b"), null);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void readsLinesWrittenByHandInCommonShapes() {
        Map<String, String> read = EnvFile.parse(List.of(
                "# comment",
                "",
                "export A=plain",
                "B=\"double \\\"quoted\\\" $x\"",
                "C='single'  # trailing comment",
                "not a line",
                "D=x\\ y"));

        assertThat(read).containsExactly(
                Map.entry("A", "plain"),
                Map.entry("B", "double \"quoted\" $x"),
                Map.entry("C", "single"),
                Map.entry("D", "x y"));
    }

    @Test
    void aMissingFileReadsAsEmpty() throws IOException {
        assertThat(EnvFile.read(dir.resolve("absent.env"))).isEmpty();
    }

    @Test
    void refusesWhatAShellCouldNotReadBack() {
        assertThatThrownBy(() -> EnvFile.format(Map.of("NOT-A-NAME", "x"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EnvFile.format(Map.of("A", "two\nlines"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rewritingReplacesTheWholeFile() throws IOException {
        Path file = dir.resolve("local.env");
        EnvFile.write(file, Map.of("OLD", "1"), null);
        EnvFile.write(file, Map.of("NEW", "2"), null);

        assertThat(EnvFile.read(file)).containsExactly(Map.entry("NEW", "2"));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
