package dev.postern.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server: the zonky-packaged binaries, run as a child process.
 *
 * <p>The server writes its own log under {@code <dataDir>/log}. Commits are not synchronous
 * (zonky's default): a crash may lose the last fraction of a second, a clean stop loses nothing.
 */
public final class Postgres implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Postgres.class.getName());

    private static final String HOST = "127.0.0.1";
    private static final String SUPERUSER = "postgres";
    private static final String PID_FILE = "postmaster.pid";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedPostgres server;
    private final Path dataDir;
    /** The server process itself; zonky only knows pg_ctl, which exits once the server is up. */
    private final Optional<ProcessHandle> postmaster;

    private Postgres(EmbeddedPostgres server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
        this.postmaster = postmasterOf(dataDir);
    }

    /**
     * Starts a server with its data in {@code dataDir}, kept across restarts: a directory that
     * already holds a cluster is started as it is, an empty or missing one is initialised, and a
     * server a killed JVM left running on it is stopped first. {@code port} 0 picks a free port.
     * Superuser "postgres" without a password (trusted), every other role by SCRAM password;
     * listening on 127.0.0.1 only.
     */
    public static Postgres startEmbedded(Path dataDir, int port) {
        long started = System.nanoTime();
        ServerLogging.quietDown(ServerLogging.POSTGRES);
        stopOrphanedServer(dataDir);
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(STARTUP_TIMEOUT)
                    .setServerConfig("listen_addresses", HOST)
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", "log")
                    .setDataDirectoryCustomizer(Postgres::writeClientAuthentication)
                    .start();
            Postgres postgres = new Postgres(server, dataDir);
            LOG.log(System.Logger.Level.INFO, "PostgreSQL up on {0}:{1} (data {2}) in {3} ms",
                    HOST, String.valueOf(server.getPort()), dataDir,
                    String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL in " + dataDir + " did not start", e);
        }
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return server.getPort();
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/postgres}. */
    public String superuserJdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + port() + "/postgres";
    }

    public String superuser() {
        return SUPERUSER;
    }

    /** Empty: local connections are trusted. */
    public String superuserPassword() {
        return "";
    }

    /**
     * Fast shutdown (sessions are cut, everything committed is kept). Returns once the server
     * process has exited, even when zonky's own shutdown hook got to stop it first.
     */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL on port " + server.getPort() + " did not stop cleanly", e);
        }
        // zonky's own shutdown hook may be the one stopping it, and then close() returns at once;
        // the server removes its pid file last thing on the way out.
        if (Files.exists(dataDir.resolve(PID_FILE))) {
            postmaster.ifPresent(process -> awaitExit(process, STOP_TIMEOUT));
        }
        LOG.log(System.Logger.Level.INFO, "PostgreSQL on port {0} stopped", String.valueOf(server.getPort()));
    }

    /**
     * A JVM killed without its shutdown hooks leaves its postmaster running on the data directory,
     * and a new one would refuse to start. Such a leftover is asked to stop (SIGTERM, smart
     * shutdown: its clients died with that JVM).
     */
    private static void stopOrphanedServer(Path dataDir) {
        Optional<ProcessHandle> leftover = postmasterOf(dataDir);
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = leftover.get();
        LOG.log(System.Logger.Level.WARNING, "Stopping PostgreSQL left running on {0} (pid {1})",
                dataDir, String.valueOf(postmaster.pid()));
        postmaster.destroy();
        awaitExit(postmaster, STOP_TIMEOUT);
    }

    /**
     * initdb's trust-everyone is kept for the superuser only: every other role must present its
     * password, as in production, so a service configured with a wrong one fails here too.
     * Rewritten on every start (zonky calls this after initdb, before the server starts).
     */
    private static void writeClientAuthentication(File dataDir) {
        String rules = String.join("\n",
                "# Written by " + Postgres.class.getName() + " on every start.",
                "local all " + SUPERUSER + " trust",
                "host  all " + SUPERUSER + " " + HOST + "/32 trust",
                "local all all scram-sha-256",
                "host  all all " + HOST + "/32 scram-sha-256",
                "");
        try {
            Files.writeString(dataDir.toPath().resolve("pg_hba.conf"), rules, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write pg_hba.conf in " + dataDir, e);
        }
    }

    private static void awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("PostgreSQL pid " + process.pid() + " still runs after " + timeout, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot wait for PostgreSQL pid " + process.pid(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL pid " + process.pid(), e);
        }
    }

    private static Optional<ProcessHandle> postmasterOf(Path dataDir) {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        long pid;
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            pid = Long.parseLong(lines.get(0).trim());
        } catch (IOException | RuntimeException e) {
            // Unreadable or half-written: PostgreSQL itself decides whether it is stale.
            return Optional.empty();
        }
        // A stale pid may now belong to an unrelated process: only a postgres binary is stopped.
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false));
    }
}
