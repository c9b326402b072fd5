package dev.postern.inboundscanner.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Skips scheduled passes until the application has started (and once it is stopping): building the scanner takes seconds, and the Kafka
 * emitter of the outbox relay is wired only at the end of start-up.
 */
@Singleton
public class StartedUp implements Scheduled.SkipPredicate {

    private volatile boolean started;

    void onStart(@Observes StartupEvent ignored) {
        started = true;
    }

    /** And again once shutting down: the database pool closes before the scheduler stops. */
    void onStop(@Observes ShutdownEvent ignored) {
        started = false;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !started;
    }
}
