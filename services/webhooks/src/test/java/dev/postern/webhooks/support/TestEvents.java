package dev.postern.webhooks.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.events.Actor;
import dev.postern.events.Category;
import dev.postern.events.EventEnvelope;
import dev.postern.events.EventIds;
import dev.postern.events.EventJson;
import dev.postern.events.Target;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Events as the other services will publish them. Their payload records may not exist yet, so the
 * envelope is built with a type name and JSON data, exactly as it would travel.
 */
public final class TestEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestEvents() {
    }

    public static String workspace() {
        return "ws_" + EventIds.ulid(Instant.now());
    }

    public static EventEnvelope event(String workspaceId, String type, Category category, String json) {
        try {
            JsonNode data = JSON.readTree(json);
            return new EventEnvelope(EventEnvelope.SPEC_VERSION, EventIds.newEventId(), "postern/test", type, 1,
                    Instant.now().truncatedTo(ChronoUnit.MILLIS), EventEnvelope.JSON, workspaceId, category, type,
                    Actor.service("test"), Target.of("message", "msg_1"), null, data);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A message.received as the inbound pipeline describes it: structured, scanned, spotlighted. */
    public static EventEnvelope messageReceived(String workspaceId) {
        return event(workspaceId, "message.received", Category.INBOUND, """
                {"message_id":"msg_in_1","agent_id":"agt_1","from":{"address":"alice@example.org","name":"Alice"},
                 "to":["agent@agents.postern.dev"],"subject":"Quarterly numbers",
                 "auth":{"spf":"pass","dkim":"pass","dmarc":"pass"},
                 "extracted_text":"Hi, numbers attached.","injection_score":0.02,"verdict":"clean",
                 "spotlighted_text":"<<<UNTRUSTED_EMAIL_CONTENT id=ab12>>>\\nHi, numbers attached.\\n<<<END_UNTRUSTED_EMAIL_CONTENT id=ab12>>>",
                 "raw_object_key":"raw/ws/msg_in_1.eml"}""");
    }

    public static void publish(String topic, EventEnvelope... events) {
        publish(topic, List.of(events));
    }

    public static void publish(String topic, List<EventEnvelope> events) {
        try (KafkaProducer<String, String> producer = producer()) {
            for (EventEnvelope e : events) {
                producer.send(new ProducerRecord<>(topic, e.workspaceId(), EventJson.write(e)));
            }
            producer.flush();
        }
    }

    public static void publishRaw(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, key, value));
            producer.flush();
        }
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }
}
