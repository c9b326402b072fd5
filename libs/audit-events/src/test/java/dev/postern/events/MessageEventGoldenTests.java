package dev.postern.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postern.events.payload.MessageEventV1;
import dev.postern.events.payload.SuppressionChangedV1;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the wire form of the send service's events ({@code message.*}, {@code suppression.*} on
 * {@code postern.messages.v1}). A failure here breaks every consumer: bump the version instead.
 */
class MessageEventGoldenTests {

    private static final Instant AT = Instant.parse("2026-11-23T02:00:00.123Z");
    private static final String WS = "ws_01JDX0000000000000000000WS";
    private static final String MSG = "msg_01JDX0000000000000000000MS";

    static EventEnvelope bounced() {
        return EventEnvelope.builder(EventType.MESSAGE_BOUNCED)
                .id("evt_01JDX0000000000000000000BO")
                .time(AT)
                .source("postern/send")
                .workspace(WS)
                .actor(Actor.service("send"))
                .target(Target.of("message", MSG))
                .correlationId("req_01JDX0000000000000000000RQ")
                .data(new MessageEventV1(MSG, "agt_01JDX0000000000000000AGENT", "bounced", List.of("bounce@simulator.amazonses.com"),
                        "Permanent/General", "permanent", "smtp; 550 5.1.1 user unknown", "0100018c-ses-id", false))
                .build();
    }

    static EventEnvelope suppressionAdded() {
        return EventEnvelope.builder(EventType.SUPPRESSION_ADDED)
                .id("evt_01JDX0000000000000000000SU")
                .time(AT)
                .source("postern/send")
                .workspace(WS)
                .actor(Actor.service("send"))
                .target(Target.of("suppression", "bounce@simulator.amazonses.com"))
                .data(new SuppressionChangedV1("bounce@simulator.amazonses.com", "hard_bounce", MSG))
                .build();
    }

    @Test
    void wireFormsMatchTheGoldenFiles() throws IOException {
        assertThat(EventJson.write(bounced())).isEqualTo(golden("message.bounced.v1.json"));
        assertThat(EventJson.write(suppressionAdded())).isEqualTo(golden("suppression.added.v1.json"));
    }

    @Test
    void goldenFilesReadBackToTheSameEvents() throws IOException {
        assertThat(EventJson.read(golden("message.bounced.v1.json"))).isEqualTo(bounced());
        assertThat(EventJson.read(golden("suppression.added.v1.json")).dataAs(SuppressionChangedV1.class).reason()).isEqualTo("hard_bounce");
    }

    @Test
    void everySendServiceTypeIsOnTheMessagesTopicInSends() {
        for (EventType type : EventType.values()) {
            if (type.payloadType() == MessageEventV1.class || type.payloadType() == SuppressionChangedV1.class) {
                assertThat(type.topic()).as(type.wireName()).isEqualTo(Topics.MESSAGES);
                assertThat(type.category()).as(type.wireName()).isEqualTo(Category.SENDS);
            }
        }
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = MessageEventGoldenTests.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
