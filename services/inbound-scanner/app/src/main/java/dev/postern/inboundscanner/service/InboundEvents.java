package dev.postern.inboundscanner.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.events.Actor;
import dev.postern.events.EventEnvelope;
import dev.postern.events.EventType;
import dev.postern.events.Target;
import dev.postern.events.payload.InboundMessageV1;
import dev.postern.events.payload.InboundQuarantinedV1;
import dev.postern.events.payload.QuarantineActionV1;
import dev.postern.events.payload.SenderBlockedV1;
import dev.postern.inboundscanner.domain.InboundMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The events this service emits on postern.inbound.v1, built from a recorded message. Delivered messages carry the
 * subject and metadata, never the body; quarantined ones carry metadata only (no subject, no excerpt).
 */
@ApplicationScoped
public class InboundEvents {

    public static final String SOURCE = "inbound-scanner";
    private static final Actor SERVICE = Actor.service(SOURCE);

    /** The type a delivered message is announced with. */
    public static EventType deliveredType(InboundMessage m) {
        if (listOf(m.flags).contains("unauthenticated")) {
            return EventType.MESSAGE_RECEIVED_UNAUTHENTICATED;
        }
        return "reply".equals(m.kind) ? EventType.REPLY_RECEIVED : EventType.MESSAGE_RECEIVED;
    }

    public EventEnvelope delivered(InboundMessage m, boolean released, Actor actor) {
        InboundMessageV1 data = new InboundMessageV1(m.id, m.agentId, m.threadId, m.fromAddress, m.recipient, m.subject,
                m.messageIdHeader, m.inReplyTo, m.repliedToMessage, m.verdict, score(m), list(m.categories), list(m.flags),
                new InboundMessageV1.Authentication(m.spf, m.dkim, m.dmarc), m.sizeBytes, m.attachmentCount, released);
        return envelope(deliveredType(m), m, actor, data);
    }

    public EventEnvelope quarantined(InboundMessage m) {
        InboundQuarantinedV1 data = new InboundQuarantinedV1(m.id, m.agentId, m.fromAddress, m.recipient, score(m),
                list(m.categories), list(m.reasons), m.sizeBytes, m.attachmentCount, m.scannerVersion);
        return envelope(EventType.MESSAGE_QUARANTINED, m, SERVICE, data);
    }

    public EventEnvelope quarantineAction(EventType type, InboundMessage m, Actor actor) {
        return envelope(type, m, actor, new QuarantineActionV1(m.id, m.agentId, m.fromAddress));
    }

    public EventEnvelope senderBlocked(String workspaceId, String sender, int count, int windowDays) {
        return EventEnvelope.builder(EventType.SENDER_BLOCKED).source(SOURCE).workspace(workspaceId).actor(SERVICE)
                .target(Target.of("sender", sender)).data(new SenderBlockedV1(sender, count, windowDays)).build();
    }

    private EventEnvelope envelope(EventType type, InboundMessage m, Actor actor, Object data) {
        return EventEnvelope.builder(type).source(SOURCE).workspace(m.workspaceId).actor(actor == null ? SERVICE : actor)
                .target(Target.of("inbound_message", m.id)).correlationId(m.id).data(data).build();
    }

    private static double score(InboundMessage m) {
        return m.injectionScore == null ? 1.0 : Math.round(m.injectionScore * 10_000) / 10_000.0;
    }

    private List<String> list(String jsonArray) {
        return listOf(jsonArray);
    }

    static List<String> listOf(String jsonArray) {
        if (jsonArray == null || jsonArray.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(jsonArray, new TypeReference<List<String>>() { });
        } catch (Exception e) {
            throw new IllegalStateException("stored list is not a JSON array", e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
}
