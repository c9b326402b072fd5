package dev.postern.webhooks.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Wakes long-polling readers of a workspace's event log when this instance appends to it. Readers
 * also re-read on a short tick, so an event appended by another instance is seen soon after too.
 */
@ApplicationScoped
public class EventLogSignal {

    private final ConcurrentMap<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    /** Completes at the next append to the workspace's log, or after {@code atMost}, whichever is first. */
    public Uni<Void> next(String workspaceId, Duration atMost) {
        CompletableFuture<Void> shared = waiting.computeIfAbsent(workspaceId, ws -> new CompletableFuture<>());
        // A copy per reader: a reader whose wait lapses cancels its own copy, never the future other readers share
        // (cancelling that would make every later wait of the workspace fail at once).
        return Uni.createFrom().completionStage(shared.copy())
                .ifNoItem().after(atMost).recoverWithItem((Void) null);
    }

    public void appended(String workspaceId) {
        CompletableFuture<Void> future = waiting.remove(workspaceId);
        if (future != null) {
            // not on the appender's thread: waiters must not run inside the appender's transaction
            future.completeAsync(() -> null);
        }
    }
}
