package dev.postern.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresTests {

    @TempDir
    Path dataDir;

    @Test
    void restartOnTheSameDataDirectoryKeepsData() throws SQLException {
        try (Postgres postgres = Postgres.startEmbedded(dataDir, 0)) {
            assertThat(postgres.superuserJdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + postgres.port() + "/postgres");
            assertThat(postgres.superuser()).isEqualTo("postgres");
            assertThat(postgres.superuserPassword()).isEmpty();
            try (Connection connection = connect(postgres); Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE kept (id int PRIMARY KEY, note text)");
                sql.execute("INSERT INTO kept VALUES (1, 'written before the restart')");
            }
        }

        try (Postgres postgres = Postgres.startEmbedded(dataDir, 0);
             Connection connection = connect(postgres);
             Statement sql = connection.createStatement()) {
            assertThat(column(sql, "SELECT note FROM kept WHERE id = 1")).containsExactly("written before the restart");
            assertThat(column(sql, "SELECT current_setting('listen_addresses')")).containsExactly("127.0.0.1");
            assertThat(column(sql, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user")).containsExactly("true");
        }
    }

    @Test
    void aServerLeftRunningByAKilledJvmIsStoppedAndItsDataServed() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanedPostgresMain.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(
                    () -> output.lines().anyMatch(OrphanedPostgresMain.READY::equals));
            assertThat(ready.get(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            // SIGKILL: no shutdown hook runs, the postmaster is left behind.
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        long orphan = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphan)).hasValueSatisfying(process -> assertThat(process.isAlive()).isTrue());

        try (Postgres postgres = Postgres.startEmbedded(dataDir, 0);
             Connection connection = connect(postgres);
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
        }
    }

    private static Connection connect(Postgres postgres) throws SQLException {
        return TestConnections.open(postgres.superuserJdbcUrl(), postgres.superuser(), postgres.superuserPassword());
    }

    private static List<String> column(Statement sql, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
