package dev.postern.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchSettingsTests {

    @TempDir
    Path dir;

    @Test
    void readsTheLocalEnvFileAndTakesOptions() throws Exception {
        Path env = dir.resolve("local.env");
        Files.writeString(env, "# written by ./postern\nexport POSTERN_URL='http://127.0.0.1:18080'\nPOSTERN_TEST_API_KEY=pstn_test_abc\n");
        BenchSettings s = BenchSettings.parse(List.of("--env", env.toString(), "--users", "4", "--count", "10"), Map.of());
        assertThat(s.gateway().toString()).isEqualTo("http://127.0.0.1:18080");
        assertThat(s.testKey()).isEqualTo("pstn_test_abc");
        assertThat(s.users()).isEqualTo(4);
        assertThat(s.count()).isEqualTo(10);
        assertThat(s.warmup()).isEqualTo(300);
    }

    @Test
    void refusesLiveKeysRemoteHostsAndNonsense() {
        Map<String, String> env = Map.of();
        assertThatThrownBy(() -> BenchSettings.parse(List.of("--env", "none", "--url", "http://127.0.0.1:1", "--key", "pstn_live_x"), env))
                .hasMessageContaining("test-mode");
        assertThatThrownBy(() -> BenchSettings.parse(List.of("--env", "none", "--url", "http://192.0.2.1:8080", "--key", "pstn_test_x"), env))
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> BenchSettings.parse(List.of("--env", "none", "--url", "http://localhost:1", "--key", "pstn_test_x",
                "--users", "0"), env)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> BenchSettings.parse(List.of("--env", "none"), env)).hasMessageContaining("./postern up");
    }

    @Test
    void percentilesAreNearestRank() {
        long[] ms = new long[100];
        for (int i = 0; i < 100; i++) {
            ms[i] = (100 - i) * 1_000_000L;
        }
        PhaseResult r = new PhaseResult("x", 100, 100, 0, 1_000_000_000L, ms, null, false);
        assertThat(r.percentileMillis(50)).isEqualTo(50.0);
        assertThat(r.percentileMillis(99)).isEqualTo(99.0);
        assertThat(r.okPerSecond()).isEqualTo(100.0);
    }
}
