package dev.postern.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postern.auth.Scopes;
import dev.postern.events.Category;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The inbound, threads and quarantine routes are all declared (scope, category inbound, action) and so audited. */
class InboundRouteClassificationTests {

    private static final List<Class<?>> RESOURCES = List.of(InboundResource.class, ThreadsResource.class, QuarantineResource.class);

    @Test
    void everyOperationIsAnInboundApiActionWithAnInboundOrQuarantineScope() {
        List<Method> operations = RESOURCES.stream().flatMap(r -> Stream.of(r.getDeclaredMethods()))
                .filter(m -> Stream.of(GET.class, POST.class, DELETE.class).anyMatch(m::isAnnotationPresent)).toList();
        assertThat(operations).hasSize(10);
        for (Method m : operations) {
            ApiAction action = m.getAnnotation(ApiAction.class);
            assertThat(action).as(m.getName()).isNotNull();
            assertThat(action.category()).isEqualTo(Category.INBOUND);
            assertThat(action.scope()).isIn(Scopes.INBOUND_READ, Scopes.INBOUND_WRITE, Scopes.QUARANTINE_READ, Scopes.QUARANTINE_WRITE);
            assertThat(action.action()).matches("[a-z_]+\\.[a-z_]+");
        }
        assertThat(RESOURCES).allSatisfy(r -> assertThat(r.getAnnotation(Path.class).value()).startsWith("/api/v1/"));
        assertThat(operations.stream().filter(m -> m.getAnnotation(ApiAction.class).scope().equals(Scopes.QUARANTINE_WRITE)))
                .extracting(Method::getName).containsExactlyInAnyOrder("release", "delete");
    }
}
