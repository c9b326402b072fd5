package dev.postern.gateway.rest;

import dev.postern.gateway.domain.Ids;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Gives every response, whatever answers it, an {@code X-Request-Id}. */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String CONTEXT_KEY = "postern.request-id";
    public static final String STARTED_KEY = "postern.request-started-nanos";

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = Ids.request();
            rc.put(CONTEXT_KEY, id);
            rc.put(STARTED_KEY, System.nanoTime());
            rc.response().putHeader(HEADER, id);
            rc.next();
        }, 1000);
    }
}
