package dev.postern.cli.process;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops processes the way {@code down} promises: SIGTERM, a grace period, then SIGKILL. */
public final class ProcessStopper {

    /** How a process ended. */
    public enum Outcome {
        STOPPED("stopped"),
        KILLED("killed after the grace period"),
        STUCK("still running after SIGKILL");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Duration grace;

    public ProcessStopper(Duration grace) {
        this.grace = grace;
    }

    /** Signals every process at once, then waits for all of them; the map keeps the given order. */
    public Map<ProcessHandle, Outcome> stopAll(List<ProcessHandle> processes) {
        processes.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        Map<ProcessHandle, Outcome> outcomes = new LinkedHashMap<>();
        for (ProcessHandle process : processes) {
            long left = Math.max(0, deadline - System.nanoTime());
            if (awaitExit(process, left)) {
                outcomes.put(process, Outcome.STOPPED);
                continue;
            }
            process.destroyForcibly();
            outcomes.put(process, awaitExit(process, TimeUnit.SECONDS.toNanos(5)) ? Outcome.KILLED : Outcome.STUCK);
        }
        return outcomes;
    }

    public Outcome stop(ProcessHandle process) {
        return stopAll(List.of(process)).get(process);
    }

    private static boolean awaitExit(ProcessHandle process, long nanos) {
        if (!process.isAlive()) {
            return true;
        }
        try {
            process.onExit().get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
