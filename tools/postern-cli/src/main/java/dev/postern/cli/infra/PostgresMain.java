package dev.postern.cli.infra;

import dev.postern.testing.Postgres;
import java.nio.file.Path;
import java.util.Map;

/**
 * Holds the local stack's embedded PostgreSQL: starts it on the data directory (kept between
 * runs), reports the superuser connection in the readiness file (mode 600, removed at stop), and
 * stops the server when this JVM is told to stop.
 *
 * <p>Arguments: {@code <data-dir> <port> <ready-file>}.
 */
public final class PostgresMain {

    private static final String USAGE = "PostgresMain <data-dir> <port> <ready-file>";

    /** Readiness-file keys the CLI reads to bootstrap the database. */
    public static final String SUPERUSER_URL = "POSTERN_PG_SUPERUSER_URL";
    public static final String SUPERUSER = "POSTERN_PG_SUPERUSER";
    public static final String SUPERUSER_PASSWORD = "POSTERN_PG_SUPERUSER_PASSWORD";

    private PostgresMain() {
    }

    public static void main(String[] args) {
        Path dataDir = InfraProcess.path(args, 0, USAGE);
        int port = InfraProcess.number(args, 1, USAGE);
        Path readyFile = InfraProcess.path(args, 2, USAGE);
        InfraProcess.run("postgres", readyFile, () -> {
            Postgres postgres = Postgres.startEmbedded(dataDir, port);
            String password = postgres.superuserPassword();
            return new InfraProcess.Running(
                    Map.of(SUPERUSER_URL, postgres.superuserJdbcUrl(),
                            SUPERUSER, postgres.superuser(),
                            SUPERUSER_PASSWORD, password == null ? "" : password),
                    postgres::close);
        });
    }
}
