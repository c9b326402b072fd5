package dev.postern.webhooks.service;

import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.function.Supplier;

/**
 * Runs reactive work on a fresh duplicated Vert.x context. Hibernate Reactive keeps one session per
 * context, so work done concurrently (the dispatcher's attempts of one batch) must not share one.
 */
final class OwnContext {

    private OwnContext() {
    }

    static <T> Uni<T> run(Vertx vertx, Supplier<Uni<T>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        return Uni.createFrom().<T>deferred(() -> work.get()).runSubscriptionOn(task -> context.runOnContext(ignored -> task.run()));
    }
}
