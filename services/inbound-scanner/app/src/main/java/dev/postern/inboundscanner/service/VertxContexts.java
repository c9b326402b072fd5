package dev.postern.inboundscanner.service;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Hibernate Reactive binds a session to the Vert.x context it runs on. Work started from a thread that has none (the
 * SMTP listener, the job worker) gets a new duplicated context; work that left its context for a blocking call (S3)
 * comes back to it before touching the database.
 */
public final class VertxContexts {

    private VertxContexts() {
    }

    public static <T> Uni<T> onNewContext(Vertx vertx, Supplier<Uni<T>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom().emitter(emitter -> context.runOnContext(ignored ->
                work.get().subscribe().with(emitter::complete, emitter::fail)));
    }

    /** An executor that resumes on the current Vert.x context (or runs inline when there is none). */
    public static Executor current() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : command -> context.runOnContext(ignored -> command.run());
    }
}
