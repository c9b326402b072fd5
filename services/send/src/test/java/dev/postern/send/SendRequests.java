package dev.postern.send;

import dev.postern.events.Actor;
import dev.postern.events.EventEnvelope;
import dev.postern.events.EventIds;
import dev.postern.events.EventJson;
import dev.postern.events.EventType;
import dev.postern.events.Target;
import dev.postern.events.Topics;
import dev.postern.events.payload.SendRequestedV1;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Send requests as the gateway produces them: one event per message, keyed by workspace id. */
public final class SendRequests {

    public static final String AGENT = "agt_01JDX0000000000000000AGENT";

    private SendRequests() {
    }

    public static String workspace() {
        return "ws_" + EventIds.ulid(Instant.now());
    }

    public static String messageId() {
        return "msg_" + EventIds.ulid(Instant.now());
    }

    /** A plain text message from the agent to {@code to}. */
    public static SendRequestedV1 simple(String messageId, List<String> to) {
        return request(messageId, to, List.of(), List.of(), "live", null, Map.of(), List.of());
    }

    public static SendRequestedV1 request(String messageId, List<String> to, List<String> cc, List<String> bcc, String mode,
                                          Instant scheduledAt, Map<String, String> headers,
                                          List<SendRequestedV1.Attachment> attachments) {
        return new SendRequestedV1(messageId, "<" + messageId + "@agents.postern.test>", AGENT,
                new SendRequestedV1.Mailbox("ada@agents.postern.test", "Ada Agent"), to, cc, bcc,
                List.of("replies@agents.postern.test"), "Hello from " + messageId, "Plain text body of " + messageId,
                "<p>HTML body of " + messageId + "</p>", headers, List.of(new SendRequestedV1.Tag("campaign", "welcome")),
                Map.of("customer", "42"), attachments, scheduledAt, null, List.of(), mode, "idem-" + messageId);
    }

    public static EventEnvelope event(String workspaceId, SendRequestedV1 request) {
        return EventEnvelope.builder(EventType.MESSAGE_SEND_REQUESTED)
                .source("postern/gateway")
                .workspace(workspaceId)
                .actor(Actor.apiKey("key_01JDX00000000000000000KEY", "pstn_live_AbCdEfGh", "203.0.113.7", "tests"))
                .target(Target.of("message", request.messageId()))
                .correlationId("req_" + EventIds.ulid(Instant.now()))
                .data(request)
                .build();
    }

    /** Publishes and waits for the broker's acknowledgement. */
    public static void publish(String bootstrap, EventEnvelope event) {
        publishRaw(bootstrap, Topics.SEND_REQUESTS, event.workspaceId(), EventJson.write(event));
    }

    public static void publishRaw(String bootstrap, String topic, String key, String value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "1048576");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }
}
