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

    /** Every scope a key can be given; anything else is refused when a key is created. */
    public static final Set<String> KNOWN = Set.of(ALL, WORKSPACE_READ, API_KEYS_READ, API_KEYS_WRITE, LOGS_READ,
            "workspace:*", "api_keys:*", "logs:*");

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
