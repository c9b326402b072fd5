package dev.postern.testing;

import java.nio.file.Path;

/** Run in a child JVM by {@link PostgresTests}: starts a server, says so, then waits to be killed. */
public final class OrphanedPostgresMain {

    static final String READY = "postgres-ready";

    private OrphanedPostgresMain() {
    }

    public static void main(String[] args) throws Exception {
        Postgres.startEmbedded(Path.of(args[0]), 0);
        System.out.println(READY);
        System.out.flush();
        // Blocks until the parent kills this JVM; stdin stays open until then.
        System.in.read();
    }
}
