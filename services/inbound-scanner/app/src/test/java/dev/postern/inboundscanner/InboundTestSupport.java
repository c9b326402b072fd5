package dev.postern.inboundscanner;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.auth.InternalToken;
import dev.postern.events.Actor;
import dev.postern.events.EventEnvelope;
import dev.postern.events.EventIds;
import dev.postern.events.EventJson;
import dev.postern.events.EventType;
import dev.postern.events.Target;
import dev.postern.events.Topics;
import dev.postern.events.payload.AgentChangedV1;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Real Kafka, real SMTP, the real internal API: what the tests of this service use to drive it from outside. */
public final class InboundTestSupport {

    public static final ObjectMapper JSON = new ObjectMapper();

    private InboundTestSupport() {
    }

    public static String workspace() {
        return "ws_" + EventIds.ulid(Instant.now());
    }

    public static String agentId() {
        return "agt_" + EventIds.ulid(Instant.now());
    }

    public static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@agents.postern.test";
    }

    public static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    public static void publish(EventEnvelope event) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            String topic = EventType.fromWireName(event.type()).orElseThrow().topic();
            producer.send(new ProducerRecord<>(topic, event.workspaceId(), EventJson.write(event))).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes agent.created (or another agent.* type) the way the gateway does. */
    public static EventEnvelope agentEvent(EventType type, String ws, String agentId, String address, String status) {
        EventEnvelope event = EventEnvelope.builder(type).source("gateway").workspace(ws).actor(Actor.service("gateway"))
                .target(Target.of("agent", agentId))
                .data(new AgentChangedV1(agentId, address.substring(0, address.indexOf('@')), address, null, status, List.of())).build();
        publish(event);
        return event;
    }

    /** Creates an agent through the topic and waits until SMTP accepts its address. */
    public static void createAgent(String ws, String agentId, String address) {
        agentEvent(EventType.AGENT_CREATED, ws, agentId, address, "active");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            try (SmtpDialogue smtp = SmtpDialogue.open()) {
                smtp.command("EHLO test.example");
                smtp.command("MAIL FROM:<probe@sender.example>");
                return smtp.command("RCPT TO:<" + address + ">").startsWith("250");
            }
        });
    }

    public static RequestSpecification api(String ws) {
        String secret = ConfigProvider.getConfig().getValue("postern.internal.secret", String.class);
        return RestAssured.given().header(InternalToken.HEADER, InternalToken.issue(secret, "gateway", ws, Duration.ofMinutes(5)))
                .basePath("/internal/v1/workspaces/" + ws);
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }

    /** Waits until the workspace has an inbound message that processing finished, and returns its detail. */
    public static JsonNode processed(String ws, String id) {
        JsonNode[] detail = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String body = api(ws).get("/inbound/" + id).then().statusCode(200).extract().asString();
            detail[0] = json(body);
            return !"received".equals(detail[0].get("status").asText());
        });
        return detail[0];
    }

    /** Every event on postern.inbound.v1 of this workspace seen within a short wait after at least {@code atLeast}. */
    public static List<JsonNode> inboundEvents(String ws, int atLeast) {
        List<JsonNode> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(Topics.INBOUND));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (ws.equals(r.key())) {
                        events.add(json(r.value()));
                    }
                });
                return events.size() >= atLeast;
            });
            consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                if (ws.equals(r.key())) {
                    events.add(json(r.value()));
                }
            });
        }
        return events;
    }

    /** Waits until the workspace's inbound list has at least {@code count} messages; newest first. */
    public static JsonNode awaitList(String ws, int count) {
        JsonNode[] list = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            list[0] = json(api(ws).get("/inbound").then().statusCode(200).extract().asString());
            return list[0].get("data").size() >= count;
        });
        return list[0];
    }
}
