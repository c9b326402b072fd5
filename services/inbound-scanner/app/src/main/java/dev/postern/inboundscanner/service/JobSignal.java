package dev.postern.inboundscanner.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Wakes the job worker as soon as a message is accepted, so that processing does not wait for the next poll. */
@ApplicationScoped
public class JobSignal {

    private final Semaphore pending = new Semaphore(0);

    public void wake() {
        if (pending.availablePermits() == 0) {
            pending.release();
        }
    }

    /** Waits until woken or {@code millis} pass; true when woken. */
    public boolean await(long millis) throws InterruptedException {
        boolean woken = pending.tryAcquire(millis, TimeUnit.MILLISECONDS);
        pending.drainPermits();
        return woken;
    }
}
