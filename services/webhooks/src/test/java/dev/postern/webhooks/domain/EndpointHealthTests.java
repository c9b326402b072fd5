package dev.postern.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EndpointHealthTests {

    private static final Duration FIVE_DAYS = Duration.ofDays(5);
    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");

    @Test
    void http410DisablesAtOnce() {
        EndpointHealth h = EndpointHealth.fresh("ws", "whe_1");
        assertThat(h.failed(T0, true, FIVE_DAYS)).isTrue();
        assertThat(h.disabledReason).isEqualTo(EndpointHealth.REASON_GONE);
        assertThat(h.disabledFor(T0.minusSeconds(60))).isTrue();
    }

    @Test
    void failingWithoutASuccessForFiveDaysDisablesAndASuccessResetsTheClock() {
        EndpointHealth h = EndpointHealth.fresh("ws", "whe_1");
        assertThat(h.failed(T0, false, FIVE_DAYS)).isFalse();
        assertThat(h.failed(T0.plus(Duration.ofDays(4)), false, FIVE_DAYS)).isFalse();
        h.succeeded(T0.plus(Duration.ofDays(4).plusHours(1)));
        assertThat(h.failed(T0.plus(Duration.ofDays(6)), false, FIVE_DAYS)).as("the clock restarted at the success").isFalse();
        assertThat(h.failed(T0.plus(Duration.ofDays(11)), false, FIVE_DAYS)).isTrue();
        assertThat(h.disabledReason).isEqualTo(EndpointHealth.REASON_FAILING);
        assertThat(h.consecutiveFailures).isEqualTo(2);
        assertThat(h.failed(T0.plus(Duration.ofDays(12)), false, FIVE_DAYS)).as("disabled once only").isFalse();
    }

    @Test
    void aReEnableAtTheGatewayAfterTheDisablingLiftsItAndClearsTheHistory() {
        EndpointHealth h = EndpointHealth.fresh("ws", "whe_1");
        h.failed(T0, true, FIVE_DAYS);
        assertThat(h.disabledFor(T0)).isTrue();
        assertThat(h.disabledFor(T0.plusSeconds(1))).isFalse();
        assertThat(h.disabledAt).isNull();
        assertThat(h.failingSince).isNull();
        assertThat(h.failed(T0.plusSeconds(2), false, FIVE_DAYS)).isFalse();
    }
}
