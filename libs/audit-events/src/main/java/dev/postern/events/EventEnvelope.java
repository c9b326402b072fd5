package dev.postern.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The one envelope every Postern event travels in. CloudEvents 1.0 structured-mode attribute
 * names where CloudEvents has one ({@code specversion, id, source, type, time, datacontenttype,
 * data}); the audit fields beside them, so any event can become an audit_log row without knowing
 * its producer.
 *
 * <p>{@code id} is unique and is the idempotency key of every consumer. {@code version} is the
 * version of {@code data}'s schema for this {@code type}. The Kafka record key is always
 * {@code workspaceId}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"specversion", "id", "source", "type", "version", "time", "datacontenttype",
        "workspace_id", "category", "action", "actor", "target", "correlation_id", "data"})
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        int version,
        Instant time,
        String datacontenttype,
        String workspaceId,
        Category category,
        String action,
        Actor actor,
        Target target,
        String correlationId,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
    }

    /** Starts an event of the given type: id and time are filled in, everything else is yours. */
    public static Builder builder(EventType type) {
        return new Builder(type);
    }

    /** Reads {@code data} as the payload record of this event's type. */
    public <T> T dataAs(Class<T> payloadType) {
        return EventJson.convert(data, payloadType);
    }

    public static final class Builder {
        private final EventType type;
        private String id = EventIds.newEventId();
        private Instant time = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        private String source;
        private String workspaceId;
        private String action;
        private Category category;
        private Actor actor;
        private Target target;
        private String correlationId;
        private Object data;

        private Builder(EventType type) {
            this.type = type;
            this.action = type.wireName();
            this.category = type.category();
        }

        public Builder id(String id) { this.id = id; return this; }
        public Builder time(Instant time) { this.time = time.truncatedTo(ChronoUnit.MILLIS); return this; }
        public Builder source(String source) { this.source = source; return this; }
        public Builder workspace(String workspaceId) { this.workspaceId = workspaceId; return this; }
        /** Overrides the default action (the type name), e.g. the API operation of an api.call. */
        public Builder action(String action) { this.action = action; return this; }
        /** Overrides the type's default category, e.g. the API area an api.call touched. */
        public Builder category(Category category) { this.category = category; return this; }
        public Builder actor(Actor actor) { this.actor = actor; return this; }
        public Builder target(Target target) { this.target = target; return this; }
        public Builder correlationId(String correlationId) { this.correlationId = correlationId; return this; }
        /** The payload: must be an instance of the type's payload record. */
        public Builder data(Object payload) {
            if (payload != null && !type.payloadType().isInstance(payload)) {
                throw new IllegalArgumentException(type.wireName() + " carries " + type.payloadType().getSimpleName()
                        + ", not " + payload.getClass().getSimpleName());
            }
            this.data = payload;
            return this;
        }

        public EventEnvelope build() {
            return new EventEnvelope(SPEC_VERSION, id, source, type.wireName(), type.version(), time, JSON,
                    workspaceId, category, action, actor, target, correlationId, EventJson.tree(data));
        }
    }
}
