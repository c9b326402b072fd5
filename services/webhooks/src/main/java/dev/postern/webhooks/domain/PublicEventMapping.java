package dev.postern.webhooks.domain;

import dev.postern.events.EventEnvelope;
import dev.postern.events.PublicEventTypes;
import dev.postern.events.Topics;
import java.util.Map;
import java.util.Optional;

/**
 * Which internal events become public events, under which public type, showing what. A table, not
 * code: the producers' payload records need not exist here (data is read as JSON), so a type added
 * later is one line. Any {@code agent.*} event on the workspace or reputation topic is public as it
 * is (agent status changes from either producer).
 */
public final class PublicEventMapping {

    /** How one internal type is published; {@code withContent}: the message's content is added (a delivered inbound message). */
    public record Rule(String publicType, PayloadProjection projection, boolean withContent) {
        Rule(String publicType, PayloadProjection projection) {
            this(publicType, projection, false);
        }
    }

    /** What to append to the log for one internal event. */
    public record Mapped(String publicType, PayloadProjection projection, boolean withContent) {
    }

    private static final Map<String, Rule> TABLE = Map.ofEntries(
            Map.entry("message.received", new Rule(PublicEventTypes.MESSAGE_RECEIVED, PayloadProjection.FULL, true)),
            Map.entry("reply.received", new Rule(PublicEventTypes.REPLY_RECEIVED, PayloadProjection.FULL, true)),
            Map.entry("message.received.unauthenticated",
                    new Rule(PublicEventTypes.MESSAGE_RECEIVED_UNAUTHENTICATED, PayloadProjection.FULL, true)),
            Map.entry("message.quarantined", new Rule(PublicEventTypes.MESSAGE_QUARANTINED, PayloadProjection.METADATA_ONLY)),
            Map.entry("message.sent", new Rule(PublicEventTypes.MESSAGE_SENT, PayloadProjection.FULL)),
            Map.entry("message.delivered", new Rule(PublicEventTypes.MESSAGE_DELIVERED, PayloadProjection.FULL)),
            Map.entry("message.bounced", new Rule(PublicEventTypes.MESSAGE_BOUNCED, PayloadProjection.FULL)),
            Map.entry("message.complained", new Rule(PublicEventTypes.MESSAGE_COMPLAINED, PayloadProjection.FULL)),
            Map.entry("message.failed", new Rule(PublicEventTypes.MESSAGE_FAILED, PayloadProjection.FULL)),
            Map.entry("webhook_endpoint.disabled",
                    new Rule(PublicEventTypes.WEBHOOK_ENDPOINT_DISABLED, PayloadProjection.METADATA_ONLY)));

    private static final String AGENT_PREFIX = "agent.";

    private PublicEventMapping() {
    }

    public static Optional<Mapped> map(String topic, EventEnvelope event) {
        Rule rule = TABLE.get(event.type());
        if (rule != null) {
            return Optional.of(new Mapped(rule.publicType(), rule.projection(), rule.withContent()));
        }
        if (event.type().startsWith(AGENT_PREFIX) && (Topics.WORKSPACE.equals(topic) || Topics.REPUTATION.equals(topic))) {
            return Optional.of(new Mapped(event.type(), PayloadProjection.FULL, false));
        }
        return Optional.empty();
    }

    /** The internal types the table names (for documentation and tests). */
    public static Map<String, Rule> table() {
        return TABLE;
    }
}
