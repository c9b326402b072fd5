package dev.postern.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryScheduleTests {

    private static final List<Duration> PRODUCTION = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(14), Duration.ofHours(20));

    @Test
    void theProductionScheduleMakesAtLeastEightAttemptsOverAtLeastADay() {
        RetrySchedule schedule = new RetrySchedule(PRODUCTION, 0.2);
        assertThat(schedule.maxAttempts()).isGreaterThanOrEqualTo(8).isEqualTo(9);
        assertThat(schedule.span()).isGreaterThanOrEqualTo(Duration.ofHours(24));
        // even with the jitter pulling every delay as early as it can
        assertThat(schedule.span().multipliedBy(8).dividedBy(10)).isGreaterThanOrEqualTo(Duration.ofHours(24));
    }

    @Test
    void delaysFollowTheScheduleWithinTheJitterAndEndWhenItIsSpent() {
        RetrySchedule schedule = new RetrySchedule(PRODUCTION, 0.2);
        Random random = new Random(42);
        for (int attempt = 1; attempt <= PRODUCTION.size(); attempt++) {
            Duration base = PRODUCTION.get(attempt - 1);
            for (int i = 0; i < 200; i++) {
                Duration d = schedule.delayAfter(attempt, random).orElseThrow();
                assertThat(d.toMillis()).isBetween(Math.round(base.toMillis() * 0.8), Math.round(base.toMillis() * 1.2));
            }
        }
        assertThat(schedule.delayAfter(9, random)).isEmpty();
        assertThat(schedule.delayAfter(0, random)).isEmpty();
    }

    @Test
    void jitterSpreadsRetriesApart() {
        RetrySchedule schedule = new RetrySchedule(PRODUCTION, 0.2);
        Random random = new Random(7);
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> schedule.delayAfter(3, random).orElseThrow()).distinct().count();
        assertThat(distinct).isGreaterThan(40);
        assertThat(new RetrySchedule(PRODUCTION, 0).delayAfter(3, random)).contains(Duration.ofMinutes(30));
    }
}
