package dev.postern.events;

import dev.postern.events.payload.ApiCallV1;
import dev.postern.events.payload.ApiKeyCreatedV1;
import dev.postern.events.payload.ApiKeyRevokedV1;
import dev.postern.events.payload.WorkspaceCreatedV1;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type: its wire name, payload schema version, payload record, audit category and
 * topic. Adding an event means adding a line here and a payload record; the golden tests then pin
 * its wire form.
 */
public enum EventType {

    API_CALL("api.call", 1, ApiCallV1.class, Category.AUTH, Topics.API_CALLS),
    WORKSPACE_CREATED("workspace.created", 1, WorkspaceCreatedV1.class, Category.WORKSPACE, Topics.WORKSPACE),
    API_KEY_CREATED("api_key.created", 1, ApiKeyCreatedV1.class, Category.AUTH, Topics.WORKSPACE),
    API_KEY_REVOKED("api_key.revoked", 1, ApiKeyRevokedV1.class, Category.AUTH, Topics.WORKSPACE);

    private static final Map<String, EventType> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::wireName, Function.identity()));

    private final String wireName;
    private final int version;
    private final Class<?> payloadType;
    private final Category category;
    private final String topic;

    EventType(String wireName, int version, Class<?> payloadType, Category category, String topic) {
        this.wireName = wireName;
        this.version = version;
        this.payloadType = payloadType;
        this.category = category;
        this.topic = topic;
    }

    public String wireName() { return wireName; }
    public int version() { return version; }
    public Class<?> payloadType() { return payloadType; }
    /** The default category; an api.call's category is that of the API area called. */
    public Category category() { return category; }
    public String topic() { return topic; }

    public static Optional<EventType> fromWireName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
