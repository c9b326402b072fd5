package dev.postern.events;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The public event types: what an agent receives by webhook and reads from {@code /api/v1/events}.
 * They are not the internal event types of {@link EventType} (an internal event may have no public
 * counterpart, and a public event's data is a projection of the internal one); the webhooks service
 * maps one to the other. Webhook endpoints filter on these names, exactly or by {@code <prefix>.*}.
 */
public final class PublicEventTypes {

    public static final String MESSAGE_RECEIVED = "message.received";
    public static final String MESSAGE_RECEIVED_UNAUTHENTICATED = "message.received.unauthenticated";
    public static final String REPLY_RECEIVED = "reply.received";
    public static final String MESSAGE_QUARANTINED = "message.quarantined";
    public static final String MESSAGE_SENT = "message.sent";
    public static final String MESSAGE_DELIVERED = "message.delivered";
    public static final String MESSAGE_BOUNCED = "message.bounced";
    public static final String MESSAGE_COMPLAINED = "message.complained";
    public static final String MESSAGE_FAILED = "message.failed";
    public static final String AGENT_CREATED = "agent.created";
    public static final String AGENT_UPDATED = "agent.updated";
    public static final String AGENT_ARCHIVED = "agent.archived";
    public static final String AGENT_STATUS_CHANGED = "agent.status_changed";
    public static final String WEBHOOK_ENDPOINT_DISABLED = "webhook_endpoint.disabled";
    /** A ping sent by {@code POST /api/v1/webhooks/{id}/test}; it goes only to that endpoint. */
    public static final String WEBHOOK_TEST = "webhook.test";

    public static final List<String> ALL = List.of(
            MESSAGE_RECEIVED, MESSAGE_RECEIVED_UNAUTHENTICATED, REPLY_RECEIVED, MESSAGE_QUARANTINED,
            MESSAGE_SENT, MESSAGE_DELIVERED, MESSAGE_BOUNCED, MESSAGE_COMPLAINED, MESSAGE_FAILED,
            AGENT_CREATED, AGENT_UPDATED, AGENT_ARCHIVED, AGENT_STATUS_CHANGED,
            WEBHOOK_ENDPOINT_DISABLED, WEBHOOK_TEST);

    private static final Pattern NAME = Pattern.compile("[a-z][a-z_]*(\\.[a-z][a-z_]*)*");

    private PublicEventTypes() {
    }

    /** A filter is a public type's name, or {@code <prefix>.*} matching at least one of them ({@code message.*}). */
    public static boolean isValidFilter(String filter) {
        if (filter == null) {
            return false;
        }
        if (filter.endsWith(".*")) {
            String prefix = filter.substring(0, filter.length() - 1);
            return NAME.matcher(filter.substring(0, filter.length() - 2)).matches()
                    && ALL.stream().anyMatch(t -> t.startsWith(prefix));
        }
        return ALL.contains(filter);
    }

    /** True when {@code type} passes the filters; no filters (null or empty) means every type. */
    public static boolean matches(Collection<String> filters, String type) {
        if (filters == null || filters.isEmpty()) {
            return true;
        }
        for (String filter : filters) {
            if (filter.equals(type) || (filter.endsWith(".*") && type.startsWith(filter.substring(0, filter.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
