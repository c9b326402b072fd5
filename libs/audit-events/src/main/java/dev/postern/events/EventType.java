package dev.postern.events;

import dev.postern.events.payload.AgentChangedV1;
import dev.postern.events.payload.ApiCallV1;
import dev.postern.events.payload.ApiKeyCreatedV1;
import dev.postern.events.payload.ApiKeyRevokedV1;
import dev.postern.events.payload.InboundMessageV1;
import dev.postern.events.payload.InboundQuarantinedV1;
import dev.postern.events.payload.MessageEventV1;
import dev.postern.events.payload.QuarantineActionV1;
import dev.postern.events.payload.SendRequestedV1;
import dev.postern.events.payload.SenderBlockedV1;
import dev.postern.events.payload.SuppressionChangedV1;
import dev.postern.events.payload.WebhookEndpointChangedV1;
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
    API_KEY_REVOKED("api_key.revoked", 1, ApiKeyRevokedV1.class, Category.AUTH, Topics.WORKSPACE),
    AGENT_CREATED("agent.created", 1, AgentChangedV1.class, Category.AGENTS, Topics.WORKSPACE),
    AGENT_UPDATED("agent.updated", 1, AgentChangedV1.class, Category.AGENTS, Topics.WORKSPACE),
    AGENT_ARCHIVED("agent.archived", 1, AgentChangedV1.class, Category.AGENTS, Topics.WORKSPACE),
    MESSAGE_SEND_REQUESTED("message.send_requested", 1, SendRequestedV1.class, Category.SENDS, Topics.SEND_REQUESTS),
    MESSAGE_QUEUED("message.queued", 1, MessageEventV1.class, Category.SENDS, Topics.MESSAGES),
    MESSAGE_SCHEDULED("message.scheduled", 1, MessageEventV1.class, Category.SENDS, Topics.MESSAGES),
    MESSAGE_SENT("message.sent", 1, MessageEventV1.class, Category.SENDS, Topics.MESSAGES),
    MESSAGE_DELIVERED("message.delivered", 1, MessageEventV1.class, Category.SENDS, Topics.MESSAGES),
    MESSAGE_BOUNCED("message.bounced", 1, MessageEventV1.class, Category.SENDS, Topics.MESSAGES),
    MESSAGE_COMPLAINED("message.complained", 1, MessageEventV1.class, Category.SENDS, Topics.MESSAGES),
    MESSAGE_FAILED("message.failed", 1, MessageEventV1.class, Category.SENDS, Topics.MESSAGES),
    MESSAGE_SUPPRESSED("message.suppressed", 1, MessageEventV1.class, Category.SENDS, Topics.MESSAGES),
    MESSAGE_CANCELLED("message.cancelled", 1, MessageEventV1.class, Category.SENDS, Topics.MESSAGES),
    SUPPRESSION_ADDED("suppression.added", 1, SuppressionChangedV1.class, Category.SENDS, Topics.MESSAGES),
    SUPPRESSION_REMOVED("suppression.removed", 1, SuppressionChangedV1.class, Category.SENDS, Topics.MESSAGES),
    WEBHOOK_ENDPOINT_CREATED("webhook_endpoint.created", 1, WebhookEndpointChangedV1.class, Category.WORKSPACE, Topics.WORKSPACE),
    WEBHOOK_ENDPOINT_UPDATED("webhook_endpoint.updated", 1, WebhookEndpointChangedV1.class, Category.WORKSPACE, Topics.WORKSPACE),
    WEBHOOK_ENDPOINT_DELETED("webhook_endpoint.deleted", 1, WebhookEndpointChangedV1.class, Category.WORKSPACE, Topics.WORKSPACE),
    WEBHOOK_ENDPOINT_DISABLED("webhook_endpoint.disabled", 1, WebhookEndpointChangedV1.class, Category.WORKSPACE, Topics.WORKSPACE),
    MESSAGE_RECEIVED("message.received", 1, InboundMessageV1.class, Category.INBOUND, Topics.INBOUND),
    MESSAGE_RECEIVED_UNAUTHENTICATED("message.received.unauthenticated", 1, InboundMessageV1.class, Category.INBOUND, Topics.INBOUND),
    REPLY_RECEIVED("reply.received", 1, InboundMessageV1.class, Category.INBOUND, Topics.INBOUND),
    MESSAGE_QUARANTINED("message.quarantined", 1, InboundQuarantinedV1.class, Category.INBOUND, Topics.INBOUND),
    QUARANTINE_RELEASED("quarantine.released", 1, QuarantineActionV1.class, Category.INBOUND, Topics.INBOUND),
    QUARANTINE_DELETED("quarantine.deleted", 1, QuarantineActionV1.class, Category.INBOUND, Topics.INBOUND),
    SENDER_BLOCKED("sender.blocked", 1, SenderBlockedV1.class, Category.INBOUND, Topics.INBOUND);

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
