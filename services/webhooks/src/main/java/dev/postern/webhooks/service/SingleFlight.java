package dev.postern.webhooks.service;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs a pass of background work at most once at a time: a trigger while a pass runs asks for one
 * more pass after it. Lets the scheduler's tick and an event ("there is new work") start the same
 * pass without running it twice concurrently. A paused flight ignores triggers.
 */
final class SingleFlight {

    private final Vertx vertx;
    private final Supplier<Uni<?>> pass;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile boolean paused;

    SingleFlight(Vertx vertx, Supplier<Uni<?>> pass) {
        this.vertx = vertx;
        this.pass = pass;
    }

    void trigger() {
        if (paused) {
            return;
        }
        requested.set(true);
        if (running.compareAndSet(false, true)) {
            start();
        }
    }

    void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
    }

    private void start() {
        requested.set(false);
        OwnContext.run(vertx, pass::get).subscribe().with(ok -> finished(), failure -> finished());
    }

    private void finished() {
        running.set(false);
        if (requested.get() && !paused && running.compareAndSet(false, true)) {
            start();
        }
    }
}
