package dev.postern.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postern.events.payload.AgentChangedV1;
import dev.postern.events.payload.SendRequestedV1;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins the wire form of what the gateway asks the send service to deliver, and of agent changes
 * (docs/contracts/send.md). A failure here breaks the other side: bump the version instead.
 */
class SendRequestedGoldenTests {

    private static final Instant AT = Instant.parse("2026-11-23T02:00:00.123Z");

    static EventEnvelope sendRequested() {
        return EventEnvelope.builder(EventType.MESSAGE_SEND_REQUESTED)
                .id("evt_01JDX0000000000000000000SR")
                .time(AT)
                .source("postern/gateway")
                .workspace("ws_01JDX0000000000000000000WS")
                .actor(Actor.apiKey("key_01JDX00000000000000000KEY", "pstn_test_AbCdEfGh", "203.0.113.7", "agent-sdk/1.0"))
                .target(Target.of("message", "msg_01JDX000000000000000000MSG"))
                .correlationId("req_01JDX0000000000000000000RQ")
                .data(new SendRequestedV1("msg_01JDX000000000000000000MSG", "<msg_01JDX000000000000000000MSG@agents.postern.test>",
                        "agt_01JDX000000000000000000AGT", new SendRequestedV1.Mailbox("support@agents.postern.test", "Support"),
                        List.of("ada@example.com"), List.of(), List.of("audit@example.com"), List.of("replies@example.com"),
                        "Your order", "Hello Ada", "<p>Hello Ada</p>", Map.of("X-Campaign", "q3"),
                        List.of(new SendRequestedV1.Tag("kind", "order")), Map.of("order", "o-42"),
                        List.of(new SendRequestedV1.Attachment("a.txt", "text/plain", 5, "aGVsbG8=")),
                        null, "<root@example.com>", List.of("<root@example.com>"), "test", "idem-1"))
                .build();
    }

    static EventEnvelope agentCreated() {
        return EventEnvelope.builder(EventType.AGENT_CREATED)
                .id("evt_01JDX0000000000000000000AC")
                .time(AT)
                .source("postern/gateway")
                .workspace("ws_01JDX0000000000000000000WS")
                .actor(Actor.apiKey("key_01JDX00000000000000000KEY", "pstn_live_AbCdEfGh", null, null))
                .target(Target.of("agent", "agt_01JDX000000000000000000AGT"))
                .data(new AgentChangedV1("agt_01JDX000000000000000000AGT", "support", "support@agents.postern.test", "Support",
                        "active", List.of()))
                .build();
    }

    @Test
    void sendRequestedWireFormatMatchesGoldenFile() throws IOException {
        assertThat(EventJson.write(sendRequested())).isEqualTo(golden("message.send_requested.v1.json"));
        EventEnvelope read = EventJson.read(golden("message.send_requested.v1.json"));
        assertThat(read).isEqualTo(sendRequested());
        assertThat(read.dataAs(SendRequestedV1.class)).isEqualTo(sendRequested().dataAs(SendRequestedV1.class));
        assertThat(read.type()).isEqualTo("message.send_requested");
        assertThat(EventType.MESSAGE_SEND_REQUESTED.topic()).isEqualTo(Topics.SEND_REQUESTS);
    }

    @Test
    void agentChangedWireFormatMatchesGoldenFile() throws IOException {
        assertThat(EventJson.write(agentCreated())).isEqualTo(golden("agent.created.v1.json"));
        assertThat(EventJson.read(golden("agent.created.v1.json")).dataAs(AgentChangedV1.class).address())
                .isEqualTo("support@agents.postern.test");
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = SendRequestedGoldenTests.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
