package dev.postern.send.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTests {

    @Test
    void doublesUpToTheCapAndRunsOut() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30), 8);
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofMinutes(16));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.delayAfter(40)).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.exhausted(7)).isFalse();
        assertThat(policy.exhausted(8)).isTrue();
    }
}
