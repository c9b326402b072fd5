package dev.postern.cli.stack;

import java.util.List;

/**
 * One process of the local stack as the user sees it in {@code up} and {@code status}: its name
 * (which is also its pid-file, log-file and process-marker name), what kind it is, the ports it
 * listens on and the address to show.
 */
public record Component(String name, Kind kind, List<PortClaim> ports, String address) {

    public enum Kind {
        /** Kafka, PostgreSQL, S3: a main class of this module around a libs/testing starter. */
        INFRA,
        /** A Quarkus service, healthy when {@code /q/health/ready} answers 200. */
        SERVICE,
        /** A server the user runs (POSTERN_DB_URL); shown, never started or stopped. */
        EXTERNAL
    }

    public int port() {
        return ports.get(0).port();
    }
}
