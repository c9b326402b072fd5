package dev.postern.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.events.Actor;
import dev.postern.events.Category;
import dev.postern.events.EventEnvelope;
import dev.postern.events.PublicEventTypes;
import dev.postern.events.Topics;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublicEventMappingTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPublicTypeTheTableProducesIsInTheCatalogue() {
        PublicEventMapping.table().values().forEach(rule -> assertThat(PublicEventTypes.ALL).contains(rule.publicType()));
        assertThat(PublicEventMapping.table()).containsKeys("message.received", "reply.received", "message.quarantined",
                "message.sent", "message.delivered", "message.bounced", "message.complained");
        assertThat(PublicEventMapping.table().get("message.quarantined").projection()).isEqualTo(PayloadProjection.METADATA_ONLY);
        assertThat(PublicEventMapping.table().get("message.received").projection()).isEqualTo(PayloadProjection.FULL);
    }

    @Test
    void internalOnlyEventsHaveNoPublicCounterpartAndAgentEventsOnlyFromTheirTopics() throws Exception {
        assertThat(PublicEventMapping.map(Topics.API_CALLS, event("api.call"))).isEmpty();
        assertThat(PublicEventMapping.map(Topics.WORKSPACE, event("api_key.created"))).isEmpty();
        assertThat(PublicEventMapping.map(Topics.WORKSPACE, event("webhook_endpoint.created"))).isEmpty();
        assertThat(PublicEventMapping.map(Topics.WORKSPACE, event("agent.updated"))).get()
                .extracting(PublicEventMapping.Mapped::publicType).isEqualTo("agent.updated");
        assertThat(PublicEventMapping.map(Topics.REPUTATION, event("agent.status_changed"))).isPresent();
        assertThat(PublicEventMapping.map(Topics.INBOUND, event("agent.forged"))).isEmpty();
    }

    @Test
    void projectionsDropStorageInternalsAndMetadataOnlyDropsContentAtEveryDepth() throws Exception {
        var data = JSON.readTree("""
                {"message_id":"m","subject":"s","text":"t","html_body":"<p>","extracted_text":"e","spotlighted_text":"x",
                 "raw_object_key":"k","s3_bucket":"b","verdict":"quarantined","injection_score":0.9,
                 "from":{"address":"a@example.org","display_text":"Alice"},"attachments":[{"filename":"f"}],
                 "parts":[{"id":1,"body":"b"}]}""");
        var full = PayloadProjection.FULL.apply(data);
        assertThat(full.has("raw_object_key")).isFalse();
        assertThat(full.has("s3_bucket")).isFalse();
        assertThat(full.get("subject").asText()).isEqualTo("s");
        assertThat(full.get("extracted_text").asText()).isEqualTo("e");

        var meta = PayloadProjection.METADATA_ONLY.apply(data);
        assertThat(meta.fieldNames()).toIterable().containsExactlyInAnyOrder("message_id", "verdict", "injection_score", "from", "parts");
        assertThat(meta.at("/from/address").asText()).isEqualTo("a@example.org");
        assertThat(meta.at("/from/display_text").isMissingNode()).isTrue();
        assertThat(meta.at("/parts/0/id").asInt()).isEqualTo(1);
        assertThat(meta.at("/parts/0/body").isMissingNode()).isTrue();
        assertThat(data.has("subject")).as("the input is not changed").isTrue();
        assertThat(PayloadProjection.FULL.apply(null)).isEmpty();
    }

    private static EventEnvelope event(String type) {
        return new EventEnvelope("1.0", "evt_1", "t", type, 1, Instant.now(), "application/json", "ws_1", Category.WORKSPACE, type,
                Actor.service("t"), null, null, JSON.createObjectNode());
    }
}
