package dev.postern.auth;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a key may do. A scope is {@code <area>:<read|write>}; {@code *} grants everything and
 * {@code <area>:*} everything in one area. Every authenticated route names the one scope it needs.
 */
public final class Scopes {

    public static final String ALL = "*";
    public static final String WORKSPACE_READ = "workspace:read";
    public static final String API_KEYS_READ = "api_keys:read";
    public static final String API_KEYS_WRITE = "api_keys:write";
    public static final String LOGS_READ = "logs:read";
    public static final String AGENTS_READ = "agents:read";
    public static final String AGENTS_WRITE = "agents:write";
    public static final String MESSAGES_SEND = "messages:send";
    public static final String MESSAGES_READ = "messages:read";
    public static final String SUPPRESSIONS_READ = "suppressions:read";
    public static final String SUPPRESSIONS_WRITE = "suppressions:write";
    public static final String WEBHOOKS_READ = "webhooks:read";
    public static final String WEBHOOKS_WRITE = "webhooks:write";
    public static final String EVENTS_READ = "events:read";
    public static final String INBOUND_READ = "inbound:read";
    public static final String INBOUND_WRITE = "inbound:write";
    public static final String QUARANTINE_READ = "quarantine:read";
    public static final String QUARANTINE_WRITE = "quarantine:write";

    /** Every scope a key can be given; anything else is refused when a key is created. */
    public static final Set<String> KNOWN = Set.of(ALL, WORKSPACE_READ, API_KEYS_READ, API_KEYS_WRITE, LOGS_READ,
            "workspace:*", "api_keys:*", "logs:*",
            AGENTS_READ, AGENTS_WRITE, MESSAGES_SEND, MESSAGES_READ, SUPPRESSIONS_READ, SUPPRESSIONS_WRITE,
            "agents:*", "messages:*", "suppressions:*",
            WEBHOOKS_READ, WEBHOOKS_WRITE, EVENTS_READ, "webhooks:*", "events:*",
            INBOUND_READ, INBOUND_WRITE, QUARANTINE_READ, QUARANTINE_WRITE, "inbound:*", "quarantine:*");

    /** What a key gets when its creator names no scopes. */
    public static final List<String> DEFAULT = List.of(ALL);

    private Scopes() {
    }

    public static boolean grants(Collection<String> held, String required) {
        if (held.contains(ALL) || held.contains(required)) {
            return true;
        }
        int colon = required.indexOf(':');
        return colon > 0 && held.contains(required.substring(0, colon) + ":*");
    }

    public static boolean isKnown(String scope) {
        return KNOWN.contains(scope);
    }
}
