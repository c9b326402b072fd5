package dev.postern.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicEventTypesTests {

    @Test
    void filtersAreKnownNamesOrPrefixesOfThem() {
        assertThat(PublicEventTypes.isValidFilter("message.received")).isTrue();
        assertThat(PublicEventTypes.isValidFilter("message.*")).isTrue();
        assertThat(PublicEventTypes.isValidFilter("agent.*")).isTrue();
        assertThat(PublicEventTypes.isValidFilter("message.received.*")).isTrue();
        assertThat(PublicEventTypes.isValidFilter("message.exploded")).isFalse();
        assertThat(PublicEventTypes.isValidFilter("*")).isFalse();
        assertThat(PublicEventTypes.isValidFilter("billing.*")).isFalse();
        assertThat(PublicEventTypes.isValidFilter("mess*")).isFalse();
        assertThat(PublicEventTypes.isValidFilter(null)).isFalse();
        assertThat(PublicEventTypes.ALL).doesNotHaveDuplicates().allMatch(PublicEventTypes::isValidFilter);
    }

    @Test
    void matchingIsExactOrByPrefixAndNoFilterMatchesAll() {
        assertThat(PublicEventTypes.matches(List.of(), "message.sent")).isTrue();
        assertThat(PublicEventTypes.matches(null, "message.sent")).isTrue();
        assertThat(PublicEventTypes.matches(List.of("message.received"), "message.received")).isTrue();
        assertThat(PublicEventTypes.matches(List.of("message.received"), "message.received.unauthenticated")).isFalse();
        assertThat(PublicEventTypes.matches(List.of("message.*"), "message.received.unauthenticated")).isTrue();
        assertThat(PublicEventTypes.matches(List.of("message.*"), "messages.sent")).isFalse();
        assertThat(PublicEventTypes.matches(List.of("agent.*", "reply.received"), "reply.received")).isTrue();
        assertThat(PublicEventTypes.matches(List.of("agent.*"), "agent.some_future_change")).isTrue();
    }
}
