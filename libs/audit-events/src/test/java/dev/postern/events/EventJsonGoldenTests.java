package dev.postern.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postern.events.payload.ApiCallV1;
import dev.postern.events.payload.ApiKeyCreatedV1;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the wire format. If one of these fails, the change breaks every consumer and every stored
 * event: bump the payload version instead of editing the golden file.
 */
class EventJsonGoldenTests {

    private static final Instant AT = Instant.parse("2026-11-23T02:00:00.123Z");

    static EventEnvelope apiCall() {
        return EventEnvelope.builder(EventType.API_CALL)
                .id("evt_01JDX0000000000000000000AA")
                .time(AT)
                .source("postern/gateway")
                .workspace("ws_01JDX0000000000000000000WS")
                .category(Category.AUTH)
                .action("me.read")
                .actor(Actor.apiKey("key_01JDX00000000000000000KEY", "pstn_live_AbCdEfGh", "203.0.113.7", "curl/8.5.0"))
                .target(Target.of("workspace", "ws_01JDX0000000000000000000WS"))
                .correlationId("req_01JDX0000000000000000000RQ")
                .data(new ApiCallV1("GET", "/api/v1/me", "/api/v1/me", 200, "req_01JDX0000000000000000000RQ", 4, "live"))
                .build();
    }

    static EventEnvelope apiKeyCreated() {
        return EventEnvelope.builder(EventType.API_KEY_CREATED)
                .id("evt_01JDX0000000000000000000AB")
                .time(AT)
                .source("postern/gateway")
                .workspace("ws_01JDX0000000000000000000WS")
                .actor(Actor.operator("postern-cli"))
                .target(Target.of("api_key", "key_01JDX00000000000000000KEY"))
                .data(new ApiKeyCreatedV1("key_01JDX00000000000000000KEY", "default", "pstn_live_AbCdEfGh", "live",
                        List.of("*"), null))
                .build();
    }

    @Test
    void apiCallWireFormatMatchesGoldenFile() throws IOException {
        assertThat(EventJson.write(apiCall())).isEqualTo(golden("api.call.v1.json"));
    }

    @Test
    void apiKeyCreatedWireFormatMatchesGoldenFile() throws IOException {
        assertThat(EventJson.write(apiKeyCreated())).isEqualTo(golden("api_key.created.v1.json"));
    }

    @Test
    void goldenFilesReadBackToTheSameEvent() throws IOException {
        EventEnvelope read = EventJson.read(golden("api.call.v1.json"));
        assertThat(read).isEqualTo(apiCall());
        assertThat(read.dataAs(ApiCallV1.class).status()).isEqualTo(200);
        assertThat(EventJson.read(golden("api_key.created.v1.json"))).isEqualTo(apiKeyCreated());
    }

    @Test
    void unknownFieldsFromNewerProducersAreIgnored() throws IOException {
        String newer = golden("api.call.v1.json").replace("\"specversion\":\"1.0\",", "\"specversion\":\"1.0\",\"future\":1,");
        assertThat(EventJson.read(newer)).isEqualTo(apiCall());
    }

    @Test
    void garbageIsAMalformedEventNotACrash() {
        assertThatThrownBy(() -> EventJson.read("{not json")).isInstanceOf(EventJson.MalformedEventException.class);
        assertThatThrownBy(() -> EventJson.read("{\"id\":\"evt_x\"}")).isInstanceOf(EventJson.MalformedEventException.class);
        assertThatThrownBy(() -> EventJson.read("null")).isInstanceOf(EventJson.MalformedEventException.class);
    }

    @Test
    void payloadMustMatchTheEventType() {
        assertThatThrownBy(() -> EventEnvelope.builder(EventType.API_KEY_REVOKED).data(new ApiCallV1("GET", "/", null, 200, "r", 1, "live")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyTypeNamesATopicThatIsDeclared() {
        for (EventType type : EventType.values()) {
            assertThat(Topics.ALL).contains(type.topic());
            assertThat(EventType.fromWireName(type.wireName())).contains(type);
        }
    }

    @Test
    void topicPatternMatchesEventTopicsButNotDeadLetters() {
        assertThat(Topics.ALL).allMatch(t -> Topics.EVENT_TOPIC.matcher(t).matches());
        assertThat(Topics.ALL).noneMatch(t -> Topics.EVENT_TOPIC.matcher(Topics.deadLetter(t)).matches());
    }

    @Test
    void eventIdsAreUniqueAndSortByTime() {
        String a = EventIds.newEventId();
        String b = EventIds.newEventId();
        assertThat(a).isNotEqualTo(b).matches("evt_[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(EventIds.ulid(Instant.parse("2020-01-01T00:00:00Z")))
                .isLessThan(EventIds.ulid(Instant.parse("2030-01-01T00:00:00Z")));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = EventJsonGoldenTests.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
