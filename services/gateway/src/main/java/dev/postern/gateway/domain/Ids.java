package dev.postern.gateway.domain;

import dev.postern.events.EventIds;
import java.time.Instant;

/** Public identifiers: a type prefix and a ULID, so an id says what it names and sorts by creation. */
public final class Ids {

    private Ids() {
    }

    public static String workspace() {
        return "ws_" + EventIds.ulid(Instant.now());
    }

    public static String apiKey() {
        return "key_" + EventIds.ulid(Instant.now());
    }

    public static String agent() {
        return "agt_" + EventIds.ulid(Instant.now());
    }

    public static String message() {
        return "msg_" + EventIds.ulid(Instant.now());
    }

    public static String request() {
        return "req_" + EventIds.ulid(Instant.now());
    }
}
