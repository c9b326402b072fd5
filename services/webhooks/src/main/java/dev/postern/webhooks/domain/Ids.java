package dev.postern.webhooks.domain;

import dev.postern.events.EventIds;
import java.time.Instant;

/** Public identifiers: a type prefix and a ULID. */
public final class Ids {

    private Ids() {
    }

    public static String delivery() {
        return "dlv_" + EventIds.ulid(Instant.now());
    }

    public static String event() {
        return EventIds.newEventId();
    }
}
