package dev.postern.send.service;

import dev.postern.events.Actor;
import dev.postern.events.EventEnvelope;
import dev.postern.events.EventType;
import dev.postern.events.Target;
import dev.postern.events.payload.MessageEventV1;
import dev.postern.events.payload.SuppressionChangedV1;
import dev.postern.send.domain.Message;
import dev.postern.send.domain.MessageStatus;
import java.time.Instant;
import java.util.List;

/** Builds the events of {@code postern.messages.v1}; they reach Kafka only through the outbox. */
public final class MessageEvents {

    public static final String SOURCE = "postern/send";
    /** The actor of what the service does on its own (transmission, feedback). */
    public static final Actor SERVICE = Actor.service("send");

    private MessageEvents() {
    }

    /** The optional details of a message event. */
    public record Details(String reason, String bounceType, String smtpResponse, String providerMessageId) {
        public static final Details NONE = new Details(null, null, null, null);

        public static Details reason(String reason) {
            return new Details(reason, null, null, null);
        }
    }

    public static EventEnvelope message(Message message, MessageStatus status, List<String> recipients, Details details,
                                        Actor actor, Instant at) {
        return EventEnvelope.builder(status.eventType())
                .time(at)
                .source(SOURCE)
                .workspace(message.workspaceId)
                .actor(actor)
                .target(Target.of("message", message.id))
                .correlationId(message.correlationId == null ? message.id : message.correlationId)
                .data(new MessageEventV1(message.id, message.agentId, status.wireName(), List.copyOf(recipients),
                        details.reason(), details.bounceType(), details.smtpResponse(), details.providerMessageId(),
                        message.testMode()))
                .build();
    }

    public static EventEnvelope suppression(String workspaceId, boolean added, String address, String reason,
                                            String sourceMessageId, Actor actor, String correlationId, Instant at) {
        return EventEnvelope.builder(added ? EventType.SUPPRESSION_ADDED : EventType.SUPPRESSION_REMOVED)
                .time(at)
                .source(SOURCE)
                .workspace(workspaceId)
                .actor(actor)
                .target(Target.of("suppression", address))
                .correlationId(correlationId)
                .data(new SuppressionChangedV1(address, reason, sourceMessageId))
                .build();
    }
}
